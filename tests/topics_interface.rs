//! Topics in the interface, through the real runtime and store: typed in the quick log
//! after the outlet with the config's topics and the tags in use offered, and set from an
//! inquiry's detail.

mod common;

use pressdesk::app::Overlay;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::store::{OutletRef, Store};
use ratatui::crossterm::event::KeyCode;

const NOW: i64 = 1_795_000_000;

struct Desk {
    _dir: tempfile::TempDir,
    ui: common::Interface,
    /// An inquiry already tagged "water meters".
    tagged: i64,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
        let rules = PhoneRules::for_country("RU").unwrap();
        let new = common::emailed(
            NOW - 600,
            "Кузнецов",
            OutletRef::None,
            "Счётчики",
            "Кто меняет счётчики воды?",
        );
        let tagged = store
            .commit(|w| {
                let id = w.log_inquiry(&new, &rules, NOW - 600)?;
                w.set_topics(id, &["water meters".to_string()], NOW - 600)?;
                Ok(id)
            })
            .unwrap();
        let mut ui = common::Interface::start(store, NOW, (100, 32));
        ui.app.settings.topics = vec!["heating".into(), "hot water".into(), "tariffs".into()];
        Desk {
            _dir: dir,
            ui,
            tagged,
        }
    }

    fn topics_of(&self, id: i64) -> Vec<String> {
        self.ui
            .runtime
            .store
            .topics_of(&[id])
            .unwrap()
            .remove(&id)
            .unwrap_or_default()
    }
}

#[test]
fn the_quick_log_takes_topics_offered_and_free_and_saves_them_on_enter() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Char('L'));
    desk.ui.typed("Петров");
    desk.ui.key(KeyCode::Down);
    desk.ui.key(KeyCode::Tab);
    desk.ui.typed("Когда дадут тепло?");
    // Deadline, channel, priority, outlet, then the topics.
    for _ in 0..5 {
        desk.ui.key(KeyCode::Tab);
    }
    let screen = desk.ui.screen();
    assert!(screen.contains("Topics"), "{screen}");
    let at = |s: &str, needle: &str| s.find(needle).unwrap_or_else(|| panic!("{needle}: {s}"));
    assert!(
        at(&screen, "tariffs") < at(&screen, "water meters"),
        "the config's topics first, then the tags in use: {screen}"
    );
    desk.ui.typed("wat");
    desk.ui.key(KeyCode::Down);
    desk.ui.typed(",");
    desk.ui.typed("Rats");
    let screen = desk.ui.screen();
    assert!(screen.contains("water meters, Rats"), "{screen}");
    desk.ui.key(KeyCode::Enter);
    assert!(desk.ui.app.overlay.is_none(), "{:?}", desk.ui.app.overlay);
    let id = desk.ui.app.queue.items.iter().map(|i| i.id).max().unwrap();
    assert_ne!(id, desk.tagged);
    assert_eq!(desk.topics_of(id), ["rats", "water meters"]);
    // The tag is offered from now on.
    assert!(desk.ui.app.topics_used.contains(&"rats".to_string()));
}

#[test]
fn topics_are_set_from_the_detail_and_a_bad_one_is_refused_in_place() {
    let mut desk = Desk::new();
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.ui.app.detail().unwrap().id, desk.tagged);
    let screen = desk.ui.screen();
    assert!(screen.contains("water meters"), "{screen}");

    desk.ui.key(KeyCode::Char('T'));
    let screen = desk.ui.screen();
    assert!(
        screen.contains(&format!("Topics of #{}", desk.tagged)),
        "{screen}"
    );
    desk.ui.typed(&"x".repeat(70));
    desk.ui.key(KeyCode::Enter);
    let Some(Overlay::Topics(window)) = &desk.ui.app.overlay else {
        panic!("the window closed: {:?}", desk.ui.app.overlay);
    };
    assert!(window.error.is_some());
    assert!(window.field.text.value().starts_with("water meters, xxx"));
    assert_eq!(desk.topics_of(desk.tagged), ["water meters"]);

    for _ in 0..70 {
        desk.ui.key(KeyCode::Backspace);
    }
    desk.ui.typed("heat");
    desk.ui.key(KeyCode::Enter);
    assert!(desk.ui.app.overlay.is_none(), "{:?}", desk.ui.app.overlay);
    assert_eq!(desk.topics_of(desk.tagged), ["heating", "water meters"]);
    let screen = desk.ui.screen();
    assert!(screen.contains("heating, water meters"), "{screen}");
    assert!(
        screen.contains("topics"),
        "the change is in the history: {screen}"
    );
}
