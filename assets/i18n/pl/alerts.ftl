## alerts
alerts-config-bad-holidays = nieznany kalendarz świąt {$value}; możliwe: {$known}
alerts-config-bad-weekday = nieznany dzień tygodnia {$value}; pisz mon, tue, wed, thu, fri, sat, sun
alerts-config-empty-week = tydzień pracy musi mieć co najmniej jeden dzień
alerts-config-bad-workday = dzień pracy musi kończyć się później, niż zaczyna (workday_start {$start}, workday_end {$end})
alerts-reason-requested = termin dziennikarza
alerts-reason-statutory = termin ustawowy, {$days ->
    [one] {$days} dzień
   *[other] {$days} dni
}
alerts-reason-statutory-working = termin ustawowy, {$days ->
    [one] {$days} dzień roboczy
    [few] {$days} dni robocze
   *[other] {$days} dni roboczych
}
alerts-reason-working-hours = {$hours ->
    [one] {$hours} godzina robocza
    [few] {$hours} godziny robocze
   *[other] {$hours} godzin roboczych
}
alerts-reason-working-span = {$span} czasu pracy
alerts-reason-holiday = {$date} to święto
alerts-reason-holiday-worked = {$date} to święto, ale w stanie wojennym dzień roboczy
alerts-reason-working-weekend = {$date} to dzień roboczy
alerts-no-expert = zapytanie #{$id} nie ma eksperta; najpierw go wskaż
alerts-config-out-of-range = {$value} poza zakresem; dopuszczalne {$low}–{$high}
alerts-config-bad-escalation = każdy poziom eskalacji wymaga `after` (np. "30m") i `to` (członek zespołu)
alerts-hook-not-started = nie udało się uruchomić polecenia: {$reason}
alerts-hook-failed = polecenie zakończyło się błędem ({$status})
alerts-hook-timed-out = polecenie zatrzymano po {$secs} s
alerts-watch-from-binary = watch działa tylko z programu pressdesk
alerts-watch-hook-gave-up = polecenie {$event} dla #{$id} nie powiodło się po {$attempts} próbach: {$reason}
alerts-queue-escalated = ⇑ eskalowane do: {$to}
alerts-audit-none = Brak zmian w tym okresie.
alerts-audit-more = Dalej: dodaj --before {$id}
alerts-audit-bad-period = okres kończy się, zanim się zaczyna
alerts-audit-record = {$entity} #{$id}
alerts-audit-created = utworzono: {$label}
alerts-entity-inquiry = zapytanie
alerts-entity-contact = kontakt
alerts-entity-outlet = redakcja
alerts-entity-plan-item = pozycja planu
cli-cmd-watch = Uruchamiaj polecenia dla zapytań z bliskim terminem, po terminie i eskalowanych, aż do zatrzymania; z --once sprawdź raz i zakończ (dla crona)
cli-arg-watch-once = Sprawdź raz, uruchom polecenia, zaczekaj na nie i zakończ
cli-cmd-audit = Wszystkie zmiany danej osoby, od najnowszych
cli-arg-audit-who = Tylko zmiany tej osoby (nazwa w dzienniku)
cli-arg-audit-from = Od tego dnia: 2026-11-01, 01.11, pn, wczoraj
cli-arg-audit-to = Do tego dnia włącznie
cli-arg-audit-limit = Pokaż najwyżej tyle zmian (1–10000)
cli-arg-audit-before = Kontynuuj po zmianie o tym numerze (ostatniej z poprzedniej strony)
cli-arg-queue-escalated = Tylko eskalowane, najwyższy poziom najpierw
cli-arg-queue-mine = Tylko moje: przypisane mnie lub eskalowane do mnie, eskalowane najpierw
cli-arg-log-expert = Ekspert poproszony o komentarz: nazwisko, cyfry telefonu lub id:N
cli-arg-log-expert_due = Kiedy potrzebny jest komentarz eksperta (domyślnie w połowie drogi do terminu odpowiedzi)
alerts-field-expert-due = termin eksperta
alerts-field-escalation-level = poziom eskalacji
alerts-field-escalated-to = eskalowane do
alerts-config-bad-date = {$value} to nie data; pisz tak: 2026-12-31
alerts-queue-expert = · ekspert {$name} do {$when}

## interfejs: eskalacja, termin eksperta, dziennik zmian
alerts-filter-escalated = Eskalowane
alerts-action-filter-escalated = Tylko eskalowane zapytania (ponownie: z powrotem otwarte)
alerts-detail-escalated = Eskalacja
alerts-detail-escalation = poziom {$level} → {$to}
alerts-detail-expert-due = komentarz do {$time} · {$left}
alerts-detail-expert-overdue = komentarz spóźniony o {$late} (termin był {$time})
alerts-expert-hint = pisz, aby szukać · { $choose } wybór · { $next } termin komentarza · { $submit } ustaw · { $submit } na pustym wierszu usuwa · { $cancel } anuluj
alerts-expert-due-label = Komentarz do
alerts-expert-due-preview = komentarz do {$time}
alerts-expert-due-halfway = połowa terminu odpowiedzi
alerts-expert-due-after-answer = po terminie odpowiedzi
alerts-action-audit = Kto co zrobił: zmiany osoby przypisanej (twoje, jeśli nikogo) w danym okresie
alerts-hint-audit = kto co zrobił
alerts-help-audit = W dzienniku zmian
alerts-action-audit-person = Wybierz, czyje zmiany pokazać
alerts-hint-audit-person = osoba
alerts-action-audit-earlier = Poprzedni okres
alerts-action-audit-later = Następny okres
alerts-action-audit-period = Dzień, tydzień lub miesiąc
alerts-hint-audit-period = okres
alerts-action-close-audit = Wróć tam, skąd otwarto dziennik
alerts-pane-audit = Kto co zrobił
alerts-audit-whose = Czyje zmiany
alerts-audit-heading = {$who} · {$period} · {$count ->
    [one] {$count} zmiana
    [few] {$count} zmiany
   *[many] {$count} zmian
}
alerts-audit-day = {$day} {$year}
alerts-audit-week = tydzień {$first} – {$last} {$year}
alerts-audit-month = miesiąc {$first} – {$last} {$year}
alerts-audit-cut-short = Pokazano tylko najnowsze {$count}: wybierz krótszy okres ({ $period }), aby zobaczyć resztę.
alerts-audit-cannot-open = Ten wpis nie ma własnego widoku.
alerts-entity-coverage = publikacja
alerts-hint-audit-earlier = wcześniej
alerts-hint-audit-later = później
alerts-action-audit-open = Otwórz wpis, w którym dokonano zmiany
