## interface

# A form with typed text, after Esc.
form-discard-ask = Відкинути введене? y або Esc = відкинути, будь-яка інша клавіша = продовжити
