//! `update` driven with fixtures and a fixed `now`: no terminal, no database, no sleeps.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::app::quick_log::QuickLog;
use crate::domain::{Channel, Priority, Status, Urgency};
use crate::fixtures::{HOUR, NOW, contacts, inquiry, settings};
use crate::store::OutletRef;

/// An app with the queue loaded: #1 overdue, #2 due soon, #3 later, #4 answered.
fn app() -> App {
    let mut app = App::new(settings(), KeyMap::default(), NOW);
    let items = vec![
        inquiry(3, 5 * HOUR, Status::New),
        inquiry(1, -HOUR, Status::InProgress),
        inquiry(2, 30 * 60, Status::Waiting),
        inquiry(4, -3 * HOUR, Status::Answered),
    ];
    update(&mut app, Msg::QueueLoaded(Ok(items)), NOW);
    update(
        &mut app,
        Msg::DirectoryLoaded(Ok((contacts(), Vec::new()))),
        NOW,
    );
    app
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ch(c: char) -> Msg {
    let modifiers = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    Msg::Key(KeyEvent::new(KeyCode::Char(c), modifiers))
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, ch(c), NOW);
    }
}

fn visible_ids(app: &App) -> Vec<i64> {
    app.queue
        .visible
        .iter()
        .map(|&i| app.queue.items[i].id)
        .collect()
}

fn form(app: &App) -> &QuickLog {
    match &app.overlay {
        Some(Overlay::QuickLog(f)) => f,
        other => panic!("expected the quick log, found {other:?}"),
    }
}

#[test]
fn the_queue_opens_sorted_by_urgency() {
    let app = app();
    assert_eq!(visible_ids(&app), vec![1, 2, 3]);
    assert_eq!(app.overdue_count(), 1);
    assert_eq!(app.due_soon_count(), 1);
}

#[test]
fn filters_show_open_mine_overdue_escalated_and_all() {
    let mut app = app();
    let mut seen = Vec::new();
    for _ in 0..5 {
        seen.push((app.queue.filter, visible_ids(&app)));
        update(&mut app, ch('f'), NOW);
    }
    assert_eq!(
        seen,
        vec![
            (queue::Filter::Open, vec![1, 2, 3]),
            (queue::Filter::Mine, vec![2]),
            (queue::Filter::Overdue, vec![1]),
            (queue::Filter::Escalated, vec![]),
            (queue::Filter::All, vec![1, 2, 3, 4]),
        ]
    );
    assert_eq!(app.queue.filter, queue::Filter::Open);
}

#[test]
fn moving_through_the_queue_stays_in_bounds() {
    let mut app = app();
    let cases: &[(Msg, usize)] = &[
        (key(KeyCode::Down), 1),
        (ch('j'), 2),
        (ch('j'), 2),
        (ch('k'), 1),
        (ch('G'), 2),
        (ch('g'), 0),
        (key(KeyCode::Up), 0),
    ];
    for (msg, want) in cases {
        let msg = match msg {
            Msg::Key(k) => Msg::Key(*k),
            _ => unreachable!(),
        };
        update(&mut app, msg, NOW);
        assert_eq!(app.queue.selected, *want);
    }
}

#[test]
fn an_inquiry_turns_due_soon_then_overdue_by_itself_and_rings_once() {
    let mut app = app();
    // #2 is due in 30 minutes: overdue, with one bell, when that moment passes.
    let out = update(&mut app, Msg::Tick, NOW + 30 * 60);
    assert!(out.redraw);
    assert!(app.queue.overdue.contains(&2));
    assert_eq!(out.effects, vec![Effect::Bell]);
    assert!(app.flash.as_ref().unwrap().text.contains("#2"));

    // #3 is due in five hours: due soon at four hours from now, no bell for that.
    let out = update(&mut app, Msg::Tick, NOW + 4 * HOUR);
    assert!(out.redraw);
    assert!(app.queue.due_soon.contains(&3));
    assert!(out.effects.is_empty());

    let out = update(&mut app, Msg::Tick, NOW + 5 * HOUR);
    assert!(app.queue.overdue.contains(&3));
    assert_eq!(out.effects, vec![Effect::Bell]);
    assert!(app.flash.as_ref().unwrap().text.contains("#3"));

    // The next tick in the same state rings no more.
    let out = update(&mut app, Msg::Tick, NOW + 5 * HOUR + 1);
    assert!(out.effects.is_empty());
}

#[test]
fn the_bell_can_be_turned_off() {
    let mut app = app();
    app.settings.bell = false;
    let out = update(&mut app, Msg::Tick, NOW + 5 * HOUR);
    assert!(out.effects.is_empty());
    assert!(app.queue.overdue.contains(&3));
}

