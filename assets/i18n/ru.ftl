# pressdesk — русский. Все строки интерфейса живут здесь.
# Множественное число — селекторами Fluent: { $count -> [one] … [few] … [many] … *[other] … }.
# Категории CLDR для ru: one = 1, 21, 31…; few = 2–4, 22–24…; many = 0, 5–20, 25–30…

## Panes and bars

pane-queue = Очередь
pane-inquiry = Запрос
queue-title = Запросы
queue-loading = Загрузка…
queue-empty = Нет запросов, ждущих ответа. Нажмите { $key }, чтобы записать запрос.
overdue-count = { $count ->
    [one] { $count } просроченный
    [few] { $count } просроченных
    [many] { $count } просроченных
   *[other] { $count } просроченных
}
overdue-none = просроченных нет
due-soon-count = { $count ->
    [one] скоро { $count } срок
    [few] скоро { $count } срока
    [many] скоро { $count } сроков
   *[other] скоро { $count } сроков
}
inquiry-count = { $count ->
    [one] { $count } запрос
    [few] { $count } запроса
    [many] { $count } запросов
   *[other] { $count } запросов
}
filter-open = Открытые
filter-mine = Мои
filter-overdue = Просроченные
filter-all = Все
unknown-caller = неизвестный
nobody = не назначен

## Queue columns

col-age = Возр
col-from = От кого
col-channel = Кан.
col-subject = Тема
col-due = Срок
col-left = Осталось
col-assignee = Отв.
col-status = Статус

## Codes

status-new = новый
status-in-progress = в работе
status-waiting = ожидание
status-answered = отвечен
status-closed = закрыт
status-declined = отклонён
channel-phone = телефон
channel-messenger = мессенджер
channel-email = e-mail
channel-in-person = лично
channel-social = соцсети
channel-letter = письмо
channel-short-phone = тел
channel-short-messenger = чат
channel-short-email = мейл
channel-short-in-person = лич.
channel-short-social = соц
channel-short-letter = пис.
priority-urgent = срочный
priority-high = высокий
priority-normal = обычный
priority-low = низкий
urgency-overdue = просрочено
urgency-due-soon = скоро срок
urgency-pending = есть время
urgency-done = готово
contact-kind-journalist = журналист
contact-kind-expert = эксперт
contact-kind-colleague = коллега
contact-kind-other = другой
relationship-friendly = лояльный
relationship-neutral = нейтральный
relationship-critical = критичный
outlet-kind-tv = ТВ
outlet-kind-radio = радио
outlet-kind-print = печать
outlet-kind-online = онлайн
outlet-kind-agency = агентство
outlet-kind-blog = блог

## Times

weekday-mon = пн
weekday-tue = вт
weekday-wed = ср
weekday-thu = чт
weekday-fri = пт
weekday-sat = сб
weekday-sun = вс
month-jan = янв
month-feb = фев
month-mar = мар
month-apr = апр
month-may = мая
month-jun = июн
month-jul = июл
month-aug = авг
month-sep = сен
month-oct = окт
month-nov = ноя
month-dec = дек
moment-tomorrow = завтра { $time }
moment-yesterday = вчера { $time }
span-minutes = { $n } мин
span-hours = { $n } ч
span-days = { $n } д
until-in = через { $span }
until-late = опоздание { $span }
age-now = только что
compact-minutes = { $n }мин
compact-hours = { $n }ч
compact-days = { $n }д
ago = { $span } назад
answered-in = ответили через { $span }

## Typed times

when-empty = Введите время.
when-unreadable = Не удалось понять «{ $text }» как время. Например: 23:00, +2ч, завтра 12:00, пт, 24.11 15:00 или eod.
when-no-such-date = Даты «{ $text }» не существует.

## The inquiry in full

detail-status = Статус
detail-from = От кого
detail-received = Поступил
detail-due = Срок
detail-due-why-journalist = срок журналиста ({ $time })
detail-due-why-rule-earlier = правило пресс-службы ({ $rule }) раньше срока журналиста { $time }
detail-due-why-rule = правило пресс-службы для приоритета «{ $priority }»: { $rule }
detail-assignee = Отвечает
detail-expert = Эксперт
detail-declined = Отклонён
detail-question = Вопрос
detail-answer = Ответ
detail-no-answer = Ответа пока нет. Нажмите { $key }, чтобы записать его.
detail-no-answer-text = отмечен как отвеченный, текст не записан
detail-history = История
detail-overdue-note = Срок ответа истёк.
history-created = запрос записан
history-changed = { $field }: { $old } → { $new }
field-status = статус
field-answer = ответ
field-answered-at = время ответа
field-assignee = ответственный
field-expert = эксперт
field-requested-deadline = срок журналиста
field-due = срок
field-priority = приоритет
field-question = вопрос
field-subject = тема
field-decline-reason = причина отказа

