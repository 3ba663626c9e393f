## interface

# A form with typed text, after Esc.
form-discard-ask = Отбросить введённое? y или Esc = отбросить, любая другая клавиша = продолжить

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } уже есть у контакта { $name } (#{ $id }): ↑ и Enter — записать на него; Enter — всё равно создать новый контакт.
