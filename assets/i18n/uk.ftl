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
form-due-journalist = термін журналіста
form-due-rule = правило «{ $priority }»: { $rule }
form-question-needed = Введіть питання.
form-confirm-discard = Відкинути введене? y = відкинути, будь-яка інша клавіша = продовжити
form-saving = Збереження…
form-hint = Enter зберегти · Tab наст. поле · ↑↓ вибрати · Esc скасувати
preview-due = термін { $time }

## Prompts and pickers

prompt-answer = Відповідь на #{ $id }
prompt-question = Питання #{ $id }
prompt-subject = Тема #{ $id }
prompt-deadline = Термін журналіста для #{ $id }
prompt-decline = Чому #{ $id } відхилено?
prompt-hint = Enter зберегти · Esc скасувати
prompt-deadline-hint = 23:00 · +2год · завтра 12:00 · пт · eod — порожньо = правило пресслужби · Enter зберегти · Esc скасувати
prompt-answer-empty = Введіть відповідь або встановіть статус «відповідь надано» клавішею s.
prompt-reason-needed = Для відхиленого запиту потрібна причина.
picker-status = Статус #{ $id }
picker-priority = Пріоритет #{ $id }
picker-assign = Відповідальний за #{ $id }
picker-hint = цифра або ↑↓ Enter · Esc скасувати
expert-title = Експерт для #{ $id }
expert-new = новий експерт «{ $name }»
expert-none = Експертів ще немає: введіть ім’я, щоб додати.
expert-hint = пишіть для пошуку · ↑↓ вибрати · Enter призначити · Enter на порожньому рядку прибирає · Esc скасувати

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
action-refresh = Перечитати з бази даних
action-show-queue = Показати чергу запитів
action-up = Вгору
action-down = Вниз
action-top = До першого рядка
action-bottom = До останнього рядка
action-page-up = Сторінка вгору
action-page-down = Сторінка вниз
action-open = Відкрити запит повністю
action-back = Назад до черги
action-new-inquiry = Новий запит
action-filter = Наступний фільтр: відкриті, мої, прострочені, усі
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
help-inquiry = З вибраним або відкритим запитом
help-forms = У формах
help-ctrl-c = Вихід; у формі — скасування
help-form-tab = Наступне / попереднє поле (у полі «Хто» бере підсвічений контакт)
help-form-arrows = Вибрати підказку або перейти між полями
help-form-choice = Змінити вибір (канал, пріоритет); цифри вибирають одразу
help-form-enter = Зберегти з будь-якого поля
help-form-esc = Скасувати (якщо щось введено, спершу запитає)
help-form-delete = Видалити слово / рядок до курсора
help-close = Esc або ? — закрити · ↑↓ прокрутка

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
cli-answer-failed = Не вдалося позначити #{ $id } як «відповідь надано»
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
