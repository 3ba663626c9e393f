//! The whole model of the interface and the one function that changes it.
//!
//! `update(app, msg, now)` is pure: it never reads the clock, the terminal or the
//! database. It asks for those as `Effect`s, and their results come back as `Msg`s.

pub mod audit;
pub mod book_store;
pub mod calendar;
pub mod contact_forms;
pub mod contacts;
pub mod coverage_form;
pub mod due_preview;
pub mod editor;
pub mod field;
pub mod files;
pub mod keymap;
pub mod memory_search;
pub mod mouse;
pub mod overlay;
pub mod queue;
pub mod quick_log;
pub mod report;
pub mod saves;
pub mod statements;
pub mod suggest;
pub mod topics;
pub mod window;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::config::Config;
use crate::domain::contact::{ContactSummary, OutletSummary};
use crate::domain::coverage::Coverage;
use crate::domain::when::{Prefer, parse_when};
use crate::domain::{ContactKind, Inquiry, Priority, Status, Timestamp};
use crate::search::{ContactIndex, Directory, OutletIndex};
pub use crate::settings::Settings;
use crate::store::{AttachTo, AuditEntry, InquiryChange, NewContact, NewCoverage, NewInquiry, Who};
use crate::tr;
use keymap::{Action, Context, KeyMap};
use overlay::{ExpertChooser, ExpertPick, PickValue, Picker, PickerKind, Prompt, PromptKind};
use queue::QueueState;
use quick_log::{QuickLog, when_error};
use window::{Press, WindowResult};

/// The panes, one on screen at a time; number keys switch between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Queue,
    Contacts,
    Calendar,
    Report,
}

impl Pane {
    pub const ALL: &'static [Pane] = &[Pane::Queue, Pane::Contacts, Pane::Calendar, Pane::Report];

    /// The keymap contexts live in this pane when no window is open over it.
    pub fn contexts(self) -> &'static [Context] {
        match self {
            Pane::Queue => &[Context::Global, Context::List, Context::Inquiry],
            Pane::Contacts => &[Context::Global, Context::List, Context::Book],
            Pane::Calendar => &[Context::Global, Context::Calendar],
            Pane::Report => &[Context::Global, Context::Report],
        }
    }
}

/// The window open over the screen, if any: the shared ones, the help, and each
/// feature's own.
#[derive(Debug, Clone)]
pub enum Overlay {
    QuickLog(Box<quick_log::QuickLog>),
    Prompt(Prompt),
    Picker(Picker),
    Expert(ExpertChooser),
    Help {
        scroll: u16,
    },
    /// The contact book's windows.
    Book(Box<contact_forms::BookOverlay>),
    /// The calendar's windows: the item form and the filter.
    Plan(calendar::PlanOverlay),
    /// An inquiry's files: open, save a copy, attach another.
    Files(Box<files::FilesWindow>),
    /// Approved statements (and past answers): to insert into an answer, or to read.
    Statements(Box<statements::StatementsWindow>),
    /// An inquiry's topics.
    Topics(Box<topics::TopicsWindow>),
    /// A published piece being logged.
    Coverage(Box<coverage_form::CoverageForm>),
}

impl Overlay {
    /// Where the window's keys are looked up: a list to pick from, or fields to type in.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Picker(_) | Overlay::Help { .. } => Context::Picker,
            Overlay::Plan(calendar::PlanOverlay::Filter(_)) => Context::Picker,
            // The files are a list to pick from until a path is being typed.
            Overlay::Files(w) if w.path.is_none() => Context::Picker,
            _ => Context::Window,
        }
    }
}

/// A message in the status line, gone at `until`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flash {
    pub text: String,
    pub error: bool,
    pub until: Timestamp,
}

/// The inquiry opened in full, with its history. The same view serves an inquiry
/// wherever it was opened from (the queue, a card, a plan item).
#[derive(Debug, Clone)]
pub struct Detail {
    pub id: i64,
    pub inquiry: Option<Inquiry>,
    pub history: Vec<AuditEntry>,
    pub scroll: u16,
    /// The files kept with it, oldest first.
    pub files: Vec<crate::store::Attachment>,
    pub files_loaded: bool,
    /// What was published after it, newest first.
    pub coverage: Vec<Coverage>,
}

impl Detail {
    pub fn new(id: i64, inquiry: Option<Inquiry>) -> Detail {
        Detail {
            id,
            inquiry,
            history: Vec::new(),
            scroll: 0,
            files: Vec::new(),
            files_loaded: false,
            coverage: Vec::new(),
        }
    }
}

/// One screen on the navigation stack: a pane's root, or something opened from it.
#[derive(Debug, Clone)]
pub enum Screen {
    Queue,
    Inquiry(Detail),
    Book,
    Card(contacts::Card),
    Calendar,
    Item(calendar::ItemDetail),
    Report,
    /// The inquiries behind a line of the report.
    ReportInquiries(Box<report::ReportInquiries>),
    /// One person's changes in a period, opened from the queue or an inquiry.
    Audit(Box<audit::AuditView>),
    /// The office's memory searched; what it opens goes over it.
    Memory(Box<memory_search::MemorySearch>),
}

impl Screen {
    /// The pane the screen belongs to: its name in the title bar and its keys.
    pub fn pane(&self) -> Pane {
        match self {
            Screen::Queue | Screen::Inquiry(_) | Screen::Audit(_) | Screen::Memory(_) => {
                Pane::Queue
            }
            Screen::Book | Screen::Card(_) => Pane::Contacts,
            Screen::Calendar | Screen::Item(_) => Pane::Calendar,
            Screen::Report | Screen::ReportInquiries(_) => Pane::Report,
        }
    }

    fn root(pane: Pane) -> Screen {
        match pane {
            Pane::Queue => Screen::Queue,
            Pane::Contacts => Screen::Book,
            Pane::Calendar => Screen::Calendar,
            Pane::Report => Screen::Report,
        }
    }

    /// Whether two screens show the same record (opening it again replaces, not stacks).
    fn same(&self, other: &Screen) -> bool {
        match (self, other) {
            (Screen::Inquiry(a), Screen::Inquiry(b)) => a.id == b.id,
            (Screen::Card(a), Screen::Card(b)) => a.target == b.target,
            (Screen::Item(a), Screen::Item(b)) => a.id == b.id,
            (Screen::ReportInquiries(a), Screen::ReportInquiries(b)) => a.selection == b.selection,
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }

    fn reload_inquiry(id: i64) -> Vec<Effect> {
        vec![
            Effect::LoadDetail(id),
            Effect::Plan(calendar::PlanEffect::LoadInquiryPosts(id)),
            Effect::Files(files::FilesEffect::Load(crate::store::AttachTo::Inquiry(
                id,
            ))),
            Effect::LoadCoverage(id),
        ]
    }

    /// What to read again when the screen comes back into view.
    fn reload(&self, zone: crate::domain::Zone) -> Vec<Effect> {
        match self {
            Screen::Inquiry(d) => Screen::reload_inquiry(d.id),
            Screen::Card(card) => card.load_all(),
            Screen::Item(d) => d.load_all(),
            Screen::ReportInquiries(list) => vec![list.load_effect()],
            Screen::Audit(view) => vec![Effect::Audit(audit::AuditEffect::Load(view.query(zone)))],
            // What was opened from the search may have changed what it finds.
            Screen::Memory(search) if crate::memory::fts_query(search.query()).is_some() => {
                vec![Effect::Memory(memory_search::MemoryEffect::Search(
                    search.query().to_string(),
                ))]
            }
            Screen::Memory(_) => Vec::new(),
            Screen::Queue | Screen::Book | Screen::Calendar | Screen::Report => Vec::new(),
        }
    }
}

/// A move on the navigation stack, asked for by a feature.
#[derive(Debug, Clone)]
pub enum Nav {
    /// Open a screen over the current one.
    Push(Box<Screen>),
    /// Back to where the current screen was opened from.
    Pop,
    /// A pane's root, forgetting the way there.
    Root(Pane),
}

#[derive(Debug)]
pub struct App {
    pub settings: Settings,
    pub keymap: KeyMap,
    /// The time of the last message; rendering reads it instead of a clock.
    pub now: Timestamp,
    pub screen: (u16, u16),
    /// Where the user is: a pane's root at the bottom, what was opened from it above.
    /// Never empty; changed only by `navigate`.
    stack: Vec<Screen>,
    pub queue: QueueState,
    pub book: contacts::BookState,
    pub calendar: calendar::CalendarState,
    pub report: report::ReportState,
    pub overlay: Option<Overlay>,
    pub contacts: ContactIndex,
    pub outlets: OutletIndex,
    /// Topics already given to inquiries, the most used first: offered after the config's.
    pub topics_used: Vec<String>,
    pub flash: Option<Flash>,
    /// Saves waiting for the database, and windows whose save failed.
    pub saves: saves::Saves,
    pub quit: bool,
    /// The minute last drawn, so relative times are redrawn when it turns.
    drawn_minute: i64,
}

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// A click or the wheel; the keyboard stays first, windows take keys only.
    Mouse(mouse::Mouse),
    Paste(String),
    Resize(u16, u16),
    /// Time passed with no input.
    Tick,
    /// No key is waiting: work left for such a moment goes on (see `App::has_work`).
    Continue,
    /// Another process changed the database.
    ExternalChange,
    QueueLoaded(Result<Vec<Inquiry>, String>),
    DirectoryLoaded(Result<(Vec<ContactSummary>, Vec<OutletSummary>), String>),
    /// The directory, indexed off the interface's thread.
    DirectoryIndexed(Result<Box<Directory>, String>),
    Book(contacts::BookMsg),
    DetailLoaded(Result<(Inquiry, Vec<AuditEntry>), String>),
    /// The topics in use, the most used first.
    TopicsLoaded(Result<Vec<String>, String>),
    /// A published piece recorded (its number), or why not.
    CoverageSaved(Result<i64, String>),
    /// The pieces that came from an inquiry.
    InquiryCoverage(i64, Result<Vec<Coverage>, String>),
    Logged(Result<i64, String>),
    Changed(Result<Inquiry, String>),
    Plan(calendar::PlanMsg),
    Report(report::ReportMsg),
    Audit(audit::AuditMsg),
    /// The config file read again (Ctrl-R), or why it was not taken.
    ConfigLoaded(Result<Box<Config>, String>),
    /// A save is waiting for another process's lock; its result comes later.
    SaveWaiting(u64),
    /// A waiting save is done: the reply it would have given at once.
    SaveFinished {
        seq: u64,
        reply: Box<Msg>,
    },
    /// An alert hook fired from the interface gave up, in words.
    AlertTrouble(String),
    /// The file was found damaged after opening: nothing more is written to it.
    Damaged(String),
    Memory(memory_search::MemoryMsg),
    Files(files::FilesMsg),
    Statements(statements::StatementsFound),
}

