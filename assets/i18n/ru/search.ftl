## search
import-vcard-no-end = у карточки, начатой в строке { $line }, нет END:VCARD до следующей карточки в строке { $next }
import-vcard-cut-short = файл обрывается внутри карточки, начатой в строке { $line } (нет END:VCARD)
import-too-long = строка { $line } длиннее { $limit } КБ
import-field-too-long = поле { $field } длиннее { $limit } КБ
import-row-too-long = строка { $row }: поле { $field } длиннее { $limit } КБ
cli-import-resumed = Продолжен прерванный импорт этого файла: { $done } записей уже были внесены.
# Счётчик книги, пока совпадения короткого запроса ещё считаются.
book-counting = считаю… из { $total }
