## interface

# A form with typed text, after Esc.
form-discard-ask = Porzucić wpisany tekst? y lub Esc = porzuć, dowolny inny klawisz = edytuj dalej

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } ma już kontakt { $name } (#{ $id }): ↑ i Enter — zapisz na niego; Enter — mimo to utwórz nowy kontakt.
