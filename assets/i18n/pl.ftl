# pressdesk — polski. Tu mieszkają wszystkie teksty interfejsu.
# Liczba mnoga — selektorami Fluent: { $count -> [one] … [few] … [many] … *[other] … }.
# Kategorie CLDR dla pl: one = 1; few = 2–4, 22–24… (bez 12–14); many = 0, 5–21, 25–31…

## Panes and bars

pane-queue = Kolejka
pane-inquiry = Zapytanie
queue-title = Zapytania
queue-loading = Wczytywanie…
queue-empty = Nic nie czeka na odpowiedź. Naciśnij { $key }, aby zapisać zapytanie.
overdue-count = { $count ->
    [one] { $count } zaległe
    [few] { $count } zaległe
    [many] { $count } zaległych
   *[other] { $count } zaległych
}
overdue-none = brak zaległych
due-soon-count = { $count ->
    [one] wkrótce { $count } termin
    [few] wkrótce { $count } terminy
    [many] wkrótce { $count } terminów
   *[other] wkrótce { $count } terminów
}
inquiry-count = { $count ->
    [one] { $count } zapytanie
    [few] { $count } zapytania
    [many] { $count } zapytań
   *[other] { $count } zapytań
}
filter-open = Otwarte
filter-mine = Moje
filter-overdue = Zaległe
filter-all = Wszystkie
unknown-caller = nieznany
nobody = brak

## Queue columns

col-age = Wiek
col-from = Od kogo
col-channel = Kan.
col-subject = Temat
col-due = Termin
col-left = Zostało
col-assignee = Odpow.
col-status = Status

## Codes

status-new = nowe
status-in-progress = w toku
status-waiting = oczekuje
status-answered = odpowiedź
status-closed = zamknięte
status-declined = odrzucone
channel-phone = telefon
channel-messenger = komunikator
channel-email = e-mail
channel-in-person = osobiście
channel-social = social media
channel-letter = pismo
channel-short-phone = tel
channel-short-messenger = czat
channel-short-email = mail
channel-short-in-person = osob
channel-short-social = soc
channel-short-letter = pis.
priority-urgent = pilny
priority-high = wysoki
priority-normal = normalny
priority-low = niski
urgency-overdue = po terminie
urgency-due-soon = wkrótce termin
urgency-pending = jest czas
urgency-done = gotowe
contact-kind-journalist = dziennikarz
contact-kind-expert = ekspert
contact-kind-colleague = współpracownik
contact-kind-other = inny
relationship-friendly = przychylny
relationship-neutral = neutralny
relationship-critical = krytyczny
outlet-kind-tv = TV
outlet-kind-radio = radio
outlet-kind-print = prasa
outlet-kind-online = internet
outlet-kind-agency = agencja
outlet-kind-blog = blog

## Times

weekday-mon = pn
weekday-tue = wt
weekday-wed = śr
weekday-thu = cz
weekday-fri = pt
weekday-sat = so
weekday-sun = nd
month-jan = sty
month-feb = lut
month-mar = mar
month-apr = kwi
month-may = maj
month-jun = cze
month-jul = lip
month-aug = sie
month-sep = wrz
month-oct = paź
month-nov = lis
month-dec = gru
moment-tomorrow = jutro { $time }
moment-yesterday = wczoraj { $time }
span-minutes = { $n } min
span-hours = { $n } godz.
span-days = { $n } d
until-in = za { $span }
until-late = { $span } po terminie
age-now = przed chwilą
compact-minutes = { $n }min
compact-hours = { $n }h
compact-days = { $n }d
ago = { $span } temu
answered-in = odpowiedź po { $span }

## Typed times

when-empty = Wpisz czas.
when-unreadable = Nie rozumiem „{ $text }” jako czasu. Na przykład: 23:00, +2h, jutro 12:00, pt, 24.11 15:00 lub eod.
when-no-such-date = Nie ma daty „{ $text }”.

## The inquiry in full

