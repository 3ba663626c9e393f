## interface
store-not-a-database = { $path } is not a database file (it holds something else, or its beginning is damaged); it was left untouched — check the path given with --db or PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Discard what you typed? { $confirm } or { $cancel } = discard, any other key = keep editing

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } already belongs to { $name } (#{ $id }): { $up } and { $submit } log it for them; { $submit } creates a new contact anyway.

# Copying from a card, and Ctrl-R reading the config again.
flash-copied = Copied { $what } ({ $name }) to the clipboard.
flash-no-phone-to-copy = No phone number to copy here.
flash-no-email-to-copy = No e-mail address to copy here.
flash-config-reloaded = The config was read again; its rules, channels and keys apply now.
error-config-kept = The config was not changed: { $reason }
action-copy-phone = copy the first phone number
action-copy-email = copy the first e-mail address
action-refresh-all = Read the database and the config again
hint-copy = copy

# The answer: a text of paragraphs.
prompt-text-hint = { $submit } save · { $newline } new line · { $cancel } cancel
# The command line: completions, the manual page, progress of long work.
cli-cmd-completions = Print shell completions, e.g. pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish or powershell
cli-cmd-man = Print the manual page (roff): pressdesk man | man -l -, or one command's page
cli-arg-man-command = A command whose page to print (log, plan, …); the program's page when not given
cli-man-no-command = there is no command “{ $name }”; the commands are: { $known }
progress-read = Reading { $file }
progress-import = Importing contacts
progress-export = Exporting contacts
help-form-new-line = a new line in an answer or a post's text ({ $submit } saves it)

# Window keys: in the keymap, listed by ? and rebindable in [keys].
help-windows = In windows with fields (forms, prompts)
help-pickers = In lists to pick from (status, priority, the calendar filter, this help)
help-questions = When a window asks yes or no
help-editing = Editing keys in every field (fixed)
action-next-field = Next field (Who takes the highlighted contact)
action-prev-field = Previous field
action-suggestion-down = Next suggestion; the next field where there are none
action-suggestion-up = Previous suggestion; the previous field where there are none
action-pick-down = Next row
action-pick-up = Previous row
action-pick = Choose the row (a digit chooses by its number); a page on in the help
action-close-list = Close without choosing
action-confirm = Yes: discard what was typed, or merge the two records
keys-window-typed = key { $key } for “{ $name }” would be typed into the fields: window keys need Ctrl, Alt or a named key (enter, tab, f2…)
