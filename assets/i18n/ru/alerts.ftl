## alerts
alerts-config-bad-holidays = неизвестный календарь праздников {$value}; возможны: {$known}
alerts-config-bad-weekday = неизвестный день недели {$value}; пишите mon, tue, wed, thu, fri, sat, sun
alerts-config-empty-week = в рабочей неделе должен быть хотя бы один день
alerts-config-bad-workday = рабочий день должен кончаться позже, чем начинается (workday_start {$start}, workday_end {$end})
alerts-reason-requested = срок журналиста
alerts-reason-statutory = срок по закону, {$days ->
    [one] {$days} день
    [few] {$days} дня
    [many] {$days} дней
   *[other] {$days} дня
}
alerts-reason-statutory-working = срок по закону, {$days ->
    [one] {$days} рабочий день
    [few] {$days} рабочих дня
    [many] {$days} рабочих дней
   *[other] {$days} рабочего дня
}
alerts-reason-working-hours = {$hours ->
    [one] {$hours} рабочий час
    [few] {$hours} рабочих часа
    [many] {$hours} рабочих часов
   *[other] {$hours} рабочего часа
}
alerts-reason-working-span = {$span} рабочего времени
alerts-reason-holiday = {$date} — праздник
alerts-reason-holiday-worked = {$date} — праздник, но в военное положение рабочий день
alerts-reason-working-weekend = {$date} — рабочий день
alerts-no-expert = по запросу #{$id} эксперт не назначен; сначала назначьте его
alerts-config-out-of-range = {$value} вне допустимых пределов; возможно {$low}–{$high}
alerts-config-bad-escalation = для каждого уровня эскалации нужны `after` (например, "30m") и `to` (член команды)
alerts-hook-not-started = не удалось запустить обработчик: {$reason}
alerts-hook-failed = обработчик завершился с ошибкой ({$status})
alerts-hook-timed-out = обработчик остановлен через {$secs} с
alerts-watch-from-binary = watch запускается только из программы pressdesk
alerts-watch-hook-gave-up = обработчик {$event} для #{$id} не сработал после {$attempts} попыток: {$reason}
alerts-queue-escalated = ⇑ эскалирован: {$to}
alerts-audit-none = За этот период изменений нет.
alerts-audit-more = Дальше: добавьте --before {$id}
alerts-audit-bad-period = период кончается раньше, чем начинается
alerts-audit-record = {$entity} #{$id}
alerts-audit-created = создан: {$label}
alerts-entity-inquiry = запрос
alerts-entity-contact = контакт
alerts-entity-outlet = издание
alerts-entity-plan-item = пункт плана
cli-cmd-watch = Запускать обработчики для запросов, у которых скоро срок, просроченных и эскалированных, пока не остановят; с --once — проверить один раз и выйти (для cron)
cli-arg-watch-once = Проверить один раз, запустить обработчики, дождаться их и выйти
cli-cmd-audit = Все изменения, сделанные человеком, сначала новые
cli-arg-audit-who = Только изменения этого человека (имя в журнале)
cli-arg-audit-from = С этого дня: 2026-11-01, 01.11, пн, вчера
cli-arg-audit-to = По этот день включительно
cli-arg-audit-limit = Показать не больше стольких изменений (1–10000)
cli-arg-audit-before = Продолжить после изменения с этим номером (последнего на прошлой странице)
cli-arg-queue-escalated = Только эскалированные, сначала высший уровень
cli-arg-queue-mine = Только мои: назначенные мне или эскалированные мне, эскалированные сначала
cli-arg-log-expert = Эксперт, у которого запрошен комментарий: имя, цифры телефона или id:N
cli-arg-log-expert_due = Когда нужен комментарий эксперта (по умолчанию — на полпути к сроку ответа)
alerts-field-expert-due = срок эксперта
alerts-field-escalation-level = уровень эскалации
alerts-field-escalated-to = эскалирован
alerts-config-bad-date = {$value} — не дата; пишите так: 2026-12-31
alerts-queue-expert = · эксперт {$name} до {$when}

## интерфейс: эскалация, срок эксперта, журнал действий
alerts-filter-escalated = Эскалированные
alerts-action-filter-escalated = Только эскалированные запросы (ещё раз — снова открытые)
alerts-detail-escalated = Эскалация
alerts-detail-escalation = уровень {$level} → {$to}
alerts-detail-expert-due = комментарий к {$time} · {$left}
alerts-detail-expert-overdue = комментарий опаздывает на {$late} (срок был {$time})
alerts-expert-hint = введите для поиска · { $choose } выбор · { $next } срок комментария · { $submit } задать · { $submit } на пустой строке убирает · { $cancel } отмена
alerts-expert-due-label = Комментарий к
alerts-expert-due-preview = комментарий к {$time}
alerts-expert-due-halfway = половина срока ответа
alerts-expert-due-after-answer = позже срока ответа
alerts-action-audit = Кто что сделал: изменения исполнителя (ваши, если исполнителя нет) за период
alerts-hint-audit = кто что сделал
alerts-help-audit = В журнале действий
alerts-action-audit-person = Выбрать, чьи изменения показать
alerts-hint-audit-person = сотрудник
alerts-action-audit-earlier = Предыдущий период
alerts-action-audit-later = Следующий период
alerts-action-audit-period = День, неделя или месяц
alerts-hint-audit-period = период
alerts-action-close-audit = Назад, откуда открыт журнал
alerts-pane-audit = Кто что сделал
alerts-audit-whose = Чьи изменения
alerts-audit-heading = {$who} · {$period} · {$count ->
    [one] {$count} изменение
    [few] {$count} изменения
   *[many] {$count} изменений
}
alerts-audit-day = {$day} {$year}
alerts-audit-week = неделя {$first} – {$last} {$year}
alerts-audit-month = месяц {$first} – {$last} {$year}
alerts-audit-cut-short = Показаны только последние {$count}: выберите период короче ({ $period }), чтобы увидеть остальные.
alerts-audit-cannot-open = У этой записи нет своего экрана.
alerts-entity-coverage = публикация
alerts-hint-audit-earlier = раньше
alerts-hint-audit-later = позже
alerts-action-audit-open = Открыть запись, в которой сделано изменение
