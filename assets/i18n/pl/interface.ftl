## interface
store-not-a-database = { $path } nie jest plikiem bazy danych (zawiera coś innego albo jego początek jest uszkodzony); plik pozostał nietknięty — sprawdź ścieżkę podaną w --db lub PRESSDESK_DB
cli-cmd-completions = Wypisz uzupełnianie dla powłoki, np. pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish lub powershell
cli-cmd-man = Wypisz stronę podręcznika (roff): pressdesk man | man -l -, albo stronę jednego polecenia
cli-arg-man-command = Polecenie, którego stronę wypisać (log, plan, …); bez niego — strona całego programu
cli-man-no-command = nie ma polecenia „{ $name }”; polecenia to: { $known }
progress-read = Odczyt { $file }
progress-import = Import kontaktów
progress-export = Eksport kontaktów

# A form with typed text, after Esc.
form-discard-ask = Porzucić wpisany tekst? y lub Esc = porzuć, dowolny inny klawisz = edytuj dalej
