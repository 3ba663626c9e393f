# pressdesk — українська. Усі рядки інтерфейсу живуть тут.
# Множина — селекторами Fluent: { $count -> [one] … [few] … [many] … *[other] … }.
# Категорії CLDR для uk: one = 1, 21, 31…; few = 2–4, 22–24…; many = 0, 5–20, 25–30…

## Panes and bars

pane-queue = Черга
pane-inquiry = Запит
queue-title = Запити
queue-loading = Завантаження…
queue-empty = Немає запитів, що чекають на відповідь. Натисніть { $key }, щоб записати запит.
overdue-count = { $count ->
    [one] { $count } прострочений
    [few] { $count } прострочені
    [many] { $count } прострочених
   *[other] { $count } прострочених
}
overdue-none = прострочених немає
due-soon-count = { $count ->
    [one] скоро { $count } термін
    [few] скоро { $count } терміни
    [many] скоро { $count } термінів
   *[other] скоро { $count } термінів
}
inquiry-count = { $count ->
    [one] { $count } запит
    [few] { $count } запити
    [many] { $count } запитів
   *[other] { $count } запитів
}
filter-open = Відкриті
filter-mine = Мої
filter-overdue = Прострочені
filter-all = Усі
unknown-caller = невідомий
nobody = не призначено

## Queue columns

col-age = Вік
col-from = Від кого
col-channel = Кан.
col-subject = Тема
col-due = Термін
col-left = Лишилось
col-assignee = Відп.
col-status = Статус

## Codes

status-new = новий
status-in-progress = в роботі
status-waiting = очікування
status-answered = відповіли
status-closed = закрито
status-declined = відхилено
channel-phone = телефон
channel-messenger = месенджер
channel-email = e-mail
channel-in-person = особисто
channel-social = соцмережі
channel-letter = лист
channel-short-phone = тел
channel-short-messenger = чат
channel-short-email = мейл
channel-short-in-person = особ
channel-short-social = соц
channel-short-letter = лист
priority-urgent = терміновий
priority-high = високий
priority-normal = звичайний
priority-low = низький
urgency-overdue = прострочено
urgency-due-soon = скоро термін
urgency-pending = є час
urgency-done = готово
contact-kind-journalist = журналіст
contact-kind-expert = експерт
contact-kind-colleague = колега
contact-kind-other = інший
relationship-friendly = лояльний
relationship-neutral = нейтральний
relationship-critical = критичний
outlet-kind-tv = ТБ
outlet-kind-radio = радіо
outlet-kind-print = преса
outlet-kind-online = онлайн
outlet-kind-agency = агенція
outlet-kind-blog = блог

## Times

weekday-mon = пн
weekday-tue = вт
weekday-wed = ср
weekday-thu = чт
weekday-fri = пт
weekday-sat = сб
weekday-sun = нд
month-jan = січ
month-feb = лют
month-mar = бер
month-apr = кві
month-may = тра
month-jun = чер
month-jul = лип
month-aug = сер
month-sep = вер
month-oct = жов
month-nov = лис
month-dec = гру
moment-tomorrow = завтра { $time }
moment-yesterday = вчора { $time }
span-minutes = { $n } хв
span-hours = { $n } год
span-days = { $n } д
until-in = через { $span }
until-late = запізнення { $span }
age-now = щойно
compact-minutes = { $n }хв
compact-hours = { $n }год
compact-days = { $n }д
ago = { $span } тому
answered-in = відповіли через { $span }

## Typed times

when-empty = Введіть час.
when-unreadable = Не вдалося розпізнати «{ $text }» як час. Наприклад: 23:00, +2год, завтра 12:00, пт, 24.11 15:00 або eod.
when-no-such-date = Дати «{ $text }» не існує.

## The inquiry in full

detail-status = Статус
detail-from = Від кого
detail-received = Надійшов
detail-due = Термін
detail-due-why-journalist = термін журналіста ({ $time })
detail-due-why-rule-earlier = правило пресслужби ({ $rule }) настає раніше за термін журналіста { $time }
detail-due-why-rule = правило пресслужби для пріоритету «{ $priority }»: { $rule }
detail-assignee = Відповідає
detail-expert = Експерт
detail-declined = Відхилено
detail-question = Питання
detail-answer = Відповідь
detail-no-answer = Відповіді ще немає. Натисніть { $key }, щоб записати її.
detail-no-answer-text = позначено «відповідь надано», текст не записано
detail-history = Історія
detail-overdue-note = Термін відповіді минув.
history-created = записано запит
history-changed = { $field }: { $old } → { $new }
field-status = статус
field-answer = відповідь
field-answered-at = час відповіді
field-assignee = відповідальний
field-expert = експерт
field-requested-deadline = термін журналіста
field-due = термін
field-priority = пріоритет
field-question = питання
field-subject = тема
field-decline-reason = причина відмови

