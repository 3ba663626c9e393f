//! Approved statements in the interface, through the real runtime and store: from the
//! answer editor a key finds a statement or a past answer and puts it at the cursor; from
//! the queue the statements are listed by topic.

mod common;

use chrono::NaiveDate;
use pressdesk::app::Overlay;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::store::{InquiryChange, MemoryKind, NewStatement, OutletRef, Store};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const NOW: i64 = 1_795_000_000;

fn rules() -> PhoneRules {
    PhoneRules::for_country("RU").unwrap()
}

fn log(store: &mut Store, at: i64, subject: &str, question: &str) -> i64 {
    let new = common::emailed(at, "Кузнецов", OutletRef::None, subject, question);
    store.log_inquiry(&new, &rules(), at).unwrap()
}

fn statement(store: &mut Store, topic: &str, body: &str, review: Option<NaiveDate>) {
    store
        .add_statement(
            &NewStatement {
                topic: topic.into(),
                body: body.into(),
                agreed_on: NaiveDate::from_ymd_opt(2026, 1, 10).unwrap(),
                agreed_by: "главный врач".into(),
                review_on: review,
            },
            NOW - 86_400 * 300,
        )
        .unwrap();
}

struct Desk {
    _dir: tempfile::TempDir,
    ui: common::Interface,
    /// The new inquiry, first in the queue.
    new: i64,
    /// Last spring's, answered.
    old: i64,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
        let old = log(
            &mut store,
            NOW - 86_400 * 250,
            "Отопление",
            "Когда дадут тепло?",
        );
        store
            .change_inquiry(
                old,
                &InquiryChange::Answer("Отопление включат 1 октября.".into()),
                &rules(),
                NOW - 86_400 * 249,
            )
            .unwrap();
        statement(
            &mut store,
            "Вакцинация",
            "Прививки делают по графику.",
            Some(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()),
        );
        statement(
            &mut store,
            "Горячая вода",
            "Подача горячей воды по графику ремонтов.",
            Some(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
        );
        let new = log(
            &mut store,
            NOW - 600,
            "Тепло в школе",
            "Когда тепло в школе №5?",
        );
        let ui = common::Interface::start(store, NOW, (100, 32));
        Desk {
            _dir: dir,
            ui,
            new,
            old,
        }
    }

    fn window(&self) -> &pressdesk::app::statements::StatementsWindow {
        match &self.ui.app.overlay {
            Some(Overlay::Statements(w)) => w,
            other => panic!("no statements window: {other:?}"),
        }
    }

    fn titles(&self) -> Vec<(MemoryKind, String, bool)> {
        self.window()
            .entries
            .iter()
            .map(|e| (e.kind, e.title.clone(), e.stale))
            .collect()
    }

    fn answer_text(&self) -> String {
        match &self.ui.app.overlay {
            Some(Overlay::Prompt(p)) => p.value(),
            other => panic!("no answer editor: {other:?}"),
        }
    }
}

#[test]
fn a_statement_or_a_past_answer_goes_into_the_answer_at_the_cursor() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.ui.app.detail().unwrap().id, desk.new);
    desk.ui.key(KeyCode::Char('a'));
    desk.ui.typed("Здравствуйте! ");
    let screen = desk.ui.screen();
    assert!(
        screen.contains("Ctrl-t"),
        "the editor names the key: {screen}"
    );

    // Ctrl-T: every statement, fresh first, the stale one marked.
    desk.ui.key_with(KeyCode::Char('t'), KeyModifiers::CONTROL);
    assert_eq!(
        desk.titles(),
        [
            (MemoryKind::Statement, "Вакцинация".to_string(), false),
            (MemoryKind::Statement, "Горячая вода".to_string(), true),
        ]
    );
    let screen = desk.ui.screen();
    assert!(screen.contains("stale"), "{screen}");
    assert!(screen.contains("главный врач"), "{screen}");

    // Esc goes back to the answer as it was.
    desk.ui.key(KeyCode::Esc);
    assert_eq!(desk.answer_text(), "Здравствуйте!");

    // Words find last spring's answer on the same question; Enter puts it at the cursor.
    desk.ui.key_with(KeyCode::F(2), KeyModifiers::NONE);
    desk.ui.typed("отоплен");
    assert_eq!(
        desk.titles(),
        [(MemoryKind::Inquiry, "Отопление".to_string(), false)]
    );
    assert_eq!(desk.window().entries[0].id, desk.old);
    desk.ui.key(KeyCode::Enter);
    assert_eq!(
        desk.answer_text(),
        "Здравствуйте! Отопление включат 1 октября."
    );
    // The answer is still being written: Enter saves it, with the inserted text.
    desk.ui.key(KeyCode::Enter);
    let saved = desk.ui.runtime.store.inquiry(desk.new).unwrap();
    assert_eq!(
        saved.answer.as_deref(),
        Some("Здравствуйте! Отопление включат 1 октября.")
    );
}

#[test]
fn a_stale_statement_is_inserted_with_a_warning() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Char('a'));
    desk.ui.key_with(KeyCode::Char('t'), KeyModifiers::CONTROL);
    desk.ui.typed("горяч");
    assert_eq!(desk.titles().len(), 1);
    desk.ui.key(KeyCode::Enter);
    assert_eq!(
        desk.answer_text(),
        "Подача горячей воды по графику ремонтов."
    );
    let flash = desk.ui.app.flash.clone().unwrap();
    assert!(flash.text.contains("review"), "{}", flash.text);
}

#[test]
fn the_queue_lists_statements_by_topic_and_enter_copies_one() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Char('S'));
    assert_eq!(desk.titles().len(), 2);
    assert!(!desk.window().inserting());
    desk.ui.typed("вакцин");
    assert_eq!(
        desk.titles(),
        [(MemoryKind::Statement, "Вакцинация".to_string(), false)]
    );
    let screen = desk.ui.screen();
    assert!(screen.contains("Прививки делают по графику."), "{screen}");
    desk.ui.typed("zzz");
    assert!(desk.titles().is_empty());
    assert!(desk.ui.screen().contains("Nothing matches"));
    for _ in 0..3 {
        desk.ui.key(KeyCode::Backspace);
    }
    desk.ui.key(KeyCode::Enter);
    assert!(desk.ui.app.overlay.is_none());
    assert_eq!(
        desk.ui.runtime.take_clipboard(),
        ["Прививки делают по графику."]
    );
}
