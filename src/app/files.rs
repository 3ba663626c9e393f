//! The files kept with a record (an inquiry, a contact, an outlet or a plan item), in the
//! interface: listed on its screen, and a window to open one with the system's viewer,
//! save a copy, or attach another through a path prompt that completes file names with
//! Tab. Reading folders, files and the database is asked of the runtime as effects.

use super::Overlay;
use super::field::TextField;
use super::keymap::Action;
use super::window::Press;
use super::{App, Effect, Outcome, Screen};
use crate::paths::Completion;
use crate::store::{AttachTo, Attachment, safe_file_name};
use crate::tr;

/// Asked of the runtime.
#[derive(Debug, Clone, PartialEq)]
pub enum FilesEffect {
    /// The files of a record.
    Load(AttachTo),
    /// Keep the file at the typed path with the record.
    Attach { to: AttachTo, path: String },
    /// Write the file out privately and hand it to the system's opener.
    Open(i64),
    /// Save a copy at the typed path (a folder takes the file's own name).
    Save { id: i64, path: String },
    /// Complete the typed path from the file system.
    Complete(String),
}

/// What the runtime answers.
#[derive(Debug)]
pub enum FilesMsg {
    Loaded(AttachTo, Result<Vec<Attachment>, String>),
    Attached(Result<Attachment, String>),
    /// The name of the file opened.
    Opened(Result<String, String>),
    /// Where the copy went.
    Saved(Result<String, String>),
    Completed {
        typed: String,
        completion: Completion,
    },
}

/// What a typed path is for.
#[derive(Debug, Clone, PartialEq)]
pub enum PathPurpose {
    Attach,
    Save { id: i64 },
}

/// The path prompt: what is typed, the names Tab offered, and what went wrong.
#[derive(Debug, Clone)]
pub struct PathPrompt {
    pub purpose: PathPurpose,
    pub field: TextField,
    pub choices: Vec<String>,
    /// A message under the field (an error keeps what was typed).
    pub error: Option<String>,
    pub busy: bool,
}

impl PathPrompt {
    fn new(purpose: PathPurpose, value: &str) -> PathPrompt {
        PathPrompt {
            purpose,
            field: TextField::with_value(value),
            choices: Vec::new(),
            error: None,
            busy: false,
        }
    }
}

/// The files window over a record.
#[derive(Debug, Clone)]
pub struct FilesWindow {
    pub owner: AttachTo,
    pub files: Vec<Attachment>,
    pub loaded: bool,
    pub selected: usize,
    /// Typing a path to attach or to save to.
    pub path: Option<PathPrompt>,
    /// Opened straight into attaching: Esc there closes the window.
    pub attach_only: bool,
    /// Waiting for the viewer to be started.
    pub opening: bool,
    pub error: Option<String>,
}

impl FilesWindow {
    fn new(owner: AttachTo, files: Vec<Attachment>, loaded: bool) -> FilesWindow {
        FilesWindow {
            owner,
            files,
            loaded,
            selected: 0,
            path: None,
            attach_only: false,
            opening: false,
            error: None,
        }
    }

    pub fn selected_file(&self) -> Option<&Attachment> {
        self.files.get(self.selected)
    }
}

fn files(effect: FilesEffect) -> Effect {
    Effect::Files(effect)
}

/// Where a screen keeps the files of the record it shows, if it shows one that has files.
fn files_of(screen: &mut Screen) -> Option<(AttachTo, &mut Vec<Attachment>, &mut bool)> {
    match screen {
        Screen::Inquiry(d) => Some((AttachTo::Inquiry(d.id), &mut d.files, &mut d.files_loaded)),
        Screen::Card(c) => Some((c.owner(), &mut c.files, &mut c.files_loaded)),
        Screen::Item(d) => Some((AttachTo::PlanItem(d.id), &mut d.files, &mut d.files_loaded)),
        _ => None,
    }
}