#[test]
fn an_idle_tick_in_the_same_minute_does_not_redraw() {
    let mut app = app();
    let out = update(&mut app, Msg::Tick, NOW + 5);
    assert!(!out.redraw);
    let out = update(&mut app, Msg::Tick, NOW + 61);
    assert!(out.redraw, "the minute turned: relative times change");
}

#[test]
fn next_wake_is_the_next_change_on_screen() {
    let app = app();
    // #2 is due in 30 minutes; the minute turning over comes first.
    assert_eq!(app.next_wake(), NOW + 60);
    let mut later = app;
    update(&mut later, Msg::Tick, NOW + 29 * 60 + 30);
    assert_eq!(later.next_wake(), NOW + 30 * 60);
}

#[test]
fn quick_log_picks_a_contact_by_latin_letters_and_saves_with_enter() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    assert_eq!(form(&app).focus, quick_log::QField::Who);
    typed(&mut app, "kuzn");
    assert_eq!(form(&app).who_list.pick(), suggest::Pick::Existing(1));
    update(&mut app, key(KeyCode::Tab), NOW);
    let f = form(&app);
    assert_eq!(f.who_picked, Some(1));
    assert_eq!(f.who.value(), "Кузнецова Мария Игоревна");
    assert_eq!(
        f.outlet.value(),
        "ГТРК «Кузбасс»",
        "the contact's outlet fills in"
    );
    assert_eq!(f.focus, quick_log::QField::Question);
    typed(&mut app, "Когда дадут горячую воду?");
    update(&mut app, key(KeyCode::Tab), NOW);
    typed(&mut app, "23:00");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    let [Effect::Log(new, _)] = out.effects.as_slice() else {
        panic!("expected one save, got {:?}", out.effects);
    };
    assert_eq!(new.who, Who::Existing(1));
    assert_eq!(new.outlet, OutletRef::Existing(10));
    assert_eq!(new.question, "Когда дадут горячую воду?");
    assert_eq!(new.requested_deadline, Some(NOW + HOUR + 20 * 60));
    assert_eq!(new.due_at, NOW + HOUR + 20 * 60);
    assert_eq!(new.channel, Channel::Phone);
    assert_eq!(new.received_at, NOW);
    assert!(
        form(&app).saving,
        "the form stays until the save is confirmed"
    );

    update(&mut app, Msg::Logged(Ok(42)), NOW);
    assert!(app.overlay.is_none());
    assert_eq!(app.queue.select_next, Some(42));
}

#[test]
fn digits_in_who_find_the_number_however_it_was_stored() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    typed(&mut app, "8 918 123");
    assert_eq!(form(&app).who_list.pick(), suggest::Pick::Existing(1));
}

#[test]
fn a_new_name_creates_the_contact() {
    let mut app = app();
    update(&mut app, ch('n'), NOW);
    typed(&mut app, "Новиков Пётр 89001112233");
    // The best fuzzy match is not this person: choose the "new contact" row.
    while form(&app).who_list.pick() != suggest::Pick::New {
        update(&mut app, key(KeyCode::Down), NOW);
    }
    update(&mut app, key(KeyCode::Tab), NOW);
    typed(&mut app, "Вопрос");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    let [Effect::Log(new, _)] = out.effects.as_slice() else {
        panic!("expected one save");
    };
    let Who::New(contact) = &new.who else {
        panic!("expected a new contact, got {:?}", new.who);
    };
    assert_eq!(contact.name, "Новиков Пётр");
    assert_eq!(contact.phones, vec!["89001112233"]);
}

#[test]
fn a_bad_deadline_is_shown_in_place_and_nothing_typed_is_lost() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    update(&mut app, key(KeyCode::Tab), NOW);
    typed(&mut app, "Сколько стоит?");
    update(&mut app, key(KeyCode::Tab), NOW);
    typed(&mut app, "25:99");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert!(out.effects.is_empty());
    let f = form(&app);
    assert_eq!(f.focus, quick_log::QField::Deadline);
    let (field, message) = f.field_error.clone().expect("an error beside the field");
    assert_eq!(field, quick_log::QField::Deadline);
    assert!(message.contains("25:99"), "{message}");
    assert_eq!(f.question.value(), "Сколько стоит?");
    assert_eq!(f.deadline.value(), "25:99");
}

#[test]
fn a_missing_question_is_asked_for() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert!(out.effects.is_empty());
    assert_eq!(form(&app).focus, quick_log::QField::Question);
    assert!(form(&app).field_error.is_some());
}

