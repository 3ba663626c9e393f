//! An inquiry's files in the interface, through the real runtime, store and file system:
//! attaching with a path prompt that completes names, refusals that keep the typed path,
//! opening with the system's opener and saving a copy.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use pressdesk::app::Overlay;
use pressdesk::domain::phone::PhoneRules;
use pressdesk::store::{AttachTo, OutletRef, Store};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const NOW: i64 = 1_795_000_000;

struct Desk {
    ui: common::Interface,
    inquiry: i64,
}

impl Desk {
    fn new(db: &Path, limit: Option<u64>) -> Desk {
        let mut store = Store::open(db, "elena").unwrap();
        if let Some(limit) = limit {
            store.set_attachment_limit(limit);
        }
        let new = common::emailed(
            NOW - 3600,
            "Кузнецов",
            OutletRef::None,
            "Смета ремонта",
            "Пришлите смету",
        );
        let inquiry = store
            .log_inquiry(&new, &PhoneRules::for_country("RU").unwrap(), NOW - 3600)
            .unwrap();
        let ui = common::Interface::start(store, NOW, (100, 30));
        Desk { ui, inquiry }
    }

    /// Empties the path prompt (Ctrl-U) and types `text`.
    fn path(&mut self, text: &str) {
        self.ui.key_with(KeyCode::Char('e'), KeyModifiers::CONTROL);
        self.ui.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
        self.ui.typed(text);
    }

    fn window(&self) -> &pressdesk::app::files::FilesWindow {
        match &self.ui.app.overlay {
            Some(Overlay::Files(w)) => w,
            other => panic!("no files window: {other:?}"),
        }
    }

    /// The files the store keeps with `owner`.
    fn kept(&self, owner: AttachTo) -> Vec<pressdesk::store::Attachment> {
        self.ui.runtime.store.attachments(owner).unwrap()
    }

    fn prompt(&self) -> &pressdesk::app::files::PathPrompt {
        self.window().path.as_ref().expect("the path prompt")
    }
}

#[test]
fn a_file_is_attached_from_the_detail_with_tab_completing_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let incoming = dir.path().join("incoming");
    std::fs::create_dir(&incoming).unwrap();
    std::fs::write(incoming.join("смета-2026.pdf"), b"%PDF-1.4 smeta").unwrap();
    let mut desk = Desk::new(&dir.path().join("desk.sqlite3"), None);

    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.ui.app.detail().unwrap().id, desk.inquiry);
    desk.ui.key(KeyCode::Char('F'));
    assert_eq!(desk.prompt().field.value(), "~/");
    // Tab descends into the folder, then completes the only file in it.
    desk.path(&format!("{}/inc", dir.path().display()));
    desk.ui.key(KeyCode::Tab);
    assert_eq!(
        desk.prompt().field.value(),
        format!("{}/incoming/", dir.path().display())
    );
    desk.ui.key(KeyCode::Tab);
    assert_eq!(
        desk.prompt().field.value(),
        format!("{}/incoming/смета-2026.pdf", dir.path().display())
    );
    desk.ui.key(KeyCode::Enter);
    assert!(desk.ui.app.overlay.is_none(), "attached: the prompt closed");
    let flash = desk.ui.app.flash.clone().unwrap();
    assert!(flash.text.contains("смета-2026.pdf"), "{}", flash.text);

    let files = desk.kept(AttachTo::Inquiry(desk.inquiry));
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].media_type, "application/pdf");
    // The detail lists it.
    let detail = desk.ui.app.detail().unwrap();
    assert_eq!(detail.files.len(), 1);
    let screen = desk.ui.screen();
    assert!(screen.contains("Files"), "{screen}");
    assert!(screen.contains("смета-2026.pdf"), "{screen}");
}

