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
age-now = just now
compact-minutes = { $n }m
compact-hours = { $n }h
compact-days = { $n }d
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
form-due-rule = rule for { $priority }: { $rule }
form-question-needed = Type the question.
form-saving = Saving…
form-hint = { $submit } save · { $next } next field · { $choose } choose · { $cancel } cancel
preview-due = due { $time }

## Prompts and pickers

prompt-answer = Answer to #{ $id }
prompt-question = Question of #{ $id }
prompt-subject = Subject of #{ $id }
prompt-deadline = Journalist's deadline for #{ $id }
prompt-decline = Why is #{ $id } declined?
prompt-hint = { $submit } save · { $cancel } cancel
prompt-deadline-hint = 23:00 · +2h · tomorrow 12:00 · fri · eod — empty = the office's rule · { $submit } save · { $cancel } cancel
prompt-answer-empty = Type the answer, or set the status to answered with s.
prompt-reason-needed = A declined inquiry needs a reason.
picker-status = Status of #{ $id }
picker-priority = Priority of #{ $id }
picker-assign = Assign #{ $id } to
picker-hint = number or { $move } { $pick } · { $close } cancel
expert-title = Expert for #{ $id }
expert-new = new expert “{ $name }”
expert-none = No experts yet: type a name to add one.

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
error-demo-not-empty = This database already holds records; the demo only fills an empty one.
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
action-show-queue = Show the inquiry queue
action-up = Move up
action-down = Move down
action-top = Go to the first row
action-bottom = Go to the last row
action-page-up = Page up
action-page-down = Page down
action-open = Open the inquiry in full
action-back = Back to where it was opened from (the queue, a card, a plan item, the search)
action-new-inquiry = New inquiry
action-filter = Next filter: open, mine, overdue, escalated, all
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
help-lists = In lists
help-inquiry = On the selected or open inquiry
help-ctrl-c = Quit; in a form, cancel
help-form-choice = Change a choice (channel, priority); digits pick directly
help-form-enter = Save, from any field
help-form-esc = Cancel (asks first if you typed something)
help-form-delete = Delete a word / the line before the cursor
help-close = { $close } or { $help } closes · { $move } scroll

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
book-nothing-found = Nobody matches. Press { $cancel }, then { $key } to add a contact.
book-loose = Nothing matches exactly; these match with one letter different.
book-typing-hint = Type to search · { $choose } choose · { $submit } open the card · { $next } who is listed · { $cancel } keys
card-inquiries = { $count ->
    [one] 1 inquiry
   *[other] { $count } inquiries
}
card-median = median answer { $span }
card-on-time = { $percent }% on time
card-last = last contact { $ago }
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
event-hint = { $submit } save · { $next } next field · { $cancel } cancel
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
}. { $submit } saves anyway; { $merge } on a card merges two records.
editor-hint = { $submit } save · { $next }/{ $choose } next field · ←→ change a choice · { $cancel } cancel
merge-title = Merge another record into { $name }
merge-confirm = Merge { $other } (#{ $id }) into { $keep }? { $confirm } = merge, any other key = back
merge-keeps = Its inquiries, calls, notes, phones and e-mails move over; nothing is lost.
merge-confirm-hint = { $confirm } merge · any other key back
merge-hint = type to find the other record · { $choose } choose · { $submit } pick · { $cancel } cancel
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
hint-new-contact = new
hint-merge = merge
hint-outlet = outlet
hint-contact = contact
action-show-contacts = Show the contact book
action-show-contact = Open the card of the inquiry's contact ({ $card_back } comes back)
action-search = Search: type a name, outlet, position, beat, note or phone digits
action-close-card = Close the card (back to where it was opened from: the list, a card, an inquiry)
action-log-call = Log a call with the contact
action-log-meeting = Log a meeting with the contact
action-log-note = Add a note to the contact's timeline
action-edit-contact = Edit the contact (on an outlet's card, the outlet)
action-new-contact = Add a contact (in the list of outlets, an outlet)
action-merge = Merge another record of the same person into this one
action-goto-outlet = Open the contact's outlet and its people
action-open-card = Open the card (in a card: the person or inquiry under the cursor)
action-new-inquiry-from = Log an inquiry from this person
action-filter-book = Who is listed: everyone, journalists, experts, outlets
help-book = In the contact book (the selected contact or the open card)
## Setup and storage errors

config-file = config file { $path }
config-line = line { $line }
config-key = key `{ $key }`
config-unreadable = cannot read it: { $reason }
config-bad-language = unknown language “{ $value }”; use en, ru, uk or pl
config-bad-country = unknown country “{ $value }”; known: { $known }
config-bad-time = “{ $value }” is not a time like "18:00"
keys-unknown-action = unknown action “{ $name }”; actions are: { $known }
keys-none = “{ $name }” has no key
keys-conflict = key { $key } is bound to both “{ $first }” and “{ $second }”; give one of them another key
keys-unknown-key = unknown key “{ $key }”
span-empty = empty duration
span-number-first = “{ $text }”: a number must come before “{ $unit }”
span-bad-unit = “{ $text }”: unknown unit “{ $unit }” (use m, h, d or w)
span-no-unit = “{ $text }”: the last number has no unit (m, h, d or w)
error-clock = { $var }=“{ $value }” is not an RFC 3339 time (for example 2026-11-24T21:40:00+03:00): { $reason }
store-sqlite = database error: { $reason }
store-too-new = the database { $path } has schema version { $found }, newer than this pressdesk knows ({ $known }); it was left untouched — update pressdesk to open it
store-not-ours = { $path } is not a pressdesk database (it already holds other data); it was left untouched — choose another file with --db
store-no-inquiry = no inquiry #{ $id }
store-no-contact = no contact #{ $id }
store-contact-needs-name = a contact needs a name
store-outlet-needs-name = an outlet needs a name
store-outlet-exists = an outlet named “{ $name }” already exists
store-question-needed = an inquiry needs a question
store-reason-needed = declining an inquiry needs a reason
store-answer-empty = the answer is empty
store-no-wal = could not switch the database to WAL mode (got { $mode })
store-backup-path = the backup path { $path } is not valid UTF-8
store-no-outlet = no outlet #{ $id }
store-item-needs-title = a calendar item needs a title
store-bad-channel-code = “{ $code }” is not a channel code
store-length-positive = an event's length must be more than zero
cli-vcard-write-failed = could not write the vCard file

## Command line

cli-queue-empty = Nothing is waiting for an answer.
cli-queue-total = { $count ->
    [one] 1 inquiry
   *[other] { $count } inquiries
}, { $overdue } overdue
cli-answered = Inquiry #{ $id } is answered ({ $span } after it came in).
cli-answer-failed = Could not mark #{ $id } answered (`pressdesk queue` lists the open inquiries with their numbers)
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

## The calendar

pane-calendar = Calendar
pane-item = Calendar item
view-month = month
view-week = week
view-agenda = agenda
calendar-week-title = week { $week }, { $from } – { $to }
calendar-week-short = Week { $week }:
calendar-filtered = filtered
calendar-today = today
calendar-late = late: its time has passed and it is not published
calendar-no-time = no time set
calendar-day-empty = Nothing planned. Press { $key } to add a post.
calendar-month-empty = Nothing planned this month.
calendar-more = +{ $count } more
plan-late-count = { $count ->
    [one] { $count } post late
   *[other] { $count } posts late
}
item-count = { $count ->
    [0] nothing planned
    [one] { $count } item
   *[other] { $count } items
}
month-name-1 = January
month-name-2 = February
month-name-3 = March
month-name-4 = April
month-name-5 = May
month-name-6 = June
month-name-7 = July
month-name-8 = August
month-name-9 = September
month-name-10 = October
month-name-11 = November
month-name-12 = December
item-status-idea = idea
item-status-draft = draft
item-status-approved = approved
item-status-scheduled = scheduled
item-status-published = published
item-status-cancelled = cancelled
item-kind-post = post
item-kind-event = event
item-title = Title
item-day = Day
item-time = Time
item-when = When
item-channels = Channels
item-kind = Kind
item-length = Length
item-place = Place
item-status = Status
item-category = Category
item-campaign = Campaign
item-owner = Owner
item-url = Link
item-notes = Text
item-inquiry = Inquiry
item-inquiry-open = { $key } opens it
item-no-notes = No text yet. Press { $key } to write it.
item-history-created = planned the item
item-status-title = Status of #{ $id }
item-form-new = Plan a post or event
item-form-edit = Edit #{ $id }
item-form-duplicate = Copy of #{ $id } (for another channel)
item-form-from-inquiry = A post from inquiry #{ $id }
item-form-none = none
item-form-events-only = events only
item-form-title-needed = Give it a title.
item-form-bad-time = Type a time such as 10:00, or leave it empty for no fixed time.
item-form-bad-length = Type a length such as 1h, 90m or 1h30m.
item-form-hint = { $submit } save · { $next }/{ $choose } next field · { $cancel } cancel
item-form-day-hint = 2026-11-24 · 24.11 · today · tomorrow · fri · +3d
item-form-time-hint = 10:00 — empty = no fixed time (late after the day ends)
item-form-channels-hint = ←→ choose · Space or a digit ticks a channel
item-form-length-hint = 1h · 90m · 1h30m
item-form-choice-hint = ←→ or Space change
move-title = Move #{ $id } to
move-hint = fri · 25.11 · +1d · 15:30 · tomorrow 10:00 — { $submit } move · { $cancel } cancel
filter-title = Show only
filter-any = any
filter-hint = { $move } row · ←→ change · Backspace any · { $pick } or { $close } close
detail-posts = Posts and events from this inquiry
detail-no-posts = None yet. Press { $key } to plan a post from it.
field-title = title
field-notes = text
field-kind = kind
field-starts-at = time
field-day = day
field-duration = length
field-place = place
field-category = category
field-campaign = campaign
field-owner = owner
field-url = published at
field-channels = channels
flash-no-item = No calendar item selected.
flash-item-created = #{ $id } planned.
flash-item-saved = #{ $id } saved.
flash-item-from-inquiry = #{ $id } planned from inquiry #{ $inquiry }; press 3 for the calendar.
flash-item-finished = This item is published or cancelled; use s to set another status.
flash-item-no-time = This item has no time yet; press { $key } to give it one.
flash-item-no-inquiry = This item did not come from an inquiry.
hint-to-plan = post
hint-new = new
hint-edit = edit
hint-advance = next status
hint-move = move
hint-duplicate = copy
hint-view = view
hint-today = today
hint-inquiry = inquiry
hint-next-item = next item
help-calendar = In the calendar
action-show-calendar = Show the content calendar
action-to-plan = Plan a post from this inquiry (its answer becomes the text)
action-day-prev = Previous day
action-day-next = Next day
action-week-prev = A week back (in the agenda: the previous item)
action-week-next = A week on (in the agenda: the next item)
action-item-next = Next item of the day
action-item-prev = Previous item of the day
action-today = Go to today
action-page-prev = Previous month (week in the week view)
action-page-next = Next month (week in the week view)
action-view = Switch view: month, week, agenda
action-new-item = Plan a post or event on the selected day
action-open-item = Open the item in full
action-close-item = Back to where it was opened from (the calendar, an inquiry, the search)
action-edit-item = Edit the item
action-item-status = Set the status
action-advance-item = Next status: idea → draft → approved → scheduled → published
action-move-day-earlier = Move the item a day earlier
action-move-day-later = Move the item a day later
action-move-earlier = Move the item 30 minutes earlier
action-move-later = Move the item 30 minutes later
action-move-to = Move the item to a day or time you type
action-duplicate = Copy the item (e.g. the same news for another channel)
action-cancel-item = Cancel the item
action-plan-filter = Show only a channel, status, campaign or owner
action-plan-filter-clear = Show everything again
action-item-inquiry = Open the inquiry the item came from

## The calendar on the command line

cli-plan-heading = Plan { $from } – { $to }
cli-plan-empty = Nothing planned.
cli-plan-total = { $count ->
    [one] 1 item
   *[other] { $count } items
}, { $late } late
cli-title-needed = The title is empty: give it after the options.
cli-bad-time = Can't read “{ $value }” as a time of day; use 10:00.
cli-bad-length = Can't read “{ $value }” as a length; use 1h, 90m or 1h30m.
cli-bad-plan-channel = Unknown channel “{ $value }”; the config has: { $known }
cli-bad-category = Unknown category “{ $value }”; the config has: { $known }
cli-bad-item-status = Unknown status “{ $value }”; use one of: { $known }
cli-bad-item-kind = Unknown kind “{ $value }”; use one of: { $known }
cli-range-backwards = The last day comes before the first.
cli-ics-written = { $count ->
    [one] 1 event
   *[other] { $count } events
} written to { $path }.
ics-calendar-name = pressdesk content plan

## Command-line help

cli-usage = Usage:
cli-commands = Commands
cli-options = Options
cli-about = A press office's desk: media inquiries, deadlines and contacts, in the terminal
cli-arg-help = Print help
cli-arg-version = Print the version
cli-arg-db = The database file (else $PRESSDESK_DB, else the platform data directory)
cli-arg-config = The config file (else $PRESSDESK_CONFIG, else the platform config directory)
cli-arg-demo = Use the demo database, kept apart from the real one and filled with sample data on first use
cli-arg-lang = The language for this run: en, ru, uk or pl (else the config's, else LANG's)
cli-cmd-log = Log an inquiry; prints its number
cli-arg-log-who = Who asked: a name, an outlet, phone digits, or id:N for contact N; a name nobody has creates the contact
cli-arg-log-via = How it came: phone, messenger, email, in_person, social, letter
cli-arg-log-deadline = The journalist's deadline: 23:00, +2h, tomorrow 12:00, fri, 2026-11-23 15:00, eod
cli-arg-log-priority = urgent, high, normal or low
cli-arg-log-received = When the call came in, if not just now: 21:40, -30m, yesterday 18:00
cli-arg-log-outlet = The outlet, if it is not the contact's own
cli-arg-log-subject = A short subject for the queue
cli-arg-log-json = Print the logged inquiry as JSON instead of its number
cli-arg-log-text = The question (words are joined with spaces)
cli-cmd-queue = List open inquiries, most urgent first
cli-arg-queue-overdue = Only the overdue ones
cli-arg-json = Print JSON
cli-cmd-overdue = List overdue inquiries; exits with status 1 when there is any
cli-cmd-answer = Mark an inquiry answered, with the answer's text if given
cli-arg-answer-id = The inquiry's number
cli-arg-answer-text = The answer (words are joined with spaces)
cli-cmd-demo = Fill an empty database with realistic sample data
cli-cmd-plan = The content plan: list it (this week by default), or plan add a post or event
cli-arg-plan-week = This week, Monday to Sunday (the default)
cli-arg-plan-month = This month
cli-arg-plan-from = The first day: 2026-11-24, 24.11, today, mon, +7d
cli-arg-plan-to = The last day (included); a week after --from when not given
cli-arg-plan-channel = Only items on this channel (a code or label from the config)
cli-arg-plan-status = Only items with this status
cli-arg-plan-late = Only late items: their time has passed and they are not published
cli-cmd-plan-add = Plan a post or an event; prints its number
cli-arg-plan-add-on = The day, and optionally the time: 2026-11-24, 24.11, tomorrow, fri 10:00
cli-arg-plan-add-at = The time of day (10:00); without it the item has no fixed time
cli-arg-plan-add-channel = A channel code or label from the config; repeat it or separate with commas
cli-arg-plan-add-status = idea, draft, approved, scheduled, published or cancelled
cli-arg-plan-add-category = A category code or label from the config
cli-arg-plan-add-kind = post or event
cli-arg-plan-add-length = An event's length: 1h, 90m (the config's event_length when not given)
cli-arg-plan-add-place = Where an event takes place
cli-arg-plan-add-campaign = The campaign it belongs to
cli-arg-plan-add-owner = Who on the team prepares it (you, when not given)
cli-arg-plan-add-notes = The text of the post
cli-arg-plan-add-inquiry = The inquiry the post answers
cli-arg-plan-add-json = Print the new item as JSON instead of its number
cli-arg-plan-add-title = The title (words are joined with spaces)
cli-cmd-export = Write data out for other programs
cli-cmd-who = Find contacts by name, outlet, transliteration or phone digits, with a summary of their history; exits with status 1 when nobody matches
cli-arg-who-query = What to look for (words are joined with spaces)
cli-arg-who-limit = Show at most this many
cli-cmd-import = Read contacts from a vCard or CSV file; a record whose phone or e-mail is already known updates that contact instead of adding another
cli-arg-import-format = vcard (2.1, 3.0, 4.0) or csv (Google, Outlook, or pressdesk's own columns)
cli-arg-import-file = The file to read
cli-arg-import-dry_run = Show what would be added, updated and skipped, and write nothing
cli-cmd-export-vcard = The contact book as vCard, one card per contact
cli-arg-export-vcard-version = The vCard version: 3 (read by every phone and address book) or 4
cli-arg-export-vcard-out = Write to this file instead of standard output
cli-cmd-export-csv = The contact book as CSV with pressdesk's own columns; cells a spreadsheet would run as a formula start with '
cli-arg-export-csv-out = Write to this file instead of standard output
cli-cmd-export-json = The contact book as JSON: every contact and outlet
cli-arg-export-json-out = Write to this file instead of standard output
cli-cmd-export-ics = The content plan as an iCalendar file (RFC 5545) for Google Calendar, Thunderbird, khal
cli-arg-export-ics-from = The first day exported (every item when neither --from nor --to is given)
cli-arg-export-ics-to = The last day exported
cli-arg-export-ics-out = Write to this file (replaced whole) instead of standard output
cli-arg-export-ics-all = Also ideas and drafts (marked tentative), not only scheduled and published items and timed events

## The built-in channels and categories of the content plan

plan-label-site = Website
plan-short-site = Site
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
plan-label-press_release = Press release
plan-short-press_release = PR
plan-label-news = News
plan-short-news = News
plan-label-consultation = Consultation
plan-short-consultation = Cons
plan-label-reminder = Social reminder
plan-short-reminder = Rem
plan-label-hr = HR and vacancies
plan-short-hr = HR
plan-label-internal = Internal
plan-short-internal = Int
plan-label-campaign = Campaign
plan-short-campaign = Camp
plan-label-history = History project
plan-short-history = Hist
