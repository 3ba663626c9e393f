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
form-due-journalist = срок журналиста
form-due-rule = правило «{ $priority }»: { $rule }
form-question-needed = Введите вопрос.
form-confirm-discard = Отбросить введённое? y = отбросить, любая другая клавиша = продолжить
form-saving = Сохранение…
form-hint = Enter сохранить · Tab след. поле · ↑↓ выбрать · Esc отмена
preview-due = срок { $time }

## Prompts and pickers

prompt-answer = Ответ на #{ $id }
prompt-question = Вопрос #{ $id }
prompt-subject = Тема #{ $id }
prompt-deadline = Срок журналиста для #{ $id }
prompt-decline = Почему #{ $id } отклонён?
prompt-hint = Enter сохранить · Esc отмена
prompt-deadline-hint = 23:00 · +2ч · завтра 12:00 · пт · eod — пусто = правило пресс-службы · Enter сохранить · Esc отмена
prompt-answer-empty = Введите ответ или поставьте статус «отвечен» клавишей s.
prompt-reason-needed = Для отклонённого запроса нужна причина.
picker-status = Статус #{ $id }
picker-priority = Приоритет #{ $id }
picker-assign = Ответственный за #{ $id }
picker-hint = цифра или ↑↓ Enter · Esc отмена
expert-title = Эксперт для #{ $id }
expert-new = новый эксперт «{ $name }»
expert-none = Экспертов пока нет: введите имя, чтобы добавить.
expert-hint = вводите для поиска · ↑↓ выбрать · Enter назначить · Enter на пустой строке убирает · Esc отмена

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
action-refresh = Перечитать из базы данных
action-show-queue = Показать очередь запросов
action-up = Вверх
action-down = Вниз
action-top = К первой строке
action-bottom = К последней строке
action-page-up = Страница вверх
action-page-down = Страница вниз
action-open = Открыть запрос полностью
action-back = Назад к очереди
action-new-inquiry = Новый запрос
action-filter = Следующий фильтр: открытые, мои, просроченные, все
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
help-inquiry = С выбранным или открытым запросом
help-forms = В формах
help-ctrl-c = Выход; в форме — отмена
help-form-tab = Следующее / предыдущее поле (в поле «Кто» берёт подсвеченный контакт)
help-form-arrows = Выбрать подсказку или перейти между полями
help-form-choice = Изменить выбор (канал, приоритет); цифры выбирают сразу
help-form-enter = Сохранить из любого поля
help-form-esc = Отмена (если что-то введено, сначала спросит)
help-form-delete = Удалить слово / строку до курсора
help-close = Esc или ? — закрыть · ↑↓ прокрутка

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
cli-answer-failed = Не удалось отметить #{ $id } как отвеченный
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
