//! Keys become named actions through one table, built from the defaults and the config's
//! `[keys]`. The help screen is generated from the same table, so what it lists is what
//! the keys do.

use std::collections::BTreeMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::config::{Config, ConfigError};
use crate::tr;

/// Where an action's keys are live. Global keys work wherever no form is open, so they
/// may not share a key with any other action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Context {
    Global,
    List,
    Inquiry,
    /// The contact book: the selected contact, or the card that is open.
    Book,
    /// The calendar pane: its movement keys are its own, so `h`/`l` move a day here and
    /// go back/open in the queue.
    Calendar,
    /// The report pane and the inquiries opened from one of its lines.
    Report,
    /// The audit view: one person's changes in a period, beside the list keys.
    Audit,
    /// A window with fields to type in (a form, a prompt): its keys are live only while it
    /// is open, and never a plain character, which is typed.
    Window,
    /// A list to pick one thing from (status, priority, the filter, the help screen).
    Picker,
    /// A yes-or-no question a window asks (discard what you typed? merge?): nothing is
    /// typed then, so its keys may be plain letters.
    Question,
}

impl Context {
    fn overlaps(self, other: Context) -> bool {
        use Context::*;
        match (self, other) {
            // Windows take every key while open: the global ones wait.
            (Global, Window | Picker | Question) | (Window | Picker | Question, Global) => false,
            (Global, _) | (_, Global) => true,
            // The inquiry keys work on the queue's selected row too.
            (List, Inquiry) | (Inquiry, List) => true,
            // The book's keys work beside the list keys in the contacts pane.
            (List, Book) | (Book, List) => true,
            // So do the audit view's.
            (List, Audit) | (Audit, List) => true,
            // The calendar's and the report's keys are live only in their own pane, a
            // window's only in it.
            (Calendar, Calendar)
            | (Report, Report)
            | (Window, Window)
            | (Picker, Picker)
            | (Question, Question) => true,
            (Calendar | Report | Window | Picker | Question, _)
            | (_, Calendar | Report | Window | Picker | Question) => false,
            (a, b) => a == b,
        }
    }
}

macro_rules! actions {
    ($($variant:ident = $name:literal, $context:ident, [$($key:literal),*];)+) => {
        /// A named thing the user can do with one key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action { $($variant),+ }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant),+];

            /// The name used in the config's `[keys]` table.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name),+ }
            }

            pub fn context(self) -> Context {
                match self { $(Action::$variant => Context::$context),+ }
            }

            fn default_keys(self) -> &'static [&'static str] {
                match self { $(Action::$variant => &[$($key),*]),+ }
            }

            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$variant),)+ _ => None }
            }
        }
    };
}

