## interface
store-not-a-database = { $path } nie jest plikiem bazy danych (zawiera coś innego albo jego początek jest uszkodzony); plik pozostał nietknięty — sprawdź ścieżkę podaną w --db lub PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Porzucić wpisany tekst? { $confirm } lub { $cancel } = porzuć, dowolny inny klawisz = edytuj dalej

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } ma już kontakt { $name } (#{ $id }): { $up } i { $submit } — zapisz na niego; { $submit } — mimo to utwórz nowy kontakt.

# Copying from a card, and Ctrl-R reading the config again.
flash-copied = Skopiowano { $what } ({ $name }) do schowka.
flash-no-phone-to-copy = Nie ma tu numeru telefonu do skopiowania.
flash-no-email-to-copy = Nie ma tu adresu e-mail do skopiowania.
flash-config-reloaded = Konfiguracja wczytana ponownie: jej reguły, kanały i klawisze już działają.
error-config-kept = Konfiguracja nie została zmieniona: { $reason }
action-copy-phone = skopiuj pierwszy numer telefonu
action-copy-email = skopiuj pierwszy adres e-mail
action-refresh-all = Wczytaj ponownie bazę danych i konfigurację
hint-copy = kopiuj

# The answer: a text of paragraphs.
prompt-text-hint = { $submit } zapisz · { $newline } nowa linia · { $cancel } anuluj
# The command line: completions, the manual page, progress of long work.
cli-cmd-completions = Wypisz uzupełnianie dla powłoki, np. pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish lub powershell
cli-cmd-man = Wypisz stronę podręcznika (roff): pressdesk man | man -l -, albo stronę jednego polecenia
cli-arg-man-command = Polecenie, którego stronę wypisać (log, plan, …); bez niego — strona całego programu
cli-man-no-command = nie ma polecenia „{ $name }”; polecenia to: { $known }
progress-read = Odczyt { $file }
progress-import = Import kontaktów
progress-export = Eksport kontaktów
help-form-new-line = nowa linia w odpowiedzi lub w treści wpisu ({ $submit } zapisuje)

# Window keys: in the keymap, listed by ? and rebindable in [keys].
help-windows = W oknach z polami (formularze, pytania)
help-pickers = Na listach do wyboru (status, priorytet, filtr kalendarza, ta pomoc)
help-questions = Gdy okno pyta „tak czy nie”
help-editing = Klawisze edycji w każdym polu (stałe)
action-next-field = Następne pole (pole „Kto” bierze podświetlony kontakt)
action-prev-field = Poprzednie pole
action-suggestion-down = Następna podpowiedź; gdy ich brak — następne pole
action-suggestion-up = Poprzednia podpowiedź; gdy ich brak — poprzednie pole
action-pick-down = Następny wiersz
action-pick-up = Poprzedni wiersz
action-pick = Wybierz wiersz (cyfra wybiera po numerze); w pomocy — strona w dół
action-close-list = Zamknij bez wyboru
action-confirm = Tak: porzuć wpisany tekst albo scal dwa rekordy
keys-window-typed = klawisz { $key } dla „{ $name }” byłby wpisywany w pola: klawisze okien wymagają Ctrl, Alt lub nazwanego klawisza (enter, tab, f2…)