## The quick log

form-title = Записать запрос
form-who = Кто
form-question = Вопрос
form-deadline = Срок
form-channel = Канал
form-priority = Приоритет
form-outlet = СМИ
form-who-known = контакт из базы
form-who-new = новый контакт
form-who-create = новый контакт «{ $name }»
form-outlet-create = новое СМИ «{ $name }»
form-due-rule = правило «{ $priority }»: { $rule }
form-question-needed = Введите вопрос.
form-saving = Сохранение…
form-hint = { $submit } сохранить · { $next } след. поле · { $choose } выбрать · { $cancel } отмена
preview-due = срок { $time }

## Prompts and pickers

prompt-answer = Ответ на #{ $id }
prompt-question = Вопрос #{ $id }
prompt-subject = Тема #{ $id }
prompt-deadline = Срок журналиста для #{ $id }
prompt-decline = Почему #{ $id } отклонён?
prompt-hint = { $submit } сохранить · { $cancel } отмена
prompt-deadline-hint = 23:00 · +2ч · завтра 12:00 · пт · eod — пусто = правило пресс-службы · { $submit } сохранить · { $cancel } отмена
prompt-answer-empty = Введите ответ или поставьте статус «отвечен» клавишей s.
prompt-reason-needed = Для отклонённого запроса нужна причина.
picker-status = Статус #{ $id }
picker-priority = Приоритет #{ $id }
picker-assign = Ответственный за #{ $id }
picker-hint = цифра или { $move } { $pick } · { $close } отмена
expert-title = Эксперт для #{ $id }
expert-new = новый эксперт «{ $name }»
expert-none = Экспертов пока нет: введите имя, чтобы добавить.

## Status line

flash-logged = Запрос #{ $id } записан.
flash-saved = #{ $id } сохранён.
flash-now-overdue = { $count ->
    [1] #{ $id } теперь просрочен: { $subject }
    [one] { $count } запрос теперь просрочен, в том числе #{ $id }
    [few] { $count } запроса теперь просрочены, в том числе #{ $id }
    [many] { $count } запросов теперь просрочены, в том числе #{ $id }
   *[other] { $count } запросов теперь просрочены, в том числе #{ $id }
}
flash-no-next-status = Работа с запросом завершена; чтобы задать другой статус, нажмите s.
flash-nothing-selected = Запрос не выбран.
error-load = Не удалось прочитать базу данных: { $reason }
error-save = Не сохранено: { $reason }. Введённый текст никуда не делся.
error-demo-not-empty = В этой базе уже есть записи; демо-данные заполняют только пустую.
error-no-data-dir = Не найден домашний каталог для данных; укажите путь через --db.

## Key hints and help

hint-log = запись
hint-open = открыть
hint-back = назад
hint-status = статус
hint-answer = ответ
hint-deadline = срок
hint-assign = назначить
hint-filter = фильтр
hint-help = справка
hint-quit = выход
action-quick-log = Записать запрос («быстрая запись») из любого места
action-help = Показать или скрыть эту справку
action-quit = Выйти (всё уже сохранено)
action-show-queue = Показать очередь запросов
action-up = Вверх
action-down = Вниз
action-top = К первой строке
action-bottom = К последней строке
action-page-up = Страница вверх
action-page-down = Страница вниз
action-open = Открыть запрос полностью
action-back = Назад туда, откуда открыто (очередь, карточка, пункт плана, поиск)
action-new-inquiry = Новый запрос
action-filter = Следующий фильтр: открытые, мои, просроченные, эскалированные, все
action-status = Задать статус (для «отклонён» нужна причина)
action-advance = Следующий статус: новый → в работе → ожидание → отвечен → закрыт
action-answer = Записать ответ (статус станет «отвечен»)
action-assign = Назначить ответственного из команды
action-expert = Указать эксперта, которого попросили о комментарии
action-deadline = Изменить срок журналиста
action-priority = Изменить приоритет (срок — по правилу пресс-службы)
action-edit-question = Изменить вопрос
action-edit-subject = Изменить тему
help-title = Клавиши
help-everywhere = Везде
help-queue = В очереди
help-lists = В списках
help-inquiry = С выбранным или открытым запросом
help-ctrl-c = Выход; в форме — отмена
help-form-choice = Изменить выбор (канал, приоритет); цифры выбирают сразу
help-form-enter = Сохранить из любого поля
help-form-esc = Отмена (если что-то введено, сначала спросит)
help-form-delete = Удалить слово / строку до курсора
help-close = { $close } или { $help } — закрыть · { $move } прокрутка

