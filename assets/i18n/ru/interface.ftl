## interface

# A form with typed text, after Esc.
form-discard-ask = Отбросить введённое? y или Esc = отбросить, любая другая клавиша = продолжить