impl Msg {
    /// Whether this is the reply of a save that failed.
    pub fn failed_save(&self) -> bool {
        use calendar::PlanMsg;
        use contacts::BookMsg;
        matches!(
            self,
            Msg::Logged(Err(_))
                | Msg::Changed(Err(_))
                | Msg::Book(BookMsg::Saved(Err(_)) | BookMsg::OutletSaved(Err(_)))
                | Msg::Plan(PlanMsg::Saved(Err(_)))
                | Msg::CoverageSaved(Err(_))
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadQueue,
    LoadDirectory,
    LoadDetail(i64),
    /// A new inquiry and its topics, saved together.
    Log(Box<NewInquiry>, Vec<String>),
    /// The topics already given to inquiries, for suggestions.
    LoadTopics,
    /// A published piece to record.
    AddCoverage(Box<NewCoverage>),
    /// The pieces that came from an inquiry.
    LoadCoverage(i64),
    Change {
        id: i64,
        change: InquiryChange,
    },
    Bell,
    /// Put text on the clipboard (the terminal's OSC 52, so it works over SSH).
    Copy(String),
    /// Read the config file again.
    ReloadConfig,
    Book(contacts::BookEffect),
    Plan(calendar::PlanEffect),
    Report(report::ReportEffect),
    Audit(audit::AuditEffect),
    Memory(memory_search::MemoryEffect),
    Files(files::FilesEffect),
    Statements(statements::StatementsEffect),
}

#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    pub effects: Vec<Effect>,
    pub redraw: bool,
}

impl Outcome {
    fn redraw() -> Outcome {
        Outcome {
            effects: Vec::new(),
            redraw: true,
        }
    }

    fn none() -> Outcome {
        Outcome::default()
    }

    fn with(effects: Vec<Effect>) -> Outcome {
        Outcome {
            effects,
            redraw: true,
        }
    }
}

/// How long status messages stay.
const FLASH_SECS: i64 = 6;
const ERROR_SECS: i64 = 12;
/// How many finished inquiries the "all" filter shows.
pub const FINISHED_SHOWN: usize = 500;

impl App {
    pub fn new(settings: Settings, keymap: KeyMap, now: Timestamp) -> App {
        let phones = settings.phones.clone();
        let today = settings.zone.date(now);
        App {
            settings,
            keymap,
            now,
            screen: (80, 24),
            stack: vec![Screen::Queue],
            queue: QueueState::default(),
            book: contacts::BookState::default(),
            calendar: calendar::CalendarState::new(today),
            report: report::ReportState::new(today),
            overlay: None,
            contacts: ContactIndex::empty(phones),
            outlets: OutletIndex::new(Vec::new()),
            topics_used: Vec::new(),
            flash: None,
            saves: saves::Saves::default(),
            quit: false,
            drawn_minute: now.div_euclid(60),
        }
    }

    /// What to load when the interface starts.
    pub fn startup() -> Vec<Effect> {
        vec![
            Effect::LoadQueue,
            Effect::LoadDirectory,
            Effect::Plan(calendar::PlanEffect::Load(None)),
            Effect::LoadTopics,
        ]
    }

    /// The topics to offer: the config's, then those in use.
    pub fn topic_choices(&self) -> topics::TopicChoices<'_> {
        topics::TopicChoices {
            known: &self.settings.topics,
            used: &self.topics_used,
        }
    }

    /// Rows of the queue's list on a screen of `height` rows: a title bar, the column
    /// headings and the status line take three.
    pub fn list_rows(height: u16) -> usize {
        height.saturating_sub(3).max(1) as usize
    }

    pub fn overdue_count(&self) -> usize {
        self.queue.overdue.len()
    }

    pub fn due_soon_count(&self) -> usize {
        self.queue.due_soon.len()
    }

    /// The screen on top of the stack: the one shown.
    pub fn current(&self) -> &Screen {
        // The stack is never empty: `navigate` keeps its root.
        self.stack.last().unwrap_or(&Screen::Queue)
    }

    /// The screens from the pane's root up to the one shown.
    pub fn stack(&self) -> &[Screen] {
        &self.stack
    }

    /// The pane shown.
    pub fn pane(&self) -> Pane {
        self.current().pane()
    }

