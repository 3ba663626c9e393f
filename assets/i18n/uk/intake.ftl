## intake

# Приймання пошти
intake-unreadable = { $file }: не вдалося прочитати ({ $reason }); пропущено
intake-file-too-large = { $file }: вкладений файл { $name } більший за допустимий розмір і не збережений
intake-mbox-origin = { $file }, лист { $n }
intake-not-maildir = це не тека Maildir (у ній немає ні new/, ні cur/)
intake-no-headers = немає поштових заголовків
intake-no-sender = немає адреси відправника (From)
intake-no-text = (лист без тексту)
intake-new-contact = {" "}(новий контакт)
intake-new-contact-at = {" "}(новий контакт, { $outlet })
intake-registered = #{ $id } новий запит від { $sender }{ $contact }: { $subject } · збережено файлів: { $files }
intake-reply = #{ $id } відповідь від { $sender } додано до історії: { $subject } · збережено файлів: { $files }
intake-summary = Прочитано листів: { $read }; нових: { $new }, відповідей: { $replies }, уже було: { $known }, не прочитано: { $unreadable }.
intake-dry-run = Пробний прогін: нічого не записано.

# Вкладення
attach-kept = Збережено #{ $id } { $name } ({ $size }) до запису { $kind } #{ $record }
attach-refused = { $file }: не збережено: { $reason }
attach-none = Файлів немає.
attach-saved = Вкладення #{ $id } збережено в { $path }
attach-exists = { $path } уже існує; вкажіть інше ім'я через --out
store-no-attachment = Вкладення #{ $id } немає.
store-no-record = Запису { $kind } #{ $id } немає.
store-not-a-file = це не файл
store-file-too-large = { $name }: { $size }, більше за межу { $limit } на файл (attachments.max_file_mb у налаштуваннях).
store-file-unreadable = { $name } не читається: { $reason }
store-file-changed = { $name } змінився під час читання; спробуйте ще раз
open-write-failed = Не вдалося записати файл для відкриття: { $reason }
open-no-opener = Не вдалося відкрити файл програмою { $program } ({ $reason }); вкажіть у PRESSDESK_OPENER програму, що відкриває файли.
size-bytes = { $n } Б
size-kb = { $n } КБ
size-mb = { $n } МБ
config-bad-megabytes = { $value } — не розмір у мегабайтах від 1 до 1000

# Пошук і позиції
memory-kind-inquiry = запит
memory-kind-plan = план
memory-kind-coverage = публікація
memory-tone-positive = позитивна
memory-tone-neutral = нейтральна
memory-tone-negative = негативна
memory-kind-statement = позиція
memory-no-words = Вкажіть слово для пошуку.
memory-nothing = У пам'яті офісу немає нічого за запитом «{ $query }».
statements-none = Затверджених позицій ще немає. Додати: pressdesk statements add --topic ТЕМА ТЕКСТ
statement-agreed = погоджено { $day }
statement-review = переглянути до { $day }
statement-stale = застаріла
statement-stale-since = ЗАСТАРІЛА: перегляд був потрібен { $day }
store-statement-needs-topic = Позиція повинна мати тему.
store-statement-needs-text = Позиція повинна мати текст.
store-statement-review-before = Дата перегляду раніша за дату погодження.

