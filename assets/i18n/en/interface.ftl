## interface
store-not-a-database = { $path } is not a database file (it holds something else, or its beginning is damaged); it was left untouched — check the path given with --db or PRESSDESK_DB

# A form with typed text, after Esc.
form-discard-ask = Discard what you typed? y or Esc = discard, any other key = keep editing
