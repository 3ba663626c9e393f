## reliability
when-out-of-range = «{ $text }» занадто далеко від сьогодні: очікується дата з { $from } по { $to }.
span-too-long = «{ $text }» — занадто великий проміжок.
cli-arg-not-utf8 = аргумент «{ $arg }» не є текстом у UTF-8; наберіть його знову або перемкніть кодування термінала на UTF-8
cli-length-too-long = «{ $value }» — задовго для події; найбільше { $max }.