#[test]
fn a_missing_or_too_large_file_is_refused_in_place_with_the_path_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.bin"), vec![7u8; 4096]).unwrap();
    let mut desk = Desk::new(&dir.path().join("desk.sqlite3"), Some(1024));
    desk.ui.key(KeyCode::Enter);
    desk.ui.key(KeyCode::Char('F'));

    let missing = format!("{}/nothing-here.pdf", dir.path().display());
    desk.path(&missing);
    desk.ui.key(KeyCode::Enter);
    assert_eq!(desk.prompt().field.value(), missing);
    assert!(desk.prompt().error.is_some());
    assert!(!desk.prompt().busy);

    let big = format!("{}/big.bin", dir.path().display());
    desk.path(&big);
    assert!(desk.prompt().error.is_none(), "typing clears the message");
    desk.ui.key(KeyCode::Enter);
    let error = desk.prompt().error.clone().unwrap();
    assert!(error.contains("limit"), "{error}");
    assert_eq!(desk.prompt().field.value(), big);
    assert!(desk.ui.screen().contains("limit"));
    // Tab with nothing matching says so and keeps the text.
    desk.path(&format!("{}/zz", dir.path().display()));
    desk.ui.key(KeyCode::Tab);
    assert!(desk.prompt().error.is_some());
    assert!(desk.prompt().field.value().ends_with("/zz"));
    assert!(desk.kept(AttachTo::Inquiry(desk.inquiry)).is_empty());
    // Esc leaves without keeping anything.
    desk.ui.key(KeyCode::Esc);
    assert!(desk.ui.app.overlay.is_none());
}

#[test]
fn a_file_is_opened_privately_with_the_opener_and_saved_out_without_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("desk.sqlite3");
    let source = dir.path().join("ответ.txt");
    std::fs::write(&source, "Подача воды с 5 марта.").unwrap();
    // The opener records the path it was given, its mode, and a copy of the file.
    let seen = dir.path().join("seen");
    let script = dir.path().join("opener.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$1\" > '{seen}.path'\nstat -c %a \"$1\" > '{seen}.mode'\ncp \"$1\" '{seen}.copy'\n",
            seen = seen.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    // SAFETY: the only test in this binary that reads the opener variable.
    unsafe { std::env::set_var("PRESSDESK_OPENER", &script) };

    let mut desk = Desk::new(&db, None);
    desk.ui
        .runtime
        .store
        .attach_file(AttachTo::Inquiry(desk.inquiry), &source, NOW)
        .unwrap();
    desk.ui.key(KeyCode::Enter);
    desk.ui.key(KeyCode::Char('o'));
    assert_eq!(desk.window().files.len(), 1);
    assert!(desk.ui.screen().contains("ответ.txt"));
    desk.ui.key(KeyCode::Enter);
    assert!(desk.window().error.is_none(), "{:?}", desk.window().error);
    assert_eq!(
        std::fs::read_to_string(seen.with_extension("copy")).unwrap(),
        "Подача воды с 5 марта."
    );
    assert_eq!(
        std::fs::read_to_string(seen.with_extension("mode"))
            .unwrap()
            .trim(),
        "600"
    );
    let handed = std::fs::read_to_string(seen.with_extension("path")).unwrap();
    let handed = Path::new(handed.trim()).to_path_buf();
    assert!(handed.exists(), "kept while the viewer may read it");

    // Saving a copy into a folder takes the file's own name, private to its owner.
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    desk.ui.key(KeyCode::Char('w'));
    assert_eq!(desk.prompt().field.value(), "~/ответ.txt");
    desk.path(&format!("{}/", out.display()));
    desk.ui.key(KeyCode::Enter);
    assert!(desk.window().path.is_none());
    let saved = out.join("ответ.txt");
    assert_eq!(
        std::fs::read_to_string(&saved).unwrap(),
        "Подача воды с 5 марта."
    );
    assert_eq!(
        std::fs::metadata(&saved).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // A second save there is refused, the path kept; nothing is replaced.
    std::fs::write(&saved, "mine").unwrap();
    desk.ui.key(KeyCode::Char('w'));
    desk.path(&saved.display().to_string());
    desk.ui.key(KeyCode::Enter);
    assert!(desk.prompt().error.as_deref().unwrap().contains("exists"));
    assert_eq!(desk.prompt().field.value(), saved.display().to_string());
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), "mine");

    // The file written out for the viewer goes when the interface ends.
    drop(desk);
    assert!(!handed.exists());
}

/// Attaches the file at `path` through the open window's path prompt.
fn attach_typed(desk: &mut Desk, path: &Path) {
    desk.path(&path.display().to_string());
    desk.ui.key(KeyCode::Enter);
}