    /// The keymap contexts live on the screen shown when no window is open over it.
    pub fn contexts(&self) -> &'static [Context] {
        match self.current() {
            Screen::Audit(_) => &[Context::Global, Context::List, Context::Audit],
            screen => screen.pane().contexts(),
        }
    }

    /// The audit view, if that is what is shown.
    pub fn audit(&self) -> Option<&audit::AuditView> {
        match self.current() {
            Screen::Audit(view) => Some(view),
            _ => None,
        }
    }

    fn audit_mut(&mut self) -> Option<&mut audit::AuditView> {
        match self.stack.last_mut() {
            Some(Screen::Audit(view)) => Some(view),
            _ => None,
        }
    }

    /// The inquiry open in full, if that is what is shown.
    pub fn detail(&self) -> Option<&Detail> {
        match self.current() {
            Screen::Inquiry(d) => Some(d),
            _ => None,
        }
    }

    pub fn detail_mut(&mut self) -> Option<&mut Detail> {
        match self.stack.last_mut() {
            Some(Screen::Inquiry(d)) => Some(d),
            _ => None,
        }
    }

    /// The contact or outlet card, if that is what is shown.
    pub fn card(&self) -> Option<&contacts::Card> {
        match self.current() {
            Screen::Card(c) => Some(c),
            _ => None,
        }
    }

    pub fn card_mut(&mut self) -> Option<&mut contacts::Card> {
        match self.stack.last_mut() {
            Some(Screen::Card(c)) => Some(c),
            _ => None,
        }
    }

    /// The plan item open in full, if that is what is shown.
    pub fn item_detail(&self) -> Option<&calendar::ItemDetail> {
        match self.current() {
            Screen::Item(d) => Some(d),
            _ => None,
        }
    }

    pub fn item_detail_mut(&mut self) -> Option<&mut calendar::ItemDetail> {
        match self.stack.last_mut() {
            Some(Screen::Item(d)) => Some(d),
            _ => None,
        }
    }

    /// Every screen on the stack, for putting fresh data in each that shows it.
    pub fn screens_mut(&mut self) -> impl Iterator<Item = &mut Screen> {
        self.stack.iter_mut()
    }

    /// The inquiry keys act on: the one open in full, else the selected row.
    pub fn target(&self) -> Option<&Inquiry> {
        match self.detail() {
            Some(d) => d.inquiry.as_ref(),
            None => self.queue.selected_inquiry(),
        }
    }

    /// Whether work is left for the moments no key is waiting (a short query's count):
    /// the loop then sends `Msg::Continue` instead of sleeping.
    pub fn has_work(&self) -> bool {
        self.book.counting()
            || matches!(&self.overlay, Some(Overlay::QuickLog(form)) if form.counting())
    }

    /// The next moment the screen changes by itself: a deadline turning due soon or
    /// overdue, a status message expiring, or the minute turning over (relative times).
    pub fn next_wake(&self) -> Timestamp {
        let next_minute = (self.now.div_euclid(60) + 1) * 60;
        let mut wake = next_minute;
        if let Some(t) = self.queue.next_change(self.now, self.settings.due_soon()) {
            wake = wake.min(t);
        }
        if let Some(t) = self.calendar.next_change(self.now, self.settings.zone) {
            wake = wake.min(t);
        }
        if let Some(flash) = &self.flash {
            wake = wake.min(flash.until.max(self.now + 1));
        }
        wake
    }

    fn info(&mut self, text: String) {
        self.flash = Some(Flash {
            text,
            error: false,
            until: self.now + FLASH_SECS,
        });
    }

    fn error(&mut self, text: String) {
        self.flash = Some(Flash {
            text,
            error: true,
            until: self.now + ERROR_SECS,
        });
    }

    fn reload_queue(&mut self) {
        let (user, now, soon) = (
            self.settings.user.clone(),
            self.now,
            self.settings.due_soon(),
        );
        let keep = self.queue.selected_inquiry().map(|i| i.id);
        self.queue.refilter(&user, now, soon, keep);
        self.queue.keep_in_view(App::list_rows(self.screen.1));
    }
}

/// The only place the model changes.
pub fn update(app: &mut App, msg: Msg, now: Timestamp) -> Outcome {
    let mut outcome = handle(app, msg, now);
    outcome.redraw |= saves::reopen_failed(app);
    outcome
}

fn handle(app: &mut App, msg: Msg, now: Timestamp) -> Outcome {
    app.now = now;
    match msg {
        Msg::Key(key) => on_key(app, key),
        Msg::Mouse(event) => {
            let outcome = mouse::on_mouse(event, mouse::Shown::of(app), app.screen);
            apply_mouse(app, outcome)
        }
        Msg::Paste(text) => on_paste(app, &text),
        Msg::Resize(w, h) => {
            app.screen = (w, h);
            app.queue.keep_in_view(App::list_rows(h));
            contacts::on_resize(app);
            Outcome::redraw()
        }
        Msg::Tick => on_tick(app),
        Msg::Continue => go_on(app),
        Msg::ExternalChange => external_change(app),
        Msg::QueueLoaded(Ok(items)) => queue_loaded(app, items),
        Msg::DirectoryLoaded(Ok((contacts, outlets))) => {
            app.contacts = ContactIndex::new(contacts, app.settings.phones.clone());
            app.outlets = OutletIndex::new(outlets);
            contacts::on_directory(app)
        }
        Msg::DirectoryIndexed(Ok(directory)) => {
            let Directory { contacts, outlets } = *directory;
            app.contacts = contacts;
            app.outlets = outlets;
            contacts::on_directory(app)
        }
        Msg::Book(msg) => contacts::on_msg(app, msg),
        Msg::DetailLoaded(Ok((inquiry, history))) => {
            for d in inquiries_open(app, inquiry.id) {
                d.inquiry = Some(inquiry.clone());
                d.history = history.clone();
            }
            Outcome::redraw()
        }
        Msg::TopicsLoaded(Ok(topics)) => {
            app.topics_used = topics;
            Outcome::none()
        }
        Msg::CoverageSaved(result) => on_coverage_saved(app, result),
        Msg::InquiryCoverage(id, Ok(pieces)) => {
            for d in inquiries_open(app, id) {
                d.coverage = pieces.clone();
            }
            Outcome::redraw()
        }
        Msg::Logged(result) => on_logged(app, result),
        Msg::Changed(result) => on_changed(app, result),
        Msg::Plan(msg) => calendar::on_msg(app, msg),
        Msg::Report(msg) => on_report_msg(app, msg),
        Msg::Audit(msg) => on_audit_msg(app, msg),
        Msg::ConfigLoaded(result) => on_config(app, result),
        Msg::SaveWaiting(seq) => saves::waiting(app, seq),
        Msg::SaveFinished { seq, reply } => saves::finished(app, seq, *reply, now),
        Msg::AlertTrouble(text) => {
            app.error(text);
            Outcome::redraw()
        }
        // It stays until another message replaces it; every save refused says it again.
        Msg::Damaged(text) => {
            app.flash = Some(Flash {
                text,
                error: true,
                until: Timestamp::MAX,
            });
            Outcome::with(vec![Effect::Bell])
        }
        Msg::Memory(msg) => memory_answered(app, msg),
        Msg::Files(msg) => files::on_msg(app, msg),
        Msg::Statements(found) => statements::on_found(app, found),
        Msg::QueueLoaded(Err(e))
        | Msg::DirectoryLoaded(Err(e))
        | Msg::DirectoryIndexed(Err(e))
        | Msg::DetailLoaded(Err(e))
        | Msg::TopicsLoaded(Err(e))
        | Msg::InquiryCoverage(_, Err(e)) => {
            app.error(tr!("error-load", reason = e));
            Outcome::redraw()
        }
    }
}

/// Another process wrote: what is shown is read again.
fn external_change(app: &mut App) -> Outcome {
    let mut effects = vec![Effect::LoadQueue, Effect::LoadDirectory];
    if let Some(d) = app.detail() {
        effects.push(Effect::LoadDetail(d.id));
        effects.push(Effect::LoadCoverage(d.id));
    }
    effects.extend(calendar::external_change(app));
    effects.extend(report_reload(app));
    if let Screen::Memory(search) = app.current() {
        effects.extend(memory_search::external_change(search));
    }
    Outcome {
        effects,
        redraw: false,
    }
}

/// The queue read: the selection kept in view, and every inquiry open in full shown as
/// it now stands.
fn queue_loaded(app: &mut App, items: Vec<Inquiry>) -> Outcome {
    let (user, soon) = (app.settings.user.clone(), app.settings.due_soon());
    app.queue.load(items, &user, app.now, soon);
    app.queue.keep_in_view(App::list_rows(app.screen.1));
    for screen in app.stack.iter_mut() {
        if let Screen::Inquiry(d) = screen
            && let Some(fresh) = app.queue.get(d.id)
        {
            d.inquiry = Some(fresh.clone());
        }
    }
    Outcome::redraw()
}

/// Every screen on the way showing inquiry `id` in full (it may be open twice: from the
/// queue and again from a card).
fn inquiries_open(app: &mut App, id: i64) -> impl Iterator<Item = &mut Detail> {
    app.stack.iter_mut().filter_map(move |screen| match screen {
        Screen::Inquiry(d) if d.id == id => Some(d),
        _ => None,
    })
}

/// The records found for the memory search, which may be under a record opened from it.
fn memory_answered(app: &mut App, msg: memory_search::MemoryMsg) -> Outcome {
    let rows = memory_search::hit_rows(app.screen.1);
    let search = app.stack.iter_mut().rev().find_map(|s| match s {
        Screen::Memory(search) => Some(search),
        _ => None,
    });
    match search {
        Some(search) => {
            let outcome = memory_search::on_msg(search, msg, rows);
            apply_memory(app, outcome)
        }
        None => Outcome::none(),
    }
}

