//! The calendar through `update`, with a fixed `now` and the store in memory: moving
//! through months and weeks, creating and changing items, the late count, and the link
//! from an inquiry to a post. Rendering is checked in a `TestBackend`.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use super::*;
use crate::app::keymap::KeyMap;
use crate::app::overlay::PromptKind;
use crate::app::{App, Msg, Overlay, Pane, Settings, update};
use crate::config::Config;
use crate::domain::{Channel, Priority, Zone};
use crate::runtime::perform_plan;
use crate::store::{InquiryChange, NewInquiry, OutletRef, Store, Who};

const ZONE: Zone = Zone::Fixed(match chrono::FixedOffset::east_opt(3 * 3600) {
    Some(z) => z,
    None => panic!(),
});

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn at(day: &str, h: u32, m: u32) -> Timestamp {
    ZONE.at(d(day), NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

/// Tuesday 24 November 2026, 21:40.
fn now() -> Timestamp {
    at("2026-11-24", 21, 40)
}

fn settings() -> Settings {
    let mut s = Settings::from_config(&Config::default(), ZONE);
    s.user = "Шакирова".into();
    s.team = vec!["Шакирова".into(), "Рамазанова".into()];
    s
}

fn new_app() -> App {
    App::new(settings(), KeyMap::default(), now())
}

fn press(app: &mut App, code: KeyCode) -> Outcome {
    let now = app.now;
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)), now)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Carries out the calendar's effects against the store (and the queue's loads), feeding
/// each result back, until nothing is left.
fn drive(app: &mut App, store: &mut Store, outcome: Outcome) {
    let now = app.now;
    let mut effects: std::collections::VecDeque<Effect> = outcome.effects.into();
    while let Some(effect) = effects.pop_front() {
        let msg = match effect {
            Effect::Plan(e) => Msg::Plan(perform_plan(store, e, &app.settings, now)),
            Effect::LoadQueue => {
                Msg::QueueLoaded(store.open_inquiries().map_err(|e| e.to_string()))
            }
            Effect::LoadDetail(id) => Msg::DetailLoaded(
                store
                    .inquiry(id)
                    .and_then(|i| Ok((i, store.history("inquiry", id)?)))
                    .map_err(|e| e.to_string()),
            ),
            _ => continue,
        };
        effects.extend(update(app, msg, now).effects);
    }
}

fn open_calendar(app: &mut App, store: &mut Store) {
    let outcome = press(app, KeyCode::Char('3'));
    drive(app, store, outcome);
    assert_eq!(app.pane(), Pane::Calendar);
}

fn post(store: &mut Store, title: &str, when: When, status: ItemStatus, channels: &[&str]) -> i64 {
    let mut new = NewItem::post(title, when);
    new.status = status;
    new.channels = channels.iter().map(|c| c.to_string()).collect();
    store.create_item(&new, now() - 86_400).unwrap()
}

fn loads(outcome: &Outcome) -> Vec<(NaiveDate, NaiveDate)> {
    outcome
        .effects
        .iter()
        .filter_map(|e| match e {
            Effect::Plan(PlanEffect::Load(Some(range))) => Some(*range),
            _ => None,
        })
        .collect()
}

#[test]
fn the_pane_opens_on_today_and_loads_its_month_grid() {
    let mut app = new_app();
    let outcome = press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.pane(), Pane::Calendar);
    assert_eq!(app.calendar.cursor, d("2026-11-24"));
    // November 2026 starts on a Sunday: the grid runs from Monday 26 October.
    assert_eq!(loads(&outcome), vec![(d("2026-10-26"), d("2026-12-06"))]);
    // `1` goes back to the queue, `l` there opens, not moves.
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(app.pane(), Pane::Queue);
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(app.calendar.cursor, d("2026-11-24"));
}

#[test]
fn moving_across_month_and_year_boundaries() {
    let mut store = Store::open_in_memory("me").unwrap();
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    // Within the loaded grid nothing is loaded again.
    for _ in 0..6 {
        let o = press(&mut app, KeyCode::Char('l'));
        assert!(loads(&o).is_empty());
    }
    assert_eq!(app.calendar.cursor, d("2026-11-30"));
    // Into December: its grid starts on Monday 30 November.
    let o = press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.calendar.cursor, d("2026-12-07"));
    assert_eq!(loads(&o), vec![(d("2026-11-30"), d("2027-01-03"))]);
    drive(&mut app, &mut store, o);
    // Page by month: 7 Jan 2027, whose grid starts on Monday 28 December 2026.
    let o = press(&mut app, KeyCode::PageDown);
    assert_eq!(app.calendar.cursor, d("2027-01-07"));
    assert_eq!(loads(&o), vec![(d("2026-12-28"), d("2027-01-31"))]);
    // Back a week and a day: 31 December.
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Char('h'));
    assert_eq!(app.calendar.cursor, d("2026-12-30"));
    // `t` comes home to today.
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.calendar.cursor, d("2026-11-24"));
    // 31 January paged forward lands on the last day of February.
    app.calendar.cursor = d("2027-01-31");
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(app.calendar.cursor, d("2027-02-28"));
}

#[test]
fn the_week_view_runs_monday_to_sunday_and_pages_by_week() {
    let mut store = Store::open_in_memory("me").unwrap();
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.calendar.view, View::Week);
    app.calendar.cursor = d("2026-11-29");
    let (monday, sunday) = crate::domain::plan::week_range(app.calendar.cursor);
    assert_eq!(
        (monday.weekday(), sunday.weekday()),
        (Weekday::Mon, Weekday::Sun)
    );
    assert_eq!(monday, d("2026-11-23"));
    assert_eq!(period_title(&app.calendar), "week 48, 23 Nov – 29 Nov");
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.calendar.cursor, d("2026-12-06"));
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.calendar.view, View::Agenda);
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.calendar.view, View::Month);
}

