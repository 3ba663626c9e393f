## interface
store-not-a-database = { $path } — не файл базы данных (в нём что-то другое, или повреждено его начало); файл не изменён — проверьте путь в --db или PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Отбросить введённое? y или Esc = отбросить, любая другая клавиша = продолжить