## The quick log

form-title = Записати запит
form-who = Хто
form-question = Питання
form-deadline = Термін
form-channel = Канал
form-priority = Пріоритет
form-outlet = ЗМІ
form-who-known = контакт з бази
form-who-new = новий контакт
form-who-create = новий контакт «{ $name }»
form-outlet-create = нове ЗМІ «{ $name }»
form-due-rule = правило «{ $priority }»: { $rule }
form-question-needed = Введіть питання.
form-saving = Збереження…
form-hint = { $submit } зберегти · { $next } наст. поле · { $choose } вибрати · { $cancel } скасувати
preview-due = термін { $time }

## Prompts and pickers

prompt-answer = Відповідь на #{ $id }
prompt-question = Питання #{ $id }
prompt-subject = Тема #{ $id }
prompt-deadline = Термін журналіста для #{ $id }
prompt-decline = Чому #{ $id } відхилено?
prompt-hint = { $submit } зберегти · { $cancel } скасувати
prompt-deadline-hint = 23:00 · +2год · завтра 12:00 · пт · eod — порожньо = правило пресслужби · { $submit } зберегти · { $cancel } скасувати
prompt-answer-empty = Введіть відповідь або встановіть статус «відповідь надано» клавішею s.
prompt-reason-needed = Для відхиленого запиту потрібна причина.
picker-status = Статус #{ $id }
picker-priority = Пріоритет #{ $id }
picker-assign = Відповідальний за #{ $id }
picker-hint = цифра або { $move } { $pick } · { $close } скасувати
expert-title = Експерт для #{ $id }
expert-new = новий експерт «{ $name }»
expert-none = Експертів ще немає: введіть ім’я, щоб додати.

## Status line

flash-logged = Запит #{ $id } записано.
flash-saved = #{ $id } збережено.
flash-now-overdue = { $count ->
    [1] #{ $id } тепер прострочено: { $subject }
    [one] { $count } запит тепер прострочено, серед них #{ $id }
    [few] { $count } запити тепер прострочено, серед них #{ $id }
    [many] { $count } запитів тепер прострочено, серед них #{ $id }
   *[other] { $count } запитів тепер прострочено, серед них #{ $id }
}
flash-no-next-status = Роботу із запитом завершено; щоб встановити інший статус, натисніть s.
flash-nothing-selected = Запит не вибрано.
error-load = Не вдалося прочитати базу даних: { $reason }
error-save = Не збережено: { $reason }. Введений текст нікуди не подівся.
error-demo-not-empty = У цій базі вже є записи; демодані заповнюють лише порожню.
error-no-data-dir = Не знайдено домашнього каталогу для даних; вкажіть шлях через --db.

## Key hints and help

hint-log = запис
hint-open = відкрити
hint-back = назад
hint-status = статус
hint-answer = відповідь
hint-deadline = термін
hint-assign = призначити
hint-filter = фільтр
hint-help = довідка
hint-quit = вихід
action-quick-log = Записати запит («швидкий запис») звідусіль
action-help = Показати або сховати цю довідку
action-quit = Вийти (усе вже збережено)
action-show-queue = Показати чергу запитів
action-up = Вгору
action-down = Вниз
action-top = До першого рядка
action-bottom = До останнього рядка
action-page-up = Сторінка вгору
action-page-down = Сторінка вниз
action-open = Відкрити запит повністю
action-back = Назад туди, звідки відкрито (черга, картка, пункт плану, пошук)
action-new-inquiry = Новий запит
action-filter = Наступний фільтр: відкриті, мої, прострочені, ескальовані, усі
action-status = Встановити статус (для «відхилено» потрібна причина)
action-advance = Наступний статус: новий → в роботі → очікування → відповідь надано → закрито
action-answer = Записати відповідь (статус стане «відповідь надано»)
action-assign = Призначити відповідального з команди
action-expert = Вказати експерта, якого попросили про коментар
action-deadline = Змінити термін журналіста
action-priority = Змінити пріоритет (термін — за правилом пресслужби)
action-edit-question = Змінити питання
action-edit-subject = Змінити тему
help-title = Клавіші
help-everywhere = Скрізь
help-queue = У черзі
help-lists = У списках
help-inquiry = З вибраним або відкритим запитом
help-ctrl-c = Вихід; у формі — скасування
help-form-choice = Змінити вибір (канал, пріоритет); цифри вибирають одразу
help-form-enter = Зберегти з будь-якого поля
help-form-esc = Скасувати (якщо щось введено, спершу запитає)
help-form-delete = Видалити слово / рядок до курсора
help-close = { $close } або { $help } — закрити · { $move } прокрутка