#[test]
fn late_items_are_counted_and_turn_late_by_themselves() {
    let mut store = Store::open_in_memory("me").unwrap();
    let soon = post(
        &mut store,
        "В 21:50",
        When::At(at("2026-11-24", 21, 50)),
        ItemStatus::Scheduled,
        &["vk"],
    );
    let missed = post(
        &mut store,
        "В 21:00",
        When::At(at("2026-11-24", 21, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    post(
        &mut store,
        "Вышло",
        When::At(at("2026-11-24", 20, 0)),
        ItemStatus::Published,
        &["vk"],
    );
    let yesterday = post(
        &mut store,
        "Без времени",
        When::Day(d("2026-11-23")),
        ItemStatus::Idea,
        &["site"],
    );
    // Far in the past, still not published: counted too, though outside the grid.
    let old = post(
        &mut store,
        "Забытое",
        When::Day(d("2026-09-01")),
        ItemStatus::Approved,
        &["ok"],
    );
    post(
        &mut store,
        "Отменено",
        When::Day(d("2026-11-20")),
        ItemStatus::Cancelled,
        &["ok"],
    );
    let mut app = new_app();
    // The count shows from the start, in any pane.
    let startup = Outcome::with(App::startup());
    drive(&mut app, &mut store, startup);
    assert_eq!(app.pane(), Pane::Queue);
    assert_eq!(
        app.calendar.late.iter().copied().collect::<Vec<_>>(),
        vec![missed, yesterday, old]
    );
    // The loop wakes when the next one turns late.
    assert!(app.next_wake() <= at("2026-11-24", 21, 50));
    let o = update(&mut app, Msg::Tick, at("2026-11-24", 21, 45));
    assert!(!o.redraw || app.calendar.late.len() == 3);
    assert_eq!(app.calendar.late.len(), 3);
    let o = update(&mut app, Msg::Tick, at("2026-11-24", 21, 50));
    assert!(o.redraw, "the flag flipped, the screen must show it");
    assert!(app.calendar.late.contains(&soon));
    // Publishing it takes it off the count.
    open_calendar(&mut app, &mut store);
    let item = app
        .calendar
        .day_items(d("2026-11-24"), ZONE)
        .iter()
        .position(|i| i.id == soon)
        .unwrap();
    app.calendar.item = item;
    let o = press(&mut app, KeyCode::Char(' '));
    drive(&mut app, &mut store, o);
    assert_eq!(store.plan_item(soon).unwrap().status, ItemStatus::Published);
    assert!(!app.calendar.late.contains(&soon));
    assert_eq!(app.calendar.late.len(), 3);
}

#[test]
fn creating_a_post_on_the_selected_day() {
    let mut store = Store::open_in_memory("me").unwrap();
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Char('n'));
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("no form");
    };
    assert_eq!(form.day.value(), "2026-11-26");
    assert_eq!(form.channels, vec!["site"]);
    typed(&mut app, "Прямой эфир: кардиолог");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "12:00");
    // Past the repeat (once) and its end.
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    // Tick VK (the second channel) too.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char(' '));
    let o = press(&mut app, KeyCode::Enter);
    let Some(Effect::Plan(PlanEffect::Create(new))) = o.effects.first() else {
        panic!("{o:?}");
    };
    assert_eq!(new.title, "Прямой эфир: кардиолог");
    assert_eq!(new.when, When::At(at("2026-11-26", 12, 0)));
    assert_eq!(new.channels, vec!["site", "vk"]);
    assert_eq!(new.owner.as_deref(), Some("Шакирова"));
    drive(&mut app, &mut store, o);
    assert!(app.overlay.is_none());
    let selected = app.calendar.selected(ZONE).unwrap();
    assert_eq!(selected.title, "Прямой эфир: кардиолог");
    assert_eq!(app.calendar.cursor, d("2026-11-26"));
    assert!(app.flash.as_ref().unwrap().text.contains("planned"));
}

#[test]
fn form_mistakes_and_failed_saves_keep_what_was_typed() {
    let mut app = new_app();
    crate::app::navigate(&mut app, crate::app::Nav::Root(Pane::Calendar));
    press(&mut app, KeyCode::Char('n'));
    // No title: refused beside the field.
    let o = press(&mut app, KeyCode::Enter);
    assert!(o.effects.is_empty());
    typed(&mut app, "Анонс");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "25:99");
    let o = press(&mut app, KeyCode::Enter);
    assert!(o.effects.is_empty());
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("the form closed");
    };
    assert_eq!(
        form.field_error.as_ref().map(|(f, _)| *f),
        Some(IField::Time)
    );
    // Fixed, saved, and the save fails: the form stays with its text and the reason.
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "10:00");
    let o = press(&mut app, KeyCode::Enter);
    assert_eq!(o.effects.len(), 1);
    let now = app.now;
    update(
        &mut app,
        Msg::Plan(PlanMsg::Saved(Err("disk full".into()))),
        now,
    );
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("the form closed on a failed save");
    };
    assert_eq!(form.title.value(), "Анонс");
    assert!(!form.saving);
    assert!(form.error.as_ref().unwrap().contains("disk full"));
    // Esc with text asks first; another key keeps editing; y discards.
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_some());
    press(&mut app, KeyCode::Char('n'));
    assert!(app.overlay.is_some());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert!(app.overlay.is_none());
    // An untouched form closes at once.
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    // Esc on the calendar itself does nothing, and says nothing.
    app.flash = None;
    let o = press(&mut app, KeyCode::Esc);
    assert!(o.effects.is_empty() && app.flash.is_none());
}

