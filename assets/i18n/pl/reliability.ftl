## reliability
store-is-directory = { $path } to katalog, a nie plik bazy danych — podaj w --db ścieżkę pliku, na przykład { $path }/desk.sqlite3
store-read-only = do { $path } nie można tu pisać (plik lub jego katalog jest tylko do odczytu): polecenia, które tylko czytają (queue, overdue, who, plan, export, check, backup), działają; aby zapisywać, skopiuj plik tam, gdzie można pisać, albo popraw uprawnienia
store-damaged = { $path } jest uszkodzony ({ $detail }) i nie został otwarty do zapisu; nic w nim nie zmieniono. Uruchom `pressdesk check --db { $path }`, aby poznać szczegóły, potem przywróć najnowszą kopię zapasową (zob. „Niezawodność” w README); polecenia, które tylko czytają, pokażą to, co da się odczytać
store-damaged-open = { $path } jest uszkodzony ({ $detail }): nic więcej nie jest w nim zapisywane, a wpisany tekst zostaje w swoim oknie. Skopiuj, co potrzebne, wyjdź, uruchom `pressdesk check --db { $path }` i przywróć najnowszą kopię zapasową (zob. „Niezawodność” w README)
store-damaged-reading = uwaga: { $path } jest uszkodzony; pokazano to, co da się odczytać, nic nie jest zapisywane — uruchom `pressdesk check`
check-ok = { $path }: nie znaleziono uszkodzeń ({ $size })
check-damaged = { $path } jest USZKODZONY: { $count ->
    [one] znaleziono { $count } problem
    [few] znaleziono { $count } problemy
   *[other] znaleziono { $count } problemów
  }; nic nie zmieniono. Przywróć najnowszą kopię zapasową (zob. „Niezawodność” w README) albo wyeksportuj to, co da się odczytać, przez `pressdesk export json`.
backup-written = kopia zapasowa zapisana w { $path } ({ $size }); aby ją przywrócić, skopiuj ją na miejsce bazy, gdy pressdesk jest zamknięty
backup-exists = { $path } już istnieje; podaj nową nazwę pliku (kopia zapasowa nigdy nie nadpisuje pliku)
backup-failed = kopia zapasowa do { $path } nie powiodła się: { $reason }; nic nie zostało
backups-failed = uwaga: codzienna kopia zapasowa obok { $path } nie powiodła się ({ $reason }); twoje dane są nienaruszone
backups-finishing = kończę dzisiejszą kopię zapasową bazy…
cli-cmd-check = Sprawdź bazę pod kątem uszkodzeń: wypisuje jasny werdykt i kończy się kodem 0, gdy jest cała, i 1, gdy jest uszkodzona. Nigdy nie zmienia pliku.
cli-cmd-backup = Skopiuj bazę do FILE (kopia online SQLite: spójna, nawet gdy inni piszą), czytelną tylko dla ciebie.
cli-arg-backup-file = Nowy plik, do którego zapisać kopię.
when-out-of-range = „{ $text }” jest zbyt daleko od dzisiaj: oczekiwana jest data od { $from } do { $to }.
span-too-long = „{ $text }” to zbyt długi okres.
cli-arg-not-utf8 = argument „{ $arg }” nie jest tekstem w UTF-8; wpisz go ponownie albo ustaw kodowanie terminala na UTF-8
cli-length-too-long = „{ $value }” to za długo jak na wydarzenie; najwyżej { $max }.

# SQLite stayed locked past the wait.
store-busy = baza danych jest zajęta: inny pressdesk zapisuje do niej dłużej niż 5 sekund (długi import?). Nic nie zmieniono; spróbuj ponownie za chwilę.

# Saves in the interface that wait for another process's lock.
saves-pending = zapisywanie { $count ->
    [one] { $count } rekordu
   *[other] { $count } rekordów
  }: czekamy, aż inny pressdesk skończy zapis
saves-pending-quit = wyjście po zapisaniu { $count ->
    [one] { $count } rekordu
   *[other] { $count } rekordów
  } (inny pressdesk zapisuje do bazy)…
saves-quit-cancelled = wyjście anulowane: zapis się nie udał, wpisany tekst wrócił do okna
saves-failed-behind = zapis się nie udał: okno z wpisanym tekstem wróci, gdy zamkniesz to
error-writer-stopped = wątek zapisujący do bazy zatrzymał się; nic nie zapisano — skopiuj wpisany tekst i uruchom pressdesk ponownie
alerts-interface-look-failed = nie udało się sprawdzić, które powiadomienia należy wysłać: { $reason }
store-upgrading = aktualizuję { $path } do tej wersji pressdesk; najpierw plik w dotychczasowej postaci zostaje zachowany jako { $backup } (duży plik to minuta lub dwie)…
backups-making = przed zapisem powstaje dzisiejsza kopia zapasowa bazy: { $path }…