# Довідка командного рядка
cli-cmd-intake = Зареєструвати запити, що надійшли самі (пошта)
cli-cmd-intake-mail = Зареєструвати запити з листів: файли .eml, теки Maildir (new/ і cur/) або файли mbox; уже зареєстрований лист не додається вдруге, відповідь потрапляє в історію свого запиту
cli-arg-intake-mail-paths = Файли .eml, теки Maildir або файли mbox
cli-arg-intake-mail-dry_run = Показати, що буде зареєстровано, нічого не записуючи
cli-cmd-attach = Зберегти файли до запиту, контакту, редакції або пункту плану
cli-arg-attach-kind = inquiry, contact, outlet або plan
cli-arg-attach-id = Номер запису
cli-arg-attach-files = Файли для збереження
cli-cmd-attachments = Список файлів запису
cli-arg-attachments-kind = inquiry, contact, outlet або plan
cli-arg-attachments-id = Номер запису
cli-cmd-attachment = Один збережений файл: `attachment get N` вивантажує його
cli-cmd-attachment-get = Вивантажити файл вкладення: під його іменем у поточну теку або туди, куди вказує --out (- пише в стандартний вивід)
cli-arg-attachment-get-id = Номер вкладення (див. pressdesk attachments)
cli-arg-attachment-get-out = Куди записати; наявний файл буде замінено
cli-cmd-search = Пошук у пам'яті офісу: запити за весь час, пункти плану і затверджені позиції, найкращі збіги зверху; код виходу 1, якщо нічого не знайдено
cli-arg-search-query = Що шукати: слова теми, питання, відповіді, історії або імені того, хто звертався, будь-якою абеткою
cli-arg-search-limit = Показати не більше стількох (1–1000)
cli-cmd-statements = Затверджені позиції: список або `statements add` для нової
cli-arg-statements-topic = Лише позиції, у темі яких є ці слова
cli-cmd-statements-add = Записати затверджену позицію; друкує її номер
cli-arg-statements-add-topic = Про що вона: графік вакцинації, відключення гарячої води
cli-arg-statements-add-agreed_by = Хто погодив
cli-arg-statements-add-agreed = День погодження (типово сьогодні): 2026-11-24, 24.11, вчора
cli-arg-statements-add-review = День перегляду; після нього позиція позначається застарілою
cli-arg-statements-add-text = Текст позиції (слова з'єднуються пробілами)

# Search of the office's memory in the interface
pane-memory = Пошук
memory-search-label = Пошук в архіві:
memory-search-hint = Запити будь-якої давності, пункти плану, публікації та позиції — шукаються під час введення.
memory-search-found = { $more ->
    [1] Показано найкращі { $count }; ще одне слово звузить пошук.
   *[0] { $count ->
        [one] Знайдено { $count }.
        [few] Знайдено { $count }.
       *[other] Знайдено { $count }.
    }
}
memory-search-keys = { $submit } — відкрити · { $choose } — вибрати · { $cancel } — назад
memory-statement-copied = Позицію «{ $topic }» скопійовано в буфер обміну.
hint-search-memory = пошук
action-search-memory = Пошук в архіві: запити будь-якої давності, пункти плану, публікації, позиції

# Files in the interface
files-title = Файли
files-window-title = { $kind ->
    [contact] Файли контакту #{ $id }
    [outlet] Файли видання #{ $id }
    [plan] Файли пункту плану #{ $id }
   *[inquiry] Файли запиту #{ $id }
}
files-window-keys = { $open } — відкрити · { $save } — зберегти копію · { $attach } — прикріпити файл · { $close } — закрити
files-attach-to = { $kind ->
    [contact] Прикріпити файл до контакту #{ $id }:
    [outlet] Прикріпити файл до видання #{ $id }:
    [plan] Прикріпити файл до пункту плану #{ $id }:
   *[inquiry] Прикріпити файл до запиту #{ $id }:
}
files-save-as = Зберегти копію #{ $id } { $name } як:
files-attach-keys = { $complete } доповнює ім'я · { $submit } — прикріпити · { $cancel } — назад
files-save-keys = { $complete } доповнює ім'я · { $submit } — зберегти · { $cancel } — назад
files-path-needed = Введіть шлях до файлу.
files-no-match = Немає файлу чи теки, що так починаються.
files-opening = Відкриваю…
files-opened = { $name } відкрито в системній програмі перегляду.
files-saved = Копію збережено: { $path }
files-attached = Збережено #{ $id } { $name } ({ $size }).
hint-files = файли
hint-attach = прикріпити
action-files = Файли запиту: відкрити в системній програмі, зберегти копію, прикріпити ще
action-attach = Прикріпити файл до запиту (введення шляху; { $next } доповнює імена)
action-card-files = Файли контакту або видання на картці: відкрити, зберегти копію, прикріпити
action-card-attach = Прикріпити файл до контакту або видання на картці (введення шляху; { $next } доповнює імена)
action-item-files = Файли пункту плану: відкрити, зберегти копію, прикріпити ще
action-item-attach = Прикріпити файл до пункту плану (введення шляху; { $next } доповнює імена)
action-save-copy = У файлах: зберегти копію вибраного файлу
action-attach-another = У файлах: прикріпити ще один файл

# Statements in the interface
statements-title = Затверджені позиції
statements-insert-title = Позиції та минулі відповіді для відповіді
statements-words = Слова:
statements-topic = Тема:
statements-answer = відповідь на #{ $id }
statements-nothing = Нічого не знайдено.
statements-insert-keys = { $choose } — вибрати · { $submit } — вставити біля курсора · { $cancel } — назад до відповіді
statements-keys = { $choose } — вибрати · { $submit } — скопіювати в буфер · { $cancel } — закрити
statements-copied = Позицію «{ $topic }» скопійовано в буфер обміну.
statements-inserted-stale = Вставлено позицію «{ $topic }», строк її перегляду минув: перевірте, що вона чинна.
hint-statements = позиції
action-statements = Затверджені позиції за темами ({ $submit } копіює)
action-insert-statement = У відповіді: вставити біля курсора затверджену позицію або минулу відповідь
prompt-answer-statements = { $key }: вставити затверджену позицію або минулу відповідь
history-attached = прикріпив(ла) { $file }
