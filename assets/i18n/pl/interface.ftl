## interface
store-not-a-database = { $path } nie jest plikiem bazy danych (zawiera coś innego albo jego początek jest uszkodzony); plik pozostał nietknięty — sprawdź ścieżkę podaną w --db lub PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Porzucić wpisany tekst? y lub Esc = porzuć, dowolny inny klawisz = edytuj dalej