#[test]
fn a_failed_save_keeps_the_form_as_typed() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    update(&mut app, key(KeyCode::Tab), NOW);
    typed(&mut app, "Текст");
    update(&mut app, key(KeyCode::Enter), NOW);
    update(&mut app, Msg::Logged(Err("database is locked".into())), NOW);
    let f = form(&app);
    assert!(!f.saving);
    assert_eq!(f.question.value(), "Текст");
    assert!(f.error.as_deref().unwrap().contains("database is locked"));
}

#[test]
fn escape_asks_before_discarding_typed_text() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    update(&mut app, key(KeyCode::Esc), NOW);
    assert!(app.overlay.is_none(), "an empty form closes at once");

    update(&mut app, ch('L'), NOW);
    typed(&mut app, "Петров");
    update(&mut app, key(KeyCode::Esc), NOW);
    assert!(form(&app).confirm_discard);
    update(&mut app, ch('n'), NOW);
    assert!(!form(&app).confirm_discard);
    assert_eq!(form(&app).who.value(), "Петров");
    update(&mut app, key(KeyCode::Esc), NOW);
    update(&mut app, ch('y'), NOW);
    assert!(app.overlay.is_none());
    // A second Esc at the question discards too.
    update(&mut app, ch('L'), NOW);
    typed(&mut app, "Петров");
    update(&mut app, key(KeyCode::Esc), NOW);
    assert!(form(&app).confirm_discard);
    update(&mut app, key(KeyCode::Esc), NOW);
    assert!(app.overlay.is_none());
}

#[test]
fn channel_and_priority_are_chosen_with_arrows() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    for _ in 0..3 {
        update(&mut app, key(KeyCode::Tab), NOW);
    }
    assert_eq!(form(&app).focus, quick_log::QField::Channel);
    update(&mut app, key(KeyCode::Right), NOW);
    assert_eq!(form(&app).channel, Channel::Messenger);
    update(&mut app, key(KeyCode::Tab), NOW);
    update(&mut app, key(KeyCode::Left), NOW);
    assert_eq!(form(&app).priority, Priority::High);
    update(&mut app, ch('1'), NOW);
    assert_eq!(form(&app).priority, Priority::Urgent);
}

#[test]
fn status_picker_and_declining_needs_a_reason() {
    let mut app = app();
    update(&mut app, ch('s'), NOW);
    assert!(matches!(app.overlay, Some(Overlay::Picker(_))));
    let out = update(&mut app, ch('2'), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Status {
                status: Status::InProgress,
                reason: None
            }
        }]
    );

    update(
        &mut app,
        Msg::Changed(Ok(inquiry(1, -HOUR, Status::InProgress))),
        NOW,
    );
    assert!(app.overlay.is_none());
    update(&mut app, ch('s'), NOW);
    update(&mut app, ch('6'), NOW);
    let Some(Overlay::Prompt(p)) = &app.overlay else {
        panic!("declining asks why");
    };
    assert_eq!(p.kind, PromptKind::DeclineReason);
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert!(out.effects.is_empty(), "an empty reason is refused");
    typed(&mut app, "Вне компетенции");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Status {
                status: Status::Declined,
                reason: Some("Вне компетенции".into())
            }
        }]
    );
}

#[test]
fn a_failed_change_keeps_the_prompt_text() {
    let mut app = app();
    update(&mut app, ch('a'), NOW);
    typed(&mut app, "Ответ готов");
    update(&mut app, key(KeyCode::Enter), NOW);
    update(&mut app, Msg::Changed(Err("disk full".into())), NOW);
    let Some(Overlay::Prompt(p)) = &app.overlay else {
        panic!("the prompt stays open");
    };
    assert_eq!(p.value(), "Ответ готов");
    assert!(p.error.as_deref().unwrap().contains("disk full"));
}

#[test]
fn answer_assign_priority_and_deadline_ask_for_the_right_change() {
    let mut app = app();
    update(&mut app, ch('a'), NOW);
    typed(&mut app, "Горячая вода будет к утру.");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Answer("Горячая вода будет к утру.".into())
        }]
    );
    app.overlay = None;

    update(&mut app, ch('A'), NOW);
    let out = update(&mut app, ch('2'), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Assign(Some("anastasia".into()))
        }]
    );
    app.overlay = None;

    // Urgent: the office's rule (1 h from receipt) comes before the old deadline.
    update(&mut app, ch('p'), NOW);
    let out = update(&mut app, ch('1'), NOW);
    let received = NOW - 2 * HOUR;
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Priority {
                priority: Priority::Urgent,
                due_at: received + HOUR
            }
        }]
    );
    app.overlay = None;

    update(&mut app, ch('d'), NOW);
    typed(&mut app, "+2h");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Deadline {
                requested: Some(NOW + 2 * HOUR),
                due_at: NOW + 2 * HOUR
            }
        }]
    );
    app.overlay = None;

    update(&mut app, ch('d'), NOW);
    typed(&mut app, "someday");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert!(out.effects.is_empty());
    let Some(Overlay::Prompt(p)) = &app.overlay else {
        panic!()
    };
    assert!(p.error.is_some());
    assert_eq!(p.input.value(), "someday");
}

