## alerts
alerts-config-bad-holidays = неизвестный календарь праздников {$value}; возможны: {$known}
alerts-config-bad-weekday = неизвестный день недели {$value}; пишите mon, tue, wed, thu, fri, sat, sun
alerts-config-empty-week = в рабочей неделе должен быть хотя бы один день
alerts-config-bad-workday = рабочий день должен кончаться позже, чем начинается (workday_start {$start}, workday_end {$end})
alerts-reason-requested = срок журналиста
alerts-reason-statutory = срок по закону, {$days ->
    [one] {$days} день
    [few] {$days} дня
    [many] {$days} дней
   *[other] {$days} дня
}
alerts-reason-statutory-working = срок по закону, {$days ->
    [one] {$days} рабочий день
    [few] {$days} рабочих дня
    [many] {$days} рабочих дней
   *[other] {$days} рабочего дня
}
alerts-reason-working-hours = {$hours ->
    [one] {$hours} рабочий час
    [few] {$hours} рабочих часа
    [many] {$hours} рабочих часов
   *[other] {$hours} рабочего часа
}
alerts-reason-working-span = {$span} рабочего времени
alerts-reason-holiday = {$date} — праздник
alerts-reason-holiday-worked = {$date} — праздник, но в военное положение рабочий день
alerts-reason-working-weekend = {$date} — рабочий день
