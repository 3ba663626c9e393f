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
form-due-rule = reguła „{ $priority }”: { $rule }
form-question-needed = Wpisz pytanie.
form-saving = Zapisywanie…
form-hint = { $submit } zapisz · { $next } następne pole · { $choose } wybierz · { $cancel } anuluj
preview-due = termin { $time }

## Prompts and pickers

prompt-answer = Odpowiedź na #{ $id }
prompt-question = Pytanie #{ $id }
prompt-subject = Temat #{ $id }
prompt-deadline = Termin dziennikarza dla #{ $id }
prompt-decline = Dlaczego odrzucono #{ $id }?
prompt-hint = { $submit } zapisz · { $cancel } anuluj
prompt-deadline-hint = 23:00 · +2h · jutro 12:00 · pt · eod — puste = reguła biura · { $submit } zapisz · { $cancel } anuluj
prompt-answer-empty = Wpisz odpowiedź albo ustaw status „odpowiedziane” klawiszem s.
prompt-reason-needed = Odrzucone zapytanie wymaga podania powodu.
picker-status = Status #{ $id }
picker-priority = Priorytet #{ $id }
picker-assign = Osoba odpowiedzialna za #{ $id }
picker-hint = cyfra lub { $move } { $pick } · { $close } anuluj
expert-title = Ekspert do #{ $id }
expert-new = nowy ekspert „{ $name }”
expert-none = Brak ekspertów: wpisz nazwisko, aby dodać.

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
action-show-queue = Pokaż kolejkę zapytań
action-up = W górę
action-down = W dół
action-top = Do pierwszego wiersza
action-bottom = Do ostatniego wiersza
action-page-up = Strona w górę
action-page-down = Strona w dół
action-open = Otwórz całe zapytanie
action-back = Wróć tam, skąd otwarto (kolejka, karta, pozycja planu, wyszukiwanie)
action-new-inquiry = Nowe zapytanie
action-filter = Następny filtr: otwarte, moje, zaległe, eskalowane, wszystkie
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
help-lists = Na listach
help-inquiry = Dla wybranego lub otwartego zapytania
help-ctrl-c = Wyjście; w formularzu — anulowanie
help-form-choice = Zmień wybór (kanał, priorytet); cyfry wybierają od razu
help-form-enter = Zapisz z dowolnego pola
help-form-esc = Anuluj (jeśli coś wpisano, najpierw zapyta)
help-form-delete = Usuń słowo / wiersz przed kursorem
help-close = { $close } lub { $help } zamyka · { $move } przewijanie

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
store-no-outlet = nie ma redakcji #{ $id }
store-item-needs-title = pozycja planu musi mieć tytuł
store-bad-channel-code = „{ $code }” nie jest kodem kanału
store-length-positive = czas trwania wydarzenia musi być większy od zera
cli-vcard-write-failed = nie udało się zapisać pliku vCard

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
cli-answer-failed = Nie udało się oznaczyć #{ $id } jako odpowiedziane (`pressdesk queue` pokazuje otwarte zapytania z numerami)
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

## Kalendarz

