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
alerts-no-expert = inquiry #{$id} has no expert asked; ask one first
alerts-config-out-of-range = {$value} is out of range; use {$low}–{$high}
alerts-config-bad-escalation = each escalation level needs `after` (such as "30m") and `to` (a team member)
alerts-hook-not-started = the hook could not be started: {$reason}
alerts-hook-failed = the hook failed ({$status})
alerts-hook-timed-out = the hook was stopped after {$secs} s
alerts-watch-from-binary = watch runs only from the pressdesk program
alerts-watch-hook-gave-up = the {$event} hook for #{$id} gave up after {$attempts} tries: {$reason}
alerts-queue-escalated = ⇑ escalated to {$to}
alerts-audit-none = No changes in that period.
alerts-audit-more = More: add --before {$id}
alerts-audit-bad-period = the period ends before it starts
alerts-audit-record = {$entity} #{$id}
alerts-audit-created = created: {$label}
alerts-entity-inquiry = inquiry
alerts-entity-contact = contact
alerts-entity-outlet = outlet
alerts-entity-plan-item = plan item
cli-cmd-watch = Run the hooks for inquiries due soon, overdue or escalated, until stopped; with --once, look once and exit (for cron)
cli-arg-watch-once = Look once, run the hooks for what is owed, wait for them, and exit
cli-cmd-audit = Every change a person made, newest first
cli-arg-audit-who = Only this person's changes (the name in the audit trail)
cli-arg-audit-from = From this day on: 2026-11-01, 01.11, mon, yesterday
cli-arg-audit-to = Up to and including this day
cli-arg-audit-limit = Show at most this many changes (1–10000)
cli-arg-audit-before = Continue after the change with this number (the last one of the previous page)
cli-arg-queue-escalated = Only the escalated ones, the highest level first
cli-arg-queue-mine = Only mine: assigned to me or escalated to me, the escalated first
cli-arg-log-expert = The expert asked for a comment: a name, phone digits or id:N
cli-arg-log-expert_due = When the expert's comment is due (default: halfway to the answer's deadline)
alerts-field-expert-due = expert's deadline
alerts-field-escalation-level = escalation level
alerts-field-escalated-to = escalated to
alerts-config-bad-date = {$value} is not a date; write it as 2026-12-31
alerts-queue-expert = · expert {$name} by {$when}

## the interface: escalation, the expert's deadline, the audit view
alerts-filter-escalated = Escalated
alerts-action-filter-escalated = Only the escalated inquiries (again: back to open)
alerts-detail-escalated = Escalated
alerts-detail-escalation = level {$level} → {$to}
alerts-detail-expert-due = comment due {$time} · {$left}
alerts-detail-expert-overdue = comment late by {$late} (was due {$time})
alerts-expert-hint = type to search · { $choose } choose · { $next } the comment's deadline · { $submit } set · { $submit } on an empty line removes · { $cancel } cancel
alerts-expert-due-label = Comment by
alerts-expert-due-preview = comment due {$time}
alerts-expert-due-halfway = halfway to the answer's deadline
alerts-expert-due-after-answer = after the answer's deadline
alerts-action-audit = Who did what: the assignee's changes (yours if nobody's), a period at a time
alerts-hint-audit = who did what
alerts-help-audit = In the audit view
alerts-action-audit-person = Choose whose changes to show
alerts-hint-audit-person = person
alerts-action-audit-earlier = The period before
alerts-action-audit-later = The period after
alerts-action-audit-period = Day, week or month
alerts-hint-audit-period = period
alerts-action-close-audit = Back to where the audit was opened from
alerts-pane-audit = Who did what
alerts-audit-whose = Whose changes
alerts-audit-heading = {$who} · {$period} · {$count ->
    [one] {$count} change
   *[other] {$count} changes
}
alerts-audit-day = {$day} {$year}
alerts-audit-week = week {$first} – {$last} {$year}
alerts-audit-month = month {$first} – {$last} {$year}
alerts-audit-cut-short = Only the newest {$count} are shown: choose a shorter period ({ $period }) to see the rest.
alerts-audit-cannot-open = That record has no view of its own.
alerts-entity-coverage = coverage
alerts-hint-audit-earlier = earlier
alerts-hint-audit-later = later
alerts-action-audit-open = Open the record the change was made to
