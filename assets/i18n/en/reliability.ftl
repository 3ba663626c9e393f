## reliability
when-out-of-range = “{ $text }” is too far from today: a date from { $from } to { $to } is expected.
span-too-long = “{ $text }” is too long a span.
cli-arg-not-utf8 = the argument “{ $arg }” is not valid UTF-8 text; retype it, or set the terminal's encoding to UTF-8
cli-length-too-long = “{ $value }” is too long for an event; the longest is { $max }.
