# pressdesk — English. Every string the interface shows lives here.
# Plurals use Fluent's selectors: { $count -> [one] … *[other] … }.

## Panes and bars

pane-queue = Queue
pane-inquiry = Inquiry
queue-title = Inquiries
queue-loading = Loading…
queue-empty = Nothing is waiting for an answer. Press { $key } to log an inquiry.
overdue-count = { $count } overdue
overdue-none = nothing overdue
due-soon-count = { $count } due soon
inquiry-count = { $count ->
    [one] { $count } inquiry
   *[other] { $count } inquiries
}
filter-open = Open
filter-mine = Mine
filter-overdue = Overdue
filter-all = All
unknown-caller = unknown caller
nobody = nobody

pane-contacts = Contacts
pane-contact = Contact
pane-outlet = Outlet

## Queue columns

col-age = Age
col-from = From
col-channel = Via
col-subject = Subject
col-due = Due
col-left = Left
col-assignee = Assignee
col-status = Status

## Codes

status-new = new
status-in-progress = in progress
status-waiting = waiting
status-answered = answered
status-closed = closed
status-declined = declined
channel-phone = phone
channel-messenger = messenger
channel-email = e-mail
channel-in-person = in person
channel-social = social
channel-letter = letter
channel-short-phone = tel
channel-short-messenger = msg
channel-short-email = mail
channel-short-in-person = pers
channel-short-social = soc
channel-short-letter = ltr
priority-urgent = urgent
priority-high = high
priority-normal = normal
priority-low = low
urgency-overdue = overdue
urgency-due-soon = due soon
urgency-pending = pending
urgency-done = done
contact-kind-journalist = journalist
contact-kind-expert = expert
contact-kind-colleague = colleague
contact-kind-other = other
relationship-friendly = friendly
relationship-neutral = neutral
relationship-critical = critical
outlet-kind-tv = TV
outlet-kind-radio = radio
outlet-kind-print = print
outlet-kind-online = online
outlet-kind-agency = agency
outlet-kind-blog = blog

## Times

weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
month-jan = Jan
month-feb = Feb
month-mar = Mar
month-apr = Apr
month-may = May
month-jun = Jun
month-jul = Jul
month-aug = Aug
month-sep = Sep
month-oct = Oct
month-nov = Nov
month-dec = Dec
moment-tomorrow = tomorrow { $time }
moment-yesterday = yesterday { $time }
span-minutes = { $n }m
span-hours = { $n }h
span-days = { $n }d
until-in = in { $span }
until-late = { $span } late
age-now = now
ago = { $span } ago
answered-in = answered in { $span }

## Typed times

when-empty = Type a time.
when-unreadable = Can't read “{ $text }” as a time. Try 23:00, +2h, tomorrow 12:00, fri, 24.11 15:00 or eod.
when-no-such-date = There is no date “{ $text }”.

## The inquiry in full

detail-status = Status
detail-from = From
detail-received = Received
detail-due = Due
detail-due-why-journalist = the journalist's deadline ({ $time })
detail-due-why-rule-earlier = the office's rule ({ $rule }) comes before the journalist's { $time }
detail-due-why-rule = the office's rule for { $priority } priority: { $rule }
detail-assignee = Assignee
detail-expert = Expert
detail-declined = Declined
detail-question = Question
detail-answer = Answer
detail-no-answer = No answer yet. Press { $key } to record it.
detail-no-answer-text = marked answered, no text recorded
detail-history = History
detail-overdue-note = This answer is overdue.
history-created = logged the inquiry
history-changed = { $field }: { $old } → { $new }
field-status = status
field-answer = answer
field-answered-at = answered at
field-assignee = assignee
field-expert = expert
field-requested-deadline = journalist's deadline
field-due = due
field-priority = priority
field-question = question
field-subject = subject
field-decline-reason = reason declined

## The quick log

form-title = Log an inquiry
form-who = Who
form-question = Question
form-deadline = Deadline
form-channel = Via
form-priority = Priority
form-outlet = Outlet
form-who-known = known contact
form-who-new = new contact
form-who-create = new contact “{ $name }”
form-outlet-create = new outlet “{ $name }”
form-due-journalist = their deadline
form-due-rule = rule for { $priority }: { $rule }
form-question-needed = Type the question.
form-confirm-discard = Discard what you typed? y = discard, any other key = keep editing
form-saving = Saving…
form-hint = Enter save · Tab next field · ↑↓ choose · Esc cancel
preview-due = due { $time }

## Prompts and pickers

