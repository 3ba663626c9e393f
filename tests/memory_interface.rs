//! `/` in the queue searches the office's memory through the real runtime and store:
//! records of any age are found as words are typed, Enter opens one over the search and
//! Esc comes back to the search as it was left.

mod common;

use pressdesk::app::Screen;
use pressdesk::domain::coverage::Tone;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::{Status, When};
use pressdesk::store::{InquiryChange, NewCoverage, NewItem, OutletRef, Store, Who};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;

const NOW: i64 = 1_795_000_000;
const YEAR: i64 = 365 * 86_400;

fn rules() -> PhoneRules {
    PhoneRules::for_country("RU").unwrap()
}

fn log(store: &mut Store, at: i64, who: &str, subject: &str, question: &str) -> i64 {
    let new = common::emailed(at, who, OutletRef::Named("Вести".into()), subject, question);
    store.log_inquiry(&new, &rules(), at).unwrap()
}

struct Desk {
    _dir: tempfile::TempDir,
    ui: common::Interface,
}

impl Desk {
    fn new(fill: impl FnOnce(&mut Store)) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
        fill(&mut store);
        let ui = common::Interface::start(store, NOW, (100, 30));
        Desk { _dir: dir, ui }
    }

    fn search(&self) -> &pressdesk::app::memory_search::MemorySearch {
        match self.ui.app.current() {
            Screen::Memory(search) => search,
            other => panic!("not the search: {other:?}"),
        }
    }

    fn found(&self) -> Vec<(String, i64)> {
        self.search()
            .hits
            .iter()
            .map(|h| (h.kind.code().to_string(), h.id))
            .collect()
    }
}

#[test]
fn slash_finds_records_of_any_age_and_enter_opens_one_over_the_search() {
    let mut old = 0;
    let mut desk = Desk::new(|store| {
        // Three years ago: answered and closed.
        old = log(
            store,
            NOW - 3 * YEAR,
            "Кузнецов Егор",
            "Горячая вода",
            "Когда дадут горячую воду в Заводском районе?",
        );
        store
            .change_inquiry(
                old,
                &InquiryChange::Answer("Подача горячей воды с 5 марта.".into()),
                &rules(),
                NOW - 3 * YEAR + 100,
            )
            .unwrap();
        store
            .change_inquiry(
                old,
                &InquiryChange::Status {
                    status: Status::Closed,
                    reason: None,
                },
                &rules(),
                NOW - 3 * YEAR + 200,
            )
            .unwrap();
        for i in 0..3 {
            log(store, NOW - 100 - i, "Иванова", "Отопление", "Когда тепло?");
        }
    });

    desk.ui.key(KeyCode::Char('/'));
    assert!(matches!(desk.ui.app.current(), Screen::Memory(_)));
    desk.ui.typed("горяч вод");
    assert_eq!(desk.found(), [("inquiry".to_string(), old)]);

    let screen = desk.ui.buffer();
    let shown = desk.ui.screen();
    assert!(shown.contains(&format!("#{old}")), "{shown}");
    assert!(shown.contains("Кузнецов Егор"), "{shown}");
    // The matching words stand out without colour: bold and reversed (or underlined on
    // the selected row, which is reversed as a whole).
    let marked: String = (0..screen.area.height)
        .flat_map(|y| (0..screen.area.width).map(move |x| (x, y)))
        .filter(|&p| {
            screen[p]
                .modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        })
        .map(|p| screen[p].symbol().to_string())
        .collect();
    assert!(marked.contains("Горячая"), "{marked}");
    assert!(marked.contains("воду"), "{marked}");

    // Enter opens the inquiry in full, read from the store.
    desk.ui.key(KeyCode::Enter);
    let detail = desk.ui.app.detail().expect("the inquiry is open");
    assert_eq!(detail.id, old);
    let inquiry = detail.inquiry.as_ref().expect("loaded from the store");
    assert_eq!(
        inquiry.answer.as_deref(),
        Some("Подача горячей воды с 5 марта.")
    );
    // Esc comes back to the search as it was left: the words and the list.
    desk.ui.key(KeyCode::Esc);
    assert_eq!(desk.search().input.value(), "горяч вод");
    assert_eq!(desk.found(), [("inquiry".to_string(), old)]);
    // Esc again: the queue.
    desk.ui.key(KeyCode::Esc);
    assert!(matches!(desk.ui.app.current(), Screen::Queue));
}

#[test]
fn typing_narrows_erasing_widens_and_no_words_clears_the_list() {
    let mut desk = Desk::new(|store| {
        log(
            store,
            NOW - 500,
            "Иванова",
            "Отопление в школе",
            "Когда тепло?",
        );
        log(
            store,
            NOW - 400,
            "Петров",
            "Отопление в больнице",
            "Когда тепло?",
        );
    });
    desk.ui.key(KeyCode::Char('/'));
    desk.ui.typed("отоплен");
    assert_eq!(desk.found().len(), 2);
    desk.ui.typed(" школ");
    assert_eq!(desk.found().len(), 1);
    for _ in 0..5 {
        desk.ui.key(KeyCode::Backspace);
    }
    assert_eq!(desk.found().len(), 2);
    // Down chooses the second; Enter opens that one.
    desk.ui.key(KeyCode::Down);
    let second = desk.search().hits[1].id;
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.ui.app.detail().unwrap().id, second);
    desk.ui.key(KeyCode::Esc);
    // Words gone: nothing listed, and the line says what can be found.
    for _ in 0..7 {
        desk.ui.key(KeyCode::Backspace);
    }
    assert!(desk.found().is_empty());
    assert!(desk.ui.screen().contains("plan items"));
    desk.ui.typed("нетакогослова");
    assert!(desk.found().is_empty());
    assert!(desk.ui.screen().contains("нетакогослова"));
}

#[test]
fn a_plan_item_opens_in_full_and_coverage_opens_its_inquiry() {
    let mut inquiry = 0;
    let mut item = 0;
    let mut desk = Desk::new(|store| {
        inquiry = log(
            store,
            NOW - YEAR,
            "Кузнецов Егор",
            "Котельная",
            "Ремонт котельной?",
        );
        item = store
            .create_item(
                &NewItem::post(
                    "Пост о прививках",
                    When::Day(chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()),
                ),
                NOW - YEAR,
            )
            .unwrap();
        store
            .add_coverage(
                &NewCoverage {
                    day: chrono::NaiveDate::from_ymd_opt(2025, 3, 2).unwrap(),
                    outlet: OutletRef::None,
                    who: Who::Unknown,
                    inquiry_id: Some(inquiry),
                    title: "Котельную отремонтируют к зиме".into(),
                    url: String::new(),
                    tone: Tone::Positive,
                },
                &rules(),
                NOW - YEAR,
            )
            .unwrap();
    });
    desk.ui.key(KeyCode::Char('/'));
    desk.ui.typed("прививк");
    assert_eq!(desk.found(), [("plan".to_string(), item)]);
    desk.ui.key(KeyCode::Enter);
    let opened = desk.ui.app.item_detail().expect("the plan item is open");
    assert_eq!(opened.item.as_ref().unwrap().title, "Пост о прививках");
    desk.ui.key(KeyCode::Esc);
    assert!(matches!(desk.ui.app.current(), Screen::Memory(_)));

    for _ in 0..7 {
        desk.ui.key(KeyCode::Backspace);
    }
    desk.ui.typed("отремонтир");
    assert_eq!(desk.found()[0].0, "coverage");
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.ui.app.detail().expect("its inquiry").id, inquiry);
}
