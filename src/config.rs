//! The config file: `--config PATH`, else `PRESSDESK_CONFIG`, else the platform config
//! directory. A missing file means the defaults (and nothing is written); a bad one is
//! refused with its path, line and key before the terminal is touched.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use crate::domain::phone::PhoneRules;
use crate::domain::sla::DeadlineRules;
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
    pub deadlines: DeadlineRules,
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
            keys: BTreeMap::new(),
            origin: None,
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

    /// The user name for the audit trail.
    pub fn user_name(&self) -> String {
        self.user
            .clone()
            .filter(|u| !u.trim().is_empty())
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("USERNAME").ok().filter(|u| !u.is_empty()))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("/home/me/.config/pressdesk/config.toml"))
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
