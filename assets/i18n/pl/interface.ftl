## interface
store-not-a-database = { $path } nie jest plikiem bazy danych (zawiera coś innego albo jego początek jest uszkodzony); plik pozostał nietknięty — sprawdź ścieżkę podaną w --db lub PRESSDESK_DB
