## interface
store-not-a-database = { $path } — не файл бази даних (у ньому щось інше, або пошкоджено його початок); файл не змінено — перевірте шлях у --db або PRESSDESK_DB
cli-cmd-completions = Вивести автодоповнення для оболонки, наприклад: pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish або powershell
cli-cmd-man = Вивести сторінку посібника (roff): pressdesk man | man -l -, або сторінку однієї команди
cli-arg-man-command = Команда, сторінку якої вивести (log, plan, …); без неї — сторінка всієї програми
cli-man-no-command = команди «{ $name }» немає; є команди: { $known }
progress-read = Читання { $file }
progress-import = Імпорт контактів
progress-export = Експорт контактів

# A form with typed text, after Esc.
form-discard-ask = Відкинути введене? y або Esc = відкинути, будь-яка інша клавіша = продовжити
