//! The binary: read the arguments and the config, open the store, then run the
//! interface or a subcommand. Every failure becomes one clear message and an exit status.

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;

use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Settings};
use pressdesk::cli::{Cli, Command};
use pressdesk::clock::Clock;
use pressdesk::config::{self, Config};
use pressdesk::domain::Zone;
use pressdesk::runtime::Runtime;
use pressdesk::store::Store;
use pressdesk::{demo, tr, tui};

/// Exit status for errors; 1 is kept for "something is overdue".
const FAILURE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("pressdesk: {e:#}");
            ExitCode::from(FAILURE)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    pressdesk::i18n::init();
    // Everything that can be wrong with the setup is found before the terminal is touched.
    let config = Config::load(cli.config.as_deref())?;
    let keymap = KeyMap::from_config(&config)?;
    let clock = Clock::from_env()?;
    let zone = Zone::Local;
    let mut settings = Settings::from_config(&config, zone);

    let path = if cli.demo {
        match &cli.db {
            Some(p) => p.clone(),
            None => config::demo_database_path().context(tr!("error-no-data-dir"))?,
        }
    } else {
        config::database_path(cli.db.as_deref()).context(tr!("error-no-data-dir"))?
    };
    let mut store = Store::open(&path, &settings.user)?;

    if cli.demo {
        let data = demo::data();
        // In the demo you sit at the demo office's desk, unless the config names you.
        if config.user.is_none() {
            settings.user = data.me.clone();
            store.set_user(&data.me);
        }
        if settings.team.is_empty() {
            settings.team = data.team.clone();
        }
        if store.is_empty()? {
            demo::fill(&mut store, clock.now().timestamp(), zone, &settings.rules)?;
        }
    }

    let now = clock.now().timestamp();
    match cli.command {
        Some(Command::Demo) if cli.demo => {
            // --demo already filled it.
            Ok(0)
        }
        Some(command) => pressdesk::cli::run(command, &mut store, &settings, now),
        None => {
            let mut app = App::new(settings, keymap, now);
            let mut runtime = Runtime::new(store, clock);
            tui::run(&mut runtime, &mut app)?;
            Ok(0)
        }
    }
}
