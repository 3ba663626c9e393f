## interface
store-not-a-database = { $path } — не файл бази даних (у ньому щось інше, або пошкоджено його початок); файл не змінено — перевірте шлях у --db або PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Відкинути введене? { $confirm } або { $cancel } = відкинути, будь-яка інша клавіша = продовжити

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } уже є в контакту { $name } (#{ $id }): { $up } і { $submit } — записати на нього; { $submit } — однаково створити новий контакт.

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
prompt-text-hint = { $submit } зберегти · { $newline } новий рядок · { $cancel } скасувати
# The command line: completions, the manual page, progress of long work.
cli-cmd-completions = Вивести автодоповнення для оболонки, наприклад: pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish або powershell
cli-cmd-man = Вивести сторінку посібника (roff): pressdesk man | man -l -, або сторінку однієї команди
cli-arg-man-command = Команда, сторінку якої вивести (log, plan, …); без неї — сторінка всієї програми
cli-man-no-command = команди «{ $name }» немає; є команди: { $known }
progress-read = Читання { $file }
progress-import = Імпорт контактів
progress-export = Експорт контактів
help-form-new-line = новий рядок у відповіді або в тексті допису ({ $submit } зберігає)

# Window keys: in the keymap, listed by ? and rebindable in [keys].
help-windows = У вікнах із полями (форми, запити)
help-pickers = У списках для вибору (статус, пріоритет, фільтр календаря, ця довідка)
help-questions = Коли вікно питає «так чи ні»
help-editing = Клавіші редагування в будь-якому полі (незмінні)
action-next-field = Наступне поле (у полі «Хто» бере підсвічений контакт)
action-prev-field = Попереднє поле
action-suggestion-down = Наступна підказка; якщо підказок немає — наступне поле
action-suggestion-up = Попередня підказка; якщо підказок немає — попереднє поле
action-pick-down = Наступний рядок
action-pick-up = Попередній рядок
action-pick = Вибрати рядок (цифра вибирає за номером); у довідці — сторінка вниз
action-close-list = Закрити, нічого не вибираючи
action-confirm = Так: відкинути введене або об'єднати два записи
keys-window-typed = клавішу { $key } для «{ $name }» буде введено в поля: клавішам вікон потрібен Ctrl, Alt або іменована клавіша (enter, tab, f2…)
