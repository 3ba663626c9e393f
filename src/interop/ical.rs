//! The content plan as iCalendar (RFC 5545), for Google Calendar, Thunderbird, khal and
//! the like. Each item is a VEVENT with a stable UID (`item-<id>@pressdesk`) and a
//! SEQUENCE bumped on every change, so an application that subscribes to the file
//! updates events instead of adding them twice. Times are in UTC; an item without a time
//! is an all-day event on its date. Lines end in CRLF and are folded at 75 octets on
//! character boundaries; text is escaped.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::config::CalendarConfig;
use crate::domain::{ItemKind, ItemStatus, PlanItem, Timestamp, When, Zone};

/// The longest line, in octets, before folding (CRLF not counted).
const LINE_OCTETS: usize = 75;

/// Whether an item goes into the export: scheduled and published items, events with a
/// time, and cancelled ones (so a subscriber learns they are off). With `all`, ideas and
/// drafts too, marked tentative.
pub fn exported(item: &PlanItem, all: bool) -> bool {
    all || matches!(
        item.status,
        ItemStatus::Scheduled | ItemStatus::Published | ItemStatus::Cancelled
    ) || (item.kind == ItemKind::Event && matches!(item.when, When::At(_)))
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control
/// characters (which iCalendar text may not hold) are dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line: no line longer than 75 octets, continuation lines start with
/// a space, and a multi-byte character is never split. Each line ends in CRLF.
pub fn fold(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = LINE_OCTETS;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Some readers trim the spaces around a fold, not just the one it added: never
        // fold next to a space of the text itself.
        let beside_space = |at: usize| {
            rest[at..].starts_with(char::is_whitespace) || rest[..at].ends_with(char::is_whitespace)
        };
        let mut back = cut;
        while back > limit / 2 && beside_space(back) {
            back -= 1;
            while !rest.is_char_boundary(back) {
                back -= 1;
            }
        }
        if !beside_space(back) {
            cut = back;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space of a continuation line counts toward its 75 octets.
        limit = LINE_OCTETS - 1;
    }
}

fn utc(ts: Timestamp) -> String {
    DateTime::<Utc>::from_timestamp(ts, 0)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The calendar: every item given, in the order given; repeating items in the system's
/// time zone (see `write_calendar_in`).
pub fn write_calendar(
    items: &[PlanItem],
    name: &str,
    calendar: &CalendarConfig,
    now: Timestamp,
) -> String {
    write_calendar_in(items, name, calendar, now, Zone::Local)
}

/// The calendar: every item given, in the order given. A repeating item is one VEVENT
/// with an RRULE, EXDATE for its cancelled occurrences and one more VEVENT with a
/// RECURRENCE-ID for each moved one. Its times are the office's wall-clock times
/// (floating, in `zone`), so the weekly 10:00 stays at 10:00 across a daylight-saving
/// change in every calendar that expands it.
pub fn write_calendar_in(
    items: &[PlanItem],
    name: &str,
    calendar: &CalendarConfig,
    now: Timestamp,
    zone: Zone,
) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&text, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line(format!(
        "PRODID:-//pressdesk//pressdesk {}//EN",
        env!("CARGO_PKG_VERSION")
    ));
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape_text(name)));
    for item in items {
        if item.series.is_some() {
            for l in series_lines(item, calendar, now, zone) {
                line(l);
            }
        } else {
            for l in event_lines(item, calendar, now) {
                line(l);
            }
        }
    }
    line("END:VCALENDAR".into());
    out
}

