//! What the office set up, as the interface and the commands use it: answer rules,
//! phone formats, the team, who is at the desk. Built from the config.

use crate::config::{CalendarConfig, Config};
use crate::domain::Zone;
use crate::domain::phone::PhoneRules;
use crate::domain::sla::DeadlineRules;

/// What the office set up: answer rules, phone formats, the team, and who is at the desk.
#[derive(Debug, Clone)]
pub struct Settings {
    pub rules: DeadlineRules,
    pub phones: PhoneRules,
    pub zone: Zone,
    pub user: String,
    pub team: Vec<String>,
    pub bell: bool,
    pub calendar: CalendarConfig,
    /// The topics offered for inquiries (free ones may be typed too).
    pub topics: Vec<String>,
    /// Draw without colour (the NO_COLOR convention): meaning is kept by bold and
    /// reverse video alone.
    pub plain: bool,
}

impl Settings {
    pub fn from_config(config: &Config, zone: Zone) -> Settings {
        Settings {
            rules: config.deadlines.clone(),
            phones: config.phones(),
            zone,
            user: config.user_name(),
            team: config.team.clone(),
            bell: config.bell,
            calendar: config.calendar.clone(),
            topics: config.topics.clone(),
            plain: false,
        }
    }

    /// The settings after the config was read again. Who sits at the desk, the time
    /// zone and colour stay as the session started; a team or phone country the new
    /// config leaves out keeps what was in use (the demo fills them in).
    pub fn reloaded(&self, config: &Config) -> Settings {
        let mut next = Settings::from_config(config, self.zone);
        next.user = self.user.clone();
        next.plain = self.plain;
        if config.team.is_empty() {
            next.team = self.team.clone();
        }
        if config.phone_country.is_none() {
            next.phones = self.phones.clone();
        }
        next
    }

    pub fn due_soon(&self) -> i64 {
        self.rules.due_soon.secs
    }

    /// The people an inquiry can be assigned to: the team, and the user at the desk.
    pub fn assignable(&self) -> Vec<String> {
        let mut people = self.team.clone();
        if !people.iter().any(|p| p.eq_ignore_ascii_case(&self.user)) {
            people.push(self.user.clone());
        }
        people
    }
}