prompt-answer = Answer to #{ $id }
prompt-question = Question of #{ $id }
prompt-subject = Subject of #{ $id }
prompt-deadline = Journalist's deadline for #{ $id }
prompt-decline = Why is #{ $id } declined?
prompt-hint = Enter save · Esc cancel
prompt-deadline-hint = 23:00 · +2h · tomorrow 12:00 · fri · eod — empty = the office's rule · Enter save · Esc cancel
prompt-answer-empty = Type the answer, or set the status to answered with s.
prompt-reason-needed = A declined inquiry needs a reason.
picker-status = Status of #{ $id }
picker-priority = Priority of #{ $id }
picker-assign = Assign #{ $id } to
picker-hint = number or ↑↓ Enter · Esc cancel
expert-title = Expert for #{ $id }
expert-new = new expert “{ $name }”
expert-none = No experts yet: type a name to add one.
expert-hint = type to search · ↑↓ choose · Enter set · Enter on an empty line removes · Esc cancel

## Status line

flash-logged = Inquiry #{ $id } logged.
flash-saved = #{ $id } saved.
flash-now-overdue = { $count ->
    [one] #{ $id } is now overdue: { $subject }
   *[other] { $count } inquiries are now overdue, #{ $id } among them
}
flash-no-next-status = This inquiry is finished; use s to set another status.
flash-nothing-selected = No inquiry selected.
error-load = Could not read the database: { $reason }
error-save = Not saved: { $reason }. What you typed is still here.
error-no-data-dir = Cannot find a home directory for the data; give a path with --db.

## Key hints and help