## Setup and storage errors

config-file = файл налаштувань { $path }
config-line = рядок { $line }
config-key = ключ `{ $key }`
config-unreadable = не вдалося прочитати: { $reason }
config-bad-language = невідома мова «{ $value }»; допустимі en, ru, uk або pl
config-bad-country = невідома країна «{ $value }»; відомі: { $known }
config-bad-time = «{ $value }» — не час вигляду 18:00
keys-unknown-action = невідома дія «{ $name }»; дії: { $known }
keys-none = «{ $name }» не має клавіші
keys-conflict = клавішу { $key } призначено і на «{ $first }», і на «{ $second }»; дайте одній із них іншу клавішу
keys-unknown-key = невідома клавіша «{ $key }»
span-empty = порожня тривалість
span-number-first = «{ $text }»: перед «{ $unit }» має стояти число
span-bad-unit = «{ $text }»: невідома одиниця «{ $unit }» (використовуйте m, h, d або w)
span-no-unit = «{ $text }»: останнє число не має одиниці (m, h, d або w)
error-clock = { $var }=«{ $value }» — не час у форматі RFC 3339 (наприклад, 2026-11-24T21:40:00+03:00): { $reason }
store-sqlite = помилка бази даних: { $reason }
store-too-new = база даних { $path } має версію схеми { $found }, а цей pressdesk знає лише до { $known }; базу не змінено — оновіть pressdesk, щоб її відкрити
store-not-ours = { $path } — не база pressdesk (у файлі вже є інші дані); файл не змінено — виберіть інший через --db
store-no-inquiry = немає запиту #{ $id }
store-no-contact = немає контакту #{ $id }
store-contact-needs-name = контакт має мати ім’я
store-outlet-needs-name = ЗМІ має мати назву
store-outlet-exists = ЗМІ з назвою «{ $name }» уже є
store-question-needed = запит має містити питання
store-reason-needed = для відхилення запиту потрібна причина
store-answer-empty = відповідь порожня
store-no-wal = не вдалося перевести базу даних у режим WAL (отримано режим { $mode })
store-backup-path = шлях до резервної копії { $path } не в кодуванні UTF-8
store-no-outlet = немає ЗМІ #{ $id }
store-item-needs-title = пункт плану повинен мати назву
store-bad-channel-code = «{ $code }» — не код каналу
store-length-positive = тривалість події має бути більшою за нуль
cli-vcard-write-failed = не вдалося записати файл vCard

## Command line

cli-queue-empty = Немає запитів, що чекають на відповідь.
cli-queue-total = { $count ->
    [one] { $count } запит
    [few] { $count } запити
    [many] { $count } запитів
   *[other] { $count } запитів
}, з них { $overdue ->
    [one] { $overdue } прострочений
    [few] { $overdue } прострочені
    [many] { $overdue } прострочених
   *[other] { $overdue } прострочених
}
cli-answered = На запит #{ $id } надано відповідь (через { $span } після надходження).
cli-answer-failed = Не вдалося позначити #{ $id } як «відповіли» (`pressdesk queue` покаже відкриті запити з номерами)
cli-question-needed = Питання порожнє: вкажіть його текст після параметрів.
cli-bad-channel = Невідомий канал «{ $value }»; допустимі значення: { $known }
cli-bad-priority = Невідомий пріоритет «{ $value }»; допустимі значення: { $known }
cli-who-ambiguous = «{ $query }» відповідає кільком контактам: { $candidates }. Вкажіть один через --who id:N.
cli-demo-filled = Додано демодані: { $inquiries ->
    [one] { $inquiries } запит
    [few] { $inquiries } запити
    [many] { $inquiries } запитів
   *[other] { $inquiries } запитів
} ({ $open ->
    [one] { $open } відкритий
    [few] { $open } відкриті
    [many] { $open } відкритих
   *[other] { $open } відкритих
}), { $contacts ->
    [one] { $contacts } контакт
    [few] { $contacts } контакти
    [many] { $contacts } контактів
   *[other] { $contacts } контактів
}, { $outlets } ЗМІ.

