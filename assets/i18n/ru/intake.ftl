## intake

# Приём почты
intake-unreadable = { $file }: не удалось прочитать ({ $reason }); пропущено
intake-file-too-large = { $file }: вложенный файл { $name } больше допустимого размера и не сохранён
intake-mbox-origin = { $file }, письмо { $n }
intake-not-maildir = это не папка Maildir (в ней нет ни new/, ни cur/)
intake-no-headers = нет почтовых заголовков
intake-no-sender = нет адреса отправителя (From)
intake-no-text = (письмо без текста)
intake-new-contact = {" "}(новый контакт)
intake-new-contact-at = {" "}(новый контакт, { $outlet })
intake-registered = #{ $id } новый запрос от { $sender }{ $contact }: { $subject } · сохранено файлов: { $files }
intake-reply = #{ $id } ответ от { $sender } добавлен в историю: { $subject } · сохранено файлов: { $files }
intake-summary = Прочитано писем: { $read }; новых: { $new }, ответов: { $replies }, уже было: { $known }, не прочитано: { $unreadable }.
intake-dry-run = Пробный прогон: ничего не записано.

# Вложения
attach-kept = Сохранён #{ $id } { $name } ({ $size }) к записи { $kind } #{ $record }
attach-refused = { $file }: не сохранён: { $reason }
attach-none = Файлов нет.
attach-saved = Вложение #{ $id } сохранено в { $path }
attach-exists = { $path } уже существует; укажите другое имя через --out
store-no-attachment = Вложения #{ $id } нет.
store-no-record = Записи { $kind } #{ $id } нет.
store-not-a-file = это не файл
store-file-too-large = { $name }: { $size }, больше предела { $limit } на файл (attachments.max_file_mb в настройках).
store-file-unreadable = { $name } не читается: { $reason }
store-file-changed = { $name } изменился во время чтения; попробуйте ещё раз
open-write-failed = Не удалось записать файл для открытия: { $reason }
open-no-opener = Не удалось открыть файл программой { $program } ({ $reason }); укажите в PRESSDESK_OPENER программу, которая открывает файлы.
size-bytes = { $n } Б
size-kb = { $n } КБ
size-mb = { $n } МБ
config-bad-megabytes = { $value } — не размер в мегабайтах от 1 до 1000

# Поиск и позиции
memory-kind-inquiry = запрос
memory-kind-plan = план
memory-kind-coverage = публикация
memory-tone-positive = позитивная
memory-tone-neutral = нейтральная
memory-tone-negative = негативная
memory-kind-statement = позиция
memory-no-words = Укажите слово для поиска.
memory-nothing = В памяти офиса нет ничего по запросу «{ $query }».
statements-none = Утверждённых позиций пока нет. Добавить: pressdesk statements add --topic ТЕМА ТЕКСТ
statement-agreed = согласовано { $day }
statement-review = пересмотреть до { $day }
statement-stale = устарела
statement-stale-since = УСТАРЕЛА: пересмотр был нужен { $day }
store-statement-needs-topic = У позиции должна быть тема.
store-statement-needs-text = У позиции должен быть текст.
store-statement-review-before = Дата пересмотра раньше даты согласования.

# Справка командной строки
cli-cmd-intake = Зарегистрировать запросы, пришедшие сами (почта)
cli-cmd-intake-mail = Зарегистрировать запросы из писем: файлы .eml, папки Maildir (new/ и cur/) или файлы mbox; уже зарегистрированное письмо не добавляется снова, ответ попадает в историю своего запроса
cli-arg-intake-mail-paths = Файлы .eml, папки Maildir или файлы mbox
cli-arg-intake-mail-dry_run = Показать, что будет зарегистрировано, ничего не записывая
cli-cmd-attach = Сохранить файлы к запросу, контакту, редакции или пункту плана
cli-arg-attach-kind = inquiry, contact, outlet или plan
cli-arg-attach-id = Номер записи
cli-arg-attach-files = Файлы для сохранения
cli-cmd-attachments = Список файлов записи
cli-arg-attachments-kind = inquiry, contact, outlet или plan
cli-arg-attachments-id = Номер записи
cli-cmd-attachment = Один сохранённый файл: `attachment get N` выгружает его
cli-cmd-attachment-get = Выгрузить файл вложения: под его именем в текущую папку или туда, куда указывает --out (- пишет в стандартный вывод)
cli-arg-attachment-get-id = Номер вложения (см. pressdesk attachments)
cli-arg-attachment-get-out = Куда записать; существующий файл будет заменён
cli-cmd-search = Поиск по памяти офиса: запросы за всё время, пункты плана и утверждённые позиции, лучшие совпадения сверху; код выхода 1, если ничего не найдено
cli-arg-search-query = Что искать: слова темы, вопроса, ответа, истории или имени звонившего, на любом алфавите
cli-arg-search-limit = Показать не больше стольких (1–1000)
cli-cmd-statements = Утверждённые позиции: список или `statements add` для новой
cli-arg-statements-topic = Только позиции, в теме которых есть эти слова
cli-cmd-statements-add = Записать утверждённую позицию; печатает её номер
cli-arg-statements-add-topic = О чём она: график вакцинации, отключение горячей воды
cli-arg-statements-add-agreed_by = Кто согласовал
cli-arg-statements-add-agreed = День согласования (по умолчанию сегодня): 2026-11-24, 24.11, вчера
cli-arg-statements-add-review = День пересмотра; после него позиция помечается устаревшей
cli-arg-statements-add-text = Текст позиции (слова соединяются пробелами)

