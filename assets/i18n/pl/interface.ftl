## interface

# A form with typed text, after Esc.
form-discard-ask = Porzucić wpisany tekst? y lub Esc = porzuć, dowolny inny klawisz = edytuj dalej
