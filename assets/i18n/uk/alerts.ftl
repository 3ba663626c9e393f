## alerts
alerts-config-bad-holidays = невідомий календар свят {$value}; можливі: {$known}
alerts-config-bad-weekday = невідомий день тижня {$value}; пишіть mon, tue, wed, thu, fri, sat, sun
alerts-config-empty-week = у робочому тижні має бути хоча б один день
alerts-config-bad-workday = робочий день має закінчуватися пізніше, ніж починається (workday_start {$start}, workday_end {$end})
alerts-reason-requested = строк журналіста
alerts-reason-statutory = строк за законом, {$days ->
    [one] {$days} день
    [few] {$days} дні
    [many] {$days} днів
   *[other] {$days} дня
}
alerts-reason-statutory-working = строк за законом, {$days ->
    [one] {$days} робочий день
    [few] {$days} робочі дні
    [many] {$days} робочих днів
   *[other] {$days} робочого дня
}
alerts-reason-working-hours = {$hours ->
    [one] {$hours} робоча година
    [few] {$hours} робочі години
    [many] {$hours} робочих годин
   *[other] {$hours} робочої години
}
alerts-reason-working-span = {$span} робочого часу
alerts-reason-holiday = {$date} — свято
alerts-reason-holiday-worked = {$date} — свято, але під час воєнного стану робочий день
alerts-reason-working-weekend = {$date} — робочий день
alerts-no-expert = до запиту #{$id} експерта не призначено; спершу призначте його
alerts-config-out-of-range = {$value} поза допустимими межами; можливо {$low}–{$high}
alerts-config-bad-escalation = для кожного рівня ескалації потрібні `after` (наприклад, "30m") і `to` (член команди)
alerts-hook-not-started = не вдалося запустити обробник: {$reason}
alerts-hook-failed = обробник завершився з помилкою ({$status})
alerts-hook-timed-out = обробник зупинено через {$secs} с
alerts-watch-from-binary = watch запускається лише з програми pressdesk
alerts-watch-hook-gave-up = обробник {$event} для #{$id} не спрацював після {$attempts} спроб: {$reason}
alerts-queue-escalated = ⇑ ескальовано: {$to}
alerts-audit-none = За цей період змін немає.
alerts-audit-more = Далі: додайте --before {$id}
alerts-audit-bad-period = період закінчується раніше, ніж починається
alerts-audit-record = {$entity} #{$id}
alerts-audit-created = створено: {$label}
alerts-entity-inquiry = запит
alerts-entity-contact = контакт
alerts-entity-outlet = видання
alerts-entity-plan-item = пункт плану
cli-cmd-watch = Запускати обробники для запитів, у яких скоро строк, прострочених і ескальованих, доки не зупинять; з --once — перевірити один раз і вийти (для cron)
cli-arg-watch-once = Перевірити один раз, запустити обробники, дочекатися їх і вийти
cli-cmd-audit = Усі зміни, зроблені людиною, спершу нові
cli-arg-audit-who = Лише зміни цієї людини (ім'я в журналі)
cli-arg-audit-from = З цього дня: 2026-11-01, 01.11, пн, вчора
cli-arg-audit-to = По цей день включно
cli-arg-audit-limit = Показати не більше стількох змін (1–10000)
cli-arg-audit-before = Продовжити після зміни з цим номером (останньої на попередній сторінці)
cli-arg-queue-escalated = Лише ескальовані, спершу вищий рівень
cli-arg-queue-mine = Лише мої: призначені мені або ескальовані мені, ескальовані спершу
cli-arg-log-expert = Експерт, у якого запитано коментар: ім'я, цифри телефону або id:N
cli-arg-log-expert_due = Коли потрібен коментар експерта (типово — на півдорозі до строку відповіді)
alerts-field-expert-due = строк експерта
alerts-field-escalation-level = рівень ескалації
alerts-field-escalated-to = ескальовано
alerts-config-bad-date = {$value} — не дата; пишіть так: 2026-12-31
alerts-queue-expert = · експерт {$name} до {$when}

## інтерфейс: ескалація, термін експерта, журнал дій
alerts-filter-escalated = Ескальовані
alerts-action-filter-escalated = Лише ескальовані запити (ще раз — знову відкриті)
alerts-detail-escalated = Ескалація
alerts-detail-escalation = рівень {$level} → {$to}
alerts-detail-expert-due = коментар до {$time} · {$left}
alerts-detail-expert-overdue = коментар запізнюється на {$late} (термін був {$time})
alerts-expert-hint = введіть для пошуку · { $choose } вибір · { $next } термін коментаря · { $submit } задати · { $submit } на порожньому рядку прибирає · { $cancel } скасувати
alerts-expert-due-label = Коментар до
alerts-expert-due-preview = коментар до {$time}
alerts-expert-due-halfway = половина терміну відповіді
alerts-expert-due-after-answer = пізніше терміну відповіді
alerts-action-audit = Хто що зробив: зміни виконавця (ваші, якщо виконавця немає) за період
alerts-hint-audit = хто що зробив
alerts-help-audit = У журналі дій
alerts-action-audit-person = Вибрати, чиї зміни показати
alerts-hint-audit-person = працівник
alerts-action-audit-earlier = Попередній період
alerts-action-audit-later = Наступний період
alerts-action-audit-period = День, тиждень або місяць
alerts-hint-audit-period = період
alerts-action-close-audit = Назад, звідки відкрито журнал
alerts-pane-audit = Хто що зробив
alerts-audit-whose = Чиї зміни
alerts-audit-heading = {$who} · {$period} · {$count ->
    [one] {$count} зміна
    [few] {$count} зміни
   *[many] {$count} змін
}
alerts-audit-day = {$day} {$year}
alerts-audit-week = тиждень {$first} – {$last} {$year}
alerts-audit-month = місяць {$first} – {$last} {$year}
alerts-audit-cut-short = Показано лише останні {$count}: виберіть коротший період ({ $period }), щоб побачити решту.
alerts-audit-cannot-open = Цей запис не має власного екрана.
alerts-entity-coverage = публікація
alerts-hint-audit-earlier = раніше
alerts-hint-audit-later = пізніше
alerts-action-audit-open = Відкрити запис, у якому зроблено зміну