## Setup and storage errors

config-file = файл настроек { $path }
config-line = строка { $line }
config-key = ключ `{ $key }`
config-unreadable = не удалось прочитать: { $reason }
config-bad-language = неизвестный язык «{ $value }»; допустимы en, ru, uk или pl
config-bad-country = неизвестная страна «{ $value }»; известны: { $known }
config-bad-time = «{ $value }» — не время вида 18:00
keys-unknown-action = неизвестное действие «{ $name }»; действия: { $known }
keys-none = у «{ $name }» нет клавиши
keys-conflict = клавиша { $key } назначена и на «{ $first }», и на «{ $second }»; дайте одному из них другую клавишу
keys-unknown-key = неизвестная клавиша «{ $key }»
span-empty = пустая длительность
span-number-first = «{ $text }»: перед «{ $unit }» должно стоять число
span-bad-unit = «{ $text }»: неизвестная единица «{ $unit }» (используйте m, h, d или w)
span-no-unit = «{ $text }»: у последнего числа нет единицы (m, h, d или w)
error-clock = { $var }=«{ $value }» — не время в формате RFC 3339 (например, 2026-11-24T21:40:00+03:00): { $reason }
store-sqlite = ошибка базы данных: { $reason }
store-too-new = у базы данных { $path } версия схемы { $found }, а этот pressdesk знает только до { $known }; база не тронута — обновите pressdesk, чтобы её открыть
store-not-ours = { $path } — не база pressdesk (в файле уже есть другие данные); файл не тронут — выберите другой через --db
store-no-inquiry = нет запроса #{ $id }
store-no-contact = нет контакта #{ $id }
store-contact-needs-name = у контакта должно быть имя
store-outlet-needs-name = у СМИ должно быть название
store-outlet-exists = СМИ с названием «{ $name }» уже есть
store-question-needed = у запроса должен быть вопрос
store-reason-needed = для отклонения запроса нужна причина
store-answer-empty = ответ пуст
store-no-wal = не удалось перевести базу данных в режим WAL (получен режим { $mode })
store-backup-path = путь к резервной копии { $path } не в кодировке UTF-8
store-no-outlet = нет СМИ #{ $id }
store-item-needs-title = у пункта плана должно быть название
store-bad-channel-code = «{ $code }» — не код канала
store-length-positive = длительность события должна быть больше нуля
cli-vcard-write-failed = не удалось записать файл vCard

## Command line

cli-queue-empty = Нет запросов, ждущих ответа.
cli-queue-total = { $count ->
    [one] { $count } запрос
    [few] { $count } запроса
    [many] { $count } запросов
   *[other] { $count } запросов
}, из них { $overdue ->
    [one] { $overdue } просроченный
    [few] { $overdue } просроченных
    [many] { $overdue } просроченных
   *[other] { $overdue } просроченных
}
cli-answered = На запрос #{ $id } дан ответ (через { $span } после поступления).
cli-answer-failed = Не удалось отметить #{ $id } как отвеченный (`pressdesk queue` покажет открытые запросы с номерами)
cli-question-needed = Вопрос пуст: укажите его текст после параметров.
cli-bad-channel = Неизвестный канал «{ $value }»; допустимые значения: { $known }
cli-bad-priority = Неизвестный приоритет «{ $value }»; допустимые значения: { $known }
cli-who-ambiguous = «{ $query }» подходит к нескольким контактам: { $candidates }. Укажите один через --who id:N.
cli-demo-filled = Добавлены демо-данные: { $inquiries ->
    [one] { $inquiries } запрос
    [few] { $inquiries } запроса
    [many] { $inquiries } запросов
   *[other] { $inquiries } запросов
} ({ $open ->
    [one] { $open } открытый
    [few] { $open } открытых
    [many] { $open } открытых
   *[other] { $open } открытых
}), { $contacts ->
    [one] { $contacts } контакт
    [few] { $contacts } контакта
    [many] { $contacts } контактов
   *[other] { $contacts } контактов
}, { $outlets } СМИ.