detail-status = Status
detail-from = Od kogo
detail-received = Wpłynęło
detail-due = Termin
detail-due-why-journalist = termin dziennikarza ({ $time })
detail-due-why-rule-earlier = reguła biura ({ $rule }) wypada przed terminem dziennikarza { $time }
detail-due-why-rule = reguła biura dla priorytetu „{ $priority }”: { $rule }
detail-assignee = Odpowiada
detail-expert = Ekspert
detail-declined = Odrzucone
detail-question = Pytanie
detail-answer = Odpowiedź
detail-no-answer = Brak odpowiedzi. Naciśnij { $key }, aby ją zapisać.
detail-no-answer-text = oznaczone jako odpowiedziane, bez treści odpowiedzi
detail-history = Historia
detail-overdue-note = Termin odpowiedzi minął.
history-created = zapisano zapytanie
history-changed = { $field }: { $old } → { $new }
field-status = status
field-answer = odpowiedź
field-answered-at = czas odpowiedzi
field-assignee = osoba odpowiedzialna
field-expert = ekspert
field-requested-deadline = termin dziennikarza
field-due = termin
field-priority = priorytet
field-question = pytanie
field-subject = temat
field-decline-reason = powód odrzucenia

## The quick log

form-title = Zapisz zapytanie
form-who = Kto
form-question = Pytanie
form-deadline = Termin
form-channel = Kanał
form-priority = Priorytet
form-outlet = Redakcja
form-who-known = kontakt z bazy
form-who-new = nowy kontakt
form-who-create = nowy kontakt „{ $name }”
form-outlet-create = nowa redakcja „{ $name }”
form-due-journalist = termin dziennikarza
form-due-rule = reguła „{ $priority }”: { $rule }
form-question-needed = Wpisz pytanie.
form-confirm-discard = Porzucić wpisany tekst? y = porzuć, dowolny inny klawisz = edytuj dalej
form-saving = Zapisywanie…
form-hint = Enter zapisz · Tab następne pole · ↑↓ wybierz · Esc anuluj
preview-due = termin { $time }

## Prompts and pickers

prompt-answer = Odpowiedź na #{ $id }
prompt-question = Pytanie #{ $id }
prompt-subject = Temat #{ $id }
prompt-deadline = Termin dziennikarza dla #{ $id }
prompt-decline = Dlaczego odrzucono #{ $id }?
prompt-hint = Enter zapisz · Esc anuluj
prompt-deadline-hint = 23:00 · +2h · jutro 12:00 · pt · eod — puste = reguła biura · Enter zapisz · Esc anuluj
prompt-answer-empty = Wpisz odpowiedź albo ustaw status „odpowiedziane” klawiszem s.
prompt-reason-needed = Odrzucone zapytanie wymaga podania powodu.
picker-status = Status #{ $id }
picker-priority = Priorytet #{ $id }
picker-assign = Osoba odpowiedzialna za #{ $id }
picker-hint = cyfra lub ↑↓ Enter · Esc anuluj
expert-title = Ekspert do #{ $id }
expert-new = nowy ekspert „{ $name }”
expert-none = Brak ekspertów: wpisz nazwisko, aby dodać.
expert-hint = pisz, aby szukać · ↑↓ wybierz · Enter ustaw · Enter w pustym wierszu usuwa · Esc anuluj

## Status line

flash-logged = Zapisano zapytanie #{ $id }.
flash-saved = Zapisano #{ $id }.
flash-now-overdue = { $count ->
    [one] #{ $id } jest teraz po terminie: { $subject }
    [few] { $count } zapytania są teraz po terminie, w tym #{ $id }
    [many] { $count } zapytań jest teraz po terminie, w tym #{ $id }
   *[other] { $count } zapytań jest teraz po terminie, w tym #{ $id }
}
flash-no-next-status = To zapytanie jest zakończone; inny status ustawisz klawiszem s.
flash-nothing-selected = Nie wybrano zapytania.
error-load = Nie można odczytać bazy danych: { $reason }
error-save = Nie zapisano: { $reason }. Wpisany tekst nadal tu jest.
error-demo-not-empty = Ta baza zawiera już dane; demo wypełnia tylko pustą.
error-no-data-dir = Nie można znaleźć katalogu domowego na dane; podaj ścieżkę przez --db.

## Key hints and help