#[test]
fn the_expert_is_chosen_among_experts() {
    let mut app = app();
    update(&mut app, ch('x'), NOW);
    typed(&mut app, "ivan");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Expert(Who::Existing(2))
        }]
    );
}

#[test]
fn space_advances_the_status() {
    let mut app = app();
    update(&mut app, ch('j'), NOW);
    let out = update(&mut app, ch(' '), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 2,
            change: InquiryChange::Status {
                status: Status::Answered,
                reason: None
            }
        }]
    );
}

#[test]
fn the_detail_view_opens_loads_history_and_goes_back() {
    let mut app = app();
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    // Its history, the posts planned from it and its files.
    assert_eq!(
        out.effects,
        vec![
            Effect::LoadDetail(1),
            Effect::Plan(calendar::PlanEffect::LoadInquiryPosts(1)),
            Effect::Files(crate::app::files::FilesEffect::Load(
                crate::store::AttachTo::Inquiry(1)
            )),
            Effect::LoadCoverage(1),
        ]
    );
    assert_eq!(app.detail().unwrap().id, 1);
    // Keys act on the open inquiry.
    update(&mut app, ch('e'), NOW);
    let Some(Overlay::Prompt(p)) = &app.overlay else {
        panic!()
    };
    assert_eq!(p.input.value(), "Когда дадут горячую воду на Ленина? (1)");
    update(&mut app, key(KeyCode::Esc), NOW);
    update(&mut app, key(KeyCode::Esc), NOW);
    assert!(app.detail().is_none());
}

#[test]
fn another_process_writing_reloads_what_is_shown() {
    let mut app = app();
    update(&mut app, key(KeyCode::Enter), NOW);
    let out = update(&mut app, Msg::ExternalChange, NOW);
    assert_eq!(
        out.effects,
        vec![
            Effect::LoadQueue,
            Effect::LoadDirectory,
            Effect::LoadDetail(1),
            Effect::LoadCoverage(1),
            // The calendar's days and the late count, and the open inquiry's posts.
            Effect::Plan(calendar::PlanEffect::Load(Some(
                app.calendar.wanted_range()
            ))),
            Effect::Plan(calendar::PlanEffect::LoadInquiryPosts(1)),
        ]
    );
}

#[test]
fn a_reload_keeps_the_selection_on_the_same_inquiry() {
    let mut app = app();
    update(&mut app, ch('j'), NOW);
    assert_eq!(app.queue.selected_inquiry().unwrap().id, 2);
    let items = vec![
        inquiry(7, -2 * HOUR, Status::New),
        inquiry(1, -HOUR, Status::InProgress),
        inquiry(2, 30 * 60, Status::Waiting),
    ];
    update(&mut app, Msg::QueueLoaded(Ok(items)), NOW);
    assert_eq!(app.queue.selected_inquiry().unwrap().id, 2);
}

#[test]
fn help_opens_and_closes() {
    let mut app = app();
    update(&mut app, ch('?'), NOW);
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    update(&mut app, ch('j'), NOW);
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll: 1 })));
    update(&mut app, ch('?'), NOW);
    assert!(app.overlay.is_none());
}

#[test]
fn quit_from_the_queue_and_ctrl_c_cancels_a_form() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    typed(&mut app, "q");
    assert!(!app.quit, "q in a form is a letter");
    assert_eq!(form(&app).who.value(), "q");
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        NOW,
    );
    assert!(!app.quit);
    assert!(form(&app).confirm_discard);
    update(&mut app, ch('y'), NOW);
    update(&mut app, ch('q'), NOW);
    assert!(app.quit);
}

#[test]
fn urgency_of_the_fixture() {
    let app = app();
    let soon = app.settings.due_soon();
    let urgencies: Vec<Urgency> = app
        .queue
        .items
        .iter()
        .map(|i| i.urgency(NOW, soon))
        .collect();
    assert_eq!(
        urgencies,
        vec![
            Urgency::Overdue,
            Urgency::DueSoon,
            Urgency::Pending,
            Urgency::Done
        ]
    );
}

#[test]
fn paste_goes_into_the_focused_field() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    update(&mut app, key(KeyCode::Tab), NOW);
    update(&mut app, Msg::Paste("Строка один\nстрока два".into()), NOW);
    assert_eq!(form(&app).question.value(), "Строка один строка два");
}