/// The one place "where am I" changes. Returns what to read again for the screen that
/// comes back into view.
pub fn navigate(app: &mut App, nav: Nav) -> Vec<Effect> {
    match nav {
        Nav::Push(screen) => {
            match app.stack.last_mut() {
                Some(top) if top.same(&screen) => *top = *screen,
                _ => app.stack.push(*screen),
            }
            Vec::new()
        }
        Nav::Pop => {
            if app.stack.len() <= 1 {
                return Vec::new();
            }
            app.stack.pop();
            if matches!(app.current(), Screen::Book) {
                app.book.typing = false;
            }
            app.current().reload(app.settings.zone)
        }
        Nav::Root(pane) => {
            app.stack = vec![Screen::root(pane)];
            Vec::new()
        }
    }
}

/// Work left for a moment no key is waiting: the next slice of a short query's ranking,
/// the quick log's Who suggestions first (they are on top).
fn go_on(app: &mut App) -> Outcome {
    if let Some(Overlay::QuickLog(form)) = &mut app.overlay
        && form.counting()
    {
        return Outcome {
            effects: Vec::new(),
            redraw: form.go_on(&app.contacts),
        };
    }
    contacts::go_on(app)
}

fn on_tick(app: &mut App) -> Outcome {
    let now = app.now;
    let soon = app.settings.due_soon();
    let (newly, changed) = app.queue.recount(now, soon);
    let mut outcome = Outcome::none();
    if changed {
        outcome.redraw = true;
        if app.queue.filter == queue::Filter::Overdue {
            app.reload_queue();
        }
    }
    if let Some(&id) = newly.first() {
        let headline = app
            .queue
            .get(id)
            .map(|i| i.headline().to_string())
            .unwrap_or_default();
        app.error(tr!(
            "flash-now-overdue",
            id = id,
            count = newly.len(),
            subject = headline
        ));
        if app.settings.bell {
            outcome.effects.push(Effect::Bell);
        }
    }
    outcome.redraw |= calendar::tick(app);
    // "tomorrow" and "in 2 hours" move with the clock while a form stays open.
    match &mut app.overlay {
        Some(Overlay::QuickLog(form)) => form.refresh_preview(now, &app.settings),
        Some(Overlay::Prompt(prompt)) => prompt.refresh_preview(now, &app.settings),
        Some(Overlay::Expert(chooser)) => chooser.refresh_preview(now, &app.settings),
        _ => {}
    }
    if app.flash.as_ref().is_some_and(|f| f.until <= now) {
        app.flash = None;
        outcome.redraw = true;
    }
    let minute = now.div_euclid(60);
    if minute != app.drawn_minute {
        app.drawn_minute = minute;
        outcome.redraw = true;
    }
    outcome
}

/// The config read again: new rules, channels and keys take effect at once. A config
/// with a mistake changes nothing and says where the mistake is.
fn on_config(app: &mut App, result: Result<Box<Config>, String>) -> Outcome {
    let config = match result {
        Ok(config) => config,
        Err(e) => {
            app.error(tr!("error-config-kept", reason = e));
            return Outcome::redraw();
        }
    };
    match KeyMap::from_config(&config) {
        Ok(keymap) => app.keymap = keymap,
        Err(e) => {
            app.error(tr!("error-config-kept", reason = e.to_string()));
            return Outcome::redraw();
        }
    }
    app.settings = app.settings.reloaded(&config);
    app.reload_queue();
    app.info(tr!("flash-config-reloaded"));
    Outcome::redraw()
}

fn on_logged(app: &mut App, result: Result<i64, String>) -> Outcome {
    match result {
        Ok(id) => {
            app.overlay = None;
            app.queue.select_next = Some(id);
            app.info(tr!("flash-logged", id = id));
            Outcome::with(vec![
                Effect::LoadQueue,
                Effect::LoadDirectory,
                Effect::LoadTopics,
            ])
        }
        Err(e) => {
            if let Some(Overlay::QuickLog(form)) = &mut app.overlay {
                form.saving = false;
                form.error = Some(tr!("error-save", reason = e));
            } else {
                app.error(tr!("error-save", reason = e));
            }
            Outcome::redraw()
        }
    }
}

fn on_changed(app: &mut App, result: Result<Inquiry, String>) -> Outcome {
    match result {
        Ok(inquiry) => {
            let id = inquiry.id;
            let (user, now, soon) = (app.settings.user.clone(), app.now, app.settings.due_soon());
            app.queue.upsert(inquiry, &user, now, soon);
            app.queue.keep_in_view(App::list_rows(app.screen.1));
            let mut effects = Vec::new();
            let mut directory = false;
            match app.overlay.take() {
                Some(Overlay::Prompt(_)) | Some(Overlay::Picker(_)) => {}
                Some(Overlay::Topics(_)) => effects.push(Effect::LoadTopics),
                Some(Overlay::Expert(_)) => directory = true,
                other => app.overlay = other,
            }
            app.info(tr!("flash-saved", id = id));
            let fresh = app.queue.get(id).cloned();
            let mut shown = false;
            for screen in app.stack.iter_mut() {
                if let Screen::Inquiry(d) = screen
                    && d.id == id
                {
                    d.inquiry = fresh.clone();
                    shown = true;
                }
            }
            if shown {
                effects.push(Effect::LoadDetail(id));
            }
            if directory {
                effects.push(Effect::LoadDirectory);
            }
            Outcome::with(effects)
        }
        Err(e) => {
            let message = tr!("error-save", reason = e);
            match &mut app.overlay {
                Some(Overlay::Prompt(p)) => {
                    p.saving = false;
                    p.error = Some(message);
                }
                Some(Overlay::Expert(x)) => {
                    x.saving = false;
                    app.error(message);
                }
                Some(Overlay::Topics(w)) => {
                    w.saving = false;
                    w.error = Some(message);
                }
                _ => {
                    app.overlay = None;
                    app.error(message);
                }
            }
            Outcome::redraw()
        }
    }
}

fn on_paste(app: &mut App, text: &str) -> Outcome {
    if app.overlay.is_none() && contacts::paste(app, text) {
        return Outcome::redraw();
    }
    if app.overlay.is_none()
        && let Some(Screen::Memory(search)) = app.stack.last_mut()
    {
        let outcome = memory_search::paste(search, text);
        return apply_memory(app, outcome);
    }
    match &mut app.overlay {
        Some(Overlay::QuickLog(form)) => {
            let choices = topics::TopicChoices {
                known: &app.settings.topics,
                used: &app.topics_used,
            };
            form.paste(text, (&app.contacts, &app.outlets), choices);
            form.refresh_preview(app.now, &app.settings);
        }
        Some(Overlay::Coverage(form)) => form.paste(text, (&app.contacts, &app.outlets)),
        Some(Overlay::Topics(w)) => {
            let choices = topics::TopicChoices {
                known: &app.settings.topics,
                used: &app.topics_used,
            };
            w.field.paste(text, choices);
        }
        Some(Overlay::Prompt(p)) => {
            p.paste(text);
            p.refresh_preview(app.now, &app.settings);
        }
        Some(Overlay::Expert(x)) => {
            x.paste(text, &app.contacts);
            x.refresh_preview(app.now, &app.settings);
        }
        Some(Overlay::Book(form)) => form.paste(text, &app.contacts),
        Some(Overlay::Plan(o)) => calendar::paste(o, text),
        Some(Overlay::Files(w)) => files::paste(w, text),
        Some(Overlay::Statements(w)) => {
            let look = statements::paste(w, text);
            return Outcome::with(vec![look]);
        }
        _ => return Outcome::none(),
    }
    Outcome::redraw()
}

fn on_key(app: &mut App, key: KeyEvent) -> Outcome {
    // Ctrl-C, the terminal's interrupt: it cancels the window that is open, else quits.
    let interrupt = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
    if let Some(overlay) = &app.overlay {
        let action = if interrupt {
            Some(Action::Cancel)
        } else {
            app.keymap.action(&key, &[overlay.context()])
        };
        let press = Press::new(&key, action).answering(app.keymap.confirms(&key));
        return overlay_key(app, &press);
    }
    if interrupt {
        app.quit = true;
        return Outcome::none();
    }
    if app.pane() == Pane::Contacts
        && let Some(outcome) = contacts::on_key(app, &key)
    {
        return outcome;
    }
    if let Some(Screen::Memory(search)) = app.stack.last_mut() {
        let ctx = memory_search::MemoryContext {
            keymap: &app.keymap,
            rows: memory_search::hit_rows(app.screen.1),
        };
        let outcome = memory_search::on_key(search, &key, &ctx);
        return apply_memory(app, outcome);
    }
    let Some(action) = app.keymap.action(&key, app.contexts()) else {
        return Outcome::none();
    };
    run_action(app, action)
}

