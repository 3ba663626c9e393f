## search
import-vcard-no-end = у картки, початої в рядку { $line }, немає END:VCARD до наступної картки в рядку { $next }
import-vcard-cut-short = файл уривається всередині картки, початої в рядку { $line } (немає END:VCARD)
import-too-long = рядок { $line } довший за { $limit } КБ
import-field-too-long = поле { $field } довше за { $limit } КБ
import-row-too-long = рядок { $row }: поле { $field } довше за { $limit } КБ
cli-import-resumed = Продовжено перерваний імпорт цього файлу: { $done } записів уже було внесено.
# Лічильник книги, поки збіги короткого запиту ще рахуються.
book-counting = рахую… з { $total }