#[test]
fn a_new_caller_works_at_the_outlet_given() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    typed(&mut app, "Орлов 89135551212");
    while form(&app).who_list.pick() != suggest::Pick::New {
        update(&mut app, key(KeyCode::Down), NOW);
    }
    update(&mut app, key(KeyCode::Tab), NOW);
    typed(&mut app, "Правда ли?");
    for _ in 0..4 {
        update(&mut app, key(KeyCode::Tab), NOW);
    }
    assert_eq!(form(&app).focus, quick_log::QField::Outlet);
    typed(&mut app, "Новое издание");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    let [Effect::Log(new, _)] = out.effects.as_slice() else {
        panic!("expected one save");
    };
    let Who::New(contact) = &new.who else {
        panic!("expected a new contact");
    };
    assert_eq!(contact.outlet, OutletRef::Named("Новое издание".into()));
    assert_eq!(new.outlet, OutletRef::Named("Новое издание".into()));
}

#[test]
fn esc_from_an_inquiry_returns_to_the_queue_row_it_was_opened_from() {
    let mut app = app();
    update(&mut app, key(KeyCode::Down), NOW);
    update(&mut app, key(KeyCode::Enter), NOW);
    assert_eq!(app.detail().map(|d| d.id), Some(2));
    assert_eq!(app.stack().len(), 2);
    update(&mut app, key(KeyCode::Esc), NOW);
    assert!(matches!(app.current(), Screen::Queue));
    assert_eq!(app.queue.selected_inquiry().map(|i| i.id), Some(2));
    // Esc at a pane's root stays there.
    let out = update(&mut app, key(KeyCode::Esc), NOW);
    assert!(matches!(app.current(), Screen::Queue));
    assert!(out.effects.is_empty());
}

#[test]
fn a_pane_key_from_deep_starts_at_that_panes_root() {
    let mut app = app();
    // Queue → inquiry → its contact's card → the book's root with `2`.
    update(&mut app, key(KeyCode::Enter), NOW);
    update(&mut app, ch('c'), NOW);
    assert!(app.card().is_some());
    assert_eq!(app.stack().len(), 3);
    update(&mut app, ch('2'), NOW);
    assert!(matches!(app.stack(), [Screen::Book]));
    assert!(app.book.typing);
    // And `1` from there is the queue's list, not the inquiry left behind.
    update(&mut app, key(KeyCode::Esc), NOW);
    update(&mut app, ch('1'), NOW);
    assert!(matches!(app.stack(), [Screen::Queue]));
}

#[test]
fn opening_the_same_record_again_does_not_stack_it_twice() {
    let mut app = app();
    update(&mut app, key(KeyCode::Enter), NOW);
    crate::app::open_inquiry(&mut app, 1, None);
    assert_eq!(app.stack().len(), 2);
    update(&mut app, key(KeyCode::Esc), NOW);
    assert!(matches!(app.stack(), [Screen::Queue]));
}

/// The quick log with a new caller typed whose number belongs to contact #1, the
/// question filled, and Enter pressed once.
fn quick_log_with_a_known_number(app: &mut App) -> Outcome {
    update(app, ch('L'), NOW);
    typed(app, "Петров 8 918 123-45-67");
    while form(app).who_list.pick() != suggest::Pick::New {
        update(app, key(KeyCode::Down), NOW);
    }
    update(app, key(KeyCode::Tab), NOW);
    typed(app, "Когда дадут воду?");
    update(app, key(KeyCode::Enter), NOW)
}

#[test]
fn a_new_caller_with_a_known_number_is_warned_and_offered_that_contact() {
    let mut app = app();
    let out = quick_log_with_a_known_number(&mut app);
    assert!(out.effects.is_empty(), "nothing saved before the warning");
    let owner = form(&app)
        .known_owner
        .clone()
        .expect("a warning about the number");
    assert_eq!(
        (owner.id, owner.name.as_str()),
        (1, "Кузнецова Мария Игоревна")
    );
    assert_eq!(form(&app).focus, quick_log::QField::Who);
    assert_eq!(form(&app).question.value(), "Когда дадут воду?");
    // ↑ picks the contact who has the number, and Enter logs it for them.
    update(&mut app, key(KeyCode::Up), NOW);
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    let [Effect::Log(new, _)] = out.effects.as_slice() else {
        panic!("expected one save, got {out:?}");
    };
    assert_eq!(new.who, Who::Existing(1));
}

#[test]
fn a_second_enter_after_the_warning_creates_the_new_contact_anyway() {
    let mut app = app();
    quick_log_with_a_known_number(&mut app);
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    let [Effect::Log(new, _)] = out.effects.as_slice() else {
        panic!("expected one save, got {out:?}");
    };
    let Who::New(contact) = &new.who else {
        panic!("expected a new contact");
    };
    assert_eq!(contact.name, "Петров");
    assert_eq!(contact.phones, vec!["8 918 123-45-67"]);
}

