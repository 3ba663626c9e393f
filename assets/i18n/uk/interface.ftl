## interface

# A form with typed text, after Esc.
form-discard-ask = Відкинути введене? y або Esc = відкинути, будь-яка інша клавіша = продовжити

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } уже є в контакту { $name } (#{ $id }): ↑ і Enter — записати на нього; Enter — однаково створити новий контакт.