#[test]
fn status_changes_with_one_key_and_with_the_picker() {
    let mut store = Store::open_in_memory("me").unwrap();
    let id = post(
        &mut store,
        "Новость",
        When::At(at("2026-11-25", 10, 0)),
        ItemStatus::Idea,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Char('l'));
    let path = [
        ItemStatus::Draft,
        ItemStatus::Approved,
        ItemStatus::Scheduled,
        ItemStatus::Published,
    ];
    for want in path {
        let o = press(&mut app, KeyCode::Char(' '));
        drive(&mut app, &mut store, o);
        assert_eq!(store.plan_item(id).unwrap().status, want);
        assert_eq!(app.calendar.selected(ZONE).unwrap().status, want);
    }
    // Published is the end of the path.
    let o = press(&mut app, KeyCode::Char(' '));
    assert!(o.effects.is_empty());
    // The picker sets any status; a digit picks directly.
    press(&mut app, KeyCode::Char('s'));
    let o = press(&mut app, KeyCode::Char('2'));
    drive(&mut app, &mut store, o);
    assert_eq!(store.plan_item(id).unwrap().status, ItemStatus::Draft);
    // x cancels.
    let o = press(&mut app, KeyCode::Char('x'));
    drive(&mut app, &mut store, o);
    let item = store.plan_item(id).unwrap();
    assert_eq!(item.status, ItemStatus::Cancelled);
    assert_eq!(item.sequence, 6);
    let history = store.history("plan_item", id).unwrap();
    assert_eq!(
        history
            .iter()
            .filter(|h| h.field.as_deref() == Some("status"))
            .count(),
        6
    );
}

#[test]
fn items_move_by_day_by_half_hour_and_to_a_typed_time() {
    let mut store = Store::open_in_memory("me").unwrap();
    let id = post(
        &mut store,
        "Пост",
        When::At(at("2026-11-30", 10, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    app.calendar.cursor = d("2026-11-30");
    // A day earlier, then back over the month's end to 1 December: the cursor follows
    // and the item stays selected.
    let o = press(&mut app, KeyCode::Char('<'));
    drive(&mut app, &mut store, o);
    assert_eq!(
        store.plan_item(id).unwrap().when,
        When::At(at("2026-11-29", 10, 0))
    );
    for _ in 0..2 {
        let o = press(&mut app, KeyCode::Char('>'));
        drive(&mut app, &mut store, o);
    }
    assert_eq!(app.calendar.cursor, d("2026-12-01"));
    assert_eq!(app.calendar.selected(ZONE).map(|i| i.id), Some(id));
    let o = press(&mut app, KeyCode::Char('-'));
    drive(&mut app, &mut store, o);
    assert_eq!(
        store.plan_item(id).unwrap().when,
        When::At(at("2026-12-01", 9, 30))
    );
    press(&mut app, KeyCode::Char('m'));
    typed(&mut app, "fri 15:00");
    let o = press(&mut app, KeyCode::Enter);
    drive(&mut app, &mut store, o);
    assert_eq!(
        store.plan_item(id).unwrap().when,
        When::At(at("2026-11-27", 15, 0))
    );
    assert_eq!(app.calendar.cursor, d("2026-11-27"));
    // Moving uses the shared prompt: a typed time that cannot be read stays in it with
    // the reason, as in every prompt.
    press(&mut app, KeyCode::Char('m'));
    typed(&mut app, "someday");
    let o = press(&mut app, KeyCode::Enter);
    assert!(o.effects.is_empty());
    assert!(matches!(
        &app.overlay,
        Some(Overlay::Prompt(p))
            if p.target == id && matches!(p.kind, PromptKind::MoveItem(_)) && p.error.is_some()
    ));
    // Its cancel key is the shared one, rebindable like every window key.
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_some(), "typed text is not dropped at once");
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
}

#[test]
fn a_post_from_an_inquiry_is_linked_both_ways() {
    let mut store = Store::open_in_memory("me").unwrap();
    let phones = settings().phones.clone();
    let inquiry = store
        .log_inquiry(
            &NewInquiry {
                received_at: now() - 7200,
                channel: Channel::Phone,
                who: Who::Unknown,
                outlet: OutletRef::None,
                subject: "Новый корпус".into(),
                question: "Когда откроют новый корпус?".into(),
                requested_deadline: None,
                due_at: now() + 3600,
                priority: Priority::Normal,
                assignee: None,
            },
            &phones,
            now() - 7200,
        )
        .unwrap();
    store
        .change_inquiry(
            inquiry,
            &InquiryChange::Answer("Корпус откроют 1 декабря.".into()),
            &phones,
            now() - 3600,
        )
        .unwrap();
    let mut app = new_app();
    let o = Outcome::with(App::startup());
    drive(&mut app, &mut store, o);
    // The queue's selected row (answered inquiries show under the "all" filter).
    app.queue.load(
        vec![store.inquiry(inquiry).unwrap()],
        "Шакирова",
        now(),
        3600,
    );
    app.queue
        .set_filter(crate::app::queue::Filter::All, "Шакирова", now(), 3600);
    press(&mut app, KeyCode::Char('P'));
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("no form");
    };
    assert_eq!(form.title.value(), "Новый корпус");
    assert_eq!(form.notes.value(), "Корпус откроют 1 декабря.");
    assert_eq!(form.inquiry_id, Some(inquiry));
    assert_eq!(form.status, ItemStatus::Draft);
    let o = press(&mut app, KeyCode::Enter);
    drive(&mut app, &mut store, o);
    assert!(
        app.flash
            .as_ref()
            .unwrap()
            .text
            .contains(&format!("inquiry #{inquiry}"))
    );
    let posts = store.plan_for_inquiry(inquiry).unwrap();
    assert_eq!(posts.len(), 1);
    // Opening the inquiry shows its posts.
    let o = press(&mut app, KeyCode::Enter);
    drive(&mut app, &mut store, o);
    assert_eq!(
        app.calendar
            .inquiry_posts
            .as_ref()
            .map(|(id, p)| (*id, p.len())),
        Some((inquiry, 1))
    );
    let screen = render(&app, 100, 30);
    assert!(
        screen.contains("Posts and events from this inquiry"),
        "{screen}"
    );
    assert!(screen.contains(&format!("#{}", posts[0].id)), "{screen}");
    // And the post shows its inquiry, and `i` goes there.
    open_calendar(&mut app, &mut store);
    let o = press(&mut app, KeyCode::Enter);
    drive(&mut app, &mut store, o);
    let screen = render(&app, 100, 30);
    assert!(
        screen.contains(&format!("#{inquiry} Новый корпус")),
        "{screen}"
    );
    let o = press(&mut app, KeyCode::Char('i'));
    assert_eq!(app.pane(), Pane::Queue);
    assert_eq!(app.detail().map(|d| d.id), Some(inquiry));
    drive(&mut app, &mut store, o);
    // Esc comes back to the item it was opened from, then to the calendar.
    let o = press(&mut app, KeyCode::Esc);
    assert_eq!(app.pane(), Pane::Calendar);
    assert_eq!(app.item_detail().map(|d| d.id), Some(posts[0].id));
    assert_eq!(
        o.effects,
        vec![
            Effect::Plan(PlanEffect::LoadDetail(posts[0].id)),
            Effect::Files(FilesEffect::Load(AttachTo::PlanItem(posts[0].id)))
        ]
    );
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.current(), crate::app::Screen::Calendar));
}