fn click(row: u16) -> Msg {
    Msg::Mouse(mouse::Mouse::Click { column: 10, row })
}

#[test]
fn a_click_selects_a_queue_row_a_double_click_opens_it_the_wheel_scrolls() {
    let mut app = app();
    update(&mut app, Msg::Resize(100, 20), NOW);
    // Rows 0 and 1 are the title bar and the headings; row 3 is the second inquiry.
    update(&mut app, click(3), NOW);
    assert_eq!(app.queue.selected_inquiry().map(|i| i.id), Some(2));
    // Below the last row and on the headings nothing changes.
    update(&mut app, click(15), NOW);
    update(&mut app, click(1), NOW);
    assert_eq!(app.queue.selected_inquiry().map(|i| i.id), Some(2));
    update(&mut app, Msg::Mouse(mouse::Mouse::WheelDown), NOW);
    assert_eq!(app.queue.selected_inquiry().map(|i| i.id), Some(3));
    update(&mut app, Msg::Mouse(mouse::Mouse::WheelUp), NOW);
    let double = mouse::Mouse::DoubleClick { column: 10, row: 2 };
    let out = update(&mut app, Msg::Mouse(double), NOW);
    assert_eq!(app.detail().map(|d| d.id), Some(1));
    assert!(out.effects.contains(&Effect::LoadDetail(1)));
    // In the inquiry the wheel scrolls the text.
    update(&mut app, Msg::Mouse(mouse::Mouse::WheelDown), NOW);
    assert_eq!(app.detail().map(|d| d.scroll), Some(1));
}

#[test]
fn a_click_picks_a_hit_of_the_memory_search_and_a_double_click_opens_it() {
    let mut app = app();
    update(&mut app, Msg::Resize(100, 20), NOW);
    update(&mut app, ch('/'), NOW);
    for c in "вода".chars() {
        update(&mut app, ch(c), NOW);
    }
    let hits = vec![
        crate::fixtures::memory_hit(crate::store::MemoryKind::PlanItem, 7),
        crate::fixtures::memory_hit(crate::store::MemoryKind::Inquiry, 2),
    ];
    let found = memory_search::MemoryMsg::Found {
        query: "вода".into(),
        result: Ok(hits),
    };
    update(&mut app, Msg::Memory(found), NOW);
    // Two rows a hit below the title bar, the search line and what was found.
    update(&mut app, click(5), NOW);
    let Screen::Memory(search) = app.current() else {
        panic!("the search is shown");
    };
    assert_eq!(search.selected, 1);
    let double = mouse::Mouse::DoubleClick { column: 10, row: 6 };
    let out = update(&mut app, Msg::Mouse(double), NOW);
    assert_eq!(app.detail().map(|d| d.id), Some(2));
    assert!(out.effects.contains(&Effect::LoadDetail(2)));
}

#[test]
fn the_mouse_leaves_an_open_window_alone() {
    let mut app = app();
    update(&mut app, ch('L'), NOW);
    let out = update(&mut app, click(3), NOW);
    assert_eq!(out, Outcome::none());
    assert_eq!(app.queue.selected_inquiry().map(|i| i.id), Some(1));
}

#[test]
fn an_answer_of_several_paragraphs_is_saved_whole_with_enter() {
    let mut app = app();
    update(&mut app, ch('a'), NOW);
    typed(&mut app, "Воду дадут в четверг.");
    let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
    update(&mut app, Msg::Key(alt_enter), NOW);
    typed(&mut app, "Подробности на сайте.");
    let out = update(&mut app, key(KeyCode::Enter), NOW);
    assert_eq!(
        out.effects,
        vec![Effect::Change {
            id: 1,
            change: InquiryChange::Answer("Воду дадут в четверг.\nПодробности на сайте.".into()),
        }]
    );
}

