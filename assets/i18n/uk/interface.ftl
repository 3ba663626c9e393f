## interface
store-not-a-database = { $path } — не файл бази даних (у ньому щось інше, або пошкоджено його початок); файл не змінено — перевірте шлях у --db або PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Відкинути введене? y або Esc = відкинути, будь-яка інша клавіша = продовжити