actions! {
    QuickLog = "quick_log", Global, ["L"];
    Help = "help", Global, ["?", "f1"];
    Quit = "quit", Global, ["q"];
    Refresh = "refresh", Global, ["ctrl-r"];
    ShowQueue = "show_queue", Global, ["1"];
    ShowContacts = "show_contacts", Global, ["2"];
    ShowCalendar = "show_calendar", Global, ["3"];
    ShowReport = "show_report", Global, ["4"];
    Up = "up", List, ["k", "up"];
    Down = "down", List, ["j", "down"];
    Top = "top", List, ["g", "home"];
    Bottom = "bottom", List, ["G", "end"];
    PageUp = "page_up", List, ["pageup", "ctrl-b"];
    PageDown = "page_down", List, ["pagedown", "ctrl-f"];
    Open = "open", List, ["enter", "l", "right"];
    Back = "back", Inquiry, ["esc", "h", "left"];
    NewInquiry = "new_inquiry", List, ["n"];
    CycleFilter = "filter", List, ["f", "tab"];
    SetStatus = "status", Inquiry, ["s"];
    Advance = "advance", Inquiry, ["space"];
    Answer = "answer", Inquiry, ["a"];
    Assign = "assign", Inquiry, ["A"];
    Expert = "expert", Inquiry, ["x"];
    Deadline = "deadline", Inquiry, ["d"];
    Priority = "priority", Inquiry, ["p"];
    EditQuestion = "edit_question", Inquiry, ["e"];
    EditSubject = "edit_subject", Inquiry, ["t"];
    Topics = "topics", Inquiry, ["T"];
    LogCoverage = "log_coverage", Inquiry, ["C"];
    ShowContact = "show_contact", Inquiry, ["c"];
    FilterEscalated = "filter_escalated", List, ["E"];
    Audit = "audit", Inquiry, ["w"];
    AuditPerson = "audit_person", Audit, ["w"];
    AuditEarlier = "audit_earlier", Audit, ["["];
    AuditLater = "audit_later", Audit, ["]"];
    AuditPeriod = "audit_period", Audit, ["v"];
    CloseAudit = "close_audit", Audit, ["esc", "h", "left"];
    Search = "search", Book, ["/"];
    CloseCard = "close_card", Book, ["esc", "h", "left"];
    LogCall = "log_call", Book, ["c"];
    LogMeeting = "log_meeting", Book, ["m"];
    LogNote = "log_note", Book, ["t"];
    EditContact = "edit_contact", Book, ["e"];
    NewContact = "new_contact", Book, ["N"];
    Merge = "merge", Book, ["M"];
    GotoOutlet = "goto_outlet", Book, ["o"];
    CopyPhone = "copy_phone", Book, ["y"];
    CopyEmail = "copy_email", Book, ["Y"];
    CardCoverage = "card_coverage", Book, ["C"];
    CardFiles = "card_files", Book, ["O"];
    CardAttach = "card_attach", Book, ["F"];
    ToPlan = "to_plan", Inquiry, ["P"];
    SearchMemory = "search_memory", Inquiry, ["/"];
    Files = "files", Inquiry, ["o"];
    Attach = "attach", Inquiry, ["F"];
    Statements = "statements", Inquiry, ["S"];
    DayPrev = "day_prev", Calendar, ["h", "left"];
    DayNext = "day_next", Calendar, ["l", "right"];
    WeekPrev = "week_prev", Calendar, ["k", "up"];
    WeekNext = "week_next", Calendar, ["j", "down"];
    ItemNext = "item_next", Calendar, ["tab"];
    ItemPrev = "item_prev", Calendar, ["backtab"];
    Today = "today", Calendar, ["t", "home"];
    PagePrev = "page_prev", Calendar, ["pageup", "["];
    PageNext = "page_next", Calendar, ["pagedown", "]"];
    CycleView = "view", Calendar, ["v"];
    NewItem = "new_item", Calendar, ["n"];
    OpenItem = "open_item", Calendar, ["enter"];
    CloseItem = "close_item", Calendar, ["esc"];
    EditItem = "edit_item", Calendar, ["e"];
    ItemStatus = "item_status", Calendar, ["s"];
    AdvanceItem = "advance_item", Calendar, ["space"];
    MoveDayEarlier = "move_day_earlier", Calendar, ["<"];
    MoveDayLater = "move_day_later", Calendar, [">"];
    MoveEarlier = "move_earlier", Calendar, ["-"];
    MoveLater = "move_later", Calendar, ["+", "="];
    MoveTo = "move_to", Calendar, ["m"];
    Duplicate = "duplicate", Calendar, ["c"];
    CancelItem = "cancel_item", Calendar, ["x"];
    PlanFilter = "plan_filter", Calendar, ["f"];
    ClearPlanFilter = "plan_filter_clear", Calendar, ["F"];
    ItemInquiry = "item_inquiry", Calendar, ["i"];
    ItemFiles = "item_files", Calendar, ["o"];
    ItemAttach = "item_attach", Calendar, ["a"];
    ReportUp = "report_up", Report, ["k", "up"];
    ReportDown = "report_down", Report, ["j", "down"];
    ReportPageUp = "report_page_up", Report, ["pageup", "ctrl-b"];
    ReportPageDown = "report_page_down", Report, ["pagedown", "ctrl-f"];
    ReportTop = "report_top", Report, ["g", "home"];
    ReportBottom = "report_bottom", Report, ["G", "end"];
    ReportPrev = "report_prev", Report, ["[", "left", "h"];
    ReportNext = "report_next", Report, ["]", "right", "l"];
    ReportPeriod = "report_period", Report, ["v"];
    ReportRange = "report_range", Report, ["r"];
    ReportOpen = "report_open", Report, ["enter"];
    ReportBack = "report_back", Report, ["esc"];
    Submit = "submit", Window, ["enter"];
    Cancel = "cancel", Window, ["esc"];
    NextField = "next_field", Window, ["tab"];
    PrevField = "prev_field", Window, ["backtab"];
    SuggestionDown = "suggestion_down", Window, ["down"];
    SuggestionUp = "suggestion_up", Window, ["up"];
    NewLine = "new_line", Window, ["alt-enter", "ctrl-j"];
    InsertStatement = "insert_statement", Window, ["ctrl-t", "f2"];
    PickDown = "pick_down", Picker, ["j", "down", "tab"];
    PickUp = "pick_up", Picker, ["k", "up", "backtab"];
    PickPageDown = "pick_page_down", Picker, ["pagedown"];
    PickPageUp = "pick_page_up", Picker, ["pageup"];
    PickFirst = "pick_first", Picker, ["home", "g"];
    PickLast = "pick_last", Picker, ["end", "G"];
    Pick = "pick", Picker, ["enter", "space"];
    ClosePicker = "close_list", Picker, ["esc", "q"];
    SaveCopy = "save_copy", Picker, ["w"];
    AttachAnother = "attach_another", Picker, ["F", "a"];
    Confirm = "confirm", Question, ["y", "Y"];
}

