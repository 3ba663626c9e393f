//! The store on a real temporary file: every query, the audit trail, durability.

mod common;

use common::{HOUR, NOW, settings};
use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg};
use pressdesk::clock::Clock;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::domain::{Channel, ContactKind, Priority, Status};
use pressdesk::runtime::Runtime;
use pressdesk::store::{InquiryChange, NewContact, NewInquiry, OutletRef, Store, StoreError, Who};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn phones() -> PhoneRules {
    PhoneRules::for_country("RU").unwrap()
}

fn new_inquiry(who: Who, question: &str, due_in: i64) -> NewInquiry {
    NewInquiry {
        received_at: NOW,
        channel: Channel::Phone,
        who,
        outlet: OutletRef::None,
        subject: String::new(),
        question: question.into(),
        requested_deadline: None,
        due_at: NOW + due_in,
        priority: Priority::Normal,
        assignee: Some("elena".into()),
    }
}

fn journalist(name: &str, outlet: &str, phone: &str) -> Who {
    let mut c = NewContact::named(name, ContactKind::Journalist);
    c.outlet = OutletRef::Named(outlet.into());
    c.phones.push(phone.into());
    Who::New(Box::new(c))
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("desk.sqlite3"), "elena").unwrap();
    (dir, store)
}

#[test]
fn logging_creates_the_contact_and_outlet_and_records_who() {
    let (_dir, mut store) = temp_store();
    let id = store
        .log_inquiry(
            &new_inquiry(
                journalist("Кузнецова Мария", "ГТРК «Кузбасс»", "8 918 123-45-67"),
                "Когда дадут воду?",
                HOUR,
            ),
            &phones(),
            NOW,
        )
        .unwrap();
    let inq = store.inquiry(id).unwrap();
    assert_eq!(inq.contact_name.as_deref(), Some("Кузнецова Мария"));
    assert_eq!(
        inq.outlet_name.as_deref(),
        Some("ГТРК «Кузбасс»"),
        "the contact's outlet is taken"
    );
    assert_eq!(inq.status, Status::New);
    assert_eq!(inq.created_by, "elena");
    let contacts = store.contact_summaries().unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].phones, vec!["8 918 123-45-67"]);
    let history = store.history("inquiry", id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, "create");
    assert_eq!(history[0].who, "elena");
    assert_eq!(store.history("contact", contacts[0].id).unwrap().len(), 1);

    // An outlet named again in another case is the same outlet.
    let second = store
        .log_inquiry(
            &NewInquiry {
                outlet: OutletRef::Named("гтрк «кузбасс»".into()),
                ..new_inquiry(Who::Unknown, "Ещё вопрос", HOUR)
            },
            &phones(),
            NOW,
        )
        .unwrap();
    assert_eq!(store.inquiry(second).unwrap().outlet_id, inq.outlet_id);
    assert_eq!(store.outlets().unwrap().len(), 1);
}

#[test]
fn an_empty_question_is_refused() {
    let (_dir, mut store) = temp_store();
    let err = store
        .log_inquiry(&new_inquiry(Who::Unknown, "   ", HOUR), &phones(), NOW)
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)));
    assert!(store.is_empty().unwrap());
}

