## reliability
when-out-of-range = „{ $text }” jest zbyt daleko od dzisiaj: oczekiwana jest data od { $from } do { $to }.
span-too-long = „{ $text }” to zbyt długi okres.
cli-arg-not-utf8 = argument „{ $arg }” nie jest tekstem w UTF-8; wpisz go ponownie albo ustaw kodowanie terminala na UTF-8
cli-length-too-long = „{ $value }” to za długo jak na wydarzenie; najwyżej { $max }.
