## intake

# Przyjmowanie poczty
intake-unreadable = { $file }: nie da się odczytać ({ $reason }); pominięto
intake-file-too-large = { $file }: załączony plik { $name } przekracza limit rozmiaru i nie został zachowany
intake-mbox-origin = { $file }, wiadomość { $n }
intake-not-maildir = to nie jest folder Maildir (nie ma w nim ani new/, ani cur/)
intake-no-headers = brak nagłówków poczty
intake-no-sender = brak adresu nadawcy (From)
intake-no-text = (wiadomość bez treści)
intake-new-contact = {" "}(nowy kontakt)
intake-new-contact-at = {" "}(nowy kontakt, { $outlet })
intake-registered = #{ $id } nowe zapytanie od { $sender }{ $contact }: { $subject } · zachowane pliki: { $files }
intake-reply = #{ $id } odpowiedź od { $sender } dodana do historii: { $subject } · zachowane pliki: { $files }
intake-summary = Przeczytane wiadomości: { $read }; nowe: { $new }, odpowiedzi: { $replies }, już zarejestrowane: { $known }, nieczytelne: { $unreadable }.
intake-dry-run = Próba: nic nie zostało zapisane.

# Załączniki
attach-kept = Zachowano #{ $id } { $name } ({ $size }) przy { $kind } #{ $record }
attach-refused = { $file }: nie zachowano: { $reason }
attach-none = Brak plików.
attach-saved = Załącznik #{ $id } zapisano w { $path }
attach-exists = { $path } już istnieje; podaj inną nazwę przez --out
store-no-attachment = Nie ma załącznika #{ $id }.
store-no-record = Nie ma rekordu { $kind } #{ $id }.
store-not-a-file = to nie jest plik
store-file-too-large = { $name } ma { $size }, więcej niż limit { $limit } na plik (attachments.max_file_mb w konfiguracji).
store-file-unreadable = Nie da się odczytać { $name }: { $reason }
store-file-changed = { $name } zmienił się podczas odczytu; spróbuj ponownie
open-write-failed = Nie udało się zapisać pliku do otwarcia: { $reason }
open-no-opener = Nie udało się otworzyć pliku programem { $program } ({ $reason }); ustaw w PRESSDESK_OPENER program otwierający pliki.
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
config-bad-megabytes = { $value } to nie rozmiar w megabajtach od 1 do 1000

# Wyszukiwanie i stanowiska
memory-kind-inquiry = zapytanie
memory-kind-plan = plan
memory-kind-coverage = publikacja
memory-tone-positive = pozytywna
memory-tone-neutral = neutralna
memory-tone-negative = negatywna
memory-kind-statement = stanowisko
memory-no-words = Podaj słowo do wyszukania.
memory-nothing = W pamięci biura nic nie pasuje do „{ $query }”.
statements-none = Nie ma jeszcze zatwierdzonych stanowisk. Dodaj: pressdesk statements add --topic TEMAT TEKST
statement-agreed = uzgodniono { $day }
statement-review = do przeglądu { $day }
statement-stale = nieaktualne
statement-stale-since = NIEAKTUALNE: przegląd był potrzebny { $day }
store-statement-needs-topic = Stanowisko musi mieć temat.
store-statement-needs-text = Stanowisko musi mieć treść.
store-statement-review-before = Data przeglądu jest wcześniejsza niż data uzgodnienia.

# Pomoc wiersza poleceń
cli-cmd-intake = Zarejestruj zapytania, które przyszły same (poczta)
cli-cmd-intake-mail = Zarejestruj zapytania z wiadomości: pliki .eml, foldery Maildir (new/ i cur/) lub pliki mbox; wiadomość już zarejestrowana nie jest dodawana ponownie, odpowiedź trafia do historii swojego zapytania
cli-arg-intake-mail-paths = Pliki .eml, foldery Maildir lub pliki mbox
cli-arg-intake-mail-dry_run = Pokaż, co zostałoby zarejestrowane, i nic nie zapisuj
cli-cmd-attach = Zachowaj pliki przy zapytaniu, kontakcie, redakcji lub pozycji planu
cli-arg-attach-kind = inquiry, contact, outlet lub plan
cli-arg-attach-id = Numer rekordu
cli-arg-attach-files = Pliki do zachowania
cli-cmd-attachments = Lista plików rekordu
cli-arg-attachments-kind = inquiry, contact, outlet lub plan
cli-arg-attachments-id = Numer rekordu
cli-cmd-attachment = Jeden zachowany plik: `attachment get N` go zapisuje
cli-cmd-attachment-get = Zapisz plik załącznika: pod jego nazwą w bieżącym folderze lub tam, gdzie wskazuje --out (- pisze na standardowe wyjście)
cli-arg-attachment-get-id = Numer załącznika (zob. pressdesk attachments)
cli-arg-attachment-get-out = Gdzie zapisać; istniejący plik zostanie zastąpiony
cli-cmd-search = Szukaj w pamięci biura: zapytania z każdego czasu, pozycje planu i zatwierdzone stanowiska, najlepsze trafienia najpierw; kod wyjścia 1, gdy nic nie pasuje
cli-arg-search-query = Czego szukać: słów tematu, pytania, odpowiedzi, historii lub nazwiska pytającego, w dowolnym alfabecie
cli-arg-search-limit = Pokaż najwyżej tyle (1–1000)
cli-cmd-statements = Zatwierdzone stanowiska: lista albo `statements add`, by dodać
cli-arg-statements-topic = Tylko stanowiska, których temat ma te słowa
cli-cmd-statements-add = Zapisz zatwierdzone stanowisko; wypisuje jego numer
cli-arg-statements-add-topic = Czego dotyczy: harmonogram szczepień, wyłączenie ciepłej wody
cli-arg-statements-add-agreed_by = Kto je uzgodnił
cli-arg-statements-add-agreed = Dzień uzgodnienia (domyślnie dziś): 2026-11-24, 24.11, wczoraj
cli-arg-statements-add-review = Dzień przeglądu; po nim stanowisko jest oznaczane jako nieaktualne
cli-arg-statements-add-text = Treść stanowiska (słowa łączone spacjami)