#[test]
fn a_contact_card_keeps_files_attached_from_it_and_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("аккредитация.pdf");
    std::fs::write(&scan, b"%PDF-1.4 press card").unwrap();
    let mut desk = Desk::new(&dir.path().join("desk.sqlite3"), None);
    let contact = desk
        .ui
        .runtime
        .store
        .inquiry(desk.inquiry)
        .unwrap()
        .contact_id
        .expect("the caller became a contact");

    // The caller's card, opened from the inquiry.
    desk.ui.key(KeyCode::Enter);
    desk.ui.key(KeyCode::Char('c'));
    let card = desk.ui.app.card().expect("the card is open");
    assert_eq!(card.owner(), AttachTo::Contact(contact));
    desk.ui.key(KeyCode::Char('F'));
    assert_eq!(desk.window().owner, AttachTo::Contact(contact));
    assert!(
        desk.ui.screen().contains(&format!("contact #{contact}")),
        "{}",
        desk.ui.screen()
    );
    attach_typed(&mut desk, &scan);
    assert!(desk.ui.app.overlay.is_none(), "attached: the prompt closed");

    let kept = desk.kept(AttachTo::Contact(contact));
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].name, "аккредитация.pdf");
    assert!(
        desk.kept(AttachTo::Inquiry(desk.inquiry)).is_empty(),
        "kept with the contact, not the inquiry"
    );
    // The card lists it under its notes, and `O` opens the window on it.
    assert_eq!(desk.ui.app.card().unwrap().files.len(), 1);
    assert!(
        desk.ui.screen().contains("аккредитация.pdf"),
        "{}",
        desk.ui.screen()
    );
    desk.ui.key(KeyCode::Char('O'));
    assert_eq!(desk.window().files.len(), 1);
    assert_eq!(desk.window().owner, AttachTo::Contact(contact));

    // Opened again later, the card reads its files from the store.
    desk.ui.key(KeyCode::Esc);
    desk.ui.key(KeyCode::Esc);
    assert!(desk.ui.app.card().is_none());
    desk.ui.key(KeyCode::Char('c'));
    assert_eq!(desk.ui.app.card().unwrap().files.len(), 1);
}

#[test]
fn a_plan_item_keeps_files_attached_from_the_calendar() {
    use pressdesk::domain::When;
    use pressdesk::store::NewItem;
    let dir = tempfile::tempdir().unwrap();
    let release = dir.path().join("release.docx");
    std::fs::write(&release, b"PK release text").unwrap();
    let db = dir.path().join("desk.sqlite3");
    let item = {
        let mut store = Store::open(&db, "elena").unwrap();
        let new = NewItem::post("Пресс-релиз о ремонте", When::At(NOW + 3600));
        store.create_item(&new, NOW).unwrap()
    };
    let mut desk = Desk::new(&db, None);

    desk.ui.key(KeyCode::Char('3'));
    // On the selected item of the calendar, `a` attaches straight away.
    desk.ui.key(KeyCode::Char('a'));
    assert_eq!(desk.window().owner, AttachTo::PlanItem(item));
    attach_typed(&mut desk, &release);
    assert!(desk.ui.app.overlay.is_none(), "attached: the prompt closed");
    let kept = desk.kept(AttachTo::PlanItem(item));
    assert_eq!(kept.len(), 1);

    // The open item lists it, and `o` there opens the window with it.
    desk.ui.key(KeyCode::Enter);
    let detail = desk.ui.app.item_detail().expect("the item is open");
    assert_eq!(detail.id, item);
    assert_eq!(detail.files.len(), 1);
    let screen = desk.ui.screen();
    assert!(screen.contains("release.docx"), "{screen}");
    // Its history says the file was attached, in words.
    assert!(screen.contains("attached #"), "{screen}");
    desk.ui.key(KeyCode::Char('o'));
    assert_eq!(desk.window().owner, AttachTo::PlanItem(item));
    assert_eq!(desk.window().files.len(), 1);
    assert!(
        desk.ui.screen().contains(&format!("plan item #{item}")),
        "{}",
        desk.ui.screen()
    );
}