/// Carries out a named action (a key from the keymap, or a test).
pub fn run_action(app: &mut App, action: Action) -> Outcome {
    if app.pane() == Pane::Contacts
        && let Some(outcome) = book_action(app, action)
    {
        return outcome;
    }
    if app.audit().is_some()
        && let Some(outcome) = audit_action(app, action)
    {
        return outcome;
    }
    let page = App::list_rows(app.screen.1) as isize;
    let in_detail = app.detail().is_some();
    match action {
        Action::Quit => {
            app.quit = true;
            Outcome::none()
        }
        Action::ShowQueue => {
            navigate(app, Nav::Root(Pane::Queue));
            Outcome::redraw()
        }
        Action::ShowContacts => contacts::show(app),
        Action::ShowCalendar => calendar::show(app),
        Action::ShowReport => {
            navigate(app, Nav::Root(Pane::Report));
            let outcome = report::show(&mut app.report);
            apply_report(app, outcome)
        }
        a if a.context() == Context::Report => report_action(app, a),
        Action::ToPlan => calendar::from_inquiry(app),
        Action::SearchMemory => open_memory(app),
        Action::Statements => statements::browse(app),
        a if a.context() == Context::Calendar => calendar_action(app, a),
        Action::Help => {
            app.overlay = Some(Overlay::Help { scroll: 0 });
            Outcome::redraw()
        }
        Action::QuickLog | Action::NewInquiry => {
            open_quick_log(app, QuickLog::new());
            Outcome::redraw()
        }
        Action::Refresh => refresh(app),
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            move_cursor(app, action, page);
            Outcome::redraw()
        }
        Action::FilterEscalated | Action::CycleFilter if in_detail => Outcome::none(),
        Action::FilterEscalated => {
            let next = if app.queue.filter == queue::Filter::Escalated {
                queue::Filter::Open
            } else {
                queue::Filter::Escalated
            };
            filter_queue(app, next, page)
        }
        Action::Audit => {
            // The selected inquiry's assignee, else whoever sits at the desk.
            let who = app
                .target()
                .and_then(|i| i.assignee.clone())
                .filter(|a| !a.trim().is_empty())
                .unwrap_or_else(|| app.settings.user.clone());
            open_audit(app, &who)
        }
        Action::Open | Action::Back if !in_detail => open_selected(app, action),
        Action::CycleFilter => filter_queue(app, app.queue.filter.next(), page),
        Action::Open => Outcome::none(),
        Action::Back => Outcome::with(navigate(app, Nav::Pop)),
        _ => inquiry_action(app, action),
    }
}

/// On the queue, Enter opens the selected inquiry; Esc there has nowhere to go back to.
fn open_selected(app: &mut App, action: Action) -> Outcome {
    match app.queue.selected_inquiry().cloned() {
        Some(inquiry) if action == Action::Open => open_inquiry(app, inquiry.id, Some(inquiry)),
        _ => Outcome::none(),
    }
}

/// Everything read again, the config too (`Ctrl-R`).
fn refresh(app: &mut App) -> Outcome {
    let mut effects = App::startup();
    effects.push(Effect::ReloadConfig);
    if let Some(d) = app.detail() {
        effects.push(Effect::LoadDetail(d.id));
    }
    effects.extend(calendar::external_change(app));
    effects.extend(report_reload(app));
    Outcome::with(effects)
}

/// The cursor keys scroll an inquiry open in full, else move through the queue.
fn move_cursor(app: &mut App, action: Action, page: isize) {
    if let Some(d) = app.detail_mut() {
        d.scroll = match action {
            Action::Up => d.scroll.saturating_sub(1),
            Action::Down => d.scroll.saturating_add(1),
            Action::PageUp => d.scroll.saturating_sub(page as u16),
            Action::PageDown => d.scroll.saturating_add(page as u16),
            Action::Top => 0,
            _ => u16::MAX / 2,
        };
        return;
    }
    match action {
        Action::Up => app.queue.move_by(-1),
        Action::Down => app.queue.move_by(1),
        Action::PageUp => app.queue.move_by(-page),
        Action::PageDown => app.queue.move_by(page),
        Action::Top => app.queue.selected = 0,
        _ => app.queue.select_last(),
    }
    app.queue.keep_in_view(page as usize);
}

/// The queue shows another set of inquiries.
fn filter_queue(app: &mut App, next: queue::Filter, page: isize) -> Outcome {
    let (user, now, soon) = (app.settings.user.clone(), app.now, app.settings.due_soon());
    app.queue.set_filter(next, &user, now, soon);
    app.queue.keep_in_view(page as usize);
    Outcome::redraw()
}

/// The contact book's keys: on the card open, or on the list; `None` for the global ones.
fn book_action(app: &mut App, action: Action) -> Option<Outcome> {
    // Coverage is its own feature: it reads the card or the selected row itself.
    if action == Action::CardCoverage {
        return Some(coverage_form::from_book(app));
    }
    let ctx = contacts::BookContext {
        contacts: &app.contacts,
        outlets: &app.outlets,
        page: contacts::list_rows(app.screen.1),
    };
    let card = match app.stack.last_mut() {
        Some(Screen::Card(card)) => Some(card),
        _ => None,
    };
    let outcome = contacts::actions::action(&mut app.book, card, action, &ctx)?;
    Some(apply_book(app, outcome))
}

/// Carries out what the contact book asked for: the one place its navigation happens.
fn apply_book(app: &mut App, outcome: contacts::BookOutcome) -> Outcome {
    let mut effects = outcome.effects;
    if outcome.back {
        effects.extend(navigate(app, Nav::Pop));
    }
    if outcome.search {
        navigate(app, Nav::Root(Pane::Contacts));
        app.book.typing = true;
    }
    if let Some(target) = outcome.open {
        effects.extend(contacts::open_card(app, target).effects);
    }
    if let Some((id, known)) = outcome.open_inquiry {
        effects.extend(open_inquiry(app, id, known.map(|i| *i)).effects);
    }
    if let Some(form) = outcome.quick_log {
        open_quick_log(app, form);
    }
    if let Some(window) = outcome.window {
        app.overlay = Some(window);
    }
    if let Some(text) = outcome.info {
        app.info(text);
    }
    Outcome {
        effects,
        redraw: outcome.redraw,
    }
}

/// Opens the search of the office's memory over the current screen. A search already on
/// the way here (opened from its results) starts the new one with its words and results.
fn open_memory(app: &mut App) -> Outcome {
    let earlier = app.stack.iter().rev().find_map(|s| match s {
        Screen::Memory(search) => Some((**search).clone()),
        _ => None,
    });
    let search = Box::new(earlier.unwrap_or_default());
    navigate(app, Nav::Push(Box::new(Screen::Memory(search))));
    Outcome::redraw()
}

/// What a mouse event asked for.
fn apply_mouse(app: &mut App, outcome: mouse::MouseOutcome) -> Outcome {
    match outcome {
        mouse::MouseOutcome::Nothing => Outcome::none(),
        mouse::MouseOutcome::Run(action) => run_action(app, action),
        mouse::MouseOutcome::SearchWheel { up } => {
            let rows = memory_search::hit_rows(app.screen.1);
            match app.stack.last_mut() {
                Some(Screen::Memory(search)) => {
                    let outcome = memory_search::on_wheel(search, up, rows);
                    apply_memory(app, outcome)
                }
                _ => Outcome::none(),
            }
        }
        mouse::MouseOutcome::Select { index, open } => {
            match app.stack.last_mut() {
                Some(Screen::Queue) => app.queue.selected = index,
                Some(Screen::Book) => app.book.selected = index,
                Some(Screen::Audit(view)) => view.selected = index,
                Some(Screen::Memory(search)) => {
                    search.selected = index;
                    if open {
                        let outcome = memory_search::open_selected(search);
                        return apply_memory(app, outcome);
                    }
                }
                _ => return Outcome::none(),
            }
            if !open {
                return Outcome::redraw();
            }
            if matches!(app.current(), Screen::Book) {
                app.book.typing = false;
            }
            run_action(app, Action::Open)
        }
        mouse::MouseOutcome::Calendar { area, at, double } => {
            let ctx = calendar::CalendarContext {
                settings: &app.settings,
                keymap: &app.keymap,
                now: app.now,
            };
            let outcome = calendar::click(&mut app.calendar, area, at, double, &ctx);
            apply_calendar(app, outcome)
        }
    }
}