## Command-line help

cli-usage = Використання:
cli-commands = Команди
cli-options = Параметри
cli-about = Робоче місце пресслужби в терміналі: запити ЗМІ, терміни й контакти
cli-arg-help = Показати довідку
cli-arg-version = Показати версію
cli-arg-db = Файл бази даних (інакше $PRESSDESK_DB, інакше системний каталог даних)
cli-arg-config = Файл налаштувань (інакше $PRESSDESK_CONFIG, інакше системний каталог налаштувань)
cli-arg-demo = Демобаза: окремо від робочої, під час першого запуску заповнюється прикладами
cli-arg-lang = Мова на цей запуск: en, ru, uk або pl (інакше з налаштувань, інакше з LANG)
cli-cmd-log = Записати запит; виводить його номер
cli-arg-log-who = Хто питає: ім’я, ЗМІ, цифри телефону або id:N для контакту N; незнайоме ім’я створює контакт
cli-arg-log-via = Як надійшов: phone, messenger, email, in_person, social, letter
cli-arg-log-deadline = Термін журналіста: 23:00, +2год, завтра 12:00, пт, 2026-11-23 15:00, eod
cli-arg-log-priority = urgent, high, normal або low
cli-arg-log-received = Коли надійшов, якщо не щойно: 21:40, -30хв, вчора 18:00
cli-arg-log-outlet = ЗМІ, якщо це не ЗМІ самого контакту
cli-arg-log-subject = Коротка тема для черги
cli-arg-log-json = Вивести записаний запит у JSON замість номера
cli-arg-log-text = Питання (слова з’єднуються пробілами)
cli-cmd-queue = Список відкритих запитів, найтерміновіші зверху
cli-arg-queue-overdue = Лише прострочені
cli-arg-json = Вивести в JSON
cli-cmd-overdue = Список прострочених запитів; код виходу 1, якщо такі є
cli-cmd-answer = Позначити запит як «відповідь надано», з текстом відповіді, якщо його вказано
cli-arg-answer-id = Номер запиту
cli-arg-answer-text = Відповідь (слова з’єднуються пробілами)
cli-cmd-demo = Заповнити порожню базу правдоподібними демоданими

## Календар