/// The files known for a record: those on a screen open on it.
fn known(app: &mut App, owner: AttachTo) -> Option<Vec<Attachment>> {
    app.stack.iter_mut().rev().find_map(|s| match files_of(s) {
        Some((shown, files, true)) if shown == owner => Some(files.clone()),
        _ => None,
    })
}

/// The files window over a record (`o` on an inquiry or a plan item, `O` on a card);
/// with `attach`, straight at the path prompt to attach one (`F`, or `a` on an item).
pub fn open_window(app: &mut App, owner: AttachTo, attach: bool) -> Outcome {
    let files = known(app, owner);
    let (window, load) = window_for(owner, files, attach);
    app.overlay = Some(window);
    Outcome::with(vec![load])
}

/// The files window over `owner`, showing the `files` already known meanwhile, and what
/// reads them afresh.
pub fn window_for(
    owner: AttachTo,
    files: Option<Vec<Attachment>>,
    attach: bool,
) -> (Overlay, Effect) {
    let loaded = files.is_some();
    let mut window = FilesWindow::new(owner, files.unwrap_or_default(), loaded);
    if attach {
        window.path = Some(PathPrompt::new(PathPurpose::Attach, "~/"));
        window.attach_only = true;
    }
    (Overlay::Files(Box::new(window)), files_load(owner))
}

fn files_load(owner: AttachTo) -> Effect {
    files(FilesEffect::Load(owner))
}

fn window(app: &mut App) -> Option<&mut FilesWindow> {
    match &mut app.overlay {
        Some(Overlay::Files(w)) => Some(w),
        _ => None,
    }
}

/// Keys while the window is open: a list to pick from, or the path prompt.
pub fn overlay_key(app: &mut App, press: &Press) -> Outcome {
    let Some(w) = window(app) else {
        return Outcome::none();
    };
    if w.path.is_some() {
        return path_key(app, press);
    }
    if w.opening {
        return Outcome::none();
    }
    w.error = None;
    let last = w.files.len().saturating_sub(1);
    match press.action {
        _ if press.cancels() => app.overlay = None,
        Some(Action::PickUp) => w.selected = w.selected.saturating_sub(1),
        Some(Action::PickDown) => w.selected = (w.selected + 1).min(last),
        Some(Action::PickFirst) => w.selected = 0,
        Some(Action::PickLast) => w.selected = last,
        Some(Action::Pick) => {
            let Some(file) = w.selected_file() else {
                return Outcome::none();
            };
            let id = file.id;
            w.opening = true;
            return Outcome::with(vec![files(FilesEffect::Open(id))]);
        }
        Some(Action::SaveCopy) => {
            let Some(file) = w.selected_file() else {
                return Outcome::none();
            };
            let value = format!("~/{}", safe_file_name(&file.name));
            w.path = Some(PathPrompt::new(PathPurpose::Save { id: file.id }, &value));
        }
        Some(Action::AttachAnother) => {
            w.path = Some(PathPrompt::new(PathPurpose::Attach, "~/"));
        }
        _ => return Outcome::none(),
    }
    Outcome::redraw()
}

/// Keys at the path prompt.
fn path_key(app: &mut App, press: &Press) -> Outcome {
    let Some(w) = window(app) else {
        return Outcome::none();
    };
    let owner = w.owner;
    let attach_only = w.attach_only;
    let Some(prompt) = w.path.as_mut() else {
        return Outcome::none();
    };
    if prompt.busy {
        return Outcome::none();
    }
    if press.cancels() {
        if attach_only {
            app.overlay = None;
        } else {
            w.path = None;
        }
        return Outcome::redraw();
    }
    let typed = prompt.field.value().to_string();
    match press.action {
        Some(Action::NextField) => Outcome::with(vec![files(FilesEffect::Complete(typed))]),
        Some(Action::Submit) if prompt.field.is_blank() => {
            prompt.error = Some(tr!("files-path-needed"));
            Outcome::redraw()
        }
        Some(Action::Submit) => {
            prompt.busy = true;
            prompt.error = None;
            let effect = match prompt.purpose {
                PathPurpose::Attach => FilesEffect::Attach {
                    to: owner,
                    path: typed,
                },
                PathPurpose::Save { id } => FilesEffect::Save { id, path: typed },
            };
            Outcome::with(vec![files(effect)])
        }
        _ => {
            if !prompt.field.edit(press.key) {
                return Outcome::none();
            }
            prompt.error = None;
            prompt.choices.clear();
            Outcome::redraw()
        }
    }
}

