## search
import-vcard-no-end = the card begun on line { $line } has no END:VCARD before the next card on line { $next }
import-vcard-cut-short = the file ends inside the card begun on line { $line } (no END:VCARD)
import-too-long = line { $line } is longer than { $limit } KB
import-field-too-long = the { $field } field is longer than { $limit } KB
import-row-too-long = row { $row }: the { $field } field is longer than { $limit } KB
cli-import-resumed = Resumed an interrupted import of this file: { $done } records were already in.
# The book's count while a short query's matches are still being counted.
book-counting = counting… of { $total }