/// What the memory search asked for.
fn apply_memory(app: &mut App, outcome: memory_search::MemoryOutcome) -> Outcome {
    let mut effects = outcome.effects;
    if outcome.back {
        effects.extend(navigate(app, Nav::Pop));
    }
    if outcome.help {
        app.overlay = Some(Overlay::Help { scroll: 0 });
    }
    if let Some(text) = outcome.info {
        app.info(text);
    }
    let opened = match outcome.open {
        Some(memory_search::Found::Inquiry(id)) => open_inquiry(app, id, None),
        Some(memory_search::Found::PlanItem(id)) => calendar::open_item(app, id),
        Some(memory_search::Found::Outlet(id)) => {
            contacts::open_card(app, contacts::Target::Outlet(id))
        }
        None => Outcome::none(),
    };
    effects.extend(opened.effects);
    Outcome {
        effects,
        redraw: outcome.redraw || opened.redraw,
    }
}

/// The calendar's keys: on the item open in full, or on the pane.
fn calendar_action(app: &mut App, action: Action) -> Outcome {
    let ctx = calendar::CalendarContext {
        settings: &app.settings,
        keymap: &app.keymap,
        now: app.now,
    };
    let detail = match app.stack.last_mut() {
        Some(Screen::Item(detail)) => Some(detail),
        _ => None,
    };
    let outcome = calendar::action(&mut app.calendar, detail, action, &ctx);
    apply_calendar(app, outcome)
}

/// Carries out what the calendar asked for: the one place its navigation happens.
fn apply_calendar(app: &mut App, outcome: calendar::CalendarOutcome) -> Outcome {
    let mut effects = outcome.effects;
    if outcome.back {
        effects.extend(navigate(app, Nav::Pop));
    }
    if let Some(detail) = outcome.open {
        navigate(app, Nav::Push(Box::new(Screen::Item(detail))));
    }
    if let Some(window) = outcome.window {
        app.overlay = Some(window);
    }
    if let Some(text) = outcome.info {
        app.info(text);
    }
    if let Some(id) = outcome.open_inquiry {
        effects.extend(open_inquiry(app, id, None).effects);
    }
    Outcome {
        effects,
        redraw: outcome.redraw,
    }
}

/// What the report's update reads besides its own state.
fn report_context(app: &App) -> report::ReportContext {
    report::ReportContext {
        now: app.now,
        zone: app.settings.zone,
        work: app.settings.rules.working_day(),
        // Below the title bar, the period's bar and above the status line.
        page: App::list_rows(app.screen.1),
    }
}

/// The report's keys: on the report itself, or on the inquiries opened from a line.
fn report_action(app: &mut App, action: Action) -> Outcome {
    let ctx = report_context(app);
    let outcome = match app.stack.last_mut() {
        // The list has a line saying what it lists above its column heads.
        Some(Screen::ReportInquiries(list)) => list.action(action, ctx.page - 1),
        _ => report::action(&mut app.report, action, &ctx),
    };
    apply_report(app, outcome)
}

/// Carries out what the report asked for: the one place its navigation happens.
fn apply_report(app: &mut App, outcome: report::ReportOutcome) -> Outcome {
    let mut effects = outcome.effects;
    if let Some(list) = outcome.open {
        navigate(app, Nav::Push(Box::new(Screen::ReportInquiries(list))));
    }
    if outcome.back {
        effects.extend(navigate(app, Nav::Pop));
    }
    if let Some(prompt) = outcome.prompt {
        app.overlay = Some(Overlay::Prompt(prompt));
    }
    if let Some(inquiry) = outcome.open_inquiry {
        let opened = open_inquiry(app, inquiry.id, Some(*inquiry));
        effects.extend(opened.effects);
    }
    Outcome {
        effects,
        redraw: outcome.redraw,
    }
}

fn on_report_msg(app: &mut App, msg: report::ReportMsg) -> Outcome {
    let page = report_context(app).page;
    if let report::ReportMsg::Inquiries(selection, result) = msg {
        match result {
            Ok(items) => {
                for screen in app.stack.iter_mut() {
                    if let Screen::ReportInquiries(list) = screen
                        && list.selection == selection
                    {
                        list.loaded(items.clone(), page - 1);
                    }
                }
            }
            Err(e) => app.error(tr!("error-load", reason = e)),
        }
        return Outcome::redraw();
    }
    let outcome = report::on_msg(&mut app.report, msg, page);
    apply_report(app, outcome)
}

/// The report's figures and lists read again, when the report is in sight.
fn report_reload(app: &mut App) -> Vec<Effect> {
    if app.pane() != Pane::Report {
        return Vec::new();
    }
    let mut effects = app.report.reload().effects;
    if let Screen::ReportInquiries(list) = app.current() {
        effects.push(list.load_effect());
    }
    effects
}

/// Opens one person's changes this week over the current screen.
pub fn open_audit(app: &mut App, who: &str) -> Outcome {
    let view = audit::AuditView::new(who, app.settings.zone.date(app.now));
    let load = view.query(app.settings.zone);
    navigate(app, Nav::Push(Box::new(Screen::Audit(Box::new(view)))));
    Outcome::with(vec![Effect::Audit(audit::AuditEffect::Load(load))])
}

/// The audit view's keys; `None` for those it leaves to the rest of the app.
fn audit_action(app: &mut App, action: Action) -> Option<Outcome> {
    let page = App::list_rows(app.screen.1).saturating_sub(2);
    let zone = app.settings.zone;
    let view = app.audit_mut()?;
    let outcome = match view.action(action, page, zone) {
        audit::AuditOutcome::Pass => {
            // The queue's own list keys mean nothing here; the global ones still work.
            return match action.context() {
                Context::Global => None,
                _ => Some(Outcome::none()),
            };
        }
        audit::AuditOutcome::Redraw => Outcome::redraw(),
        audit::AuditOutcome::Load(effect) => Outcome::with(vec![Effect::Audit(effect)]),
        audit::AuditOutcome::Open(record) => open_record(app, record),
        audit::AuditOutcome::CannotOpen => {
            app.info(tr!("alerts-audit-cannot-open"));
            Outcome::redraw()
        }
        audit::AuditOutcome::ChoosePerson => {
            let who = view.who.clone();
            let people = audit_people(&app.settings, &who);
            let options = (0..people.len())
                .map(|i| PickValue::Member(Some(i)))
                .collect();
            let current = people
                .iter()
                .position(|p| p.eq_ignore_ascii_case(&who))
                .map(|i| PickValue::Member(Some(i)));
            app.overlay = Some(Overlay::Picker(Picker::new(
                PickerKind::AuditPerson,
                0,
                options,
                current,
            )));
            Outcome::redraw()
        }
        audit::AuditOutcome::Close => Outcome::with(navigate(app, Nav::Pop)),
    };
    Some(outcome)
}

/// Whose changes can be looked at: the team and whoever sits at the desk, and the person
/// shown now even when the team list leaves them out.
pub fn audit_people(settings: &Settings, shown: &str) -> Vec<String> {
    let mut people = settings.assignable();
    if !shown.trim().is_empty() && !people.iter().any(|p| p.eq_ignore_ascii_case(shown)) {
        people.push(shown.to_string());
    }
    people
}

/// Opens the record a change was made to, over the audit view.
fn open_record(app: &mut App, record: audit::Record) -> Outcome {
    match record {
        audit::Record::Inquiry(id) => open_inquiry(app, id, None),
        audit::Record::Contact(id) => contacts::open_target(app, contacts::Target::Contact(id)),
        audit::Record::Outlet(id) => contacts::open_target(app, contacts::Target::Outlet(id)),
        audit::Record::PlanItem(id) => {
            let detail = calendar::ItemDetail::new(id, None);
            let effects = detail.load_all();
            navigate(app, Nav::Push(Box::new(Screen::Item(detail))));
            Outcome::with(effects)
        }
        audit::Record::Coverage(id) => {
            Outcome::with(vec![Effect::Audit(audit::AuditEffect::FindCoverage(id))])
        }
    }
}

