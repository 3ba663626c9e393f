## intake

# E-mail intake
intake-unreadable = { $file }: cannot be read ({ $reason }); skipped
intake-file-too-large = { $file }: the attached file { $name } is above the size limit and was not kept
intake-mbox-origin = { $file }, message { $n }
intake-not-maildir = not a Maildir folder (it has neither new/ nor cur/)
intake-no-headers = no mail headers
intake-no-sender = no sender's address (From)
intake-no-text = (a message without text)
intake-new-contact = {" "}(new contact)
intake-new-contact-at = {" "}(new contact at { $outlet })
intake-registered = #{ $id } new inquiry from { $sender }{ $contact }: { $subject } · files kept: { $files }
intake-reply = #{ $id } reply from { $sender } added to the history: { $subject } · files kept: { $files }
intake-summary = Messages read: { $read }; new: { $new }, replies: { $replies }, already registered: { $known }, unreadable: { $unreadable }.
intake-dry-run = Dry run: nothing was written.

# Attachments
attach-kept = Kept #{ $id } { $name } ({ $size }) with { $kind } #{ $record }
attach-refused = { $file }: not kept: { $reason }
attach-none = No files.
attach-saved = Saved attachment #{ $id } to { $path }
attach-exists = { $path } already exists; choose another name with --out
store-no-attachment = There is no attachment #{ $id }.
store-no-record = There is no { $kind } #{ $id }.
store-not-a-file = not a file
store-file-too-large = { $name } is { $size }, above the limit of { $limit } per file (attachments.max_file_mb in the config).
store-file-unreadable = { $name } cannot be read: { $reason }
store-file-changed = { $name } changed while it was being read; try again
open-write-failed = The file could not be written out for opening: { $reason }
open-no-opener = The file could not be opened with { $program } ({ $reason }); set PRESSDESK_OPENER to the program that opens files.
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
config-bad-megabytes = { $value } is not a size in megabytes between 1 and 1000

# Search and statements
memory-kind-inquiry = inquiry
memory-kind-plan = plan
memory-kind-coverage = coverage
memory-tone-positive = positive
memory-tone-neutral = neutral
memory-tone-negative = negative
memory-kind-statement = statement
memory-no-words = Give a word to look for.
memory-nothing = Nothing in the office's memory matches “{ $query }”.
statements-none = No approved statements yet. Add one with: pressdesk statements add --topic T TEXT
statement-agreed = agreed { $day }
statement-review = review by { $day }
statement-stale = stale
statement-stale-since = STALE: review was due { $day }
store-statement-needs-topic = A statement needs a topic.
store-statement-needs-text = A statement needs its text.
store-statement-review-before = The review date is before the day the statement was agreed.

# Command-line help
cli-cmd-intake = Register requests that arrived by themselves (e-mail)
cli-cmd-intake-mail = Register e-mailed requests from .eml files, Maildir folders (new/ and cur/) or mbox files; a message already registered is not added again, a reply goes into the history of the inquiry it answers
cli-arg-intake-mail-paths = .eml files, Maildir folders or mbox files
cli-arg-intake-mail-dry_run = Say what would be registered, and write nothing
cli-cmd-attach = Keep files with an inquiry, a contact, an outlet or a plan item
cli-arg-attach-kind = inquiry, contact, outlet or plan
cli-arg-attach-id = The record's number
cli-arg-attach-files = The files to keep
cli-cmd-attachments = List the files kept with a record
cli-arg-attachments-kind = inquiry, contact, outlet or plan
cli-arg-attachments-id = The record's number
cli-cmd-attachment = One kept file: `attachment get N` saves it
cli-cmd-attachment-get = Save an attachment's file: under its own name in the current folder, or where --out says (- writes it to standard output)
cli-arg-attachment-get-id = The attachment's number (see pressdesk attachments)
cli-arg-attachment-get-out = Where to write it; an existing file there is replaced
cli-cmd-search = Search the office's memory: inquiries of any age, plan items and approved statements, best match first; exits with status 1 when nothing matches
cli-arg-search-query = What to look for: words of the subject, question, answer, history or the caller's name, in any script
cli-arg-search-limit = Show at most this many (1–1000)
cli-cmd-statements = Approved statements ("lines to take"): list them, or `statements add` one
cli-arg-statements-topic = Only statements whose topic has these words
cli-cmd-statements-add = Record an approved statement; prints its number
cli-arg-statements-add-topic = What it is about: the vaccination schedule, the hot-water shutdown
cli-arg-statements-add-agreed_by = Who agreed it
cli-arg-statements-add-agreed = The day it was agreed (today when not given): 2026-11-24, 24.11, yesterday
cli-arg-statements-add-review = The day to review it; after it the statement is marked stale
cli-arg-statements-add-text = The statement's text (words are joined with spaces)