hint-log = wpis
hint-open = otwórz
hint-back = wróć
hint-status = status
hint-answer = odpowiedź
hint-deadline = termin
hint-assign = przypisz
hint-filter = filtr
hint-help = pomoc
hint-quit = wyjdź
action-quick-log = Zapisz zapytanie („szybki wpis”) z dowolnego miejsca
action-help = Pokaż lub ukryj tę pomoc
action-quit = Wyjdź (wszystko jest już zapisane)
action-refresh = Wczytaj ponownie z bazy danych
action-show-queue = Pokaż kolejkę zapytań
action-up = W górę
action-down = W dół
action-top = Do pierwszego wiersza
action-bottom = Do ostatniego wiersza
action-page-up = Strona w górę
action-page-down = Strona w dół
action-open = Otwórz całe zapytanie
action-back = Wróć do kolejki
action-new-inquiry = Nowe zapytanie
action-filter = Następny filtr: otwarte, moje, zaległe, wszystkie
action-status = Ustaw status („odrzucone” wymaga powodu)
action-advance = Następny status: nowe → w toku → oczekuje → odpowiedziane → zamknięte
action-answer = Zapisz odpowiedź (status zmieni się na „odpowiedziane”)
action-assign = Przypisz osobę odpowiedzialną z zespołu
action-expert = Wskaż eksperta poproszonego o komentarz
action-deadline = Zmień termin dziennikarza
action-priority = Zmień priorytet (termin według reguły biura)
action-edit-question = Edytuj pytanie
action-edit-subject = Edytuj temat
help-title = Klawisze
help-everywhere = Wszędzie
help-queue = W kolejce
help-inquiry = Dla wybranego lub otwartego zapytania
help-forms = W formularzach
help-ctrl-c = Wyjście; w formularzu — anulowanie
help-form-tab = Następne / poprzednie pole (w polu „Kto” bierze podświetlony kontakt)
help-form-arrows = Wybierz podpowiedź lub przejdź między polami
help-form-choice = Zmień wybór (kanał, priorytet); cyfry wybierają od razu
help-form-enter = Zapisz z dowolnego pola
help-form-esc = Anuluj (jeśli coś wpisano, najpierw zapyta)
help-form-delete = Usuń słowo / wiersz przed kursorem
help-close = Esc lub ? zamyka · ↑↓ przewijanie

## Setup and storage errors

config-file = plik konfiguracji { $path }
config-line = wiersz { $line }
config-key = klucz `{ $key }`
config-unreadable = nie można go odczytać: { $reason }
config-bad-language = nieznany język „{ $value }”; dozwolone: en, ru, uk lub pl
config-bad-country = nieznany kraj „{ $value }”; znane: { $known }
config-bad-time = „{ $value }” to nie godzina w rodzaju 18:00
keys-unknown-action = nieznana akcja „{ $name }”; akcje: { $known }
keys-none = „{ $name }” nie ma klawisza
keys-conflict = klawisz { $key } jest przypisany zarówno do „{ $first }”, jak i do „{ $second }”; daj jednej z nich inny klawisz
keys-unknown-key = nieznany klawisz „{ $key }”
span-empty = pusty czas trwania
span-number-first = „{ $text }”: przed „{ $unit }” musi stać liczba
span-bad-unit = „{ $text }”: nieznana jednostka „{ $unit }” (użyj m, h, d lub w)
span-no-unit = „{ $text }”: ostatnia liczba nie ma jednostki (m, h, d lub w)
error-clock = { $var }=„{ $value }” to nie czas w formacie RFC 3339 (na przykład 2026-11-24T21:40:00+03:00): { $reason }
store-sqlite = błąd bazy danych: { $reason }
store-too-new = baza danych { $path } ma wersję schematu { $found }, nowszą niż zna ten pressdesk ({ $known }); pozostawiono ją bez zmian — zaktualizuj pressdesk, aby ją otworzyć
store-not-ours = { $path } nie jest bazą pressdesk (zawiera już inne dane); pozostawiono go bez zmian — wybierz inny plik przez --db
store-no-inquiry = nie ma zapytania #{ $id }
store-no-contact = nie ma kontaktu #{ $id }
store-contact-needs-name = kontakt musi mieć nazwę
store-outlet-needs-name = redakcja musi mieć nazwę
store-outlet-exists = redakcja o nazwie „{ $name }” już istnieje
store-question-needed = zapytanie musi zawierać pytanie
store-reason-needed = odrzucenie zapytania wymaga podania powodu
store-answer-empty = odpowiedź jest pusta
store-no-wal = nie udało się przełączyć bazy danych w tryb WAL (otrzymano { $mode })
store-backup-path = ścieżka kopii zapasowej { $path } nie jest poprawnym UTF-8