pane-calendar = Календар
pane-item = Публікація
view-month = місяць
view-week = тиждень
view-agenda = список
calendar-week-title = тиждень { $week }, { $from } – { $to }
calendar-week-short = Тиж. { $week }:
calendar-filtered = фільтр
calendar-today = сьогодні
calendar-late = запізнюється: час минув, а публікації немає
calendar-no-time = час не задано
calendar-day-empty = Нічого не заплановано. Натисніть { $key }, щоб додати допис.
calendar-month-empty = Цього місяця нічого не заплановано.
calendar-more = ще { $count }
plan-late-count = { $count ->
    [one] { $count } допис запізнюється
    [few] { $count } дописи запізнюються
    [many] { $count } дописів запізнюються
   *[other] { $count } допису запізнюються
}
item-count = { $count ->
    [0] нічого не заплановано
    [one] { $count } публікація
    [few] { $count } публікації
    [many] { $count } публікацій
   *[other] { $count } публікації
}
month-name-1 = Січень
month-name-2 = Лютий
month-name-3 = Березень
month-name-4 = Квітень
month-name-5 = Травень
month-name-6 = Червень
month-name-7 = Липень
month-name-8 = Серпень
month-name-9 = Вересень
month-name-10 = Жовтень
month-name-11 = Листопад
month-name-12 = Грудень
item-status-idea = ідея
item-status-draft = чернетка
item-status-approved = погоджено
item-status-scheduled = у плані
item-status-published = опубліковано
item-status-cancelled = скасовано
item-kind-post = допис
item-kind-event = подія
item-title = Заголовок
item-day = День
item-time = Час
item-when = Коли
item-channels = Канали
item-kind = Вид
item-length = Триває
item-place = Місце
item-status = Статус
item-category = Рубрика
item-campaign = Кампанія
item-owner = Готує
item-url = Посилання
item-notes = Текст
item-inquiry = Запит
item-inquiry-open = { $key } — відкрити
item-no-notes = Тексту ще немає. Натисніть { $key }, щоб написати.
item-history-created = запланував(ла) публікацію
item-status-title = Статус #{ $id }
item-form-new = Запланувати допис або подію
item-form-edit = Редагування #{ $id }
item-form-duplicate = Копія #{ $id } (для іншого каналу)
item-form-from-inquiry = Допис за запитом #{ $id }
item-form-none = немає
item-form-events-only = лише для подій
item-form-title-needed = Потрібен заголовок.
item-form-bad-time = Введіть час, наприклад 10:00, або залиште порожнім — без точного часу.
item-form-bad-length = Введіть тривалість, наприклад 1h, 90m або 1h30m.
item-form-hint = { $submit } зберегти · { $next }/{ $choose } наступне поле · { $cancel } скасувати
item-form-day-hint = 2026-11-24 · 24.11 · сьогодні · завтра · пт · +3d
item-form-time-hint = 10:00 — порожньо = без точного часу (запізнюється після кінця дня)
item-form-channels-hint = ←→ вибрати · пробіл або цифра позначає канал
item-form-length-hint = 1h · 90m · 1h30m
item-form-choice-hint = ←→ або пробіл — змінити
move-title = Перенести #{ $id } на
move-hint = пт · 25.11 · +1d · 15:30 · завтра 10:00 — { $submit } перенести · { $cancel } скасувати
filter-title = Показувати лише
filter-any = усі
filter-hint = { $move } рядок · ←→ змінити · Backspace усі · { $pick } або { $close } закрити
detail-posts = Дописи й події за цим запитом
detail-no-posts = Поки немає. Натисніть { $key }, щоб запланувати допис.
field-title = заголовок
field-notes = текст
field-kind = вид
field-starts-at = час
field-day = день
field-duration = тривалість
field-place = місце
field-category = рубрика
field-campaign = кампанія
field-owner = готує
field-url = посилання
field-channels = канали
flash-no-item = Публікацію не вибрано.
flash-item-created = #{ $id } заплановано.
flash-item-saved = #{ $id } збережено.
flash-item-from-inquiry = #{ $id } заплановано за запитом #{ $inquiry }; календар — клавіша 3.
flash-item-finished = Публікація вже вийшла або скасована; інший статус — клавіша s.
flash-item-no-time = У публікації немає часу; задайте його клавішею { $key }.
flash-item-no-inquiry = Ця публікація не пов'язана із запитом.
hint-to-plan = допис
hint-new = новий
hint-edit = правка
hint-advance = далі
hint-move = перенести
hint-duplicate = копія
hint-view = вигляд
hint-today = сьогодні
hint-inquiry = запит
hint-next-item = наст.
help-calendar = У календарі
action-show-calendar = Показати контент-план
action-to-plan = Запланувати допис за цим запитом (відповідь стане текстом)
action-day-prev = Попередній день
action-day-next = Наступний день
action-week-prev = На тиждень раніше (у списку — попередня публікація)
action-week-next = На тиждень пізніше (у списку — наступна публікація)
action-item-next = Наступна публікація дня
action-item-prev = Попередня публікація дня
action-today = До сьогоднішнього дня
action-page-prev = Попередній місяць (у тижневому вигляді — тиждень)
action-page-next = Наступний місяць (у тижневому вигляді — тиждень)
action-view = Вигляд: місяць, тиждень, список
action-new-item = Запланувати допис або подію на вибраний день
action-open-item = Відкрити публікацію повністю
action-close-item = Назад туди, звідки відкрито (календар, звернення, пошук)
action-edit-item = Редагувати публікацію
action-item-status = Задати статус
action-advance-item = Наступний статус: ідея → чернетка → погоджено → у плані → опубліковано
action-move-day-earlier = Перенести на день раніше
action-move-day-later = Перенести на день пізніше
action-move-earlier = Перенести на 30 хвилин раніше
action-move-later = Перенести на 30 хвилин пізніше
action-move-to = Перенести на введений день або час
action-duplicate = Копія (наприклад, та сама новина для іншого каналу)
action-cancel-item = Скасувати публікацію
action-plan-filter = Показувати лише канал, статус, кампанію або виконавця
action-plan-filter-clear = Знову показувати все
action-item-inquiry = Відкрити запит, з якого зроблено допис

## Календар у командному рядку