fn on_audit_msg(app: &mut App, msg: audit::AuditMsg) -> Outcome {
    let zone = app.settings.zone;
    match msg {
        audit::AuditMsg::Loaded(query, rows) => {
            let page = App::list_rows(app.screen.1).saturating_sub(2);
            for screen in app.stack.iter_mut() {
                if let Screen::Audit(view) = screen {
                    view.loaded(&query, rows.clone(), zone);
                    view.keep_in_view(page);
                }
            }
            Outcome::redraw()
        }
        audit::AuditMsg::Coverage(Ok(coverage)) => match coverage.inquiry_id {
            Some(id) => open_inquiry(app, id, None),
            None => contacts::open_target(app, contacts::Target::Outlet(coverage.outlet_id)),
        },
        audit::AuditMsg::Coverage(Err(e)) => {
            app.error(tr!("error-load", reason = e));
            Outcome::redraw()
        }
    }
}

/// Opens the quick log with `form`, its deadline preview worked out.
pub fn open_quick_log(app: &mut App, mut form: QuickLog) {
    form.refresh_preview(app.now, &app.settings);
    app.overlay = Some(Overlay::QuickLog(Box::new(form)));
}

/// Opens an inquiry in full over the current screen; Esc comes back to it.
pub fn open_inquiry(app: &mut App, id: i64, known: Option<Inquiry>) -> Outcome {
    let inquiry = known.or_else(|| app.queue.get(id).cloned());
    navigate(
        app,
        Nav::Push(Box::new(Screen::Inquiry(Detail::new(id, inquiry)))),
    );
    Outcome::with(Screen::reload_inquiry(id))
}

/// Actions on the target inquiry: each opens the prompt or picker it needs, or saves at once.
fn inquiry_action(app: &mut App, action: Action) -> Outcome {
    let Some(inquiry) = app.target().cloned() else {
        app.info(tr!("flash-nothing-selected"));
        return Outcome::redraw();
    };
    if let Some(window) = inquiry_window(app, action, &inquiry) {
        app.overlay = Some(window);
        return Outcome::redraw();
    }
    let id = inquiry.id;
    match action {
        Action::Advance => match inquiry.status.next() {
            Some(status) => Outcome::with(vec![Effect::Change {
                id,
                change: InquiryChange::Status {
                    status,
                    reason: None,
                },
            }]),
            None => {
                app.info(tr!("flash-no-next-status"));
                Outcome::redraw()
            }
        },
        Action::ShowContact => contacts::open_from_inquiry(app, &inquiry),
        Action::LogCoverage => {
            let today = app.settings.zone.date(app.now);
            open_coverage(
                app,
                coverage_form::CoverageForm::for_inquiry(&inquiry, today),
            )
        }
        Action::Files => files::open_window(app, AttachTo::Inquiry(id), false),
        Action::Attach => files::open_window(app, AttachTo::Inquiry(id), true),
        _ => Outcome::none(),
    }
}

/// The prompt, picker or chooser an action on an inquiry opens, filled with what it has now.
fn inquiry_window(app: &App, action: Action, inquiry: &Inquiry) -> Option<Overlay> {
    let id = inquiry.id;
    let prompt = |kind, text: &str| Overlay::Prompt(Prompt::new(kind, id, text));
    Some(match action {
        Action::SetStatus | Action::Priority | Action::Assign => {
            Overlay::Picker(inquiry_picker(app, action, inquiry)?)
        }
        Action::Expert => Overlay::Expert(ExpertChooser::new(
            inquiry,
            &app.contacts,
            app.now,
            &app.settings,
        )),
        Action::Answer => prompt(
            PromptKind::Answer,
            inquiry.answer.as_deref().unwrap_or_default(),
        ),
        Action::Deadline => Overlay::Prompt(Prompt::deadline(inquiry, app.now, &app.settings)),
        Action::EditQuestion => prompt(PromptKind::Question, &inquiry.question),
        Action::EditSubject => prompt(PromptKind::Subject, inquiry.headline()),
        Action::Topics => Overlay::Topics(Box::new(topics::TopicsWindow::new(
            id,
            &inquiry.topics,
            app.topic_choices(),
        ))),
        _ => return None,
    })
}

/// The status, priority or assignee picker, on the inquiry's current one.
fn inquiry_picker(app: &App, action: Action, inquiry: &Inquiry) -> Option<Picker> {
    let (kind, options, current) = match action {
        Action::SetStatus => (
            PickerKind::Status,
            Status::ALL.iter().map(|s| PickValue::Status(*s)).collect(),
            Some(PickValue::Status(inquiry.status)),
        ),
        Action::Priority => (
            PickerKind::Priority,
            Priority::ALL
                .iter()
                .map(|p| PickValue::Priority(*p))
                .collect(),
            Some(PickValue::Priority(inquiry.priority)),
        ),
        Action::Assign => {
            let people = app.settings.assignable();
            let mut options: Vec<PickValue> = (0..people.len())
                .map(|i| PickValue::Member(Some(i)))
                .collect();
            options.push(PickValue::Member(None));
            let current = inquiry
                .assignee
                .as_deref()
                .and_then(|a| people.iter().position(|p| p == a))
                .map(|i| PickValue::Member(Some(i)));
            (PickerKind::Assign, options, current)
        }
        _ => return None,
    };
    Some(Picker::new(kind, inquiry.id, options, current))
}

fn overlay_key(app: &mut App, press: &Press) -> Outcome {
    let now = app.now;
    let Some(overlay) = app.overlay.as_mut() else {
        return Outcome::none();
    };
    match overlay {
        Overlay::Help { .. } => help_key(app, press),
        Overlay::QuickLog(form) => {
            let directory = (&app.contacts, &app.outlets);
            match form.key(press, now, &app.settings, directory, &app.topics_used) {
                WindowResult::Stay => {
                    form.refresh_preview(now, &app.settings);
                    Outcome::redraw()
                }
                WindowResult::Close => {
                    app.overlay = None;
                    Outcome::redraw()
                }
                WindowResult::Submit((new, topics)) => {
                    Outcome::with(vec![Effect::Log(new, topics)])
                }
            }
        }
        Overlay::Prompt(prompt) if statements::asked_from(prompt, press) => {
            statements::from_answer(app)
        }
        Overlay::Prompt(prompt) => match prompt.key(press) {
            WindowResult::Stay => {
                prompt.refresh_preview(now, &app.settings);
                Outcome::redraw()
            }
            WindowResult::Close => {
                app.overlay = None;
                Outcome::redraw()
            }
            WindowResult::Submit(text) => {
                let (kind, id) = (prompt.kind, prompt.target);
                prompt_submitted(app, kind, id, &text)
            }
        },
        Overlay::Picker(picker) => match picker.key(press) {
            WindowResult::Stay => Outcome::redraw(),
            WindowResult::Close => {
                app.overlay = None;
                Outcome::redraw()
            }
            WindowResult::Submit(value) if picker.kind == PickerKind::AuditPerson => {
                audit_person_picked(app, value)
            }
            WindowResult::Submit(value) => {
                let id = picker.target;
                picked(app, id, value)
            }
        },
        Overlay::Book(_) => contacts::overlay_key(app, press),
        Overlay::Plan(_) => calendar::overlay_key(app, press),
        Overlay::Files(_) => files::overlay_key(app, press),
        Overlay::Statements(_) => statements::overlay_key(app, press),
        Overlay::Expert(_) => expert_key(app, press),
        Overlay::Topics(_) => topics_key(app, press),
        Overlay::Coverage(form) => {
            let directory = (&app.contacts, &app.outlets);
            match form.key(press, now, &app.settings, directory) {
                WindowResult::Stay => Outcome::redraw(),
                WindowResult::Close => {
                    app.overlay = None;
                    Outcome::redraw()
                }
                WindowResult::Submit(piece) => Outcome::with(vec![Effect::AddCoverage(piece)]),
            }
        }
    }
}

/// Opens the coverage window over the screen.
pub fn open_coverage(app: &mut App, form: coverage_form::CoverageForm) -> Outcome {
    app.overlay = Some(Overlay::Coverage(Box::new(form)));
    Outcome::redraw()
}

/// A piece recorded: the window closes and the screen under it shows it; a failure
/// stays in the window with what was typed.
fn on_coverage_saved(app: &mut App, result: Result<i64, String>) -> Outcome {
    match result {
        Ok(id) => {
            app.overlay = None;
            app.info(tr!("coverage-form-saved", id = id));
            let mut effects = app.current().reload(app.settings.zone);
            effects.extend(report_reload(app));
            Outcome::with(effects)
        }
        Err(e) => {
            let message = tr!("error-save", reason = e);
            match &mut app.overlay {
                Some(Overlay::Coverage(form)) => {
                    form.saving = false;
                    form.error = Some(message);
                }
                _ => app.error(message),
            }
            Outcome::redraw()
        }
    }
}