#[test]
fn every_change_is_saved_and_audited() {
    let (_dir, mut store) = temp_store();
    let id = store
        .log_inquiry(&new_inquiry(Who::Unknown, "Вопрос", HOUR), &phones(), NOW)
        .unwrap();
    let p = phones();
    let steps: Vec<(InquiryChange, &str)> = vec![
        (
            InquiryChange::Status {
                status: Status::InProgress,
                reason: None,
            },
            "status",
        ),
        (InquiryChange::Assign(Some("anastasia".into())), "assignee"),
        (
            InquiryChange::Expert(Who::New(Box::new(NewContact::named(
                "Иванов С. П.",
                ContactKind::Expert,
            )))),
            "expert_id",
        ),
        (
            InquiryChange::Deadline {
                requested: Some(NOW + 2 * HOUR),
                due_at: NOW + HOUR,
            },
            "requested_deadline",
        ),
        (
            InquiryChange::Priority {
                priority: Priority::Urgent,
                due_at: NOW + 30 * 60,
            },
            "priority",
        ),
        (InquiryChange::Question("Вопрос уточнён".into()), "question"),
        (InquiryChange::Subject("Вода".into()), "subject"),
        (InquiryChange::Answer("Ответ".into()), "answer"),
    ];
    for (n, (change, field)) in steps.iter().enumerate() {
        store.set_user(if n % 2 == 0 { "elena" } else { "anastasia" });
        store
            .change_inquiry(id, change, &p, NOW + n as i64 * 60)
            .unwrap();
        let history = store.history("inquiry", id).unwrap();
        assert!(
            history.iter().any(|e| e.field.as_deref() == Some(*field)),
            "no audit entry for {field}: {history:#?}"
        );
    }
    let inq = store.inquiry(id).unwrap();
    assert_eq!(inq.status, Status::Answered);
    assert_eq!(inq.answer.as_deref(), Some("Ответ"));
    assert_eq!(inq.answered_at, Some(NOW + 7 * 60));
    assert_eq!(inq.assignee.as_deref(), Some("anastasia"));
    assert_eq!(inq.expert_name.as_deref(), Some("Иванов С. П."));
    assert_eq!(inq.priority, Priority::Urgent);
    assert_eq!(inq.due_at, NOW + 30 * 60);
    assert_eq!(inq.requested_deadline, Some(NOW + 2 * HOUR));
    assert_eq!(inq.headline(), "Вода");
    let history = store.history("inquiry", id).unwrap();
    let status = history
        .iter()
        .find(|e| e.field.as_deref() == Some("status"))
        .unwrap();
    assert_eq!(
        (status.old_value.as_deref(), status.new_value.as_deref()),
        (Some("new"), Some("in_progress"))
    );
    assert_eq!(status.who, "elena");
    assert!(history.iter().any(|e| e.who == "anastasia"));

    // Reopening clears the answered time; closing keeps it.
    store
        .change_inquiry(
            id,
            &InquiryChange::Status {
                status: Status::InProgress,
                reason: None,
            },
            &p,
            NOW + HOUR,
        )
        .unwrap();
    assert_eq!(store.inquiry(id).unwrap().answered_at, None);

    // A change to the same value records nothing.
    let before = store.history("inquiry", id).unwrap().len();
    store
        .change_inquiry(id, &InquiryChange::Subject("Вода".into()), &p, NOW + HOUR)
        .unwrap();
    assert_eq!(store.history("inquiry", id).unwrap().len(), before);
}

#[test]
fn declining_needs_a_reason() {
    let (_dir, mut store) = temp_store();
    let id = store
        .log_inquiry(&new_inquiry(Who::Unknown, "Вопрос", HOUR), &phones(), NOW)
        .unwrap();
    let err = store
        .change_inquiry(
            id,
            &InquiryChange::Status {
                status: Status::Declined,
                reason: None,
            },
            &phones(),
            NOW,
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)));
    assert_eq!(
        store.inquiry(id).unwrap().status,
        Status::New,
        "nothing half-written"
    );
    let inq = store
        .change_inquiry(
            id,
            &InquiryChange::Status {
                status: Status::Declined,
                reason: Some("Персональные данные".into()),
            },
            &phones(),
            NOW,
        )
        .unwrap();
    assert_eq!(inq.status, Status::Declined);
    assert_eq!(inq.decline_reason.as_deref(), Some("Персональные данные"));
}

#[test]
fn the_queue_queries() {
    let (_dir, mut store) = temp_store();
    let p = phones();
    let late = store
        .log_inquiry(&new_inquiry(Who::Unknown, "late", -HOUR), &p, NOW)
        .unwrap();
    let later = store
        .log_inquiry(&new_inquiry(Who::Unknown, "later", 5 * HOUR), &p, NOW)
        .unwrap();
    let soon = store
        .log_inquiry(&new_inquiry(Who::Unknown, "soon", 10 * 60), &p, NOW)
        .unwrap();
    let done = store
        .log_inquiry(&new_inquiry(Who::Unknown, "done", -2 * HOUR), &p, NOW)
        .unwrap();
    store
        .change_inquiry(done, &InquiryChange::Answer("ok".into()), &p, NOW)
        .unwrap();

    let open: Vec<i64> = store
        .open_inquiries()
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(open, vec![late, soon, later]);
    let overdue: Vec<i64> = store
        .overdue_inquiries(NOW)
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(overdue, vec![late]);
    let finished: Vec<i64> = store
        .recent_finished_inquiries(10)
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(finished, vec![done]);
    assert!(matches!(
        store.inquiry(999),
        Err(StoreError::NoInquiry(999))
    ));
}