## Command-line help

cli-usage = Использование:
cli-commands = Команды
cli-options = Параметры
cli-about = Рабочее место пресс-службы в терминале: запросы СМИ, сроки и контакты
cli-arg-help = Показать справку
cli-arg-version = Показать версию
cli-arg-db = Файл базы данных (иначе $PRESSDESK_DB, иначе каталог данных системы)
cli-arg-config = Файл настроек (иначе $PRESSDESK_CONFIG, иначе каталог настроек системы)
cli-arg-demo = Демо-база: отдельно от рабочей, при первом запуске заполняется примерами
cli-arg-lang = Язык на этот запуск: en, ru, uk или pl (иначе из настроек, иначе из LANG)
cli-cmd-log = Записать запрос; выводит его номер
cli-arg-log-who = Кто спрашивает: имя, СМИ, цифры телефона или id:N для контакта N; незнакомое имя создаёт контакт
cli-arg-log-via = Как поступил: phone, messenger, email, in_person, social, letter
cli-arg-log-deadline = Срок журналиста: 23:00, +2ч, завтра 12:00, пт, 2026-11-23 15:00, eod
cli-arg-log-priority = urgent, high, normal или low
cli-arg-log-received = Когда поступил, если не только что: 21:40, -30мин, вчера 18:00
cli-arg-log-outlet = СМИ, если это не СМИ самого контакта
cli-arg-log-subject = Короткая тема для очереди
cli-arg-log-json = Вывести записанный запрос в JSON вместо номера
cli-arg-log-text = Вопрос (слова соединяются пробелами)
cli-cmd-queue = Список открытых запросов, самые срочные сверху
cli-arg-queue-overdue = Только просроченные
cli-arg-json = Вывести в JSON
cli-cmd-overdue = Список просроченных запросов; код выхода 1, если такие есть
cli-cmd-answer = Отметить запрос отвеченным, с текстом ответа, если он указан
cli-arg-answer-id = Номер запроса
cli-arg-answer-text = Ответ (слова соединяются пробелами)
cli-cmd-demo = Заполнить пустую базу правдоподобными демо-данными

## Календарь