fn with_keys(config: &str) -> App {
    let config = crate::config::Config::parse(config, std::path::Path::new("config.toml")).unwrap();
    let mut app = app();
    app.keymap = KeyMap::from_config(&config).unwrap();
    app
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

#[test]
fn window_keys_come_from_the_keymap_and_can_be_rebound() {
    let mut app = with_keys("[keys]\nnext_field = \"ctrl-n\"\nsubmit = [\"ctrl-s\"]\n");
    update(&mut app, ch('L'), NOW);
    typed(&mut app, "Новый");
    // Tab is no longer the next-field key: it does nothing, the rebound key moves on.
    update(&mut app, key(KeyCode::Tab), NOW);
    assert_eq!(form(&app).focus, quick_log::QField::Who);
    update(&mut app, ctrl('n'), NOW);
    assert_eq!(form(&app).focus, quick_log::QField::Question);
    typed(&mut app, "Когда?");
    // Enter no longer saves; Ctrl-S does.
    let o = update(&mut app, key(KeyCode::Enter), NOW);
    assert!(o.effects.is_empty());
    let o = update(&mut app, ctrl('s'), NOW);
    assert!(matches!(o.effects.as_slice(), [Effect::Log(..)]), "{o:?}");
    // A list's keys too: the status picker moves with the rebound key.
    let mut app = with_keys("[keys]\npick_down = \"n\"\n");
    update(&mut app, ch('s'), NOW);
    let selected = |app: &App| match &app.overlay {
        Some(Overlay::Picker(p)) => p.selected,
        other => panic!("expected the picker, found {other:?}"),
    };
    let before = selected(&app);
    update(&mut app, ch('j'), NOW);
    assert_eq!(selected(&app), before);
    update(&mut app, ch('n'), NOW);
    assert_eq!(selected(&app), before + 1);
}

#[test]
fn a_window_key_that_would_be_typed_is_refused_with_its_line() {
    let config =
        crate::config::Config::parse("[keys]\nsubmit = \"s\"\n", std::path::Path::new("c.toml"))
            .unwrap();
    let err = KeyMap::from_config(&config).unwrap_err();
    assert_eq!(err.line, Some(2));
    assert!(err.message.contains("typed"), "{}", err.message);
    // Window keys do not clash with the panes' keys: `j` moves in a list and in a picker.
    let config =
        crate::config::Config::parse("[keys]\ncancel = \"ctrl-g\"\n", std::path::Path::new("c"))
            .unwrap();
    KeyMap::from_config(&config).unwrap();
}

#[test]
fn ctrl_c_cancels_every_window_the_same_way() {
    let mut app = app();
    // A picker closes at once.
    update(&mut app, ch('s'), NOW);
    update(&mut app, ctrl('c'), NOW);
    assert!(app.overlay.is_none());
    assert!(!app.quit);
    // A prompt with typed text asks first, like Esc.
    update(&mut app, ch('e'), NOW);
    typed(&mut app, " ещё");
    update(&mut app, ctrl('c'), NOW);
    assert!(app.overlay.is_some());
    update(&mut app, ctrl('c'), NOW);
    assert!(app.overlay.is_none());
    // With no window open it quits.
    update(&mut app, ctrl('c'), NOW);
    assert!(app.quit);
}

#[test]
fn help_lists_the_window_keys_as_bound() {
    let app = with_keys("[keys]\nsubmit = \"ctrl-s\"\nnew_line = \"alt-enter\"\n");
    let sections = crate::ui::help_lines_for(&app.keymap, app.pane());
    let rows = |title: &str| {
        sections
            .iter()
            .find(|(t, _)| t.starts_with(title))
            .unwrap_or_else(|| panic!("no section {title}: {sections:?}"))
            .1
            .clone()
    };
    let windows = rows("In windows with fields");
    assert!(
        windows
            .iter()
            .any(|(keys, what)| keys == "Ctrl-s" && what == &tr!("help-form-enter")),
        "{windows:?}"
    );
    assert!(windows.iter().any(|(keys, _)| keys == "Alt-Enter"));
    assert!(windows.iter().any(|(keys, _)| keys == "Tab"));
    let lists = rows("In lists to pick from");
    assert!(lists.iter().any(|(keys, _)| keys == "Esc/q"), "{lists:?}");
}

/// The Who suggestions of one letter in a large book: the names starting with it come at
/// once; when fewer than a list's worth do, the rest follow while no key is waiting.
#[test]
fn who_suggestions_of_a_short_text_in_a_large_book_come_at_once_or_follow() {
    let mut app = App::new(settings(), KeyMap::default(), NOW);
    let mut book: Vec<ContactSummary> = (1..=contacts::COUNT_LATER_FROM as i64 + 10)
        .map(|id| ContactSummary {
            id,
            name: format!("Кузнецов {id:06}"),
            ..Default::default()
        })
        .collect();
    let orlov = book.len() as i64 + 1;
    book.push(ContactSummary {
        id: orlov,
        name: "Орлов Иван".into(),
        ..Default::default()
    });
    update(&mut app, Msg::DirectoryLoaded(Ok((book, Vec::new()))), NOW);
    update(&mut app, ch('L'), NOW);
    // Thousands of names start with "к": the best six are known at once.
    typed(&mut app, "к");
    assert!(!app.has_work());
    let best = best_six(&app, "к");
    assert_eq!(offered(&app), best);
    // One name starts with "о", every one holds it: that name now, the rest after.
    update(&mut app, key(KeyCode::Backspace), NOW);
    typed(&mut app, "о");
    assert!(app.has_work());
    assert_eq!(offered(&app), vec![orlov]);
    let mut slices = 0;
    while app.has_work() {
        update(&mut app, Msg::Continue, NOW);
        slices += 1;
    }
    assert!(slices >= 2, "{slices} slices");
    let best = best_six(&app, "о");
    assert_eq!(best.len(), 6);
    assert_eq!(best[0], orlov);
    assert_eq!(offered(&app), best);
    // Typing on drops what was still to be read.
    update(&mut app, key(KeyCode::Backspace), NOW);
    typed(&mut app, "о");
    assert!(app.has_work());
    typed(&mut app, "рл");
    assert!(!app.has_work());
    assert_eq!(offered(&app), vec![orlov]);
}

/// The ids the quick log's Who field offers now.
fn offered(app: &App) -> Vec<i64> {
    form(app).who_list.hits.iter().map(|h| h.id).collect()
}

/// The ids of the six best matches for `query` in the whole book.
fn best_six(app: &App, query: &str) -> Vec<i64> {
    app.contacts.search(query, 6).iter().map(|h| h.id).collect()
}

/// The quick log open on a book large enough for a ranking to follow its key: every
/// name "Кузнецов" and a number.
fn quick_log_on_a_large_book() -> App {
    let mut app = App::new(settings(), KeyMap::default(), NOW);
    let book: Vec<ContactSummary> = (1..=contacts::COUNT_LATER_FROM as i64 + 10)
        .map(|id| ContactSummary {
            id,
            name: format!("Кузнецов {id:06}"),
            ..Default::default()
        })
        .collect();
    update(&mut app, Msg::DirectoryLoaded(Ok((book, Vec::new()))), NOW);
    update(&mut app, ch('L'), NOW);
    app
}

/// With nothing suggested yet and the rest to follow, the Who row says so; Enter, which
/// would have made a new caller of the text, shows the suggestions first. The terminal it
/// was drawn on.
fn enter_waits_for_the_suggestions(
    app: &mut App,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    assert!(app.has_work());
    assert!(form(app).who_list.hits.is_empty());
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| crate::ui::view(app, f)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("counting…"), "{screen}");
    update(app, key(KeyCode::Enter), NOW);
    assert!(!app.has_work());
    assert!(!form(app).saving);
    terminal
}

