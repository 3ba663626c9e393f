//! Escalation, the expert's deadline and the audit view through the real runtime and a
//! database on disk, on a frozen clock.

mod common;

use pressdesk::app::keymap::KeyMap;
use pressdesk::app::queue::Filter;
use pressdesk::app::{App, Msg, Screen, Settings};
use pressdesk::clock::Clock;
use pressdesk::config::Config;
use pressdesk::domain::alerts::{AlertKind, EscalationLevel, Owed};
use pressdesk::domain::span::Span;
use pressdesk::domain::{Channel, Priority, Zone};
use pressdesk::runtime::Runtime;
use pressdesk::store::{AlertOutcome, NewContact, NewInquiry, OutletRef, Store, Who};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Tuesday 24 November 2026, 12:00 at UTC+3.
const NOW: i64 = 1_795_510_800;
const HOUR: i64 = 3600;

struct Desk {
    _dir: tempfile::TempDir,
    runtime: Runtime,
    app: App,
}

impl Desk {
    /// A desk where elena sits, with anastasia on the team.
    fn new(seed: impl FnOnce(&mut Store)) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
        seed(&mut store);
        let start = chrono::DateTime::from_timestamp(NOW, 0).unwrap();
        let runtime = Runtime::new(store, Clock::frozen(start));
        let mut settings = Settings::from_config(&Config::default(), Zone::fixed_hours(3));
        settings.user = "elena".into();
        settings.team = vec!["elena".into(), "anastasia".into()];
        let app = App::new(settings, KeyMap::default(), NOW);
        let mut desk = Desk {
            _dir: dir,
            runtime,
            app,
        };
        desk.dispatch(Msg::Resize(120, 30));
        for effect in App::startup() {
            let settings = desk.app.settings.clone();
            if let Some(reply) = desk.runtime.perform(effect, &settings) {
                desk.dispatch(reply);
            }
        }
        // The contact book is indexed on another thread; the expert chooser searches it.
        let limit = std::time::Duration::from_secs(30);
        assert!(desk.runtime.wait_for_index(&mut desk.app, limit));
        desk
    }

    fn dispatch(&mut self, msg: Msg) {
        self.runtime.dispatch(&mut self.app, msg);
    }

    fn press(&mut self, code: KeyCode) {
        let modifiers = match code {
            KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
            _ => KeyModifiers::NONE,
        };
        self.dispatch(Msg::Key(KeyEvent::new(code, modifiers)));
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
    }

    fn screen(&self) -> String {
        common::screen_text(&self.app, 120, 30)
    }

    fn visible(&self) -> Vec<i64> {
        let q = &self.app.queue;
        q.visible.iter().map(|&i| q.items[i].id).collect()
    }

    fn select(&mut self, id: i64) {
        let at = self.visible().iter().position(|v| *v == id).unwrap();
        self.app.queue.selected = at;
    }
}

fn log(store: &mut Store, question: &str, due_in: i64, assignee: &str) -> i64 {
    let new = NewInquiry {
        received_at: NOW - 2 * HOUR,
        channel: Channel::Phone,
        who: Who::New(Box::new(NewContact::caller("Петров Пётр"))),
        outlet: OutletRef::None,
        subject: String::new(),
        question: question.into(),
        requested_deadline: None,
        due_at: NOW + due_in,
        priority: Priority::Normal,
        assignee: Some(assignee.into()),
    };
    let phones = pressdesk::domain::phone::PhoneRules::for_country("RU").unwrap();
    store.log_inquiry(&new, &phones, NOW - 2 * HOUR).unwrap()
}