/// The content lines of one VEVENT, unfolded.
pub fn event_lines(item: &PlanItem, calendar: &CalendarConfig, now: Timestamp) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:item-{}@pressdesk", item.id),
        format!("DTSTAMP:{}", utc(now)),
        format!("CREATED:{}", utc(item.created_at)),
        format!("LAST-MODIFIED:{}", utc(item.updated_at)),
        format!("SEQUENCE:{}", item.sequence.max(0)),
    ];
    match item.when {
        When::At(t) => {
            lines.push(format!("DTSTART:{}", utc(t)));
            if let Some(end) = item.ends_at() {
                lines.push(format!("DTEND:{}", utc(end)));
            }
        }
        When::Day(d) => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", date(d)));
            lines.push(format!("DTEND;VALUE=DATE:{}", date(d + Duration::days(1))));
            // A day-long reminder should not block the day in anyone's calendar.
            lines.push("TRANSP:TRANSPARENT".into());
        }
    }
    let channel_names: Vec<String> = item
        .channels
        .iter()
        .map(|c| {
            calendar
                .channel(c)
                .map(|x| x.label.clone())
                .unwrap_or_else(|| c.clone())
        })
        .collect();
    let summary = if channel_names.is_empty() {
        item.title.clone()
    } else {
        format!("{} [{}]", item.title, channel_names.join(", "))
    };
    lines.push(format!("SUMMARY:{}", escape_text(&summary)));
    let mut description = item.notes.trim().to_string();
    let mut about = Vec::new();
    if !channel_names.is_empty() {
        about.push(format!("Channels: {}", channel_names.join(", ")));
    }
    about.push(format!("Status: {}", item.status.code()));
    if !item.campaign.is_empty() {
        about.push(format!("Campaign: {}", item.campaign));
    }
    if let Some(owner) = &item.owner {
        about.push(format!("Owner: {owner}"));
    }
    if let Some(inquiry) = item.inquiry_id {
        about.push(format!("From inquiry #{inquiry}"));
    }
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(&about.join("\n"));
    lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
    if !item.place.trim().is_empty() {
        lines.push(format!("LOCATION:{}", escape_text(item.place.trim())));
    }
    let mut categories = Vec::new();
    if let Some(cat) = calendar.category(&item.category) {
        categories.push(escape_text(&cat.label));
    } else if !item.category.is_empty() {
        categories.push(escape_text(&item.category));
    }
    if !item.campaign.is_empty() {
        categories.push(escape_text(&item.campaign));
    }
    if !categories.is_empty() {
        lines.push(format!("CATEGORIES:{}", categories.join(",")));
    }
    let url = item.url.trim();
    if url.starts_with("http://") || url.starts_with("https://") {
        // A URI value is not escaped; one with spaces or controls is left out.
        if !url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            lines.push(format!("URL:{url}"));
        }
    }
    let status = match item.status {
        ItemStatus::Idea | ItemStatus::Draft => "TENTATIVE",
        ItemStatus::Approved | ItemStatus::Scheduled | ItemStatus::Published => "CONFIRMED",
        ItemStatus::Cancelled => "CANCELLED",
    };
    lines.push(format!("STATUS:{status}"));
    lines.push("END:VEVENT".into());
    lines
}

/// A wall-clock time without a zone (RFC 5545 "floating" form).
fn floating(ts: Timestamp, zone: Zone) -> String {
    zone.local(ts).format("%Y%m%dT%H%M%S").to_string()
}

/// Sets an event's DTSTART and DTEND to `when` in floating local time.
fn retime(lines: &mut Vec<String>, when: When, duration: Option<i64>, zone: Zone) {
    if let When::At(t) = when {
        lines.retain(|l| !l.starts_with("DTSTART") && !l.starts_with("DTEND"));
        let mut at = lines
            .iter()
            .position(|l| l.starts_with("SEQUENCE"))
            .unwrap_or(1)
            + 1;
        lines.insert(at, format!("DTSTART:{}", floating(t, zone)));
        if let Some(d) = duration.filter(|d| *d > 0) {
            at += 1;
            lines.insert(at, format!("DTEND:{}", floating(t + d, zone)));
        }
    }
}

/// The original occurrence a line names, in the form of the series' own start.
fn occurrence_value(master: When, date: NaiveDate, zone: Zone) -> String {
    match master {
        When::Day(_) => format!(";VALUE=DATE:{}", self::date(date)),
        When::At(t) => format!(
            ":{}T{}",
            date.format("%Y%m%d"),
            zone.local(t).format("%H%M%S")
        ),
    }
}

/// A repeating item: the series, then each moved occurrence.
pub fn series_lines(
    item: &PlanItem,
    calendar: &CalendarConfig,
    now: Timestamp,
    zone: Zone,
) -> Vec<String> {
    let Some(series) = &item.series else {
        return event_lines(item, calendar, now);
    };
    let mut lines = event_lines(item, calendar, now);
    retime(&mut lines, item.when, item.duration, zone);
    let end = lines.len() - 1;
    let mut extra = vec![format!(
        "RRULE:{}",
        series.repeat.rrule(|d| match item.when {
            When::Day(_) => date(d),
            When::At(t) => format!("{}T{}", d.format("%Y%m%d"), zone.local(t).format("%H%M%S")),
        })
    )];
    for (day, moved) in &series.exceptions {
        if moved.is_none() {
            extra.push(format!("EXDATE{}", occurrence_value(item.when, *day, zone)));
        }
    }
    for (k, l) in extra.into_iter().enumerate() {
        lines.insert(end + k, l);
    }
    for (day, moved) in &series.exceptions {
        let Some(when) = moved else { continue };
        let single = PlanItem {
            when: *when,
            series: None,
            ..item.clone()
        };
        let mut event = event_lines(&single, calendar, now);
        retime(&mut event, *when, item.duration, zone);
        event.insert(
            2,
            format!("RECURRENCE-ID{}", occurrence_value(item.when, *day, zone)),
        );
        lines.extend(event);
    }
    lines
}

