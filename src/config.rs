//! The config file: `--config PATH`, else `PRESSDESK_CONFIG`, else the platform config
//! directory. A missing file means the defaults (and nothing is written); a bad one is
//! refused with its path, line and key before the terminal is touched.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use crate::domain::phone::PhoneRules;
use crate::domain::sla::DeadlineRules;
use crate::domain::span::Span;
use crate::i18n::Language;
use crate::tr;

pub const CONFIG_ENV: &str = "PRESSDESK_CONFIG";
pub const DB_ENV: &str = "PRESSDESK_DB";

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The interface language (en, ru, uk, pl); unset means the locale's (`LANG`).
    pub language: Option<ConfigLanguage>,
    /// The name recorded in the audit trail and matched by the "mine" filter.
    /// Defaults to the login name.
    pub user: Option<String>,
    /// The press secretaries inquiries can be assigned to.
    pub team: Vec<String>,
    /// Ring the terminal bell once when an inquiry becomes overdue.
    pub bell: bool,
    /// The country whose national phone formats are understood (RU, UA, PL, …).
    pub phone_country: Option<Country>,
    #[serde(deserialize_with = "resolved_rules")]
    pub deadlines: DeadlineRules,
    /// The content plan: its channels and categories.
    pub calendar: CalendarConfig,
    /// Automatic copies of the database beside it.
    pub backups: BackupConfig,
    /// Commands run when an inquiry is due soon, overdue or escalated.
    pub hooks: crate::domain::alerts::HooksConfig,
    /// Who is told when an inquiry stays overdue: `[escalation]` or `[[escalation]]`.
    pub escalation: crate::domain::alerts::Escalation,
    /// Topics offered for inquiries, for the report's breakdown; free topics may be
    /// typed as well.
    pub topics: Vec<String>,
    /// Files kept with records.
    pub attachments: AttachmentsConfig,
    /// Key bindings: action name = "key" or ["key", "key"].
    pub keys: BTreeMap<String, toml::Spanned<KeyList>>,
    #[serde(skip)]
    pub origin: Option<Origin>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: None,
            user: None,
            team: Vec::new(),
            bell: true,
            phone_country: None,
            deadlines: DeadlineRules::default(),
            calendar: CalendarConfig::default(),
            backups: BackupConfig::default(),
            hooks: Default::default(),
            escalation: Default::default(),
            topics: Vec::new(),
            attachments: AttachmentsConfig::default(),
            keys: BTreeMap::new(),
            origin: None,
        }
    }
}

/// Files kept with records (inside the database).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AttachmentsConfig {
    /// The largest file kept, in megabytes (1–1000); a larger one is refused.
    pub max_file_mb: Megabytes,
}

impl Default for AttachmentsConfig {
    fn default() -> Self {
        AttachmentsConfig {
            max_file_mb: Megabytes(25),
        }
    }
}

impl AttachmentsConfig {
    pub fn max_file_bytes(&self) -> u64 {
        u64::from(self.max_file_mb.0) * 1024 * 1024
    }
}

/// A size in megabytes between 1 and 1000 (SQLite keeps values up to about 1 GB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Megabytes(pub u32);

impl<'de> Deserialize<'de> for Megabytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = i64::deserialize(d)?;
        match u32::try_from(n) {
            Ok(n) if (1..=1000).contains(&n) => Ok(Megabytes(n)),
            _ => Err(serde::de::Error::custom(tr!(
                "config-bad-megabytes",
                value = n
            ))),
        }
    }
}

/// Where the config came from, kept so later checks (the keymap) can name a line.
#[derive(Debug, Clone)]
pub struct Origin {
    pub path: PathBuf,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum KeyList {
    One(String),
    Many(Vec<String>),
}

impl KeyList {
    pub fn keys(&self) -> Vec<&str> {
        match self {
            KeyList::One(k) => vec![k.as_str()],
            KeyList::Many(ks) => ks.iter().map(String::as_str).collect(),
        }
    }
}

/// Rotating backups: a copy is made when the app or a writing command opens the database
/// and the newest copy is older than `every`; the newest `keep` are kept (0: none made).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BackupConfig {
    pub keep: u32,
    pub every: Span,
}

impl Default for BackupConfig {
    fn default() -> Self {
        BackupConfig {
            keep: 7,
            every: Span::hours(24),
        }
    }
}

/// The content plan's channels and categories, each with a short label and a colour.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CalendarConfig {
    /// An event's length when none is given.
    pub event_length: Span,
    /// Where posts go out, in the order the views list them.
    pub channels: Vec<Labelled>,
    pub categories: Vec<Labelled>,
}