/// A typo in the Who field of a large book: its one-slip retry follows the key, the row
/// says so, and Enter before it came shows the suggestions instead of saving a new caller.
#[test]
fn who_suggestions_for_a_typo_in_a_large_book_follow_the_key() {
    let mut app = quick_log_on_a_large_book();
    for letter in ["к", "у", "з", "н"] {
        typed(&mut app, letter);
        while app.has_work() {
            update(&mut app, Msg::Continue, NOW);
        }
    }
    // "кузнк": nobody holds it, nor its letters in order; the retry reads every record.
    typed(&mut app, "к");
    enter_waits_for_the_suggestions(&mut app);
    let best = best_six(&app, "кузнк");
    assert_eq!(best, (1..=6).collect::<Vec<i64>>());
    assert_eq!(offered(&app), best);
}

/// A longer Who text that still ranks many records: its suggestions follow, the row
/// says so, and Enter before they came shows them instead of saving a new caller.
#[test]
fn who_suggestions_still_coming_are_shown_before_enter_acts_on_them() {
    let mut app = quick_log_on_a_large_book();
    assert_eq!(form(&app).focus, quick_log::QField::Who);
    update(&mut app, key(KeyCode::Tab), NOW);
    assert_eq!(form(&app).focus, quick_log::QField::Question);
    typed(&mut app, "Вопрос");
    update(&mut app, key(KeyCode::BackTab), NOW);
    // Each key's rest read to its end, as between a person's keys: "о", "ов", "ов ".
    for letter in ["о", "в", " "] {
        typed(&mut app, letter);
        while app.has_work() {
            update(&mut app, Msg::Continue, NOW);
        }
    }
    assert_eq!(form(&app).focus, quick_log::QField::Who);
    // Every record holds "ов" and "0", no name starts so: nothing is known yet.
    typed(&mut app, "0");
    let mut terminal = enter_waits_for_the_suggestions(&mut app);
    assert_eq!(form(&app).focus, quick_log::QField::Who);
    let best = best_six(&app, "ов 0");
    assert_eq!(best.len(), 6);
    assert_eq!(offered(&app), best);
    terminal.draw(|f| crate::ui::view(&app, f)).unwrap();
    assert!(!terminal.backend().to_string().contains("counting…"));
}