#[test]
fn an_escalated_inquiry_is_marked_filtered_and_first_in_the_leads_mine() {
    let mut desk = Desk::new(|store| {
        let mine = log(store, "Моё, не горит", 5 * HOUR, "elena");
        let late = log(store, "Просрочено у коллеги", -HOUR, "anastasia");
        let inquiry = store.inquiry(late).unwrap();
        let levels = [EscalationLevel {
            after: Span::minutes(30),
            to: "elena".into(),
        }];
        let owed = Owed {
            kind: AlertKind::Escalated,
            level: 1,
            due_at: inquiry.due_at,
            since: inquiry.due_at + 1800,
        };
        assert!(
            store
                .claim_alert(
                    &inquiry,
                    &owed,
                    &levels,
                    AlertOutcome::NoHook,
                    NOW - 20 * 60
                )
                .unwrap()
        );
        assert!(mine < late);
    });
    // In the queue it carries its own mark, readable without colour.
    let shown = desk.screen();
    let row = shown.lines().find(|l| l.contains("Просрочено")).unwrap();
    assert!(row.contains("⇑1 Просрочено"), "{shown}");
    assert!(
        !shown
            .lines()
            .find(|l| l.contains("Моё"))
            .unwrap()
            .contains('⇑')
    );
    // Escalated to elena, so first among hers though it is anastasia's.
    while desk.app.queue.filter != Filter::Mine {
        desk.press(KeyCode::Char('f'));
    }
    assert_eq!(desk.visible(), vec![2, 1]);
    // Its own filter, on its own key, and the same key goes back.
    desk.press(KeyCode::Char('E'));
    assert_eq!(desk.app.queue.filter, Filter::Escalated);
    assert_eq!(desk.visible(), vec![2]);
    assert!(desk.screen().contains("Escalated (1)"));
    // The detail says the level, to whom and when.
    desk.press(KeyCode::Enter);
    let shown = desk.screen();
    assert!(
        shown.contains("⇑ level 1 → elena · Tue 24 Nov 2026 11:40"),
        "{shown}"
    );
    desk.press(KeyCode::Esc);
    desk.press(KeyCode::Char('E'));
    assert_eq!(desk.app.queue.filter, Filter::Open);
}

#[test]
fn asking_an_expert_sets_when_their_comment_is_due() {
    let mut desk = Desk::new(|store| {
        log(store, "Нужен комментарий", 6 * HOUR, "elena");
        let expert = NewContact::named("Сидоров Иван", pressdesk::domain::ContactKind::Expert);
        let phones = pressdesk::domain::phone::PhoneRules::for_country("RU").unwrap();
        store
            .commit(|w| w.create_contact(&expert, &phones, NOW - HOUR))
            .unwrap();
    });
    desk.press(KeyCode::Char('x'));
    // Before anything is typed: halfway to the answer's deadline, 15:00.
    let shown = desk.screen();
    assert!(
        shown.contains("→ comment due 15:00 · in 3h · halfway to the answer's deadline"),
        "{shown}"
    );
    desk.typed("сидор");
    desk.press(KeyCode::Tab);
    desk.typed("13:30");
    assert!(desk.screen().contains("→ comment due 13:30 · in 1h 30m"));
    desk.press(KeyCode::Enter);
    assert!(desk.app.overlay.is_none(), "saved and closed");
    let inquiry = desk.runtime.store.inquiry(1).unwrap();
    assert_eq!(inquiry.expert_name.as_deref(), Some("Сидоров Иван"));
    assert_eq!(inquiry.marks.expert_due_at, Some(NOW + 90 * 60));
    // The queue shows how long the expert has; the detail says when.
    let shown = desk.screen();
    assert!(shown.contains("◆1h30m Нужен"), "{shown}");
    desk.press(KeyCode::Enter);
    assert!(
        desk.screen()
            .contains("Сидоров Иван · comment due 13:30 · in 1h 30m")
    );

    // Two hours on, the comment is late: the queue and the detail say so.
    desk.runtime.clock.advance(chrono::Duration::hours(2));
    desk.dispatch(Msg::Tick);
    let shown = desk.screen();
    assert!(
        shown.contains("comment late by 30m (was due 13:30)"),
        "{shown}"
    );
    desk.press(KeyCode::Esc);
    assert!(desk.screen().contains("◆−30m Нужен"));
}