/// A channel or a category: its code (stored and typed on the command line), the name
/// people read, a short label of up to four columns for the month grid, and a colour.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labelled {
    pub code: String,
    pub label: String,
    #[serde(default)]
    pub short: String,
    #[serde(default)]
    pub colour: Colour,
}

/// A terminal colour by name (`blue`, `lightcyan`, `gray`) or as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Colour(pub ratatui::style::Color);

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.trim()
            .parse::<ratatui::style::Color>()
            .map(Colour)
            .map_err(|_| {
                serde::de::Error::custom(format!(
                    "unknown colour {text:?}; use a name such as blue, lightcyan, magenta, gray, or #rrggbb"
                ))
            })
    }
}

fn labelled(code: &str, label: &str, short: &str, colour: ratatui::style::Color) -> Labelled {
    Labelled {
        code: code.into(),
        label: label.into(),
        short: short.into(),
        colour: Colour(colour),
    }
}

impl Default for CalendarConfig {
    fn default() -> Self {
        use ratatui::style::Color::*;
        CalendarConfig {
            event_length: Span::hours(1),
            channels: vec![
                labelled("site", "Website", "Site", White),
                labelled("vk", "VK", "VK", Blue),
                labelled("telegram", "Telegram", "TG", Cyan),
                labelled("ok", "Odnoklassniki", "OK", Yellow),
                labelled("facebook", "Facebook", "FB", LightBlue),
                labelled("radio", "Radio", "Rad", Magenta),
                labelled("tv", "TV", "TV", LightMagenta),
                labelled("press_release", "Press release", "PR", Green),
            ],
            categories: vec![
                labelled("news", "News", "News", White),
                labelled("consultation", "Consultation", "Cons", Cyan),
                labelled("reminder", "Social reminder", "Rem", Yellow),
                labelled("hr", "HR and vacancies", "HR", Green),
                labelled("internal", "Internal", "Int", Gray),
                labelled("campaign", "Campaign", "Camp", Magenta),
                labelled("history", "History project", "Hist", LightYellow),
            ],
        }
    }
}

impl CalendarConfig {
    pub fn channel(&self, code: &str) -> Option<&Labelled> {
        self.channels.iter().find(|c| c.code == code)
    }

    pub fn category(&self, code: &str) -> Option<&Labelled> {
        self.categories.iter().find(|c| c.code == code)
    }

    /// A channel or category typed by code or by name, ignoring case.
    pub fn find<'a>(list: &'a [Labelled], text: &str) -> Option<&'a Labelled> {
        let text = text.trim().to_lowercase();
        list.iter().find(|c| {
            c.code.to_lowercase() == text
                || c.label.to_lowercase() == text
                || c.short.to_lowercase() == text
                || c.name().to_lowercase() == text
                || c.short_label().to_lowercase() == text
        })
    }

    /// Codes well formed and unique, labels present.
    fn check(&self) -> Result<(), String> {
        for (what, list) in [
            ("channels", &self.channels),
            ("categories", &self.categories),
        ] {
            for (i, item) in list.iter().enumerate() {
                if !crate::store::is_channel_code(&item.code) {
                    return Err(format!(
                        "{what}: {:?} is not a code (letters, digits, _ and - only)",
                        item.code
                    ));
                }
                if list[..i].iter().any(|o| o.code == item.code) {
                    return Err(format!("{what}: the code {:?} is used twice", item.code));
                }
                if item.label.trim().is_empty() {
                    return Err(format!("{what}: {:?} has no label", item.code));
                }
            }
        }
        if self.channels.is_empty() {
            return Err("channels: give at least one channel".into());
        }
        if self.event_length.secs <= 0 {
            return Err("event_length must be positive".into());
        }
        Ok(())
    }
}

impl Labelled {
    /// A built-in channel or category the config left as it is: its words then come from
    /// the interface language's catalog (`plan-label-CODE`, `plan-short-CODE`).
    fn built_in(&self) -> bool {
        static DEFAULTS: std::sync::OnceLock<CalendarConfig> = std::sync::OnceLock::new();
        let defaults = DEFAULTS.get_or_init(CalendarConfig::default);
        defaults.channels.contains(self) || defaults.categories.contains(self)
    }

    fn translated(&self, prefix: &str) -> Option<String> {
        if !self.built_in() {
            return None;
        }
        let id = format!("{prefix}{}", self.code);
        let catalog = crate::i18n::catalog();
        catalog.has(&id).then(|| catalog.format(&id, None))
    }