#[test]
fn a_second_connection_sees_a_commit_at_once_and_notices_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.sqlite3");
    let mut mine = Store::open(&path, "elena").unwrap();
    let theirs = Store::open(&path, "anastasia").unwrap();
    let before = theirs.data_version().unwrap();
    let id = mine
        .log_inquiry(&new_inquiry(Who::Unknown, "Вопрос", HOUR), &phones(), NOW)
        .unwrap();
    assert_eq!(theirs.inquiry(id).unwrap().question, "Вопрос");
    assert_ne!(
        theirs.data_version().unwrap(),
        before,
        "the colleague's process can notice"
    );
    let mine_before = mine.data_version().unwrap();
    mine.log_inquiry(&new_inquiry(Who::Unknown, "Ещё", HOUR), &phones(), NOW)
        .unwrap();
    assert_eq!(
        mine.data_version().unwrap(),
        mine_before,
        "our own writes do not trigger a reload"
    );
}

#[test]
fn reopening_finds_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let id = {
        let mut store = Store::open(&path, "elena").unwrap();
        store
            .log_inquiry(&new_inquiry(Who::Unknown, "Вопрос", HOUR), &phones(), NOW)
            .unwrap()
    };
    let store = Store::open(&path, "elena").unwrap();
    assert_eq!(store.inquiry(id).unwrap().question, "Вопрос");
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

fn press(runtime: &mut Runtime, app: &mut App, code: KeyCode) {
    let modifiers = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    runtime.dispatch(app, Msg::Key(KeyEvent::new(code, modifiers)));
}

/// The quick log through the app's own update loop, on a real file: the record is on
/// disk when Enter returns.
fn log_through_the_app(path: &std::path::Path) {
    let store = Store::open(path, "elena").unwrap();
    let mut runtime = Runtime::new(
        store,
        Clock::starting_at(chrono::DateTime::from_timestamp(NOW, 0).unwrap()),
    );
    let mut app = App::new(settings(), KeyMap::default(), NOW);
    for effect in App::startup() {
        if let Some(msg) = runtime.perform(effect, &app.settings) {
            runtime.dispatch(&mut app, msg);
        }
    }
    press(&mut runtime, &mut app, KeyCode::Char('L'));
    for c in "Петров 89001112233".chars() {
        press(&mut runtime, &mut app, KeyCode::Char(c));
    }
    press(&mut runtime, &mut app, KeyCode::Tab);
    for c in "Почему нет воды?".chars() {
        press(&mut runtime, &mut app, KeyCode::Char(c));
    }
    press(&mut runtime, &mut app, KeyCode::Tab);
    for c in "+2h".chars() {
        press(&mut runtime, &mut app, KeyCode::Char(c));
    }
    press(&mut runtime, &mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "the form closed after the save");
    // No orderly shutdown: the store is leaked, as if the process were killed now.
    std::mem::forget(runtime);
}

fn check_logged(path: &std::path::Path) {
    let store = Store::open(path, "check").unwrap();
    let open = store.open_inquiries().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].question, "Почему нет воды?");
    assert_eq!(open[0].contact_name.as_deref(), Some("Петров"));
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn enter_commits_before_anything_else_happens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    log_through_the_app(&path);
    check_logged(&path);
}

/// The same, with the process really killed: this test runs itself as a child that logs
/// through the app and then aborts (no destructors, no clean close), and the parent reads
/// what is on disk.
#[test]
fn a_killed_process_loses_nothing() {
    const CHILD: &str = "PRESSDESK_TEST_CRASH_DB";
    if let Ok(path) = std::env::var(CHILD) {
        log_through_the_app(std::path::Path::new(&path));
        std::process::abort();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "a_killed_process_loses_nothing", "--nocapture"])
        .env(CHILD, &path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success(), "the child was meant to die");
    check_logged(&path);
}
