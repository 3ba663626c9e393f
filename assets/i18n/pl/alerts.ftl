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