    /// The name people read.
    pub fn name(&self) -> String {
        self.translated("plan-label-")
            .unwrap_or_else(|| self.label.clone())
    }

    /// The short label for the month grid: `short`, else the label's first letters.
    pub fn short_label(&self) -> String {
        if let Some(short) = self.translated("plan-short-") {
            return short;
        }
        let text = if self.short.trim().is_empty() {
            &self.label
        } else {
            &self.short
        };
        text.trim().chars().take(4).collect()
    }
}

/// The deadline rules with their calendar of working days built and checked.
fn resolved_rules<'de, D: Deserializer<'de>>(d: D) -> Result<DeadlineRules, D::Error> {
    DeadlineRules::deserialize(d)?
        .resolved()
        .map_err(serde::de::Error::custom)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfigLanguage(pub Language);

impl<'de> Deserialize<'de> for ConfigLanguage {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Language::parse(&text).map(ConfigLanguage).ok_or_else(|| {
            serde::de::Error::custom(tr!("config-bad-language", value = text.clone()))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country(pub String);

impl Default for Country {
    fn default() -> Self {
        Country("RU".into())
    }
}

impl Country {
    pub fn rules(&self) -> PhoneRules {
        PhoneRules::for_country(&self.0).expect("validated when the config was read")
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?.trim().to_ascii_uppercase();
        if PhoneRules::for_country(&code).is_none() {
            return Err(serde::de::Error::custom(tr!(
                "config-bad-country",
                value = code.clone(),
                known = PhoneRules::COUNTRIES.join(", ")
            )));
        }
        Ok(Country(code))
    }
}

#[derive(Debug, thiserror::Error)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}",
            tr!("config-file", path = self.path.display().to_string())
        )?;
        if let Some(line) = self.line {
            write!(f, ", {}", tr!("config-line", line = line))?;
        }
        if let Some(key) = &self.key {
            write!(f, ", {}", tr!("config-key", key = key.clone()))?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Config {
    /// The phone formats understood: the configured country's, else Russia's.
    pub fn phones(&self) -> PhoneRules {
        self.phone_country.clone().unwrap_or_default().rules()
    }

    /// The user name for the audit trail: the config's `user`, else `$USER`, else
    /// `$USERNAME`, else the system's login name for this process (so that cron and
    /// `env -i` still record a person), else "pressdesk".
    pub fn user_name(&self) -> String {
        self.user
            .clone()
            .filter(|u| !u.trim().is_empty())
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("USERNAME").ok().filter(|u| !u.is_empty()))
            .or_else(login_name)
            .unwrap_or_else(|| "pressdesk".into())
    }

    /// Reads the config. `explicit` is `--config`; a missing explicit file is an error,
    /// a missing default one means the defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let (path, must_exist) = match explicit {
            Some(p) => (p.to_path_buf(), true),
            None => match std::env::var_os(CONFIG_ENV).filter(|v| !v.is_empty()) {
                Some(p) => (PathBuf::from(p), true),
                None => match default_config_path() {
                    Some(p) => (p, false),
                    None => return Ok(Config::default()),
                },
            },
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(&text, &path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {
                Ok(Config::default())
            }
            Err(e) => Err(ConfigError {
                path,
                line: None,
                key: None,
                message: tr!("config-unreadable", reason = e.to_string()),
            }),
        }
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let (line, key) = match e.span() {
                Some(span) => locate(text, span.start),
                None => (None, None),
            };
            ConfigError {
                path: path.to_path_buf(),
                line,
                key,
                message: e.message().trim().to_string(),
            }
        })?;
        if let Err(message) = config.calendar.check() {
            let line = text
                .lines()
                .position(|l| {
                    l.trim_start().starts_with("[calendar")
                        || l.trim_start().starts_with("[[calendar")
                })
                .map(|i| i + 1);
            return Err(ConfigError {
                path: path.to_path_buf(),
                line,
                key: Some("calendar".into()),
                message,
            });
        }
        config.origin = Some(Origin {
            path: path.to_path_buf(),
            text: text.to_string(),
        });
        Ok(config)
    }

    /// An error about a spot in this config (used by later checks, such as the keymap).
    pub fn error_at(&self, offset: Option<usize>, message: String) -> ConfigError {
        match &self.origin {
            Some(origin) => {
                let (line, key) = offset
                    .map(|o| locate(&origin.text, o))
                    .unwrap_or((None, None));
                ConfigError {
                    path: origin.path.clone(),
                    line,
                    key,
                    message,
                }
            }
            None => ConfigError {
                path: PathBuf::from("(defaults)"),
                line: None,
                key: None,
                message,
            },
        }
    }
}