/// Pasted text goes into the path prompt.
pub fn paste(window: &mut FilesWindow, text: &str) {
    if let Some(prompt) = &mut window.path {
        prompt.field.paste(text.trim());
        prompt.choices.clear();
    }
}

pub fn on_msg(app: &mut App, msg: FilesMsg) -> Outcome {
    match msg {
        FilesMsg::Loaded(owner, Ok(list)) => {
            for screen in app.screens_mut() {
                if let Some((shown, files, loaded)) = files_of(screen)
                    && shown == owner
                {
                    *files = list.clone();
                    *loaded = true;
                }
            }
            if let Some(w) = window(app)
                && w.owner == owner
            {
                w.files = list;
                w.loaded = true;
                w.selected = w.selected.min(w.files.len().saturating_sub(1));
            }
            Outcome::redraw()
        }
        FilesMsg::Loaded(_, Err(e)) => {
            app.error(tr!("error-load", reason = e));
            Outcome::redraw()
        }
        FilesMsg::Attached(result) => attached(app, result),
        FilesMsg::Opened(result) => {
            let Some(w) = window(app) else {
                return Outcome::none();
            };
            w.opening = false;
            match result {
                Ok(name) => app.info(tr!("files-opened", name = name)),
                Err(e) => w.error = Some(e),
            }
            Outcome::redraw()
        }
        FilesMsg::Saved(result) => {
            let Some(w) = window(app) else {
                return Outcome::none();
            };
            match result {
                Ok(path) => {
                    w.path = None;
                    app.info(tr!("files-saved", path = path));
                }
                Err(e) => prompt_failed(w, e),
            }
            Outcome::redraw()
        }
        FilesMsg::Completed { typed, completion } => {
            let Some(prompt) = window(app).and_then(|w| w.path.as_mut()) else {
                return Outcome::none();
            };
            if prompt.field.value() != typed {
                return Outcome::none();
            }
            prompt.error = (completion.text == typed && completion.choices.is_empty())
                .then(|| tr!("files-no-match"));
            prompt.field.set(&completion.text);
            prompt.choices = completion.choices;
            Outcome::redraw()
        }
    }
}

/// The prompt stays with what was typed and says why.
fn prompt_failed(w: &mut FilesWindow, error: String) {
    if let Some(prompt) = &mut w.path {
        prompt.busy = false;
        prompt.error = Some(error);
    }
}

fn attached(app: &mut App, result: Result<Attachment, String>) -> Outcome {
    let Some(w) = window(app) else {
        return Outcome::none();
    };
    match result {
        Ok(file) => {
            let owner = w.owner;
            if w.attach_only {
                app.overlay = None;
            } else {
                w.path = None;
                w.files.push(file.clone());
                w.selected = w.files.len() - 1;
            }
            app.info(tr!(
                "files-attached",
                id = file.id,
                name = file.name,
                size = crate::format::bytes(file.size)
            ));
            let mut effects = vec![files_load(owner)];
            // The history shows the file attached.
            if let AttachTo::Inquiry(id) = owner {
                effects.push(Effect::LoadDetail(id));
            }
            Outcome::with(effects)
        }
        Err(e) => {
            prompt_failed(w, e);
            Outcome::redraw()
        }
    }
}