pane-calendar = Календарь
pane-item = Публикация
view-month = месяц
view-week = неделя
view-agenda = список
calendar-week-title = неделя { $week }, { $from } – { $to }
calendar-week-short = Нед. { $week }:
calendar-filtered = фильтр
calendar-today = сегодня
calendar-late = опаздывает: время прошло, а публикации нет
calendar-no-time = время не задано
calendar-day-empty = Ничего не запланировано. Нажмите { $key }, чтобы добавить пост.
calendar-month-empty = В этом месяце ничего не запланировано.
calendar-more = ещё { $count }
plan-late-count = { $count ->
    [one] { $count } пост опаздывает
    [few] { $count } поста опаздывают
    [many] { $count } постов опаздывают
   *[other] { $count } поста опаздывают
}
item-count = { $count ->
    [0] ничего не запланировано
    [one] { $count } публикация
    [few] { $count } публикации
    [many] { $count } публикаций
   *[other] { $count } публикации
}
month-name-1 = Январь
month-name-2 = Февраль
month-name-3 = Март
month-name-4 = Апрель
month-name-5 = Май
month-name-6 = Июнь
month-name-7 = Июль
month-name-8 = Август
month-name-9 = Сентябрь
month-name-10 = Октябрь
month-name-11 = Ноябрь
month-name-12 = Декабрь
item-status-idea = идея
item-status-draft = черновик
item-status-approved = согласовано
item-status-scheduled = в плане
item-status-published = опубликовано
item-status-cancelled = отменено
item-kind-post = пост
item-kind-event = событие
item-title = Заголовок
item-day = День
item-time = Время
item-when = Когда
item-channels = Каналы
item-kind = Вид
item-length = Длится
item-place = Место
item-status = Статус
item-category = Рубрика
item-campaign = Кампания
item-owner = Готовит
item-url = Ссылка
item-notes = Текст
item-inquiry = Запрос
item-inquiry-open = { $key } — открыть
item-no-notes = Текста пока нет. Нажмите { $key }, чтобы написать.
item-history-created = запланировал(а) публикацию
item-status-title = Статус #{ $id }
item-form-new = Запланировать пост или событие
item-form-edit = Правка #{ $id }
item-form-duplicate = Копия #{ $id } (для другого канала)
item-form-from-inquiry = Пост по запросу #{ $id }
item-form-none = нет
item-form-events-only = только для событий
item-form-title-needed = Нужен заголовок.
item-form-bad-time = Введите время, например 10:00, или оставьте пустым — без точного времени.
item-form-bad-length = Введите длительность, например 1h, 90m или 1h30m.
item-form-hint = { $submit } сохранить · { $next }/{ $choose } следующее поле · { $cancel } отмена
item-form-day-hint = 2026-11-24 · 24.11 · сегодня · завтра · пт · +3d
item-form-time-hint = 10:00 — пусто = без точного времени (опаздывает после конца дня)
item-form-channels-hint = ←→ выбрать · пробел или цифра отмечает канал
item-form-length-hint = 1h · 90m · 1h30m
item-form-choice-hint = ←→ или пробел — изменить
move-title = Перенести #{ $id } на
move-hint = пт · 25.11 · +1d · 15:30 · завтра 10:00 — { $submit } перенести · { $cancel } отмена
filter-title = Показывать только
filter-any = все
filter-hint = { $move } строка · ←→ изменить · Backspace все · { $pick } или { $close } закрыть
detail-posts = Посты и события по этому запросу
detail-no-posts = Пока нет. Нажмите { $key }, чтобы запланировать пост.
field-title = заголовок
field-notes = текст
field-kind = вид
field-starts-at = время
field-day = день
field-duration = длительность
field-place = место
field-category = рубрика
field-campaign = кампания
field-owner = готовит
field-url = ссылка
field-channels = каналы
flash-no-item = Публикация не выбрана.
flash-item-created = #{ $id } запланирован.
flash-item-saved = #{ $id } сохранён.
flash-item-from-inquiry = #{ $id } запланирован по запросу #{ $inquiry }; календарь — клавиша 3.
flash-item-finished = Публикация уже вышла или отменена; другой статус — клавиша s.
flash-item-no-time = У публикации нет времени; задайте его клавишей { $key }.
flash-item-no-inquiry = Эта публикация не связана с запросом.
hint-to-plan = пост
hint-new = новый
hint-edit = правка
hint-advance = дальше
hint-move = перенести
hint-duplicate = копия
hint-view = вид
hint-today = сегодня
hint-inquiry = запрос
hint-next-item = след.
help-calendar = В календаре
action-show-calendar = Показать контент-план
action-to-plan = Запланировать пост по этому запросу (ответ станет текстом)
action-day-prev = Предыдущий день
action-day-next = Следующий день
action-week-prev = Неделей раньше (в списке — предыдущая публикация)
action-week-next = Неделей позже (в списке — следующая публикация)
action-item-next = Следующая публикация дня
action-item-prev = Предыдущая публикация дня
action-today = К сегодняшнему дню
action-page-prev = Предыдущий месяц (в недельном виде — неделя)
action-page-next = Следующий месяц (в недельном виде — неделя)
action-view = Вид: месяц, неделя, список
action-new-item = Запланировать пост или событие на выбранный день
action-open-item = Открыть публикацию целиком
action-close-item = Назад туда, откуда открыто (календарь, обращение, поиск)
action-edit-item = Править публикацию
action-item-status = Задать статус
action-advance-item = Следующий статус: идея → черновик → согласовано → в плане → опубликовано
action-move-day-earlier = Перенести на день раньше
action-move-day-later = Перенести на день позже
action-move-earlier = Перенести на 30 минут раньше
action-move-later = Перенести на 30 минут позже
action-move-to = Перенести на введённый день или время
action-duplicate = Копия (например, та же новость для другого канала)
action-cancel-item = Отменить публикацию
action-plan-filter = Показывать только канал, статус, кампанию или исполнителя
action-plan-filter-clear = Снова показывать всё
action-item-inquiry = Открыть запрос, из которого сделан пост