/// The letters of the Russian and Ukrainian layouts, and below them the US keys in the
/// same places (Shift included).
const CYRILLIC: &str = "йцукенгшщзхъфывапролджэячсмитьбюёіїєЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁІЇЄ";
const US: &str = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`s]'QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~S}\"";

/// One key with its modifiers, as written in the config: `L`, `ctrl-r`, `enter`, `f1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    /// Whether the key types a character into a field (a letter, a digit, Space).
    pub fn types(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && !self.ctrl && !self.alt
    }

    pub fn from_event(event: &KeyEvent) -> Key {
        // The case of a letter already says whether Shift was held.
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
            alt: event.modifiers.contains(KeyModifiers::ALT),
        }
    }

    /// The same key on a US keyboard, for a letter typed with the Russian or Ukrainian
    /// layout on (`д` is `l`, `Д` is `L`, `Б` is `<`): a press secretary who was just
    /// typing Russian need not switch layouts to press `L` or `j`.
    pub fn on_us_layout(&self) -> Option<Key> {
        let KeyCode::Char(c) = self.code else {
            return None;
        };
        let at = CYRILLIC.chars().position(|k| k == c)?;
        let us = US.chars().nth(at)?;
        Some(Key {
            code: KeyCode::Char(us),
            ..*self
        })
    }

    pub fn parse(text: &str) -> Result<Key, String> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower
                .strip_prefix("ctrl-")
                .or_else(|| lower.strip_prefix("c-"))
            {
                ctrl = true;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower
                .strip_prefix("alt-")
                .or_else(|| lower.strip_prefix("m-"))
            {
                alt = true;
                rest = &rest[rest.len() - r.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" | "shift-tab" => KeyCode::BackTab,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                f if f.starts_with('f')
                    && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
                {
                    KeyCode::F(f[1..].parse().expect("checked"))
                }
                _ => return Err(tr!("keys-unknown-key", key = text.to_string())),
            },
        };
        Ok(Key { code, ctrl, alt })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct KeyMap {
    bindings: BTreeMap<Action, Vec<Key>>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let bindings = Action::ALL
            .iter()
            .map(|a| {
                let keys = a
                    .default_keys()
                    .iter()
                    .map(|k| Key::parse(k).expect("default keys parse"))
                    .collect();
                (*a, keys)
            })
            .collect();
        KeyMap { bindings }
    }
}