## Command line

cli-queue-empty = Nic nie czeka na odpowiedź.
cli-queue-total = { $count ->
    [one] { $count } zapytanie
    [few] { $count } zapytania
    [many] { $count } zapytań
   *[other] { $count } zapytań
}, w tym { $overdue ->
    [one] { $overdue } zaległe
    [few] { $overdue } zaległe
    [many] { $overdue } zaległych
   *[other] { $overdue } zaległych
}
cli-answered = Na zapytanie #{ $id } udzielono odpowiedzi ({ $span } od wpłynięcia).
cli-answer-failed = Nie udało się oznaczyć #{ $id } jako odpowiedziane
cli-question-needed = Pytanie jest puste: podaj jego treść po opcjach.
cli-bad-channel = Nieznany kanał „{ $value }”; dozwolone wartości: { $known }
cli-bad-priority = Nieznany priorytet „{ $value }”; dozwolone wartości: { $known }
cli-who-ambiguous = „{ $query }” pasuje do kilku kontaktów: { $candidates }. Wskaż jeden przez --who id:N.
cli-demo-filled = Dodano dane demonstracyjne: { $inquiries ->
    [one] { $inquiries } zapytanie
    [few] { $inquiries } zapytania
    [many] { $inquiries } zapytań
   *[other] { $inquiries } zapytań
} ({ $open ->
    [one] { $open } otwarte
    [few] { $open } otwarte
    [many] { $open } otwartych
   *[other] { $open } otwartych
}), { $contacts ->
    [one] { $contacts } kontakt
    [few] { $contacts } kontakty
    [many] { $contacts } kontaktów
   *[other] { $contacts } kontaktów
}, { $outlets ->
    [one] { $outlets } redakcja
    [few] { $outlets } redakcje
    [many] { $outlets } redakcji
   *[other] { $outlets } redakcji
}.

## Command-line help

cli-usage = Użycie:
cli-commands = Polecenia
cli-options = Opcje
cli-about = Stanowisko biura prasowego w terminalu: zapytania mediów, terminy i kontakty
cli-arg-help = Pokaż pomoc
cli-arg-version = Pokaż wersję
cli-arg-db = Plik bazy danych (w przeciwnym razie $PRESSDESK_DB, a potem katalog danych systemu)
cli-arg-config = Plik konfiguracji (w przeciwnym razie $PRESSDESK_CONFIG, a potem katalog konfiguracji systemu)
cli-arg-demo = Baza demonstracyjna: oddzielna od prawdziwej, przy pierwszym użyciu wypełniana przykładami
cli-arg-lang = Język tego uruchomienia: en, ru, uk lub pl (w przeciwnym razie z konfiguracji, a potem z LANG)
cli-cmd-log = Zapisz zapytanie; wypisuje jego numer
cli-arg-log-who = Kto pyta: nazwisko, redakcja, cyfry telefonu albo id:N dla kontaktu N; nieznane nazwisko tworzy kontakt
cli-arg-log-via = Jak wpłynęło: phone, messenger, email, in_person, social, letter
cli-arg-log-deadline = Termin dziennikarza: 23:00, +2h, jutro 12:00, pt, 2026-11-23 15:00, eod
cli-arg-log-priority = urgent, high, normal lub low
cli-arg-log-received = Kiedy wpłynęło, jeśli nie przed chwilą: 21:40, -30min, wczoraj 18:00
cli-arg-log-outlet = Redakcja, jeśli nie jest to redakcja kontaktu
cli-arg-log-subject = Krótki temat do kolejki
cli-arg-log-json = Wypisz zapisane zapytanie jako JSON zamiast numeru
cli-arg-log-text = Pytanie (słowa są łączone spacjami)
cli-cmd-queue = Lista otwartych zapytań, najpilniejsze na górze
cli-arg-queue-overdue = Tylko zaległe
cli-arg-json = Wypisz JSON
cli-cmd-overdue = Lista zaległych zapytań; kod wyjścia 1, jeśli jakieś są
cli-cmd-answer = Oznacz zapytanie jako odpowiedziane, z treścią odpowiedzi, jeśli podano
cli-arg-answer-id = Numer zapytania
cli-arg-answer-text = Odpowiedź (słowa są łączone spacjami)
cli-cmd-demo = Wypełnij pustą bazę realistycznymi danymi demonstracyjnymi
