## interface

# A form with typed text, after Esc.
form-discard-ask = Discard what you typed? y or Esc = discard, any other key = keep editing