impl KeyMap {
    /// The defaults with the config's `[keys]` applied. An unknown action, an unreadable
    /// key, or one key bound to two actions that can be live at once is refused with the
    /// line of the config that caused it.
    pub fn from_config(config: &Config) -> Result<KeyMap, ConfigError> {
        let mut map = KeyMap::default();
        let mut origin: BTreeMap<Action, usize> = BTreeMap::new();
        for (name, spec) in &config.keys {
            let offset = spec.span().start;
            let action = Action::from_name(name).ok_or_else(|| {
                config.error_at(
                    Some(offset),
                    tr!(
                        "keys-unknown-action",
                        name = name.clone(),
                        known = Action::ALL
                            .iter()
                            .map(|a| a.name())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
            let keys = spec
                .get_ref()
                .keys()
                .into_iter()
                .map(Key::parse)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| config.error_at(Some(offset), e))?;
            if keys.is_empty() {
                return Err(config.error_at(Some(offset), tr!("keys-none", name = name.clone())));
            }
            if action.context() == Context::Window
                && let Some(typed) = keys.iter().find(|k| k.types())
            {
                return Err(config.error_at(
                    Some(offset),
                    tr!(
                        "keys-window-typed",
                        key = typed.to_string(),
                        name = name.clone()
                    ),
                ));
            }
            map.bindings.insert(action, keys);
            origin.insert(action, offset);
        }
        for (i, a) in Action::ALL.iter().enumerate() {
            for b in &Action::ALL[i + 1..] {
                if !a.context().overlaps(b.context()) {
                    continue;
                }
                if let Some(key) = map.bindings[a].iter().find(|k| map.bindings[b].contains(k)) {
                    let offset = origin.get(b).or_else(|| origin.get(a)).copied();
                    return Err(config.error_at(
                        offset,
                        tr!(
                            "keys-conflict",
                            key = key.to_string(),
                            first = a.name(),
                            second = b.name()
                        ),
                    ));
                }
            }
        }
        Ok(map)
    }

    /// The action a key triggers among those live in `contexts`.
    /// A letter typed with a Cyrillic layout on that is bound to nothing as typed is the
    /// key in its place on a US keyboard.
    pub fn action(&self, event: &KeyEvent, contexts: &[Context]) -> Option<Action> {
        let key = Key::from_event(event);
        let bound = |key: &Key| {
            self.bindings
                .iter()
                .find(|(action, keys)| contexts.contains(&action.context()) && keys.contains(key))
                .map(|(action, _)| *action)
        };
        bound(&key).or_else(|| bound(&key.on_us_layout()?))
    }

    /// Whether the key answers "yes" to a window's question ("Discard what you typed?").
    pub fn confirms(&self, event: &KeyEvent) -> bool {
        self.action(event, &[Context::Question]) == Some(Action::Confirm)
    }

    pub fn keys(&self, action: Action) -> &[Key] {
        self.bindings.get(&action).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The one key a window's hint names for an action: the first bound that is not a
    /// plain letter (an arrow or a named key reads best among words), else the first.
    pub fn hint(&self, action: Action) -> String {
        let keys = self.keys(action);
        keys.iter()
            .find(|k| !(k.types() && matches!(k.code, KeyCode::Char(c) if c.is_alphabetic())))
            .or(keys.first())
            .map(Key::to_string)
            .unwrap_or_default()
    }

    /// Two opposite actions in one hint: `↑↓` as the defaults read, `Ctrl-p/Ctrl-n` when
    /// they are bound to keys that need a separator.
    pub fn hint_pair(&self, back: Action, on: Action) -> String {
        let (back, on) = (self.hint(back), self.hint(on));
        let arrow = |k: &str| matches!(k, "↑" | "↓" | "←" | "→");
        if arrow(&back) && arrow(&on) {
            format!("{back}{on}")
        } else {
            format!("{back}/{on}")
        }
    }

    /// The keys of an action as the help screen and hints show them: `L`, `j/↓`.
    pub fn label(&self, action: Action) -> String {
        self.keys(action)
            .iter()
            .map(Key::to_string)
            .collect::<Vec<_>>()
            .join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Pane;
    use std::path::Path;

    fn config(text: &str) -> Config {
        Config::parse(text, Path::new("config.toml")).unwrap()
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn letters_typed_with_a_cyrillic_layout_are_the_keys_in_their_places() {
        let map = KeyMap::from_config(&Config::default()).unwrap();
        let key = |c: char| press(KeyCode::Char(c), KeyModifiers::NONE);
        let queue = Pane::Queue.contexts();
        // д is where l is, Д where L is (the quick log), о where j is.
        assert_eq!(map.action(&key('д'), queue), map.action(&key('l'), queue));
        assert_eq!(map.action(&key('Д'), queue), Some(Action::QuickLog));
        assert_eq!(map.action(&key('о'), queue), map.action(&key('j'), queue));
        assert_eq!(
            map.action(&key('Б'), Pane::Calendar.contexts()),
            Some(Action::MoveDayEarlier)
        );
        // Ukrainian і is where s is.
        assert_eq!(map.action(&key('і'), queue), map.action(&key('s'), queue));
        // In a window letters are typed, in any layout.
        assert_eq!(map.action(&key('д'), &[Context::Window]), None);
        // A Cyrillic key bound as such is taken as bound.
        let own = KeyMap::from_config(&config("[keys]\nquick_log = [\"Л\"]\n")).unwrap();
        assert_eq!(own.action(&key('Л'), queue), Some(Action::QuickLog));
        assert_eq!(
            Key::from_event(&key('ъ')).on_us_layout().map(|k| k.code),
            Some(KeyCode::Char(']'))
        );
        assert_eq!(CYRILLIC.chars().count(), US.chars().count());
        // The y key with the Russian layout on types н: the same answer.
        assert!(map.confirms(&key('н')) && map.confirms(&key('y')) && !map.confirms(&key('n')));
    }

    #[test]
    fn defaults_have_no_conflicts() {
        KeyMap::from_config(&Config::default()).unwrap();
    }

    #[test]
    fn shifted_letters_and_control_keys() {
        let map = KeyMap::default();
        let all = [Context::Global, Context::List, Context::Inquiry];
        assert_eq!(
            map.action(&press(KeyCode::Char('L'), KeyModifiers::SHIFT), &all),
            Some(Action::QuickLog)
        );
        assert_eq!(
            map.action(&press(KeyCode::Char('r'), KeyModifiers::CONTROL), &all),
            Some(Action::Refresh)
        );
        assert_eq!(
            map.action(&press(KeyCode::Char('A'), KeyModifiers::SHIFT), &all),
            Some(Action::Assign)
        );
        assert_eq!(
            map.action(&press(KeyCode::Char('z'), KeyModifiers::NONE), &all),
            None
        );
    }

    #[test]
    fn calendar_movement_keys_do_not_clash_with_the_queue() {
        let map = KeyMap::default();
        let calendar = Pane::Calendar.contexts();
        let queue = Pane::Queue.contexts();
        let l = press(KeyCode::Char('l'), KeyModifiers::NONE);
        assert_eq!(map.action(&l, calendar), Some(Action::DayNext));
        assert_eq!(map.action(&l, queue), Some(Action::Open));
        let h = press(KeyCode::Char('h'), KeyModifiers::NONE);
        assert_eq!(map.action(&h, calendar), Some(Action::DayPrev));
        assert_eq!(map.action(&h, queue), Some(Action::Back));
        let three = press(KeyCode::Char('3'), KeyModifiers::NONE);
        assert_eq!(map.action(&three, queue), Some(Action::ShowCalendar));
        assert!(!Context::Calendar.overlaps(Context::List));
        assert!(!Context::Calendar.overlaps(Context::Inquiry));
        assert!(Context::Calendar.overlaps(Context::Global));
        // A calendar key taken by a global action is refused.
        let err = KeyMap::from_config(&config("[keys]\nview = \"q\"\n")).unwrap_err();
        assert!(err.message.contains("bound to both"), "{}", err.message);
        // Two calendar actions on one key are refused too.
        let err = KeyMap::from_config(&config("[keys]\nnew_item = \"v\"\n")).unwrap_err();
        assert!(err.message.contains("bound to both"), "{}", err.message);
    }

    #[test]
    fn rebinding_replaces_the_default() {
        let map =
            KeyMap::from_config(&config("[keys]\nquick_log = [\"ctrl-l\", \"F2\"]\n")).unwrap();
        let all = [Context::Global];
        assert_eq!(
            map.action(&press(KeyCode::Char('l'), KeyModifiers::CONTROL), &all),
            Some(Action::QuickLog)
        );
        assert_eq!(
            map.action(&press(KeyCode::F(2), KeyModifiers::NONE), &all),
            Some(Action::QuickLog)
        );
        assert_eq!(
            map.action(&press(KeyCode::Char('L'), KeyModifiers::SHIFT), &all),
            None
        );
        assert_eq!(map.label(Action::QuickLog), "Ctrl-l/F2");
    }

    #[test]
    fn hints_name_one_readable_key_as_bound() {
        let map = KeyMap::default();
        assert_eq!(map.hint(Action::PickDown), "↓");
        assert_eq!(map.hint(Action::ClosePicker), "Esc");
        assert_eq!(map.hint(Action::ReportPrev), "[");
        assert_eq!(map.hint_pair(Action::PickUp, Action::PickDown), "↑↓");
        let map = KeyMap::from_config(&config("[keys]\npick_up = \"ctrl-p\"\npick_down = \"n\"\n"))
            .unwrap();
        assert_eq!(map.hint(Action::PickDown), "n");
        assert_eq!(map.hint_pair(Action::PickUp, Action::PickDown), "Ctrl-p/n");
    }

    #[test]
    fn one_key_for_two_actions_is_refused_with_its_line() {
        let err =
            KeyMap::from_config(&config("bell = true\n[keys]\nanswer = \"n\"\n")).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert_eq!(err.key.as_deref(), Some("keys.answer"));
        assert!(err.message.contains("bound to both"), "{}", err.message);
    }

    #[test]
    fn the_example_config_names_every_action_with_its_default_keys() {
        let example = include_str!("../../config.example.toml");
        for action in Action::ALL {
            let keys: Vec<String> = action
                .default_keys()
                .iter()
                .map(|k| format!("{k:?}"))
                .collect();
            let value = match keys.as_slice() {
                [one] => one.clone(),
                many => format!("[{}]", many.join(", ")),
            };
            let line = format!("# {} = {value}\n", action.name());
            assert!(example.contains(&line), "config.example.toml lacks {line}");
        }
    }

    #[test]
    fn unknown_actions_and_keys_are_refused() {
        let err = KeyMap::from_config(&config("[keys]\nfly = \"w\"\n")).unwrap_err();
        assert!(err.message.contains("unknown action"));
        assert_eq!(err.line, Some(2));
        let err = KeyMap::from_config(&config("[keys]\nhelp = \"hyper-x\"\n")).unwrap_err();
        assert!(err.message.contains("unknown key"));
    }
}