# Search of the office's memory in the interface
pane-memory = Search
memory-search-label = Search the office's memory:
memory-search-hint = Inquiries of any age, plan items, coverage and statements, found as you type.
memory-search-found = { $more ->
    [1] The best { $count } found; another word narrows the search.
   *[0] { $count ->
        [one] One found.
       *[other] { $count } found.
    }
}
memory-search-keys = { $submit } opens · { $choose } choose · { $cancel } back
memory-statement-copied = The statement “{ $topic }” is copied to the clipboard.
hint-search-memory = search
action-search-memory = Search the office's memory: inquiries of any age, plan items, coverage, statements

# Files in the interface
files-title = Files
files-window-title = { $kind ->
    [contact] Files of contact #{ $id }
    [outlet] Files of outlet #{ $id }
    [plan] Files of plan item #{ $id }
   *[inquiry] Files of inquiry #{ $id }
}
files-window-keys = { $open } open · { $save } save a copy · { $attach } attach a file · { $close } close
files-attach-to = { $kind ->
    [contact] Attach a file to contact #{ $id }:
    [outlet] Attach a file to outlet #{ $id }:
    [plan] Attach a file to plan item #{ $id }:
   *[inquiry] Attach a file to inquiry #{ $id }:
}
files-save-as = Save a copy of #{ $id } { $name } as:
files-attach-keys = { $complete } completes the name · { $submit } attach · { $cancel } back
files-save-keys = { $complete } completes the name · { $submit } save · { $cancel } back
files-path-needed = Type the path of a file.
files-no-match = No file or folder starts so.
files-opening = Opening…
files-opened = Opened { $name } with the system's viewer.
files-saved = Saved a copy to { $path }
files-attached = Kept #{ $id } { $name } ({ $size }).
hint-files = files
hint-attach = attach
action-files = The inquiry's files: open one with the system's viewer, save a copy, attach another
action-attach = Attach a file to the inquiry (a path prompt; { $next } completes names)
action-card-files = The files of the contact or outlet on the card: open, save a copy, attach
action-card-attach = Attach a file to the contact or outlet on the card (a path prompt; { $next } completes names)
action-item-files = The plan item's files: open, save a copy, attach another
action-item-attach = Attach a file to the plan item (a path prompt; { $next } completes names)
action-save-copy = In the files: save a copy of the chosen file
action-attach-another = In the files: attach another file

# Statements in the interface
statements-title = Approved statements
statements-insert-title = Statements and past answers for the answer
statements-words = Words:
statements-topic = Topic:
statements-answer = answer to #{ $id }
statements-nothing = Nothing matches.
statements-insert-keys = { $choose } choose · { $submit } insert at the cursor · { $cancel } back to the answer
statements-keys = { $choose } choose · { $submit } copy to the clipboard · { $cancel } close
statements-copied = The statement “{ $topic }” is copied to the clipboard.
statements-inserted-stale = Inserted “{ $topic }”, which is past its review date: check it still holds.
hint-statements = statements
action-statements = Approved statements by topic ({ $submit } copies one)
action-insert-statement = In the answer: insert an approved statement or a past answer at the cursor
prompt-answer-statements = { $key }: insert an approved statement or a past answer
history-attached = attached { $file }