#[test]
fn an_unreadable_expert_deadline_keeps_the_window_and_what_was_typed() {
    let mut desk = Desk::new(|store| {
        log(store, "Нужен комментарий", 6 * HOUR, "elena");
    });
    desk.press(KeyCode::Char('x'));
    desk.typed("Новый эксперт");
    desk.press(KeyCode::Tab);
    desk.typed("когда-нибудь");
    desk.press(KeyCode::Enter);
    let Some(pressdesk::app::Overlay::Expert(chooser)) = &desk.app.overlay else {
        panic!("the window stays open");
    };
    assert_eq!(chooser.due.value(), "когда-нибудь");
    assert_eq!(chooser.input.value(), "Новый эксперт");
    assert!(desk.runtime.store.inquiry(1).unwrap().expert_id.is_none());
}

#[test]
fn the_audit_view_lists_a_persons_changes_and_opens_each_record() {
    let mut desk = Desk::new(|store| {
        log(store, "Первый запрос Елены", 5 * HOUR, "elena");
        store.set_user("anastasia");
        log(store, "Запрос Анастасии", 5 * HOUR, "anastasia");
        store.set_user("elena");
    });
    // From the queue: the selected inquiry's assignee, this week.
    desk.select(2);
    desk.press(KeyCode::Char('w'));
    assert!(matches!(desk.app.current(), Screen::Audit(_)));
    let shown = desk.screen();
    assert!(
        shown.contains("anastasia · week 23 Nov – 29 Nov 2026"),
        "{shown}"
    );
    assert!(shown.contains("inquiry #2"), "{shown}");
    assert!(shown.contains("contact #2"), "{shown}");
    // The status line names the view's own keys.
    assert!(
        shown.lines().last().unwrap().contains("[ earlier  ] later"),
        "{shown}"
    );
    assert!(!shown.contains("inquiry #1"), "{shown}");
    // Enter opens the record, Esc comes back to the audit.
    let rows = desk.app.audit().unwrap().rows.clone();
    let inquiry_row = rows.iter().position(|r| r.entity == "inquiry").unwrap();
    let contact_row = rows.iter().position(|r| r.entity == "contact").unwrap();
    for _ in 0..inquiry_row {
        desk.press(KeyCode::Down);
    }
    desk.press(KeyCode::Enter);
    assert!(matches!(desk.app.current(), Screen::Inquiry(d) if d.id == 2));
    desk.press(KeyCode::Esc);
    assert!(matches!(desk.app.current(), Screen::Audit(_)));
    desk.press(KeyCode::Char('g'));
    for _ in 0..contact_row {
        desk.press(KeyCode::Down);
    }
    desk.press(KeyCode::Enter);
    assert!(matches!(desk.app.current(), Screen::Card(_)));
    desk.press(KeyCode::Esc);
    assert!(matches!(desk.app.current(), Screen::Audit(_)));

    // Another person, from the team list.
    desk.press(KeyCode::Char('w'));
    assert!(desk.screen().contains("Whose changes"));
    desk.press(KeyCode::Char('1'));
    let shown = desk.screen();
    assert!(shown.contains("elena · week"), "{shown}");
    assert!(shown.contains("inquiry #1"), "{shown}");
    // The week before holds nothing; a month holds it all again.
    desk.press(KeyCode::Char('['));
    assert!(desk.screen().contains("No changes in that period."));
    desk.press(KeyCode::Char(']'));
    desk.press(KeyCode::Char('v'));
    let shown = desk.screen();
    assert!(shown.contains("month 1 Nov – 30 Nov 2026"), "{shown}");
    assert!(shown.contains("inquiry #1"), "{shown}");
    // The help lists the view's own keys.
    desk.press(KeyCode::Char('?'));
    let shown = desk.screen();
    assert!(shown.contains("In the audit view"), "{shown}");
    desk.press(KeyCode::Esc);
    desk.press(KeyCode::Esc);
    assert!(matches!(desk.app.current(), Screen::Queue));
}