cli-plan-heading = План { $from } – { $to }
cli-plan-empty = Нічого не заплановано.
cli-plan-total = { $count ->
    [one] { $count } публікація
    [few] { $count } публікації
    [many] { $count } публікацій
   *[other] { $count } публікації
}, запізнюються: { $late }
cli-title-needed = Заголовок порожній: вкажіть його після параметрів.
cli-bad-time = Не вдалося прочитати «{ $value }» як час; пишіть 10:00.
cli-bad-length = Не вдалося прочитати «{ $value }» як тривалість; пишіть 1h, 90m або 1h30m.
cli-bad-plan-channel = Невідомий канал «{ $value }»; у конфігурації є: { $known }
cli-bad-category = Невідома рубрика «{ $value }»; у конфігурації є: { $known }
cli-bad-item-status = Невідомий статус «{ $value }»; можливі: { $known }
cli-bad-item-kind = Невідомий вид «{ $value }»; можливі: { $known }
cli-range-backwards = Останній день раніше за перший.
cli-ics-written = { $count ->
    [one] { $count } подію записано
    [few] { $count } події записано
    [many] { $count } подій записано
   *[other] { $count } події записано
} у { $path }.
ics-calendar-name = Контент-план pressdesk
cli-cmd-plan = Контент-план: показати (типово цей тиждень) або plan add — додати допис чи подію
cli-arg-plan-week = Цей тиждень, з понеділка до неділі (типово)
cli-arg-plan-month = Цей місяць
cli-arg-plan-from = Перший день: 2026-11-24, 24.11, today, mon, +7d
cli-arg-plan-to = Останній день (включно); без нього — тиждень від --from
cli-arg-plan-channel = Лише публікації в цьому каналі (код або назва з конфігурації)
cli-arg-plan-status = Лише публікації з цим статусом
cli-arg-plan-late = Лише ті, що запізнюються: час минув, а публікації немає
cli-cmd-plan-add = Запланувати допис або подію; друкує його номер
cli-arg-plan-add-on = День і, за потреби, час: 2026-11-24, 24.11, tomorrow, fri 10:00
cli-arg-plan-add-at = Час (10:00); без нього публікація не має точного часу
cli-arg-plan-add-channel = Код або назва каналу з конфігурації; повторіть або перелічіть через кому
cli-arg-plan-add-status = idea, draft, approved, scheduled, published або cancelled
cli-arg-plan-add-category = Код або назва рубрики з конфігурації
cli-arg-plan-add-kind = post або event
cli-arg-plan-add-length = Тривалість події: 1h, 90m (типово event_length з конфігурації)
cli-arg-plan-add-place = Де відбувається подія
cli-arg-plan-add-campaign = Кампанія, до якої належить публікація
cli-arg-plan-add-owner = Хто з команди готує (типово ви)
cli-arg-plan-add-notes = Текст допису
cli-arg-plan-add-inquiry = Запит, на який відповідає допис
cli-arg-plan-add-json = Надрукувати нову публікацію в JSON замість номера
cli-arg-plan-add-title = Заголовок (слова з'єднуються пробілами)
cli-cmd-export = Вивантажити дані для інших програм
cli-cmd-export-ics = Контент-план файлом iCalendar (RFC 5545) для Google Календаря, Thunderbird, khal
cli-arg-export-ics-from = Перший день вивантаження (без --from і --to — усі публікації)
cli-arg-export-ics-to = Останній день вивантаження
cli-arg-export-ics-out = Записати в цей файл (замінюється цілком), а не у стандартний вивід
cli-arg-export-ics-all = Також ідеї й чернетки (як попередні), а не лише заплановане, опубліковане й події з часом

## Книга контактів

pane-contacts = Контакти
pane-contact = Контакт
pane-outlet = ЗМІ
book-find = Знайти:
book-search-hint = ім'я, ЗМІ, цифри телефону… ({ $key } — введення)
book-count = { $shown } з { $total }
book-filter-everyone = Усі
book-filter-journalists = Журналісти
book-filter-experts = Експерти
book-filter-outlets = ЗМІ
book-loading = Читаємо книгу контактів…
book-empty = Книга контактів порожня. Натисніть { $key }, щоб додати контакт, або імпортуйте: pressdesk import vcard ФАЙЛ
book-nothing-found = Нікого не знайдено. Натисніть { $cancel }, потім { $key }, щоб додати контакт.
book-loose = Точних збігів немає; ці відрізняються на одну літеру.
book-typing-hint = Вводьте для пошуку · { $choose } вибір · { $submit } картка · { $next } кого показати · { $cancel } клавіші
card-inquiries = { $count ->
    [one] { $count } звернення
    [few] { $count } звернення
    [many] { $count } звернень
   *[other] { $count } звернення
}
card-median = медіана відповіді { $span }
card-on-time = { $percent }% вчасно
card-last = останній контакт { $ago }
card-no-contact-yet = контактів ще не було
card-outlet = ЗМІ
card-outlet-open = відкриє його
card-position = Посада
card-phones = Телефони
card-emails = E-mail
card-messengers = Месенджери
card-tags = Теми
card-notes = Нотатки
card-colleagues = У тому ж ЗМІ ({ $count })
card-colleagues-more = …і ще { $count }: { $key } відкриє ЗМІ з усіма працівниками.
card-people = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}
card-outlet-inquiries = Звернення від ЗМІ ({ $count })
card-timeline = Історія ({ $count })
card-timeline-empty = Поки порожньо: { $log } — записати звернення, { $call } — дзвінок.
card-late = із запізненням
timeline-inquiry = звернення
timeline-commented = коментував(ла)
timeline-merged = об'єднано: { $name } (#{ $id }), { $who }
event-call = дзвінок
event-meeting = зустріч
event-note = нотатка
event-title = { $what } · { $name }
event-text = Що
event-when = Коли
event-kind = Вид
event-when-now = зараз ({ $time }); або -30m, 14:00, вчора 16:00
event-note-needed = Напишіть нотатку.
event-hint = { $submit } зберегти · { $next } наступне поле · { $cancel } скасувати
editor-title-new = Новий контакт
editor-title-edit = Контакт #{ $id }
editor-name = Ім'я
editor-kind = Хто це
editor-outlet = ЗМІ
editor-position = Посада
editor-phones = Телефони
editor-emails = E-mail
editor-messengers = Месенджери
editor-tags = Теми
editor-relationship = Стосунки
editor-notes = Нотатки
editor-list-hint = Кілька значень — через кому.
editor-name-needed = Контакт повинен мати ім'я.
editor-duplicate = { $what } уже має контакт { $name } (#{ $id }){ $more ->
    [0] {""}
   *[other] {" "}і ще { $more }
}. { $submit } — однаково зберегти; { $merge } на картці об'єднує два записи.
editor-hint = { $submit } зберегти · { $next }/{ $choose } наступне поле · ←→ змінити вибір · { $cancel } скасувати
merge-title = Об'єднати інший запис із «{ $name }»
merge-confirm = Влити { $other } (#{ $id }) у { $keep }? { $confirm } = об'єднати, будь-яка інша клавіша = назад
merge-keeps = Звернення, дзвінки, нотатки, телефони й адреси переходять сюди; нічого не губиться.
merge-confirm-hint = { $confirm } об'єднати · будь-яка інша клавіша назад
merge-hint = знайдіть другий запис · { $choose } вибір · { $submit } обрати · { $cancel } скасувати
merge-none = Інших відповідних записів немає.
flash-no-contact = У цього звернення немає контакту та ЗМІ.
flash-no-contact-selected = Контакт не вибрано.
flash-no-outlet = У цього контакту не вказано ЗМІ.
flash-edit-from-card = Картку відкрито; натисніть e ще раз, щоб редагувати.
flash-event-saved = В історії: { $what }, { $name }.
flash-contact-created = Контакт #{ $id } додано.
flash-contact-saved = Контакт #{ $id } збережено.
flash-outlet-saved = ЗМІ #{ $id } збережено.
outlet-name-needed = ЗМІ повинно мати назву.
outlet-title-new = Нове ЗМІ
outlet-title-edit = ЗМІ #{ $id }
outlet-kind = Тип
outlet-region = Регіон
flash-contact-merged = Об'єднано в #{ $id }; уся історія обох записів — на його картці.
hint-queue = черга
hint-search = пошук
hint-call = дзвінок
hint-meeting = зустріч
hint-note = нотатка
hint-new-contact = новий
hint-merge = об'єднати
hint-outlet = ЗМІ
hint-contact = контакт
action-show-contacts = Книга контактів
action-show-contact = Відкрити картку контакту звернення ({ $card_back } — назад)
action-search = Пошук: ім'я, ЗМІ, посада, тема, нотатка або цифри телефону
action-close-card = Закрити картку (назад туди, звідки відкрито: список, картка, звернення)
action-log-call = Записати дзвінок із контактом
action-log-meeting = Записати зустріч із контактом
action-log-note = Додати нотатку до історії контакту
action-edit-contact = Редагувати контакт (на картці ЗМІ — саме ЗМІ)
action-new-contact = Додати контакт (у списку ЗМІ — ЗМІ)
action-merge = Влити в цей запис інший запис тієї ж людини
action-goto-outlet = Відкрити ЗМІ контакту та його працівників
action-open-card = Відкрити картку (у картці — людину чи запит під курсором)
action-new-inquiry-from = Записати запит від цієї людини
action-filter-book = Кого показувати: усіх, журналістів, експертів, ЗМІ
help-book = У книзі контактів (вибраний контакт або відкрита картка)
cli-who-none = Нікого не знайдено за запитом «{ $query }».
cli-who-more = …і ще { $count }; уточніть запит або задайте --limit.
cli-import-summary = Прочитано записів: { $read ->
    [one] { $read }
    [few] { $read }
    [many] { $read }
   *[other] { $read }
}; додано { $added }, оновлено { $updated }, пропущено { $skipped }.
cli-import-dry-run = Пробний прогін: нічого не записано.
import-skip-no-name = немає ні імені, ні телефону, ні e-mail
import-skip-ambiguous = телефон або e-mail є в кількох контактів ({ $ids }); спершу об'єднайте їх
import-skip-unchanged = уже є як #{ $id }, нічого нового
import-skip-unreadable = не вдалося прочитати: { $why }
cli-cannot-read = Не вдається прочитати { $path }
cli-cannot-write = Не вдається записати { $path }
cli-exported = Записано контактів: { $count ->
    [one] { $count }
    [few] { $count }
    [many] { $count }
   *[other] { $count }
} у { $path }.
cli-cmd-who = Знайти контакти за ім'ям, ЗМІ, транслітерацією або цифрами телефону, з коротким підсумком історії; код виходу 1, якщо нікого немає
cli-arg-who-query = Що шукати (слова об'єднуються пробілами)
cli-arg-who-limit = Показати не більше стількох
cli-cmd-import = Прочитати контакти з файлу vCard або CSV; запис із уже відомим телефоном чи e-mail оновлює той контакт, а не додає новий
cli-arg-import-format = vcard (2.1, 3.0, 4.0) або csv (Google, Outlook або власні стовпці pressdesk)
cli-arg-import-file = Файл для читання
cli-arg-import-dry_run = Показати, що буде додано, оновлено й пропущено, нічого не записуючи
cli-cmd-export-vcard = Книга контактів у vCard, по картці на контакт
cli-arg-export-vcard-version = Версія vCard: 3 (читають усі телефони й адресні книги) або 4
cli-arg-export-vcard-out = Записати в цей файл, а не в стандартний вивід
cli-cmd-export-csv = Книга контактів у CSV зі стовпцями pressdesk; клітинки, які таблиця виконала б як формулу, починаються з '
cli-arg-export-csv-out = Записати в цей файл, а не в стандартний вивід
cli-cmd-export-json = Книга контактів у JSON: усі контакти та ЗМІ
cli-arg-export-json-out = Записати в цей файл, а не в стандартний вивід

## The built-in channels and categories of the content plan

plan-label-site = Сайт
plan-short-site = Сайт
plan-label-vk = VK
plan-short-vk = VK
plan-label-telegram = Telegram
plan-short-telegram = TG
plan-label-ok = Однокласники
plan-short-ok = OK
plan-label-facebook = Facebook
plan-short-facebook = FB
plan-label-radio = Радіо
plan-short-radio = Рад
plan-label-tv = ТБ
plan-short-tv = ТБ
plan-label-press_release = Прес-реліз
plan-short-press_release = ПР
plan-label-news = Новини
plan-short-news = Нов
plan-label-consultation = Консультація
plan-short-consultation = Конс
plan-label-reminder = Соціальне нагадування
plan-short-reminder = Нагд
plan-label-hr = Кадри й вакансії
plan-short-hr = Кадр
plan-label-internal = Внутрішнє
plan-short-internal = Внут
plan-label-campaign = Кампанія
plan-short-campaign = Камп
plan-label-history = Історичний проєкт
plan-short-history = Іст