## Календарь в командной строке

cli-plan-heading = План { $from } – { $to }
cli-plan-empty = Ничего не запланировано.
cli-plan-total = { $count ->
    [one] { $count } публикация
    [few] { $count } публикации
    [many] { $count } публикаций
   *[other] { $count } публикации
}, опаздывают: { $late }
cli-title-needed = Заголовок пуст: укажите его после параметров.
cli-bad-time = Не удалось прочитать «{ $value }» как время; пишите 10:00.
cli-bad-length = Не удалось прочитать «{ $value }» как длительность; пишите 1h, 90m или 1h30m.
cli-bad-plan-channel = Неизвестный канал «{ $value }»; в конфигурации есть: { $known }
cli-bad-category = Неизвестная рубрика «{ $value }»; в конфигурации есть: { $known }
cli-bad-item-status = Неизвестный статус «{ $value }»; возможны: { $known }
cli-bad-item-kind = Неизвестный вид «{ $value }»; возможны: { $known }
cli-range-backwards = Последний день раньше первого.
cli-ics-written = { $count ->
    [one] { $count } событие записано
    [few] { $count } события записаны
    [many] { $count } событий записано
   *[other] { $count } события записаны
} в { $path }.
ics-calendar-name = Контент-план pressdesk
cli-cmd-plan = Контент-план: показать (по умолчанию эту неделю) или plan add — добавить пост или событие
cli-arg-plan-week = Эта неделя, с понедельника по воскресенье (по умолчанию)
cli-arg-plan-month = Этот месяц
cli-arg-plan-from = Первый день: 2026-11-24, 24.11, today, mon, +7d
cli-arg-plan-to = Последний день (включительно); без него — неделя от --from
cli-arg-plan-channel = Только публикации в этом канале (код или название из конфигурации)
cli-arg-plan-status = Только публикации с этим статусом
cli-arg-plan-late = Только опаздывающие: время прошло, а публикации нет
cli-cmd-plan-add = Запланировать пост или событие; печатает его номер
cli-arg-plan-add-on = День и, если нужно, время: 2026-11-24, 24.11, tomorrow, fri 10:00
cli-arg-plan-add-at = Время (10:00); без него у публикации нет точного времени
cli-arg-plan-add-channel = Код или название канала из конфигурации; повторите или перечислите через запятую
cli-arg-plan-add-status = idea, draft, approved, scheduled, published или cancelled
cli-arg-plan-add-category = Код или название рубрики из конфигурации
cli-arg-plan-add-kind = post или event
cli-arg-plan-add-length = Длительность события: 1h, 90m (по умолчанию event_length из конфигурации)
cli-arg-plan-add-place = Где проходит событие
cli-arg-plan-add-campaign = Кампания, к которой относится публикация
cli-arg-plan-add-owner = Кто из команды готовит (по умолчанию вы)
cli-arg-plan-add-notes = Текст поста
cli-arg-plan-add-inquiry = Запрос, на который отвечает пост
cli-arg-plan-add-json = Напечатать новую публикацию в JSON вместо номера
cli-arg-plan-add-title = Заголовок (слова соединяются пробелами)
cli-cmd-export = Выгрузить данные для других программ
cli-cmd-export-ics = Контент-план файлом iCalendar (RFC 5545) для Google Календаря, Thunderbird, khal
cli-arg-export-ics-from = Первый день выгрузки (без --from и --to — все публикации)
cli-arg-export-ics-to = Последний день выгрузки
cli-arg-export-ics-out = Записать в этот файл (заменяется целиком), а не в стандартный вывод
cli-arg-export-ics-all = Также идеи и черновики (как предварительные), а не только запланированное, опубликованное и события со временем

## Книга контактов

