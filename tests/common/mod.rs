//! Fixtures shared by the integration tests.
#![allow(dead_code, unused_imports)]

use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Msg, update};
use pressdesk::domain::Status;
pub use pressdesk::fixtures::{HOUR, NOW, NOW_RFC3339, contacts, inquiry, settings};

/// An app whose queue holds #1 overdue, #2 due soon, #3 later.
pub fn app_with_queue() -> App {
    let mut app = App::new(settings(), KeyMap::default(), NOW);
    let items = vec![
        inquiry(1, -HOUR, Status::InProgress),
        inquiry(2, 30 * 60, Status::Waiting),
        inquiry(3, 5 * HOUR, Status::New),
    ];
    update(&mut app, Msg::QueueLoaded(Ok(items)), NOW);
    update(
        &mut app,
        Msg::DirectoryLoaded(Ok((contacts(), Vec::new()))),
        NOW,
    );
    app
}
