## interface
store-not-a-database = { $path } — не файл базы данных (в нём что-то другое, или повреждено его начало); файл не изменён — проверьте путь в --db или PRESSDESK_DB
cli-cmd-completions = Вывести автодополнение для оболочки, например: pressdesk completions bash > ~/.local/share/bash-completion/completions/pressdesk
cli-arg-completions-shell = bash, zsh, fish, elvish или powershell
cli-cmd-man = Вывести страницу руководства (roff): pressdesk man | man -l -, или страницу одной команды
cli-arg-man-command = Команда, страницу которой вывести (log, plan, …); без неё — страница всей программы
cli-man-no-command = команды «{ $name }» нет; есть команды: { $known }
progress-read = Чтение { $file }
progress-import = Импорт контактов
progress-export = Экспорт контактов

# A form with typed text, after Esc.
form-discard-ask = Отбросить введённое? y или Esc = отбросить, любая другая клавиша = продолжить