pane-calendar = Kalendarz
pane-item = Publikacja
view-month = miesiąc
view-week = tydzień
view-agenda = lista
calendar-week-title = tydzień { $week }, { $from } – { $to }
calendar-week-short = Tydz. { $week }:
calendar-filtered = filtr
calendar-today = dziś
calendar-late = spóźniona: czas minął, a publikacji nie ma
calendar-no-time = bez godziny
calendar-day-empty = Nic nie zaplanowano. Naciśnij { $key }, aby dodać wpis.
calendar-month-empty = W tym miesiącu nic nie zaplanowano.
calendar-more = jeszcze { $count }
plan-late-count = { $count ->
    [one] { $count } wpis spóźniony
    [few] { $count } wpisy spóźnione
    [many] { $count } wpisów spóźnionych
   *[other] { $count } wpisu spóźnionego
}
item-count = { $count ->
    [0] nic nie zaplanowano
    [one] { $count } publikacja
    [few] { $count } publikacje
    [many] { $count } publikacji
   *[other] { $count } publikacji
}
month-name-1 = Styczeń
month-name-2 = Luty
month-name-3 = Marzec
month-name-4 = Kwiecień
month-name-5 = Maj
month-name-6 = Czerwiec
month-name-7 = Lipiec
month-name-8 = Sierpień
month-name-9 = Wrzesień
month-name-10 = Październik
month-name-11 = Listopad
month-name-12 = Grudzień
item-status-idea = pomysł
item-status-draft = szkic
item-status-approved = zatwierdzone
item-status-scheduled = w planie
item-status-published = opublikowane
item-status-cancelled = odwołane
item-kind-post = wpis
item-kind-event = wydarzenie
item-title = Tytuł
item-day = Dzień
item-time = Godzina
item-when = Kiedy
item-channels = Kanały
item-kind = Rodzaj
item-length = Trwa
item-place = Miejsce
item-status = Status
item-category = Kategoria
item-campaign = Kampania
item-owner = Przygotowuje
item-url = Link
item-notes = Tekst
item-inquiry = Zapytanie
item-inquiry-open = { $key } — otwórz
item-no-notes = Tekstu jeszcze nie ma. Naciśnij { $key }, aby go napisać.
item-history-created = zaplanował(a) publikację
item-status-title = Status #{ $id }
item-form-new = Zaplanuj wpis lub wydarzenie
item-form-edit = Edycja #{ $id }
item-form-duplicate = Kopia #{ $id } (dla innego kanału)
item-form-from-inquiry = Wpis z zapytania #{ $id }
item-form-none = brak
item-form-events-only = tylko wydarzenia
item-form-title-needed = Potrzebny jest tytuł.
item-form-bad-time = Wpisz godzinę, np. 10:00, albo zostaw puste — bez dokładnej godziny.
item-form-bad-length = Wpisz czas trwania, np. 1h, 90m lub 1h30m.
item-form-hint = { $submit } zapisz · { $next }/{ $choose } następne pole · { $cancel } anuluj
item-form-day-hint = 2026-11-24 · 24.11 · dziś · jutro · pt · +3d
item-form-time-hint = 10:00 — puste = bez dokładnej godziny (spóźniona po końcu dnia)
item-form-channels-hint = ←→ wybierz · spacja lub cyfra zaznacza kanał
item-form-length-hint = 1h · 90m · 1h30m
item-form-choice-hint = ←→ lub spacja — zmień
move-title = Przenieś #{ $id } na
move-hint = pt · 25.11 · +1d · 15:30 · jutro 10:00 — { $submit } przenieś · { $cancel } anuluj
filter-title = Pokaż tylko
filter-any = wszystkie
filter-hint = { $move } wiersz · ←→ zmień · Backspace wszystkie · { $pick } lub { $close } zamknij
detail-posts = Wpisy i wydarzenia z tego zapytania
detail-no-posts = Jeszcze brak. Naciśnij { $key }, aby zaplanować wpis.
field-title = tytuł
field-notes = tekst
field-kind = rodzaj
field-starts-at = godzina
field-day = dzień
field-duration = czas trwania
field-place = miejsce
field-category = kategoria
field-campaign = kampania
field-owner = przygotowuje
field-url = link
field-channels = kanały
flash-no-item = Nie wybrano publikacji.
flash-item-created = #{ $id } zaplanowano.
flash-item-saved = #{ $id } zapisano.
flash-item-from-inquiry = #{ $id } zaplanowano z zapytania #{ $inquiry }; kalendarz — klawisz 3.
flash-item-finished = Publikacja już wyszła lub została odwołana; inny status — klawisz s.
flash-item-no-time = Publikacja nie ma godziny; nadaj ją klawiszem { $key }.
flash-item-no-inquiry = Ta publikacja nie pochodzi z zapytania.
hint-to-plan = wpis
hint-new = nowy
hint-edit = edycja
hint-advance = dalej
hint-move = przenieś
hint-duplicate = kopia
hint-view = widok
hint-today = dziś
hint-inquiry = zapytanie
hint-next-item = nast.
help-calendar = W kalendarzu
action-show-calendar = Pokaż plan treści
action-to-plan = Zaplanuj wpis z tego zapytania (odpowiedź staje się tekstem)
action-day-prev = Poprzedni dzień
action-day-next = Następny dzień
action-week-prev = Tydzień wcześniej (na liście — poprzednia publikacja)
action-week-next = Tydzień później (na liście — następna publikacja)
action-item-next = Następna publikacja dnia
action-item-prev = Poprzednia publikacja dnia
action-today = Do dzisiaj
action-page-prev = Poprzedni miesiąc (w widoku tygodnia — tydzień)
action-page-next = Następny miesiąc (w widoku tygodnia — tydzień)
action-view = Widok: miesiąc, tydzień, lista
action-new-item = Zaplanuj wpis lub wydarzenie na wybrany dzień
action-open-item = Otwórz całą publikację
action-close-item = Wróć tam, skąd otwarto (kalendarz, zapytanie, wyszukiwanie)
action-edit-item = Edytuj publikację
action-item-status = Ustaw status
action-advance-item = Następny status: pomysł → szkic → zatwierdzone → w planie → opublikowane
action-move-day-earlier = Przenieś dzień wcześniej
action-move-day-later = Przenieś dzień później
action-move-earlier = Przenieś 30 minut wcześniej
action-move-later = Przenieś 30 minut później
action-move-to = Przenieś na wpisany dzień lub godzinę
action-duplicate = Kopia (np. ta sama wiadomość dla innego kanału)
action-cancel-item = Odwołaj publikację
action-plan-filter = Pokaż tylko kanał, status, kampanię lub osobę
action-plan-filter-clear = Znów pokaż wszystko
action-item-inquiry = Otwórz zapytanie, z którego powstał wpis