/// The topics window: Enter saves the inquiry's topics, refused in place when one is
/// too long.
fn topics_key(app: &mut App, press: &Press) -> Outcome {
    let choices = topics::TopicChoices {
        known: &app.settings.topics,
        used: &app.topics_used,
    };
    let Some(Overlay::Topics(window)) = app.overlay.as_mut() else {
        return Outcome::none();
    };
    match window.key(press, choices) {
        WindowResult::Stay => Outcome::redraw(),
        WindowResult::Close => {
            app.overlay = None;
            Outcome::redraw()
        }
        WindowResult::Submit(topics) => Outcome::with(vec![Effect::Change {
            id: window.inquiry,
            change: InquiryChange::Topics(topics),
        }]),
    }
}

/// The help screen: the list keys scroll it; cancel or the help key closes it.
fn help_key(app: &mut App, press: &Press) -> Outcome {
    let Some(Overlay::Help { scroll }) = app.overlay.as_mut() else {
        return Outcome::none();
    };
    let page = App::list_rows(app.screen.1) as u16;
    let help_key = app.keymap.keys(Action::Help);
    match press.action {
        Some(Action::PickDown) => *scroll = scroll.saturating_add(1),
        Some(Action::PickUp) => *scroll = scroll.saturating_sub(1),
        // Space pages on, as in a pager.
        Some(Action::PickPageDown | Action::Pick) => *scroll = scroll.saturating_add(page),
        Some(Action::PickPageUp) => *scroll = scroll.saturating_sub(page),
        Some(Action::PickFirst) => *scroll = 0,
        Some(Action::PickLast) => *scroll = u16::MAX / 2,
        _ if press.cancels() || help_key.contains(&keymap::Key::from_event(press.key)) => {
            app.overlay = None
        }
        _ => return Outcome::none(),
    }
    Outcome::redraw()
}

/// A person chosen for the audit view: their changes in the period shown.
fn audit_person_picked(app: &mut App, value: PickValue) -> Outcome {
    app.overlay = None;
    let zone = app.settings.zone;
    let shown = app.audit().map(|v| v.who.clone()).unwrap_or_default();
    let people = audit_people(&app.settings, &shown);
    let chosen = match value {
        PickValue::Member(Some(i)) => people.get(i).cloned(),
        _ => None,
    };
    match (chosen, app.audit_mut()) {
        (Some(who), Some(view)) => match view.choose(&who, zone) {
            audit::AuditOutcome::Load(effect) => Outcome::with(vec![Effect::Audit(effect)]),
            _ => Outcome::redraw(),
        },
        _ => Outcome::redraw(),
    }
}

/// The expert chooser: the expert (and when their comment is due) set on the inquiry.
fn expert_key(app: &mut App, press: &Press) -> Outcome {
    let now = app.now;
    let Some(Overlay::Expert(chooser)) = app.overlay.as_mut() else {
        return Outcome::none();
    };
    let id = chooser.inquiry;
    let who = match chooser.key(press, &app.contacts) {
        WindowResult::Stay => {
            chooser.refresh_preview(now, &app.settings);
            return Outcome::redraw();
        }
        WindowResult::Close => {
            app.overlay = None;
            return Outcome::redraw();
        }
        WindowResult::Submit(ExpertPick::Clear) => Who::Unknown,
        WindowResult::Submit(ExpertPick::Existing(contact)) => Who::Existing(contact),
        WindowResult::Submit(ExpertPick::New(name)) => {
            Who::New(Box::new(NewContact::named(&name, ContactKind::Expert)))
        }
    };
    let change = match (chooser.typed_due(), &who) {
        // Removing the expert removes their deadline with them.
        (_, Who::Unknown) | (Ok(None), _) => InquiryChange::Expert(who),
        (Ok(Some(due)), _) => InquiryChange::AskExpert { who, due },
        (Err(message), _) => {
            chooser.on_due = true;
            app.flash = Some(Flash {
                text: message,
                error: true,
                until: now + ERROR_SECS,
            });
            return Outcome::redraw();
        }
    };
    chooser.saving = true;
    Outcome::with(vec![Effect::Change { id, change }])
}

/// A prompt's text, submitted: saved, or the reason shown in the prompt as typed.
fn prompt_submitted(app: &mut App, kind: PromptKind, id: i64, text: &str) -> Outcome {
    let result = match kind {
        PromptKind::MoveItem(from) => calendar::move_typed(app, id, (from, None), text),
        PromptKind::MoveOccurrence(from, occurrence) => {
            calendar::move_typed(app, id, (from, Some(occurrence)), text)
        }
        PromptKind::ReportRange => {
            let ctx = report_context(app);
            report::range_entered(&mut app.report, text, &ctx).map(|outcome| {
                app.overlay = None;
                apply_report(app, outcome)
            })
        }
        _ => prompt_change(app, kind, id, text).map(|change| {
            if let Some(Overlay::Prompt(p)) = &mut app.overlay {
                p.saving = true;
            }
            Outcome::with(vec![Effect::Change { id, change }])
        }),
    };
    result.unwrap_or_else(|message| {
        if let Some(Overlay::Prompt(p)) = &mut app.overlay {
            p.error = Some(message);
        }
        Outcome::redraw()
    })
}

/// The change a submitted prompt asks for, or the message to show in it.
fn prompt_change(
    app: &App,
    kind: PromptKind,
    id: i64,
    text: &str,
) -> Result<InquiryChange, String> {
    match kind {
        PromptKind::Answer if text.is_empty() => Err(tr!("prompt-answer-empty")),
        PromptKind::Answer => Ok(InquiryChange::Answer(text.to_string())),
        PromptKind::Question if text.is_empty() => Err(tr!("form-question-needed")),
        PromptKind::Question => Ok(InquiryChange::Question(text.to_string())),
        PromptKind::Subject => Ok(InquiryChange::Subject(text.to_string())),
        PromptKind::DeclineReason if text.is_empty() => Err(tr!("prompt-reason-needed")),
        PromptKind::DeclineReason => Ok(InquiryChange::Status {
            status: Status::Declined,
            reason: Some(text.to_string()),
        }),
        // Taken before it gets here.
        PromptKind::MoveItem(_) | PromptKind::MoveOccurrence(..) | PromptKind::ReportRange => {
            Err(tr!("flash-nothing-selected"))
        }
        PromptKind::Deadline => {
            let inquiry = app
                .queue
                .get(id)
                .or(app.target())
                .ok_or_else(|| tr!("flash-nothing-selected"))?;
            let requested = if text.is_empty() {
                None
            } else {
                Some(
                    parse_when(
                        text,
                        app.now,
                        app.settings.zone,
                        app.settings.rules.working_day(),
                        Prefer::Future,
                    )
                    .map_err(|e| when_error(&e))?,
                )
            };
            let due_at = app.settings.rules.due_at(
                inquiry.received_at,
                inquiry.channel,
                inquiry.priority,
                requested,
                app.settings.zone,
            );
            Ok(InquiryChange::Deadline { requested, due_at })
        }
    }
}

fn picked(app: &mut App, id: i64, value: PickValue) -> Outcome {
    let change = match value {
        PickValue::Status(Status::Declined) => {
            app.overlay = Some(Overlay::Prompt(Prompt::new(
                PromptKind::DeclineReason,
                id,
                "",
            )));
            return Outcome::redraw();
        }
        PickValue::Status(status) => InquiryChange::Status {
            status,
            reason: None,
        },
        PickValue::Priority(priority) => {
            let Some(inquiry) = app.queue.get(id).or(app.target()) else {
                return Outcome::none();
            };
            let due_at = app.settings.rules.due_at(
                inquiry.received_at,
                inquiry.channel,
                priority,
                inquiry.requested_deadline,
                app.settings.zone,
            );
            InquiryChange::Priority { priority, due_at }
        }
        PickValue::Member(member) => {
            let people = app.settings.assignable();
            InquiryChange::Assign(member.and_then(|i| people.get(i).cloned()))
        }
        PickValue::ItemStatus(status) => return calendar::status_picked(app, id, status),
    };
    Outcome::with(vec![Effect::Change { id, change }])
}

#[cfg(test)]
mod tests;
