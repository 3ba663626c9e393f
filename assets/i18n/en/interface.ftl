## interface

# A form with typed text, after Esc.
form-discard-ask = Discard what you typed? y or Esc = discard, any other key = keep editing

# The quick log, a new caller typed with a number a contact already has.
quick-log-known-phone = { $what } already belongs to { $name } (#{ $id }): ↑ and Enter log it for them; Enter creates a new contact anyway.