## Kalendarz w wierszu poleceń

cli-plan-heading = Plan { $from } – { $to }
cli-plan-empty = Nic nie zaplanowano.
cli-plan-total = { $count ->
    [one] { $count } publikacja
    [few] { $count } publikacje
    [many] { $count } publikacji
   *[other] { $count } publikacji
}, spóźnione: { $late }
cli-title-needed = Tytuł jest pusty: podaj go po opcjach.
cli-bad-time = Nie można odczytać „{ $value }” jako godziny; pisz 10:00.
cli-bad-length = Nie można odczytać „{ $value }” jako czasu trwania; pisz 1h, 90m lub 1h30m.
cli-bad-plan-channel = Nieznany kanał „{ $value }”; w konfiguracji są: { $known }
cli-bad-category = Nieznana kategoria „{ $value }”; w konfiguracji są: { $known }
cli-bad-item-status = Nieznany status „{ $value }”; możliwe: { $known }
cli-bad-item-kind = Nieznany rodzaj „{ $value }”; możliwe: { $known }
cli-range-backwards = Ostatni dzień jest przed pierwszym.
cli-ics-written = { $count ->
    [one] { $count } wydarzenie zapisano
    [few] { $count } wydarzenia zapisano
    [many] { $count } wydarzeń zapisano
   *[other] { $count } wydarzenia zapisano
} w { $path }.
ics-calendar-name = Plan treści pressdesk
cli-cmd-plan = Plan treści: pokaż (domyślnie ten tydzień) albo plan add — dodaj wpis lub wydarzenie
cli-arg-plan-week = Ten tydzień, od poniedziałku do niedzieli (domyślnie)
cli-arg-plan-month = Ten miesiąc
cli-arg-plan-from = Pierwszy dzień: 2026-11-24, 24.11, today, mon, +7d
cli-arg-plan-to = Ostatni dzień (włącznie); bez niego — tydzień od --from
cli-arg-plan-channel = Tylko publikacje w tym kanale (kod lub nazwa z konfiguracji)
cli-arg-plan-status = Tylko publikacje o tym statusie
cli-arg-plan-late = Tylko spóźnione: czas minął, a publikacji nie ma
cli-cmd-plan-add = Zaplanuj wpis lub wydarzenie; wypisuje jego numer
cli-arg-plan-add-on = Dzień i ewentualnie godzina: 2026-11-24, 24.11, tomorrow, fri 10:00
cli-arg-plan-add-at = Godzina (10:00); bez niej publikacja nie ma dokładnej godziny
cli-arg-plan-add-channel = Kod lub nazwa kanału z konfiguracji; powtórz lub rozdziel przecinkami
cli-arg-plan-add-status = idea, draft, approved, scheduled, published lub cancelled
cli-arg-plan-add-category = Kod lub nazwa kategorii z konfiguracji
cli-arg-plan-add-kind = post lub event
cli-arg-plan-add-length = Czas trwania wydarzenia: 1h, 90m (domyślnie event_length z konfiguracji)
cli-arg-plan-add-place = Gdzie odbywa się wydarzenie
cli-arg-plan-add-campaign = Kampania, do której należy publikacja
cli-arg-plan-add-owner = Kto z zespołu przygotowuje (domyślnie ty)
cli-arg-plan-add-notes = Tekst wpisu
cli-arg-plan-add-inquiry = Zapytanie, na które odpowiada wpis
cli-arg-plan-add-json = Wypisz nową publikację jako JSON zamiast numeru
cli-arg-plan-add-title = Tytuł (słowa łączone spacjami)
cli-cmd-export = Wyeksportuj dane dla innych programów
cli-cmd-export-ics = Plan treści jako plik iCalendar (RFC 5545) dla Kalendarza Google, Thunderbirda, khal
cli-arg-export-ics-from = Pierwszy eksportowany dzień (bez --from i --to — wszystkie publikacje)
cli-arg-export-ics-to = Ostatni eksportowany dzień
cli-arg-export-ics-out = Zapisz do tego pliku (zastępowanego w całości) zamiast na standardowe wyjście
cli-arg-export-ics-all = Także pomysły i szkice (jako wstępne), nie tylko zaplanowane, opublikowane i wydarzenia z godziną