#[test]
fn an_untouched_copy_closes_with_esc_and_leaves_the_item_open() {
    let mut store = Store::open_in_memory("me").unwrap();
    post(
        &mut store,
        "Вакцинация",
        When::At(at("2026-11-24", 9, 0)),
        ItemStatus::Published,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Enter);
    assert!(app.item_detail().is_some());
    press(&mut app, KeyCode::Char('c'));
    assert!(app.overlay.is_some());
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none(), "nothing was typed: no question");
    assert!(app.item_detail().is_some());
    // Something typed asks first; a second Esc closes.
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_some());
    press(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
}

#[test]
fn the_filter_window_wraps_its_hint_instead_of_cutting_it() {
    let mut app = new_app();
    crate::app::navigate(&mut app, crate::app::Nav::Root(Pane::Calendar));
    press(&mut app, KeyCode::Char('f'));
    let screen = render(&app, 44, 24);
    assert!(screen.contains("Backspace any"), "{screen}");
    assert!(screen.contains("Esc close"), "{screen}");
}

#[test]
fn duplicating_for_another_channel_and_filtering() {
    let mut store = Store::open_in_memory("me").unwrap();
    let id = post(
        &mut store,
        "Вакцинация",
        When::At(at("2026-11-24", 9, 0)),
        ItemStatus::Published,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Char('c'));
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("no form");
    };
    assert_eq!(form.focus, IField::Channels);
    assert_eq!(form.status, ItemStatus::Draft, "a copy starts as a draft");
    // Untick VK, tick Telegram (third), give it its own text.
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('3'));
    for _ in 0..9 {
        press(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "Коротко для Telegram");
    let o = press(&mut app, KeyCode::Enter);
    drive(&mut app, &mut store, o);
    let items = app.calendar.day_items(d("2026-11-24"), ZONE);
    assert_eq!(items.len(), 2);
    let copy = items.iter().find(|i| i.id != id).unwrap();
    assert_eq!(copy.channels, vec!["telegram"]);
    assert_eq!(copy.notes, "Коротко для Telegram");
    assert_eq!(copy.title, "Вакцинация");
    // Filter: only Telegram.
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    assert_eq!(app.calendar.filter.channel.as_deref(), Some("telegram"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.calendar.day_items(d("2026-11-24"), ZONE).len(), 1);
    assert!(render(&app, 120, 30).contains("filtered"));
    press(&mut app, KeyCode::Char('F'));
    assert_eq!(app.calendar.day_items(d("2026-11-24"), ZONE).len(), 2);
}

#[test]
fn counts_per_channel_and_status() {
    let mut store = Store::open_in_memory("me").unwrap();
    post(
        &mut store,
        "a",
        When::At(at("2026-11-24", 9, 0)),
        ItemStatus::Published,
        &["vk", "telegram"],
    );
    post(
        &mut store,
        "b",
        When::Day(d("2026-11-25")),
        ItemStatus::Draft,
        &["vk"],
    );
    post(
        &mut store,
        "c",
        When::Day(d("2026-11-02")),
        ItemStatus::Idea,
        &["site"],
    );
    post(
        &mut store,
        "d",
        When::Day(d("2026-11-26")),
        ItemStatus::Cancelled,
        &["vk"],
    );
    // In the grid but not in November.
    post(
        &mut store,
        "e",
        When::Day(d("2026-12-01")),
        ItemStatus::Idea,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    let calendar = app.settings.calendar.clone();
    let month = counts(
        &app.calendar,
        &calendar,
        d("2026-11-01"),
        d("2026-11-30"),
        ZONE,
    );
    let n = |code: &str, c: &Counts| c.channels.iter().find(|(x, _)| x == code).unwrap().1;
    assert_eq!(
        (
            n("vk", &month),
            n("telegram", &month),
            n("site", &month),
            n("facebook", &month)
        ),
        (2, 1, 1, 0)
    );
    assert_eq!(month.total, 3);
    let status = |s: ItemStatus, c: &Counts| c.statuses.iter().find(|(x, _)| *x == s).unwrap().1;
    assert_eq!(status(ItemStatus::Cancelled, &month), 1);
    let week = counts(
        &app.calendar,
        &calendar,
        d("2026-11-23"),
        d("2026-11-29"),
        ZONE,
    );
    assert_eq!((n("vk", &week), n("site", &week)), (2, 0));
    let screen = render(&app, 120, 30);
    assert!(screen.contains("VK 2"), "{screen}");
}

#[test]
fn the_agenda_steps_from_item_to_item_across_days() {
    let mut store = Store::open_in_memory("me").unwrap();
    let a = post(
        &mut store,
        "a",
        When::At(at("2026-11-24", 9, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    let b = post(
        &mut store,
        "b",
        When::At(at("2026-11-24", 12, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    let c = post(
        &mut store,
        "c",
        When::Day(d("2026-11-27")),
        ItemStatus::Draft,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.calendar.view, View::Agenda);
    let sel = |app: &App| app.calendar.selected(ZONE).map(|i| i.id);
    assert_eq!(sel(&app), Some(a));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(sel(&app), Some(b));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(sel(&app), Some(c));
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(sel(&app), Some(b));
    let screen = render(&app, 100, 20);
    assert!(screen.contains("Fri 27 Nov"), "{screen}");
}

// ---------------------------------------------------------------- rendering

fn terminal(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| crate::ui::view(app, f)).unwrap();
    terminal
}

fn render(app: &App, w: u16, h: u16) -> String {
    let terminal = terminal(app, w, h);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_month_grid_marks_late_days_in_red_and_shows_channels() {
    let mut store = Store::open_in_memory("me").unwrap();
    post(
        &mut store,
        "Опоздал",
        When::At(at("2026-11-23", 12, 0)),
        ItemStatus::Scheduled,
        &["vk", "telegram"],
    );
    post(
        &mut store,
        "Ещё",
        When::At(at("2026-11-25", 12, 0)),
        ItemStatus::Scheduled,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    let screen = render(&app, 120, 35);
    assert!(screen.contains("November 2026"), "{screen}");
    assert!(screen.contains("1 post late"), "{screen}");
    assert!(screen.contains("23!"), "{screen}");
    assert!(screen.contains("VK1 TG1"), "{screen}");
    assert!(screen.contains("Tue 24 Nov"), "{screen}");
    // The late day's number is red, like an overdue inquiry.
    let terminal = terminal(&app, 120, 35);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "23!").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    // The late badge in the title bar is red too.
    let (x, y) = find(buffer, "1 post late").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Red);
    // VK in its colour from the config.
    let (x, y) = find(buffer, "VK1").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Blue);
}

fn find(buffer: &ratatui::buffer::Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in 0..area.height {
        let row: Vec<String> = (0..area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        let line: String = row.concat();
        if let Some(byte) = line.find(text) {
            // Cells hold one character each here (no wide characters in the probes).
            let col = line[..byte].chars().count() as u16;
            return Some((col, y));
        }
    }
    None
}

#[test]
fn no_view_or_window_panics_at_any_size() {
    let mut store = Store::open_in_memory("me").unwrap();
    for h in [9, 12, 13, 17] {
        post(
            &mut store,
            "Очень длинный заголовок поста, который не помещается никуда",
            When::At(at("2026-11-24", h, 0)),
            ItemStatus::Draft,
            &["vk", "telegram", "ok", "site", "facebook"],
        );
    }
    post(
        &mut store,
        "x",
        When::Day(d("2026-11-24")),
        ItemStatus::Idea,
        &[],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    let sizes = [
        (1, 1),
        (20, 6),
        (40, 10),
        (80, 24),
        (200, 60),
        (13, 3),
        (71, 11),
    ];
    let mut states: Vec<App> = Vec::new();
    for view in [View::Month, View::Week, View::Agenda] {
        let mut a = new_app();
        crate::app::navigate(&mut a, crate::app::Nav::Root(Pane::Calendar));
        a.calendar = app.calendar.clone();
        a.calendar.view = view;
        states.push(a);
    }
    let mut detail = new_app();
    crate::app::navigate(&mut detail, crate::app::Nav::Root(Pane::Calendar));
    detail.calendar = app.calendar.clone();
    press(&mut detail, KeyCode::Enter);
    states.push(detail);
    for key in ['n', 's', 'm', 'f'] {
        let mut a = new_app();
        crate::app::navigate(&mut a, crate::app::Nav::Root(Pane::Calendar));
        a.calendar = app.calendar.clone();
        press(&mut a, KeyCode::Char(key));
        assert!(a.overlay.is_some(), "{key}");
        states.push(a);
    }
    let mut help = new_app();
    crate::app::navigate(&mut help, crate::app::Nav::Root(Pane::Calendar));
    press(&mut help, KeyCode::Char('?'));
    states.push(help);
    for state in &states {
        for (w, h) in sizes {
            render(state, w, h);
        }
    }
}

#[test]
fn text_from_the_database_cannot_drive_the_terminal() {
    let mut store = Store::open_in_memory("me").unwrap();
    post(
        &mut store,
        "Злой\x1b[2J\x1b]0;owned\x07заголовок",
        When::At(at("2026-11-24", 10, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    for view in [View::Month, View::Week, View::Agenda] {
        app.calendar.view = view;
        let screen = render(&app, 120, 30);
        assert!(!screen.contains('\x1b'), "{screen}");
        assert!(!screen.contains('\x07'));
    }
}

#[test]
fn help_lists_the_calendar_keys() {
    let lines = crate::ui::help_lines(&KeyMap::default());
    let calendar = lines
        .iter()
        .find(|(title, _)| title == "In the calendar")
        .expect("a calendar section");
    assert!(calendar.1.iter().any(|(keys, _)| keys == "h/←"));
    assert!(
        calendar
            .1
            .iter()
            .any(|(keys, what)| keys == "n" && what.contains("Plan a post"))
    );
}

#[test]
fn a_posts_text_is_paragraphs_with_new_lines_and_enter_saves_it() {
    let mut store = Store::open_in_memory("me").unwrap();
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Корпус");
    // Shift-Tab from the title lands on the text, the last field.
    press(&mut app, KeyCode::BackTab);
    let long = "Новый корпус больницы откроют первого декабря после ремонта, который шёл два года";
    typed(&mut app, long);
    let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
    update(&mut app, Msg::Key(alt_enter), now());
    typed(&mut app, "Второй");
    let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    update(&mut app, Msg::Key(ctrl_j), now());
    typed(&mut app, "Третий");
    // The arrows move inside the text, not out of it.
    press(&mut app, KeyCode::Up);
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("no form");
    };
    assert_eq!(form.focus, IField::Notes);
    // Its wrapped lines start under the text, in the value column, not at the window's
    // left edge.
    let screen = render(&app, 100, 40);
    let rows: Vec<&str> = screen.lines().collect();
    let first = rows
        .iter()
        .position(|r| r.contains("Новый корпус"))
        .expect("the text is shown");
    let column = |row: &str, word: &str| {
        let at = row.find(word).expect("word on the row");
        row[..at].chars().count()
    };
    let text_column = column(rows[first], "Новый");
    let wrapped = rows[first + 1];
    let next_word = wrapped
        .trim_start_matches(['│', ' '])
        .split(' ')
        .next()
        .unwrap();
    assert!(
        !next_word.is_empty() && long.contains(next_word),
        "{screen}"
    );
    assert_eq!(column(wrapped, next_word), text_column, "{screen}");
    let o = press(&mut app, KeyCode::Enter);
    drive(&mut app, &mut store, o);
    let saved = app.calendar.day_items(d("2026-11-24"), ZONE)[0]
        .notes
        .clone();
    assert_eq!(saved, format!("{long}\nВторой\nТретий"));
}

#[test]
fn categories_are_counted_beside_the_channels_and_filter_the_views() {
    let mut store = Store::open_in_memory("me").unwrap();
    for (title, category, status) in [
        ("a", "news", ItemStatus::Published),
        ("b", "news", ItemStatus::Draft),
        ("c", "consultation", ItemStatus::Draft),
        ("d", "news", ItemStatus::Cancelled),
    ] {
        let mut new = NewItem::post(title, When::Day(d("2026-11-24")));
        new.status = status;
        new.category = category.into();
        new.channels = vec!["vk".into()];
        store.create_item(&new, now() - 86_400).unwrap();
    }
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    let calendar = app.settings.calendar.clone();
    let month = counts(
        &app.calendar,
        &calendar,
        d("2026-11-01"),
        d("2026-11-30"),
        ZONE,
    );
    let n = |code: &str| month.categories.iter().find(|(x, _)| x == code).unwrap().1;
    // A cancelled item is not counted, as with the channels.
    assert_eq!((n("news"), n("consultation"), n("hr")), (2, 1, 0));
    let screen = render(&app, 120, 30);
    assert!(screen.contains("News 2"), "{screen}");
    assert!(screen.contains("Cons 1"), "{screen}");
    // The filter's second row is the category: News first.
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Right);
    assert_eq!(app.calendar.filter.category.as_deref(), Some("news"));
    press(&mut app, KeyCode::Enter);
    let shown: Vec<String> = app
        .calendar
        .day_items(d("2026-11-24"), ZONE)
        .iter()
        .map(|i| i.title.clone())
        .collect();
    assert_eq!(shown, vec!["a", "b", "d"]);
    press(&mut app, KeyCode::Char('F'));
    assert_eq!(app.calendar.day_items(d("2026-11-24"), ZONE).len(), 4);
}

// ---------------------------------------------------------------- the mouse

/// Where `needle` is drawn on the screen as the user sees it (its first character), under
/// the title bar and left of column `before`.
fn drawn_at(app: &App, needle: &str, before: u16) -> (u16, u16) {
    let (w, h) = app.screen;
    let terminal = terminal(app, w, h);
    let buffer = terminal.backend().buffer();
    let first = needle.chars().count();
    for y in 1..h {
        let cells: Vec<&str> = (0..w).map(|x| buffer[(x, y)].symbol()).collect();
        for x in 0..(before.min(w) as usize).saturating_sub(first - 1) {
            if cells[x..x + first].concat() == needle {
                return (x as u16, y);
            }
        }
    }
    panic!("{needle:?} is not on screen:\n{}", render(app, w, h));
}

fn mouse(app: &mut App, store: &mut Store, (column, row): (u16, u16), double: bool) {
    let event = if double {
        crate::app::mouse::Mouse::DoubleClick { column, row }
    } else {
        crate::app::mouse::Mouse::Click { column, row }
    };
    let now = app.now;
    let outcome = update(app, Msg::Mouse(event), now);
    drive(app, store, outcome);
}

/// Two posts on Wednesday the 25th and one today, in a calendar 120 columns wide.
fn calendar_for_the_mouse() -> (App, Store, i64) {
    let mut store = Store::open_in_memory("me").unwrap();
    post(
        &mut store,
        "Пресс-релиз",
        When::At(at("2026-11-25", 10, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    let second = post(
        &mut store,
        "Анонс",
        When::At(at("2026-11-25", 12, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    post(
        &mut store,
        "Сегодня",
        When::At(at("2026-11-24", 23, 0)),
        ItemStatus::Draft,
        &["vk"],
    );
    let mut app = new_app();
    update(&mut app, Msg::Resize(120, 30), now());
    open_calendar(&mut app, &mut store);
    (app, store, second)
}

#[test]
fn a_click_selects_a_day_or_an_item_and_a_double_click_opens_it_in_the_month() {
    let (mut app, mut store, second) = calendar_for_the_mouse();
    // The grid's day number, then the item's line in the day's list beside it.
    let grid_right = 72;
    let day = drawn_at(&app, "25", grid_right);
    mouse(&mut app, &mut store, day, false);
    assert_eq!(app.calendar.cursor, d("2026-11-25"));
    assert_eq!(app.calendar.item, 0);
    let line = drawn_at(&app, "Анонс", 120);
    mouse(&mut app, &mut store, line, false);
    assert_eq!(app.calendar.selected(ZONE).map(|i| i.id), Some(second));
    assert!(
        matches!(app.current(), Screen::Calendar),
        "a click only selects"
    );
    mouse(&mut app, &mut store, line, true);
    assert_eq!(app.item_detail().map(|i| i.id), Some(second));
    press(&mut app, KeyCode::Esc);
    // On a day with nothing planned, a double click starts a post on that day.
    let empty = drawn_at(&app, "23", grid_right);
    mouse(&mut app, &mut store, empty, true);
    assert_eq!(app.calendar.cursor, d("2026-11-23"));
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("expected the item form, got {:?}", app.overlay);
    };
    assert_eq!(form.day.value(), "2026-11-23");
    // The weekday names above the grid are no day: nothing changes.
    press(&mut app, KeyCode::Esc);
    let names = drawn_at(
        &app,
        &crate::format::weekday_short(Weekday::Mon),
        grid_right,
    );
    mouse(&mut app, &mut store, names, false);
    assert_eq!(app.calendar.cursor, d("2026-11-23"));
}

#[test]
fn the_mouse_picks_items_in_the_week_and_the_agenda() {
    let (mut app, mut store, second) = calendar_for_the_mouse();
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.calendar.view, View::Week);
    let line = drawn_at(&app, "Анонс", 120);
    mouse(&mut app, &mut store, line, false);
    assert_eq!(app.calendar.cursor, d("2026-11-25"));
    assert_eq!(app.calendar.selected(ZONE).map(|i| i.id), Some(second));
    // The item's first row (its time) selects it too.
    let today = drawn_at(&app, "23:00", 120);
    mouse(&mut app, &mut store, today, false);
    assert_eq!(app.calendar.cursor, d("2026-11-24"));
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.calendar.view, View::Agenda);
    let line = drawn_at(&app, "Анонс", 120);
    mouse(&mut app, &mut store, line, true);
    assert_eq!(app.item_detail().map(|i| i.id), Some(second));
}

#[test]
fn the_wheel_moves_the_calendar_by_a_week() {
    let (mut app, mut store, _) = calendar_for_the_mouse();
    let now = app.now;
    let outcome = update(
        &mut app,
        Msg::Mouse(crate::app::mouse::Mouse::WheelDown),
        now,
    );
    drive(&mut app, &mut store, outcome);
    assert_eq!(app.calendar.cursor, d("2026-12-01"));
    update(&mut app, Msg::Mouse(crate::app::mouse::Mouse::WheelUp), now);
    assert_eq!(app.calendar.cursor, d("2026-11-24"));
}

/// The ids and days of the shown items with `id` (a series shows as its occurrences).
fn days_of(app: &App, id: i64) -> Vec<(NaiveDate, ItemStatus)> {
    app.calendar
        .items
        .iter()
        .filter(|i| i.id == id)
        .map(|i| (i.date(ZONE), i.status))
        .collect()
}

#[test]
fn a_weekly_series_from_the_form_and_one_occurrence_moved_and_one_cancelled() {
    use crate::domain::repeat::{End, Every, Repeat};
    let mut store = Store::open_in_memory("me").unwrap();
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    press(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Радиочас с главным врачом");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "10:00");
    press(&mut app, KeyCode::Tab);
    // Once → every day → every week.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "0");
    let o = press(&mut app, KeyCode::Enter);
    assert!(o.effects.is_empty(), "{o:?}");
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("the form closed");
    };
    assert_eq!(form.field_error.as_ref().unwrap().0, IField::Ends);
    assert_eq!(form.ends.value(), "0");
    assert_eq!(form.title.value(), "Радиочас с главным врачом");
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "4");
    let o = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(o.effects.first(), Some(Effect::Plan(PlanEffect::CreateRepeating(_, r)))
            if *r == Repeat { every: Every::Week, end: End::Count(4) }),
        "{o:?}"
    );
    drive(&mut app, &mut store, o);
    assert!(app.overlay.is_none());
    let id = app.calendar.selected(ZONE).unwrap().id;
    let series = store.plan_item(id).unwrap().series.unwrap();
    assert_eq!(series.repeat.end, End::Count(4));
    assert_eq!(
        days_of(&app, id),
        [
            (d("2026-11-24"), ItemStatus::Idea),
            (d("2026-12-01"), ItemStatus::Idea)
        ]
    );

    // A week on: that occurrence alone moves a day later.
    let o = press(&mut app, KeyCode::Char('j'));
    drive(&mut app, &mut store, o);
    assert_eq!(
        app.calendar.selected(ZONE).unwrap().occurrence,
        Some(d("2026-12-01"))
    );
    let o = press(&mut app, KeyCode::Char('>'));
    assert!(
        matches!(o.effects.last(), Some(Effect::Plan(PlanEffect::Occurrence { occurrence, to: Some(_), .. }))
            if *occurrence == d("2026-12-01")),
        "{o:?}"
    );
    drive(&mut app, &mut store, o);
    let days: Vec<NaiveDate> = days_of(&app, id).iter().map(|(d, _)| *d).collect();
    assert_eq!(
        store.plan_item(id).unwrap().when.date(ZONE),
        d("2026-11-24"),
        "the series stays where it starts"
    );
    assert!(days.contains(&d("2026-12-08")), "the next stays: {days:?}");
    assert!(days.contains(&d("2026-12-02")), "{days:?}");
    assert!(!days.contains(&d("2026-12-01")), "{days:?}");

    // The one after (the cursor followed the move to the 2nd): cancelled alone, the
    // series as it was.
    let o = press(&mut app, KeyCode::Char('j'));
    drive(&mut app, &mut store, o);
    let o = press(&mut app, KeyCode::Char('h'));
    drive(&mut app, &mut store, o);
    assert_eq!(
        app.calendar.selected(ZONE).unwrap().occurrence,
        Some(d("2026-12-08"))
    );
    let o = press(&mut app, KeyCode::Char('x'));
    drive(&mut app, &mut store, o);
    let item = store.plan_item(id).unwrap();
    assert_eq!(item.status, ItemStatus::Idea);
    let series = item.series.unwrap();
    assert_eq!(series.exception(d("2026-12-08")), Some(None));
    assert!(matches!(series.exception(d("2026-12-01")), Some(Some(_))));
    assert!(
        days_of(&app, id).contains(&(d("2026-12-08"), ItemStatus::Cancelled)),
        "{:?}",
        days_of(&app, id)
    );
    assert!(app.flash.as_ref().unwrap().text.contains("One occurrence"));

    // Editing opens the series with its rule; a new end is saved with the item.
    press(&mut app, KeyCode::Char('e'));
    let Some(Overlay::Plan(PlanOverlay::Form(form))) = &app.overlay else {
        panic!("no form");
    };
    assert_eq!(form.day.value(), "2026-11-24", "the series' own day");
    assert_eq!(form.ends.value(), "4");
}

#[test]
fn the_week_view_marks_repeating_items_where_there_is_room() {
    use crate::domain::repeat::{End, Every, Repeat};
    let mut store = Store::open_in_memory("me").unwrap();
    let hour = NewItem {
        channels: vec!["vk".into()],
        ..NewItem::post("Радиочас", When::At(at("2026-11-24", 10, 0)))
    };
    let weekly = Repeat {
        every: Every::Week,
        end: End::Count(4),
    };
    store
        .commit(|w| {
            let id = w.create_item(&hour, now())?;
            w.set_repeat(id, Some(weekly), ZONE, now())
        })
        .unwrap();
    post(
        &mut store,
        "Разовый",
        When::At(at("2026-11-25", 12, 0)),
        ItemStatus::Scheduled,
        &["vk"],
    );
    let mut app = new_app();
    open_calendar(&mut app, &mut store);
    let o = press(&mut app, KeyCode::Char('v'));
    drive(&mut app, &mut store, o);
    assert_eq!(app.calendar.view, View::Week);
    let lines_with = |screen: &str, needle: &str| -> Vec<String> {
        screen
            .lines()
            .filter(|l| l.contains(needle))
            .map(str::to_string)
            .collect()
    };
    // Wide columns: after the time and the channel, the title whole.
    let wide = render(&app, 120, 20);
    assert!(wide.contains("10:00 VK ↻"), "{wide}");
    assert!(
        !wide.contains("12:00 VK ↻"),
        "a single item has no mark: {wide}"
    );
    assert_eq!(lines_with(&wide, "↻").len(), 1, "{wide}");
    // Narrow columns (9 wide): no room after the channel, so before the title.
    let narrow = render(&app, 70, 20);
    assert!(narrow.contains("↻ Ради"), "{narrow}");
    assert!(!narrow.contains("VK ↻"), "{narrow}");
    assert!(narrow.contains("Разовый"), "{narrow}");
}
