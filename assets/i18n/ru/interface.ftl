## interface
store-not-a-database = { $path } — не файл базы данных (в нём что-то другое, или повреждено его начало); файл не изменён — проверьте путь в --db или PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Отбросить введённое? { $confirm } или { $cancel } = отбросить, любая другая клавиша = продолжить

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } уже есть у контакта { $name } (#{ $id }): { $up } и { $submit } — записать на него; { $submit } — всё равно создать новый контакт.

# Copying from a card, and Ctrl-R reading the config again.
flash-copied = { $what } ({ $name }) скопирован в буфер обмена.
flash-no-phone-to-copy = Здесь нет телефона, чтобы скопировать.
flash-no-email-to-copy = Здесь нет адреса почты, чтобы скопировать.
flash-config-reloaded = Настройки перечитаны: правила, каналы и клавиши уже действуют.
error-config-kept = Настройки не изменены: { $reason }
action-copy-phone = скопировать первый телефон
action-copy-email = скопировать первый адрес почты
action-refresh-all = Перечитать базу данных и настройки
hint-copy = копировать

# The answer: a text of paragraphs.
prompt-text-hint = { $submit } сохранить · { $newline } новая строка · { $cancel } отмена
# The command line: completions, the manual page, progress of long work.
cli-cmd-completions = Вывести автодополнение для оболочки, например: pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish или powershell
cli-cmd-man = Вывести страницу руководства (roff): pressdesk man | man -l -, или страницу одной команды
cli-arg-man-command = Команда, страницу которой вывести (log, plan, …); без неё — страница всей программы
cli-man-no-command = команды «{ $name }» нет; есть команды: { $known }
progress-read = Чтение { $file }
progress-import = Импорт контактов
progress-export = Экспорт контактов
help-form-new-line = новая строка в ответе или в тексте поста ({ $submit } сохраняет)

# Window keys: in the keymap, listed by ? and rebindable in [keys].
help-windows = В окнах с полями (формы, запросы)
help-pickers = В списках для выбора (статус, приоритет, фильтр календаря, эта справка)
help-questions = Когда окно спрашивает «да или нет»
help-editing = Клавиши правки в любом поле (постоянные)
action-next-field = Следующее поле (в поле «Кто» берёт подсвеченный контакт)
action-prev-field = Предыдущее поле
action-suggestion-down = Следующая подсказка; если подсказок нет — следующее поле
action-suggestion-up = Предыдущая подсказка; если подсказок нет — предыдущее поле
action-pick-down = Следующая строка
action-pick-up = Предыдущая строка
action-pick = Выбрать строку (цифра выбирает по номеру); в справке — страница вниз
action-close-list = Закрыть, ничего не выбирая
action-confirm = Да: отбросить введённое или объединить две записи
keys-window-typed = клавиша { $key } для «{ $name }» будет вводиться в поля: клавишам окон нужен Ctrl, Alt или именованная клавиша (enter, tab, f2…)