## Książka kontaktów

pane-contacts = Kontakty
pane-contact = Kontakt
pane-outlet = Redakcja
book-find = Szukaj:
book-search-hint = nazwisko, redakcja, cyfry telefonu… ({ $key } — wpisywanie)
book-count = { $shown } z { $total }
book-filter-everyone = Wszyscy
book-filter-journalists = Dziennikarze
book-filter-experts = Eksperci
book-filter-outlets = Redakcje
book-loading = Wczytywanie książki kontaktów…
book-empty = Książka kontaktów jest pusta. Naciśnij { $key }, aby dodać kontakt, albo zaimportuj: pressdesk import vcard PLIK
book-nothing-found = Nikogo nie znaleziono. Naciśnij { $cancel }, potem { $key }, aby dodać kontakt.
book-loose = Brak dokładnych trafień; te różnią się jedną literą.
book-typing-hint = Pisz, aby szukać · { $choose } wybór · { $submit } karta · { $next } kogo pokazać · { $cancel } klawisze
card-inquiries = { $count ->
    [one] { $count } zapytanie
    [few] { $count } zapytania
    [many] { $count } zapytań
   *[other] { $count } zapytań
}
card-median = mediana odpowiedzi { $span }
card-on-time = { $percent }% w terminie
card-last = ostatni kontakt { $ago }
card-no-contact-yet = jeszcze bez kontaktu
card-outlet = Redakcja
card-outlet-open = otwiera ją
card-position = Stanowisko
card-phones = Telefony
card-emails = E-mail
card-messengers = Komunikatory
card-tags = Tematy
card-notes = Notatki
card-colleagues = Ta sama redakcja ({ $count })
card-colleagues-more = …i jeszcze { $count }: { $key } otwiera redakcję ze wszystkimi osobami.
card-people = { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osób
}
card-outlet-inquiries = Zapytania od redakcji ({ $count })
card-timeline = Historia ({ $count })
card-timeline-empty = Na razie pusto: { $log } — zapisz zapytanie, { $call } — rozmowę.
card-late = po terminie
timeline-inquiry = zapytanie
timeline-commented = komentarz do
timeline-merged = scalono: { $name } (#{ $id }), { $who }
event-call = rozmowa
event-meeting = spotkanie
event-note = notatka
event-title = { $what } · { $name }
event-text = Co
event-when = Kiedy
event-kind = Rodzaj
event-when-now = teraz ({ $time }); albo -30m, 14:00, wczoraj 16:00
event-note-needed = Wpisz notatkę.
event-hint = { $submit } zapisz · { $next } następne pole · { $cancel } anuluj
editor-title-new = Nowy kontakt
editor-title-edit = Kontakt #{ $id }
editor-name = Nazwisko
editor-kind = Kto to
editor-outlet = Redakcja
editor-position = Stanowisko
editor-phones = Telefony
editor-emails = E-maile
editor-messengers = Komunikatory
editor-tags = Tematy
editor-relationship = Relacje
editor-notes = Notatki
editor-list-hint = Kilka wartości oddziel przecinkami.
editor-name-needed = Kontakt musi mieć nazwisko.
editor-duplicate = { $what } ma już { $name } (#{ $id }){ $more ->
    [0] {""}
   *[other] {" "}i jeszcze { $more }
}. { $submit } zapisze mimo to; { $merge } na karcie scala dwa rekordy.
editor-hint = { $submit } zapisz · { $next }/{ $choose } następne pole · ←→ zmień wybór · { $cancel } anuluj
merge-title = Scal inny rekord z „{ $name }”
merge-confirm = Scalić { $other } (#{ $id }) z { $keep }? { $confirm } = scal, dowolny inny klawisz = wróć
merge-keeps = Zapytania, rozmowy, notatki, telefony i adresy przechodzą tutaj; nic nie ginie.
merge-confirm-hint = { $confirm } scal · dowolny inny klawisz wróć
merge-hint = znajdź drugi rekord · { $choose } wybór · { $submit } wybierz · { $cancel } anuluj
merge-none = Brak innych pasujących rekordów.
flash-no-contact = To zapytanie nie ma kontaktu ani redakcji.
flash-no-contact-selected = Nie wybrano kontaktu.
flash-no-outlet = Ten kontakt nie ma redakcji.
flash-edit-from-card = Karta jest otwarta; naciśnij e jeszcze raz, aby edytować.
flash-event-saved = W historii: { $what }, { $name }.
flash-contact-created = Dodano kontakt #{ $id }.
flash-contact-saved = Zapisano kontakt #{ $id }.
flash-outlet-saved = Zapisano redakcję #{ $id }.
outlet-name-needed = Redakcja musi mieć nazwę.
outlet-title-new = Nowa redakcja
outlet-title-edit = Redakcja #{ $id }
outlet-kind = Rodzaj
outlet-region = Region
flash-contact-merged = Scalono w #{ $id }; cała historia obu rekordów jest na jego karcie.
hint-queue = kolejka
hint-search = szukaj
hint-call = rozmowa
hint-meeting = spotkanie
hint-note = notatka
hint-new-contact = nowy
hint-merge = scal
hint-outlet = redakcja
hint-contact = kontakt
action-show-contacts = Książka kontaktów
action-show-contact = Otwórz kartę kontaktu zapytania ({ $card_back } wraca)
action-search = Szukaj: nazwisko, redakcja, stanowisko, temat, notatka albo cyfry telefonu
action-close-card = Zamknij kartę (wróć tam, skąd ją otwarto: lista, karta, zapytanie)
action-log-call = Zapisz rozmowę z kontaktem
action-log-meeting = Zapisz spotkanie z kontaktem
action-log-note = Dodaj notatkę do historii kontaktu
action-edit-contact = Edytuj kontakt (na karcie redakcji — redakcję)
action-new-contact = Dodaj kontakt (na liście redakcji — redakcję)
action-merge = Scal z tym rekordem inny rekord tej samej osoby
action-goto-outlet = Otwórz redakcję kontaktu i jej ludzi
action-open-card = Otwórz kartę (na karcie: osobę lub zapytanie pod kursorem)
action-new-inquiry-from = Zapisz zapytanie od tej osoby
action-filter-book = Kogo pokazać: wszystkich, dziennikarzy, ekspertów, redakcje
help-book = W książce kontaktów (wybrany kontakt albo otwarta karta)
cli-who-none = Nikt nie pasuje do „{ $query }”.
cli-who-more = …i jeszcze { $count }; zawęź zapytanie albo użyj --limit.
cli-import-summary = Wczytane rekordy: { $read ->
    [one] { $read }
    [few] { $read }
    [many] { $read }
   *[other] { $read }
}; dodano { $added }, zaktualizowano { $updated }, pominięto { $skipped }.
cli-import-dry-run = Próba na sucho: nic nie zapisano.
import-skip-no-name = brak nazwiska, telefonu i e-maila
import-skip-ambiguous = telefon albo e-mail ma kilka kontaktów ({ $ids }); najpierw je scal
import-skip-unchanged = już jest jako #{ $id }, nic nowego
import-skip-unreadable = nie udało się odczytać: { $why }
cli-cannot-read = Nie można odczytać { $path }
cli-cannot-write = Nie można zapisać { $path }
cli-exported = Zapisane kontakty: { $count ->
    [one] { $count }
    [few] { $count }
    [many] { $count }
   *[other] { $count }
} w { $path }.
cli-cmd-who = Znajdź kontakty po nazwisku, redakcji, transliteracji albo cyfrach telefonu, z podsumowaniem historii; kod wyjścia 1, gdy nikt nie pasuje
cli-arg-who-query = Czego szukać (słowa łączone spacjami)
cli-arg-who-limit = Pokaż najwyżej tyle
cli-cmd-import = Wczytaj kontakty z pliku vCard albo CSV; rekord ze znanym już telefonem lub e-mailem aktualizuje ten kontakt zamiast dodawać nowy
cli-arg-import-format = vcard (2.1, 3.0, 4.0) albo csv (Google, Outlook albo własne kolumny pressdesk)
cli-arg-import-file = Plik do wczytania
cli-arg-import-dry_run = Pokaż, co zostałoby dodane, zaktualizowane i pominięte, nic nie zapisując
cli-cmd-export-vcard = Książka kontaktów jako vCard, jedna karta na kontakt
cli-arg-export-vcard-version = Wersja vCard: 3 (czyta ją każdy telefon i książka adresowa) albo 4
cli-arg-export-vcard-out = Zapisz do tego pliku zamiast na standardowe wyjście
cli-cmd-export-csv = Książka kontaktów jako CSV z kolumnami pressdesk; komórki, które arkusz wykonałby jako formułę, zaczynają się od '
cli-arg-export-csv-out = Zapisz do tego pliku zamiast na standardowe wyjście
cli-cmd-export-json = Książka kontaktów jako JSON: wszystkie kontakty i redakcje
cli-arg-export-json-out = Zapisz do tego pliku zamiast na standardowe wyjście

## The built-in channels and categories of the content plan

plan-label-site = Strona
plan-short-site = WWW
plan-label-vk = VK
plan-short-vk = VK
plan-label-telegram = Telegram
plan-short-telegram = TG
plan-label-ok = Odnoklassniki
plan-short-ok = OK
plan-label-facebook = Facebook
plan-short-facebook = FB
plan-label-radio = Radio
plan-short-radio = Rad
plan-label-tv = TV
plan-short-tv = TV
plan-label-press_release = Komunikat prasowy
plan-short-press_release = KP
plan-label-news = Aktualności
plan-short-news = Akt
plan-label-consultation = Porada
plan-short-consultation = Por
plan-label-reminder = Przypomnienie
plan-short-reminder = Przy
plan-label-hr = Kadry i oferty pracy
plan-short-hr = Kadr
plan-label-internal = Wewnętrzne
plan-short-internal = Wewn
plan-label-campaign = Kampania
plan-short-campaign = Kamp
plan-label-history = Projekt historyczny
plan-short-history = Hist
