## search
import-vcard-no-end = wizytówka rozpoczęta w wierszu { $line } nie ma END:VCARD przed następną w wierszu { $next }
import-vcard-cut-short = plik kończy się wewnątrz wizytówki rozpoczętej w wierszu { $line } (brak END:VCARD)
import-too-long = wiersz { $line } jest dłuższy niż { $limit } KB
import-field-too-long = pole { $field } jest dłuższe niż { $limit } KB
import-row-too-long = wiersz { $row }: pole { $field } jest dłuższe niż { $limit } KB
cli-import-resumed = Wznowiono przerwany import tego pliku: { $done } rekordów było już zapisanych.
# Licznik książki, gdy trafienia krótkiego zapytania są jeszcze liczone.
book-counting = liczę… z { $total }