pane-contacts = Контакты
pane-contact = Контакт
pane-outlet = СМИ
book-find = Найти:
book-search-hint = имя, СМИ, цифры телефона… ({ $key } — ввод)
book-count = { $shown } из { $total }
book-filter-everyone = Все
book-filter-journalists = Журналисты
book-filter-experts = Эксперты
book-filter-outlets = СМИ
book-loading = Читаем книгу контактов…
book-empty = Книга контактов пуста. Нажмите { $key }, чтобы добавить контакт, или импортируйте: pressdesk import vcard ФАЙЛ
book-nothing-found = Никого не нашли. Нажмите { $cancel }, затем { $key }, чтобы добавить контакт.
book-loose = Точных совпадений нет; эти отличаются на одну букву.
book-typing-hint = Вводите для поиска · { $choose } выбор · { $submit } карточка · { $next } кого показать · { $cancel } клавиши
card-inquiries = { $count ->
    [one] { $count } обращение
    [few] { $count } обращения
    [many] { $count } обращений
   *[other] { $count } обращения
}
card-median = медиана ответа { $span }
card-on-time = { $percent }% в срок
card-last = последний контакт { $ago }
card-no-contact-yet = контактов ещё не было
card-outlet = СМИ
card-outlet-open = откроет его
card-position = Должность
card-phones = Телефоны
card-emails = E-mail
card-messengers = Мессенджеры
card-tags = Темы
card-notes = Заметки
card-colleagues = В том же СМИ ({ $count })
card-colleagues-more = …и ещё { $count }: { $key } откроет СМИ со всеми сотрудниками.
card-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
card-outlet-inquiries = Обращения от СМИ ({ $count })
card-timeline = История ({ $count })
card-timeline-empty = Пока пусто: { $log } — записать обращение, { $call } — звонок.
card-late = с опозданием
timeline-inquiry = обращение
timeline-commented = комментировал(а)
timeline-merged = объединено: { $name } (#{ $id }), { $who }
event-call = звонок
event-meeting = встреча
event-note = заметка
event-title = { $what } · { $name }
event-text = Что
event-when = Когда
event-kind = Вид
event-when-now = сейчас ({ $time }); или -30m, 14:00, вчера 16:00
event-note-needed = Напишите заметку.
event-hint = { $submit } сохранить · { $next } следующее поле · { $cancel } отмена
editor-title-new = Новый контакт
editor-title-edit = Контакт #{ $id }
editor-name = Имя
editor-kind = Кто это
editor-outlet = СМИ
editor-position = Должность
editor-phones = Телефоны
editor-emails = E-mail
editor-messengers = Мессенджеры
editor-tags = Темы
editor-relationship = Отношения
editor-notes = Заметки
editor-list-hint = Несколько значений — через запятую.
editor-name-needed = У контакта должно быть имя.
editor-duplicate = { $what } уже есть у контакта { $name } (#{ $id }){ $more ->
    [0] {""}
   *[other] {" "}и ещё у { $more }
}. { $submit } — всё равно сохранить; { $merge } на карточке объединяет две записи.
editor-hint = { $submit } сохранить · { $next }/{ $choose } следующее поле · ←→ изменить выбор · { $cancel } отмена
merge-title = Объединить другую запись с «{ $name }»
merge-confirm = Влить { $other } (#{ $id }) в { $keep }? { $confirm } = объединить, любая другая клавиша = назад
merge-keeps = Обращения, звонки, заметки, телефоны и адреса переходят сюда; ничего не теряется.
merge-confirm-hint = { $confirm } объединить · любая другая клавиша назад
merge-hint = найдите вторую запись · { $choose } выбор · { $submit } выбрать · { $cancel } отмена
merge-none = Других подходящих записей нет.
flash-no-contact = У этого обращения нет контакта и СМИ.
flash-no-contact-selected = Контакт не выбран.
flash-no-outlet = У этого контакта не указано СМИ.
flash-edit-from-card = Карточка открыта; нажмите e ещё раз, чтобы править.
flash-event-saved = В истории: { $what }, { $name }.
flash-contact-created = Контакт #{ $id } добавлен.
flash-contact-saved = Контакт #{ $id } сохранён.
flash-outlet-saved = СМИ #{ $id } сохранено.
outlet-name-needed = У СМИ должно быть название.
outlet-title-new = Новое СМИ
outlet-title-edit = СМИ #{ $id }
outlet-kind = Тип
outlet-region = Регион
flash-contact-merged = Объединено в #{ $id }; вся история обеих записей — на его карточке.
hint-queue = очередь
hint-search = поиск
hint-call = звонок
hint-meeting = встреча
hint-note = заметка
hint-new-contact = новый
hint-merge = объединить
hint-outlet = СМИ
hint-contact = контакт
action-show-contacts = Книга контактов
action-show-contact = Открыть карточку контакта обращения ({ $card_back } — обратно)
action-search = Поиск: имя, СМИ, должность, тема, заметка или цифры телефона
action-close-card = Закрыть карточку (назад туда, откуда открыта: список, карточка, обращение)
action-log-call = Записать звонок с контактом
action-log-meeting = Записать встречу с контактом
action-log-note = Добавить заметку в историю контакта
action-edit-contact = Править контакт (на карточке СМИ — само СМИ)
action-new-contact = Добавить контакт (в списке СМИ — СМИ)
action-merge = Влить в эту запись другую запись того же человека
action-goto-outlet = Открыть СМИ контакта и его сотрудников
action-open-card = Открыть карточку (в карточке — человека или запрос под курсором)
action-new-inquiry-from = Записать запрос от этого человека
action-filter-book = Кого показывать: всех, журналистов, экспертов, СМИ
help-book = В книге контактов (выбранный контакт или открытая карточка)
cli-who-none = Никого не нашли по запросу «{ $query }».
cli-who-more = …и ещё { $count }; уточните запрос или задайте --limit.
cli-import-summary = Прочитано записей: { $read ->
    [one] { $read }
    [few] { $read }
    [many] { $read }
   *[other] { $read }
}; добавлено { $added }, обновлено { $updated }, пропущено { $skipped }.
cli-import-dry-run = Пробный прогон: ничего не записано.
import-skip-no-name = нет ни имени, ни телефона, ни e-mail
import-skip-ambiguous = телефон или e-mail есть у нескольких контактов ({ $ids }); сначала объедините их
import-skip-unchanged = уже есть как #{ $id }, ничего нового
import-skip-unreadable = не удалось прочитать: { $why }
cli-cannot-read = Не удаётся прочитать { $path }
cli-cannot-write = Не удаётся записать { $path }
cli-exported = Записано контактов: { $count ->
    [one] { $count }
    [few] { $count }
    [many] { $count }
   *[other] { $count }
} в { $path }.
cli-cmd-who = Найти контакты по имени, СМИ, транслитерации или цифрам телефона, с кратким итогом истории; код выхода 1, если никого нет
cli-arg-who-query = Что искать (слова объединяются пробелами)
cli-arg-who-limit = Показать не больше стольких
cli-cmd-import = Прочитать контакты из файла vCard или CSV; запись с уже известным телефоном или e-mail обновляет тот контакт, а не добавляет новый
cli-arg-import-format = vcard (2.1, 3.0, 4.0) или csv (Google, Outlook или собственные столбцы pressdesk)
cli-arg-import-file = Файл для чтения
cli-arg-import-dry_run = Показать, что будет добавлено, обновлено и пропущено, ничего не записывая
cli-cmd-export-vcard = Книга контактов в vCard, по карточке на контакт
cli-arg-export-vcard-version = Версия vCard: 3 (читают все телефоны и адресные книги) или 4
cli-arg-export-vcard-out = Записать в этот файл, а не в стандартный вывод
cli-cmd-export-csv = Книга контактов в CSV со столбцами pressdesk; ячейки, которые таблица выполнила бы как формулу, начинаются с '
cli-arg-export-csv-out = Записать в этот файл, а не в стандартный вывод
cli-cmd-export-json = Книга контактов в JSON: все контакты и СМИ
cli-arg-export-json-out = Записать в этот файл, а не в стандартный вывод

## The built-in channels and categories of the content plan

plan-label-site = Сайт
plan-short-site = Сайт
plan-label-vk = ВКонтакте
plan-short-vk = VK
plan-label-telegram = Telegram
plan-short-telegram = TG
plan-label-ok = Одноклассники
plan-short-ok = ОК
plan-label-facebook = Facebook
plan-short-facebook = FB
plan-label-radio = Радио
plan-short-radio = Рад
plan-label-tv = ТВ
plan-short-tv = ТВ
plan-label-press_release = Пресс-релиз
plan-short-press_release = ПР
plan-label-news = Новости
plan-short-news = Нов
plan-label-consultation = Консультация
plan-short-consultation = Конс
plan-label-reminder = Социальное напоминание
plan-short-reminder = Напм
plan-label-hr = Кадры и вакансии
plan-short-hr = Кадр
plan-label-internal = Внутреннее
plan-short-internal = Внут
plan-label-campaign = Кампания
plan-short-campaign = Камп
plan-label-history = Исторический проект
plan-short-history = Ист
