## alerts
alerts-config-bad-holidays = невідомий календар свят {$value}; можливі: {$known}
alerts-config-bad-weekday = невідомий день тижня {$value}; пишіть mon, tue, wed, thu, fri, sat, sun
alerts-config-empty-week = у робочому тижні має бути хоча б один день
alerts-config-bad-workday = робочий день має закінчуватися пізніше, ніж починається (workday_start {$start}, workday_end {$end})
alerts-reason-requested = строк журналіста
alerts-reason-statutory = строк за законом, {$days ->
    [one] {$days} день
    [few] {$days} дні
    [many] {$days} днів
   *[other] {$days} дня
}
alerts-reason-statutory-working = строк за законом, {$days ->
    [one] {$days} робочий день
    [few] {$days} робочі дні
    [many] {$days} робочих днів
   *[other] {$days} робочого дня
}
alerts-reason-working-hours = {$hours ->
    [one] {$hours} робоча година
    [few] {$hours} робочі години
    [many] {$hours} робочих годин
   *[other] {$hours} робочої години
}
alerts-reason-working-span = {$span} робочого часу
alerts-reason-holiday = {$date} — свято
alerts-reason-holiday-worked = {$date} — свято, але під час воєнного стану робочий день
alerts-reason-working-weekend = {$date} — робочий день