hint-log = log
hint-open = open
hint-back = back
hint-status = status
hint-answer = answer
hint-deadline = deadline
hint-assign = assign
hint-filter = filter
hint-help = help
hint-quit = quit
action-quick-log = Log an inquiry (the quick log), from anywhere
action-help = Show or hide this help
action-quit = Quit (everything is already saved)
action-refresh = Reload from the database
action-show-queue = Show the inquiry queue
action-up = Move up
action-down = Move down
action-top = Go to the first row
action-bottom = Go to the last row
action-page-up = Page up
action-page-down = Page down
action-open = Open the inquiry in full
action-back = Back to the queue
action-new-inquiry = New inquiry
action-filter = Next filter: open, mine, overdue, all
action-status = Set the status (declined asks for a reason)
action-advance = Move to the next status: new → in progress → waiting → answered → closed
action-answer = Record the answer (marks it answered)
action-assign = Assign to a team member
action-expert = Set the expert asked for a comment
action-deadline = Change the journalist's deadline
action-priority = Change the priority (the office's rule follows)
action-edit-question = Edit the question
action-edit-subject = Edit the subject
help-title = Keys
help-everywhere = Everywhere
help-queue = In the queue
help-inquiry = On the selected or open inquiry
help-forms = In forms
help-ctrl-c = Quit; in a form, cancel
help-form-tab = Next / previous field (Who takes the highlighted contact)
help-form-arrows = Choose a suggestion, or move between fields
help-form-choice = Change a choice (channel, priority); digits pick directly
help-form-enter = Save, from any field
help-form-esc = Cancel (asks first if you typed something)
help-form-delete = Delete a word / the line before the cursor
help-close = Esc or ? closes · ↑↓ scroll

## The contact book

book-find = Find:
book-search-hint = name, outlet, phone digits… ({ $key } to type)
book-count = { $shown } of { $total }
book-filter-everyone = Everyone
book-filter-journalists = Journalists
book-filter-experts = Experts
book-filter-outlets = Outlets
book-loading = Reading the contact book…
book-empty = The contact book is empty. Press { $key } to add a contact, or import one: pressdesk import vcard FILE
book-nothing-found = Nobody matches. Press Esc, then { $key } to add a contact.
book-loose = Nothing matches exactly; these match with one letter different.
book-typing-hint = Type to search · ↑↓ choose · Enter open the card · Tab who is listed · Esc keys
card-inquiries = { $count ->
    [one] 1 inquiry
   *[other] { $count } inquiries
}
card-median = median answer { $span }
card-on-time = { $percent }% on time
card-last = last contact { $ago } ago
card-no-contact-yet = no contact yet
card-outlet = Outlet
card-outlet-open = opens it
card-position = Position
card-phones = Phones
card-emails = E-mail
card-messengers = Messengers
card-tags = Beats
card-notes = Notes
card-colleagues = Same outlet ({ $count })
card-colleagues-more = …and { $count } more: { $key } opens the outlet with all its people.
card-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
card-outlet-inquiries = Inquiries from the outlet ({ $count })
card-timeline = Timeline ({ $count })
card-timeline-empty = Nothing yet: { $log } logs an inquiry from them, { $call } a call.
card-late = late
timeline-inquiry = inquiry
timeline-commented = commented on
timeline-merged = merged in: { $name } (#{ $id }), by { $who }
event-call = call
event-meeting = meeting
event-note = note
event-title = Log a { $what } with { $name }
event-text = What
event-when = When
event-kind = Kind
event-when-now = now ({ $time }); or -30m, 14:00, yesterday 16:00
event-note-needed = Type the note.
event-hint = Enter save · Tab next field · Esc cancel
editor-title-new = New contact
editor-title-edit = Contact #{ $id }
editor-name = Name
editor-kind = Kind
editor-outlet = Outlet
editor-position = Position
editor-phones = Phones
editor-emails = E-mails
editor-messengers = Messengers
editor-tags = Beats
editor-relationship = Relation
editor-notes = Notes
editor-list-hint = Separate several with commas.
editor-name-needed = A contact needs a name.
editor-duplicate = { $what } already belongs to { $name } (#{ $id }){ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}. Enter saves anyway; M on a card merges two records.
editor-hint = Enter save · Tab/↑↓ next field · ←→ change a choice · Esc cancel
merge-title = Merge another record into { $name }
merge-confirm = Merge { $other } (#{ $id }) into { $keep }? y = merge, any other key = back
merge-keeps = Its inquiries, calls, notes, phones and e-mails move over; nothing is lost.
merge-confirm-hint = y merge · any other key back
merge-hint = type to find the other record · ↑↓ choose · Enter pick · Esc cancel
merge-none = No other record matches.
flash-no-contact = This inquiry has no contact or outlet.
flash-no-contact-selected = No contact selected.
flash-no-outlet = No outlet for this contact.
flash-edit-from-card = The card is open; press e again to edit.
flash-event-saved = The { $what } with { $name } is on the timeline.
flash-contact-created = Contact #{ $id } added.
flash-contact-saved = Contact #{ $id } saved.
flash-outlet-saved = Outlet #{ $id } saved.
outlet-name-needed = An outlet needs a name.
outlet-title-new = New outlet
outlet-title-edit = Outlet #{ $id }
outlet-kind = Kind
outlet-region = Region
flash-contact-merged = Merged into #{ $id }; both histories are on its card.
hint-queue = queue
hint-search = search
hint-call = call
hint-meeting = meeting
hint-note = note
hint-edit = edit
hint-new-contact = new
hint-merge = merge
hint-outlet = outlet
hint-contact = contact
action-show-contacts = Show the contact book
action-show-contact = Open the card of the inquiry's contact (Esc comes back)
action-search = Search: type a name, outlet, position, beat, note or phone digits
action-close-card = Close the card (back to the list, the previous card or the queue)
action-log-call = Log a call with the contact
action-log-meeting = Log a meeting with the contact
action-log-note = Add a note to the contact's timeline
action-edit-contact = Edit the contact (on an outlet's card, the outlet)
action-new-contact = Add a contact (in the list of outlets, an outlet)
action-merge = Merge another record of the same person into this one
action-goto-outlet = Open the contact's outlet and its people
help-book = In the contact book (the selected contact or the open card)

## Command line

cli-queue-empty = Nothing is waiting for an answer.
cli-queue-total = { $count ->
    [one] 1 inquiry
   *[other] { $count } inquiries
}, { $overdue } overdue
cli-answered = Inquiry #{ $id } is answered ({ $span } after it came in).
cli-answer-failed = Could not mark #{ $id } answered
cli-question-needed = The question is empty: give its text after the options.
cli-bad-channel = Unknown channel “{ $value }”; use one of: { $known }
cli-bad-priority = Unknown priority “{ $value }”; use one of: { $known }
cli-who-ambiguous = “{ $query }” matches several contacts: { $candidates }. Name one with --who id:N.
cli-demo-filled = Demo data added: { $inquiries } inquiries ({ $open } open), { $contacts } contacts, { $outlets } outlets.
cli-who-none = Nobody matches “{ $query }”.
cli-who-more = …and { $count } more; narrow the query or use --limit.
cli-import-summary = Read { $read ->
    [one] 1 record
   *[other] { $read } records
}: { $added } added, { $updated } updated, { $skipped } skipped.
cli-import-dry-run = Dry run: nothing was written.
import-skip-no-name = no name, phone or e-mail
import-skip-ambiguous = its phone or e-mail belongs to several contacts ({ $ids }); merge them first
import-skip-unchanged = already known as #{ $id }, nothing new
import-skip-unreadable = could not be read: { $why }
cli-cannot-read = Cannot read { $path }
cli-cannot-write = Cannot write { $path }
cli-exported = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
} written to { $path }.
