## alerts
alerts-config-bad-holidays = unknown holidays {$value}; use one of {$known}
alerts-config-bad-weekday = unknown day of the week {$value}; use mon, tue, wed, thu, fri, sat, sun
alerts-config-empty-week = the working week needs at least one day
alerts-config-bad-workday = the working day must end after it starts (workday_start {$start}, workday_end {$end})
alerts-reason-requested = the journalist's deadline
alerts-reason-statutory = statutory term, {$days ->
    [one] {$days} day
   *[other] {$days} days
}
alerts-reason-statutory-working = statutory term, {$days ->
    [one] {$days} working day
   *[other] {$days} working days
}
alerts-reason-working-hours = {$hours ->
    [one] {$hours} working hour
   *[other] {$hours} working hours
}
alerts-reason-working-span = {$span} of working time
alerts-reason-holiday = {$date} is a holiday
alerts-reason-holiday-worked = {$date} is a public holiday, worked under martial law
alerts-reason-working-weekend = {$date} is a working day