/// The 1-based line of a byte offset, and the dotted key defined on that line.
fn locate(text: &str, offset: usize) -> (Option<usize>, Option<String>) {
    let offset = offset.min(text.len());
    let line_no = text[..offset].matches('\n').count() + 1;
    let mut table = String::new();
    let mut key = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if i + 1 > line_no {
            break;
        }
        if trimmed.starts_with('[') {
            table = trimmed
                .trim_matches(|c| c == '[' || c == ']')
                .trim()
                .to_string();
        }
        if i + 1 == line_no
            && let Some((k, _)) = trimmed.split_once('=')
        {
            let k = k.trim().trim_matches('"');
            key = Some(if table.is_empty() {
                k.to_string()
            } else {
                format!("{table}.{k}")
            });
        }
    }
    if key.is_none() && !table.is_empty() {
        key = Some(table);
    }
    (Some(line_no), key)
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "pressdesk")
}

pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.toml"))
}

/// The database: `--db`, else `PRESSDESK_DB`, else the platform data directory.
pub fn database_path(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(p));
    }
    project_dirs().map(|d| d.data_dir().join("pressdesk.sqlite3"))
}

/// The demo database lives beside the real one, never in its place; one per sample office.
pub fn demo_database_path(set: &str) -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join(format!("demo-{set}.sqlite3")))
}

/// The login name of the process's real user from the system's user database, when it
/// has one.
#[cfg(unix)]
pub fn login_name() -> Option<String> {
    use std::ffi::CStr;
    let uid = unsafe { libc::getuid() };
    let mut buf: Vec<libc::c_char> = vec![0; 1024];
    loop {
        // SAFETY: `pwd` and `buf` outlive the call; getpwuid_r writes only into them and
        // sets `result` to `&pwd` or null.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc =
            unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
        if rc == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 4, 0);
            continue;
        }
        if rc != 0 || result.is_null() || pwd.pw_name.is_null() {
            return None;
        }
        // SAFETY: on success pw_name points to a NUL-terminated string inside `buf`.
        let name = unsafe { CStr::from_ptr(pwd.pw_name) };
        return name
            .to_str()
            .ok()
            .filter(|n| !n.trim().is_empty())
            .map(str::to_string);
    }
}

