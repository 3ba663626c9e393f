## interface
store-not-a-database = { $path } — не файл бази даних (у ньому щось інше, або пошкоджено його початок); файл не змінено — перевірте шлях у --db або PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Відкинути введене? y або Esc = відкинути, будь-яка інша клавіша = продовжити

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } уже є в контакту { $name } (#{ $id }): ↑ і Enter — записати на нього; Enter — однаково створити новий контакт.

# Copying from a card, and Ctrl-R reading the config again.
flash-copied = { $what } ({ $name }) скопійовано в буфер обміну.
flash-no-phone-to-copy = Тут немає телефону, щоб скопіювати.
flash-no-email-to-copy = Тут немає адреси пошти, щоб скопіювати.
flash-config-reloaded = Налаштування перечитано: правила, канали й клавіші вже діють.
error-config-kept = Налаштування не змінено: { $reason }
action-copy-phone = скопіювати перший телефон
action-copy-email = скопіювати першу адресу пошти
action-refresh-all = Перечитати базу даних і налаштування
hint-copy = копіювати

# The answer: a text of paragraphs.
prompt-text-hint = Enter зберегти · Alt-Enter або Ctrl-J новий рядок · Esc скасувати
# The command line: completions, the manual page, progress of long work.
cli-cmd-completions = Вивести автодоповнення для оболонки, наприклад: pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish або powershell
cli-cmd-man = Вивести сторінку посібника (roff): pressdesk man | man -l -, або сторінку однієї команди
cli-arg-man-command = Команда, сторінку якої вивести (log, plan, …); без неї — сторінка всієї програми
cli-man-no-command = команди «{ $name }» немає; є команди: { $known }
progress-read = Читання { $file }
progress-import = Імпорт контактів
progress-export = Експорт контактів
