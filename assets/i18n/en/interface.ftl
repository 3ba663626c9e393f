## interface
store-not-a-database = { $path } is not a database file (it holds something else, or its beginning is damaged); it was left untouched — check the path given with --db or PRESSDESK_DB
cli-cmd-completions = Print shell completions, e.g. pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish or powershell
cli-cmd-man = Print the manual page (roff): pressdesk man | man -l -, or one command's page
cli-arg-man-command = A command whose page to print (log, plan, …); the program's page when not given
cli-man-no-command = there is no command “{ $name }”; the commands are: { $known }
progress-read = Reading { $file }
progress-import = Importing contacts
progress-export = Exporting contacts

# A form with typed text, after Esc.
form-discard-ask = Discard what you typed? y or Esc = discard, any other key = keep editing