#[cfg(not(unix))]
pub fn login_name() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {

    #[test]
    fn built_in_channels_and_categories_speak_every_language() {
        let defaults = CalendarConfig::default();
        for language in Language::ALL {
            for item in defaults.channels.iter().chain(&defaults.categories) {
                for prefix in ["plan-label-", "plan-short-"] {
                    let id = format!("{prefix}{}", item.code);
                    assert!(
                        crate::i18n::catalog_for(language).has(&id),
                        "{language:?} lacks {id}"
                    );
                }
                let short = crate::i18n::with_language(language, || item.short_label());
                assert!(short.chars().count() <= 4, "{language:?} {short}");
            }
        }
        let ru = crate::i18n::with_language(Language::Ru, || defaults.channels[0].name());
        assert_eq!(ru, "Сайт");
        // A label the office chose is shown as it is.
        let own = Labelled {
            label: "Наш сайт".into(),
            ..defaults.channels[0].clone()
        };
        assert_eq!(
            crate::i18n::with_language(Language::Ru, || own.name()),
            "Наш сайт"
        );
    }

    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("/home/me/.config/pressdesk/config.toml"))
    }

    #[test]
    fn holidays_and_working_time_are_read_and_checked() {
        let c = parse(
            "[deadlines]\nclock = \"working\"\nholidays = \"pl\"\nholidays_extra = [2026-11-13]\nworking_days_extra = [\"2026-11-14\"]\n",
        );
        // Bare TOML dates and quoted ones are both read.
        assert!(c.is_ok());
        let err = parse("[deadlines]\nholidays_extra = [\"13.11.2026\"]\n").unwrap_err();
        assert!(err.message.contains("13.11.2026"), "{}", err.message);
        let c = parse(
            "[deadlines]\nclock = \"working\"\nholidays = \"pl\"\nholidays_extra = [\"2026-11-13\"]\nworking_days_extra = [\"2026-11-14\"]\n",
        )
        .unwrap();
        let work = c.deadlines.working_day();
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(!work.is_working_day(day("2026-11-11")));
        assert!(!work.is_working_day(day("2026-11-13")));
        assert!(work.is_working_day(day("2026-11-14")));
        let err = parse("[deadlines]\nholidays = \"DE\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("RU, UA, PL, none"), "{}", err.message);
        let err =
            parse("[deadlines]\nworkday_start = \"18:00\"\nworkday_end = \"09:00\"\n").unwrap_err();
        assert!(err.message.contains("workday_end"), "{}", err.message);
        assert!(parse("[deadlines]\nworking_week = []\n").is_err());
    }

    #[test]
    fn escalation_takes_one_level_or_several_and_names_a_mistake() {
        let one = parse("[escalation]\nafter = \"30m\"\nto = \"olga\"\n").unwrap();
        assert_eq!(one.escalation.0.len(), 1);
        let two = parse(
            "[[escalation]]\nafter = \"2h\"\nto = \"chief\"\n[[escalation]]\nafter = \"30m\"\nto = \"olga\"\n",
        )
        .unwrap();
        // Levels go up with time whatever the order in the file.
        assert_eq!(two.escalation.0[0].to, "olga");
        assert_eq!(two.escalation.0[1].to, "chief");
        let err = parse("[escalation]\nafter = \"30m\"\nwho = \"olga\"\n").unwrap_err();
        assert!(err.message.contains("who"), "{}", err.message);
        assert!(parse("[hooks]\ntimeout_secs = 0\n").is_err());
        assert!(parse("[hooks]\nretries = 11\n").is_err());
    }

    #[test]
    fn empty_file_means_defaults() {
        let c = parse("").unwrap();
        assert!(c.bell);
        assert_eq!(c.deadlines, DeadlineRules::default());
    }

    #[test]
    fn the_example_config_is_the_default_config() {
        let text = include_str!("../config.example.toml");
        let c = parse(text).unwrap();
        let d = Config::default();
        assert_eq!(c.deadlines, d.deadlines);
        assert_eq!(c.bell, d.bell);
        assert_eq!(c.phones(), d.phones());
        assert_eq!(c.calendar, d.calendar);
    }

    #[test]
    fn channels_and_categories_come_from_the_config() {
        let c = parse(
            "[calendar]\nevent_length = \"90m\"\n[[calendar.channels]]\ncode = \"site\"\nlabel = \"Сайт\"\ncolour = \"#1e88e5\"\n",
        )
        .unwrap();
        assert_eq!(c.calendar.channels.len(), 1);
        assert_eq!(c.calendar.channels[0].short_label(), "Сайт");
        assert_eq!(
            c.calendar.channels[0].colour,
            Colour(ratatui::style::Color::Rgb(0x1e, 0x88, 0xe5))
        );
        assert_eq!(c.calendar.event_length, Span::minutes(90));
        // Categories not given keep their defaults.
        assert_eq!(c.calendar.categories, CalendarConfig::default().categories);

        let err =
            parse("[[calendar.channels]]\ncode = \"vk\"\nlabel = \"VK\"\ncolour = \"plaid\"\n")
                .unwrap_err();
        assert_eq!(err.line, Some(4));
        assert!(err.message.contains("unknown colour"), "{}", err.message);

        let err = parse("[calendar]\nchannels = [{ code = \"vk\", label = \"VK\" }, { code = \"vk\", label = \"ВК\" }]\n")
            .unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.contains("used twice"), "{}", err.message);
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        let err =
            parse("bell = true\n\n[deadlines]\nnormal = \"24h\"\nurgnet = \"1h\"\n").unwrap_err();
        assert_eq!(err.line, Some(5));
        assert_eq!(err.key.as_deref(), Some("deadlines.urgnet"));
        let shown = err.to_string();
        assert!(
            shown.contains("config.toml, line 5, key `deadlines.urgnet`"),
            "{shown}"
        );
        assert!(shown.contains("unknown field"), "{shown}");
    }

    #[test]
    fn bad_values_name_line_and_key() {
        let err = parse("[deadlines]\nhigh = \"4 hours\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.key.as_deref(), Some("deadlines.high"));

        let err = parse("phone_country = \"XX\"\n").unwrap_err();
        assert_eq!(err.line, Some(1));
        assert_eq!(err.key.as_deref(), Some("phone_country"));
        assert!(err.message.contains("unknown country"));

        let err = parse("bell = maybe\n").unwrap_err();
        assert_eq!(err.line, Some(1));
    }
}