# Search of the office's memory in the interface
pane-memory = Szukaj
memory-search-label = Szukaj w archiwum:
memory-search-hint = Zapytania z dowolnego czasu, pozycje planu, publikacje i stanowiska — szukane w trakcie pisania.
memory-search-found = { $more ->
    [1] Pokazano { $count } najlepszych; kolejne słowo zawęzi wyszukiwanie.
   *[0] { $count ->
        [one] Znaleziono jeden.
       *[other] Znaleziono: { $count }.
    }
}
memory-search-keys = { $submit } — otwórz · { $choose } — wybierz · { $cancel } — wróć
memory-statement-copied = Stanowisko „{ $topic }” skopiowano do schowka.
hint-search-memory = szukaj
action-search-memory = Szukaj w archiwum: zapytania z dowolnego czasu, pozycje planu, publikacje, stanowiska

# Files in the interface
files-title = Pliki
files-window-title = { $kind ->
    [contact] Pliki kontaktu #{ $id }
    [outlet] Pliki redakcji #{ $id }
    [plan] Pliki pozycji planu #{ $id }
   *[inquiry] Pliki zapytania #{ $id }
}
files-window-keys = { $open } — otwórz · { $save } — zapisz kopię · { $attach } — dołącz plik · { $close } — zamknij
files-attach-to = { $kind ->
    [contact] Dołącz plik do kontaktu #{ $id }:
    [outlet] Dołącz plik do redakcji #{ $id }:
    [plan] Dołącz plik do pozycji planu #{ $id }:
   *[inquiry] Dołącz plik do zapytania #{ $id }:
}
files-save-as = Zapisz kopię #{ $id } { $name } jako:
files-attach-keys = { $complete } uzupełnia nazwę · { $submit } — dołącz · { $cancel } — wróć
files-save-keys = { $complete } uzupełnia nazwę · { $submit } — zapisz · { $cancel } — wróć
files-path-needed = Wpisz ścieżkę do pliku.
files-no-match = Żaden plik ani folder tak się nie zaczyna.
files-opening = Otwieram…
files-opened = Otwarto { $name } w systemowej przeglądarce.
files-saved = Zapisano kopię: { $path }
files-attached = Zachowano #{ $id } { $name } ({ $size }).
hint-files = pliki
hint-attach = dołącz
action-files = Pliki zapytania: otwórz w systemowej przeglądarce, zapisz kopię, dołącz kolejny
action-attach = Dołącz plik do zapytania (ścieżka; { $next } uzupełnia nazwy)
action-card-files = Pliki kontaktu lub redakcji z karty: otwórz, zapisz kopię, dołącz
action-card-attach = Dołącz plik do kontaktu lub redakcji na karcie (ścieżka; { $next } uzupełnia nazwy)
action-item-files = Pliki pozycji planu: otwórz, zapisz kopię, dołącz kolejny
action-item-attach = Dołącz plik do pozycji planu (ścieżka; { $next } uzupełnia nazwy)
action-save-copy = W plikach: zapisz kopię wybranego pliku
action-attach-another = W plikach: dołącz kolejny plik

# Statements in the interface
statements-title = Zatwierdzone stanowiska
statements-insert-title = Stanowiska i dawne odpowiedzi do odpowiedzi
statements-words = Słowa:
statements-topic = Temat:
statements-answer = odpowiedź na #{ $id }
statements-nothing = Nic nie pasuje.
statements-insert-keys = { $choose } — wybierz · { $submit } — wstaw przy kursorze · { $cancel } — wróć do odpowiedzi
statements-keys = { $choose } — wybierz · { $submit } — kopiuj do schowka · { $cancel } — zamknij
statements-copied = Stanowisko „{ $topic }” skopiowano do schowka.
statements-inserted-stale = Wstawiono „{ $topic }”, którego termin przeglądu minął: sprawdź, czy nadal obowiązuje.
hint-statements = stanowiska
action-statements = Zatwierdzone stanowiska według tematów ({ $submit } kopiuje)
action-insert-statement = W odpowiedzi: wstaw przy kursorze zatwierdzone stanowisko lub dawną odpowiedź
prompt-answer-statements = { $key }: wstaw zatwierdzone stanowisko lub dawną odpowiedź
history-attached = dołączył(a) { $file }