/// Writes `text` to `path` whole or not at all, readable by its owner only: a calendar
/// application reading the file while it is written never sees half of it.
pub fn write_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    crate::files::write_whole(path, |w| w.write_all(text.as_bytes()))
}

/// Checks a calendar for the rules this module keeps (used by tests and the benchmark).
pub fn check_lines(text: &str) -> Result<(), String> {
    if !text.ends_with("\r\n") {
        return Err("does not end in CRLF".into());
    }
    for (n, line) in text.split("\r\n").enumerate() {
        if line.len() > LINE_OCTETS {
            return Err(format!("line {} is {} octets", n + 1, line.len()));
        }
        if line.contains('\n') || line.contains('\r') {
            return Err(format!("line {} holds a bare line break", n + 1));
        }
    }
    let begun = text.matches("BEGIN:VEVENT").count();
    if begun != text.matches("END:VEVENT").count() {
        return Err(format!("unbalanced events ({begun} begun)"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Zone;
    use chrono::NaiveTime;

    fn item(id: i64, when: When) -> PlanItem {
        PlanItem {
            id,
            kind: ItemKind::Post,
            title: "Прямой эфир: кардиолог отвечает, звоните; вопросы\\ответы".into(),
            notes: "Первая строка\r\nвторая строка\nтретья".into(),
            channels: vec!["vk".into(), "telegram".into()],
            when,
            duration: None,
            place: String::new(),
            status: ItemStatus::Scheduled,
            category: "consultation".into(),
            campaign: "Здоровое сердце".into(),
            owner: Some("Шакирова Елена".into()),
            url: "https://vk.com/wall-1_2".into(),
            inquiry_id: Some(7),
            inquiry_subject: None,
            created_by: "me".into(),
            created_at: 1_795_000_000,
            updated_at: 1_795_000_600,
            sequence: 3,
            series: None,
            occurrence: None,
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
        assert_eq!(
            escape_text("one\r\ntwo\nthree\rfour"),
            "one\\ntwo\\nthree\\nfour"
        );
        assert_eq!(escape_text("bell\x07 esc\x1b[2J"), "bell esc[2J");
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "Щ".repeat(100));
        fold(&line, &mut out);
        for l in out.trim_end_matches("\r\n").split("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        // No continuation line starts with a space of the text itself.
        let spaced = format!("DESCRIPTION:{}", "слово ".repeat(40).trim_end());
        let mut out = String::new();
        fold(&spaced, &mut out);
        for l in out.trim_end_matches("\r\n").split("\r\n").skip(1) {
            assert!(!l[1..].starts_with(' '), "{l:?}");
            assert!(!l.ends_with(' '), "{l:?}");
            assert!(l.len() <= 75);
        }
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), spaced);
        let mut short = String::new();
        fold("VERSION:2.0", &mut short);
        assert_eq!(short, "VERSION:2.0\r\n");
    }

    #[test]
    fn timed_and_all_day_items() {
        let zone = Zone::fixed_hours(3);
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut event = item(
            5,
            When::At(zone.at(day, NaiveTime::from_hms_opt(12, 0, 0).unwrap())),
        );
        event.kind = ItemKind::Event;
        event.duration = Some(3600);
        event.place = "Студия радио «Шахтёрская волна»".into();
        let lines = event_lines(&event, &CalendarConfig::default(), 1_795_001_000);
        assert!(lines.contains(&"UID:item-5@pressdesk".to_string()));
        assert!(lines.contains(&"DTSTART:20261126T090000Z".to_string()));
        assert!(lines.contains(&"DTEND:20261126T100000Z".to_string()));
        assert!(lines.contains(&"SEQUENCE:3".to_string()));
        assert!(lines.contains(&"STATUS:CONFIRMED".to_string()));
        let all_day = event_lines(&item(6, When::Day(day)), &CalendarConfig::default(), 0);
        assert!(all_day.contains(&"DTSTART;VALUE=DATE:20261126".to_string()));
        assert!(all_day.contains(&"DTEND;VALUE=DATE:20261127".to_string()));
        let text = write_calendar(
            &[event, item(6, When::Day(day))],
            "План",
            &CalendarConfig::default(),
            0,
        );
        check_lines(&text).unwrap();
    }

    #[test]
    fn what_is_exported() {
        let mut i = item(1, When::Day(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()));
        i.status = ItemStatus::Draft;
        assert!(!exported(&i, false));
        assert!(exported(&i, true));
        i.status = ItemStatus::Cancelled;
        assert!(exported(&i, false));
        i.status = ItemStatus::Idea;
        i.kind = ItemKind::Event;
        assert!(
            !exported(&i, false),
            "an event without a time is still an idea"
        );
        i.when = When::At(1_795_000_000);
        assert!(exported(&i, false));
    }
}