# Search of the office's memory in the interface
pane-memory = Поиск
memory-search-label = Поиск по архиву:
memory-search-hint = Запросы любой давности, пункты плана, публикации и позиции — ищутся по мере ввода.
memory-search-found = { $more ->
    [1] Показаны лучшие { $count }; ещё одно слово сузит поиск.
   *[0] { $count ->
        [one] Найден { $count }.
        [few] Найдено { $count }.
       *[other] Найдено { $count }.
    }
}
memory-search-keys = { $submit } — открыть · { $choose } — выбрать · { $cancel } — назад
memory-statement-copied = Позиция «{ $topic }» скопирована в буфер обмена.
hint-search-memory = поиск
action-search-memory = Поиск по архиву: запросы любой давности, пункты плана, публикации, позиции

# Files in the interface
files-title = Файлы
files-window-title = { $kind ->
    [contact] Файлы контакта #{ $id }
    [outlet] Файлы издания #{ $id }
    [plan] Файлы пункта плана #{ $id }
   *[inquiry] Файлы запроса #{ $id }
}
files-window-keys = { $open } — открыть · { $save } — сохранить копию · { $attach } — прикрепить файл · { $close } — закрыть
files-attach-to = { $kind ->
    [contact] Прикрепить файл к контакту #{ $id }:
    [outlet] Прикрепить файл к изданию #{ $id }:
    [plan] Прикрепить файл к пункту плана #{ $id }:
   *[inquiry] Прикрепить файл к запросу #{ $id }:
}
files-save-as = Сохранить копию #{ $id } { $name } как:
files-attach-keys = { $complete } дополняет имя · { $submit } — прикрепить · { $cancel } — назад
files-save-keys = { $complete } дополняет имя · { $submit } — сохранить · { $cancel } — назад
files-path-needed = Введите путь к файлу.
files-no-match = Нет файла или папки, начинающихся так.
files-opening = Открываю…
files-opened = { $name } открыт в системной программе просмотра.
files-saved = Копия сохранена: { $path }
files-attached = Сохранён #{ $id } { $name } ({ $size }).
hint-files = файлы
hint-attach = прикрепить
action-files = Файлы запроса: открыть в системной программе, сохранить копию, прикрепить ещё
action-attach = Прикрепить файл к запросу (ввод пути; { $next } дополняет имена)
action-card-files = Файлы контакта или издания на карточке: открыть, сохранить копию, прикрепить
action-card-attach = Прикрепить файл к контакту или изданию на карточке (ввод пути; { $next } дополняет имена)
action-item-files = Файлы пункта плана: открыть, сохранить копию, прикрепить ещё
action-item-attach = Прикрепить файл к пункту плана (ввод пути; { $next } дополняет имена)
action-save-copy = В файлах: сохранить копию выбранного файла
action-attach-another = В файлах: прикрепить ещё один файл

# Statements in the interface
statements-title = Утверждённые позиции
statements-insert-title = Позиции и прошлые ответы для ответа
statements-words = Слова:
statements-topic = Тема:
statements-answer = ответ на #{ $id }
statements-nothing = Ничего не найдено.
statements-insert-keys = { $choose } — выбрать · { $submit } — вставить у курсора · { $cancel } — назад к ответу
statements-keys = { $choose } — выбрать · { $submit } — скопировать в буфер · { $cancel } — закрыть
statements-copied = Позиция «{ $topic }» скопирована в буфер обмена.
statements-inserted-stale = Вставлена позиция «{ $topic }», срок её пересмотра прошёл: проверьте, что она в силе.
hint-statements = позиции
action-statements = Утверждённые позиции по темам ({ $submit } копирует)
action-insert-statement = В ответе: вставить у курсора утверждённую позицию или прошлый ответ
prompt-answer-statements = { $key }: вставить утверждённую позицию или прошлый ответ
history-attached = прикрепил(а) { $file }
