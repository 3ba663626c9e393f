//! The binary: read the arguments and the config, open the store, then run the
//! interface or a subcommand. Every failure becomes one clear message and an exit status.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::FromArgMatches;

use pressdesk::app::keymap::KeyMap;
use pressdesk::app::{App, Settings};
use pressdesk::cli::{Cli, Command};
use pressdesk::clock::Clock;
use pressdesk::config::{self, Config};
use pressdesk::demo::{self, DemoSet};
use pressdesk::domain::Zone;
use pressdesk::i18n::{self, Language};
use pressdesk::runtime::Runtime;
use pressdesk::store::{Store, StoreError};
use pressdesk::{tr, tui};

/// Exit status for errors; 1 is kept for "something is overdue".
const FAILURE: u8 = 2;

fn main() -> ExitCode {
    // The help is printed in the language asked for on the command line or by the locale.
    i18n::set_language(early_language().unwrap_or(Language::En));
    let matches = match pressdesk::cli::localized_command().try_get_matches() {
        Ok(matches) => matches,
        Err(e) if e.kind() == clap::error::ErrorKind::InvalidUtf8 => {
            eprintln!(
                "pressdesk: {}",
                pressdesk::cli::not_utf8_message(std::env::args_os())
            );
            return ExitCode::from(FAILURE);
        }
        Err(e) => e.exit(),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code as u8),
        // A reader that stopped early (`pressdesk queue | head`) is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // Errors quote names, paths and typed text: cleaned like everything shown.
            eprintln!(
                "pressdesk: {}",
                pressdesk::text::clean_message(&format!("{e:#}"))
            );
            ExitCode::from(FAILURE)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => Some(io.kind()),
            None => cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind),
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// `--lang X` or `--lang=X` from the arguments, else the locale's language.
fn early_language() -> Option<Language> {
    // Not `env::args()`: it panics on an argument that is not UTF-8, which clap reports.
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let from_args = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    from_args
        .and_then(|l| Language::parse(&l))
        .or_else(Language::from_locale_env)
}

enum Opened {
    Store(Store),
    /// `check` on a file too damaged to open: the verdict is already printed.
    Verdict(i32),
}

/// Opens the database for the command: to write, unless the command only reads; a command
/// that only reads still works, read-only, on a file that cannot or must not be written.
fn open_store(
    path: &std::path::Path,
    user: &str,
    command: &Option<Command>,
    only_reads: bool,
) -> anyhow::Result<Opened> {
    // `check` and `backup` never write, whatever the state of the file.
    if matches!(command, Some(Command::Check | Command::Backup { .. })) {
        return match Store::open_read_only(path, user) {
            Ok(store) => Ok(Opened::Store(store)),
            Err(StoreError::Damaged { detail, .. }) if matches!(command, Some(Command::Check)) => {
                let mut out = std::io::stdout().lock();
                Ok(Opened::Verdict(pressdesk::cli::safety::check_unopenable(
                    &mut out, path, &detail,
                )?))
            }
            Err(e) => Err(e.into()),
        };
    }
    if let Some(version) = pressdesk::store::pending_upgrade(path) {
        eprintln!(
            "{}",
            pressdesk::text::clean_message(&tr!(
                "store-upgrading",
                path = path.display().to_string(),
                backup = pressdesk::store::backup_path(path, version)
                    .display()
                    .to_string()
            ))
        );
    }
    match Store::open(path, user) {
        Ok(store) => Ok(Opened::Store(store)),
        Err(e @ (StoreError::ReadOnly { .. } | StoreError::Damaged { .. })) if only_reads => {
            let Ok(store) = Store::open_read_only(path, user) else {
                return Err(e.into());
            };
            if store.schema_version()? != pressdesk::store::LATEST_VERSION {
                return Err(e.into());
            }
            if matches!(e, StoreError::Damaged { .. }) {
                eprintln!(
                    "{}",
                    pressdesk::text::clean_message(&tr!(
                        "store-damaged-reading",
                        path = path.display().to_string()
                    ))
                );
            }
            Ok(Opened::Store(store))
        }
        Err(e) => Err(e.into()),
    }
}

/// The day's rotating copy of the database, as the config asks for it.
/// Copying a file this large takes long enough (seconds and more) to be worth a word.
const ANNOUNCED_FROM: u64 = 64 << 20;

struct DailyCopy {
    path: PathBuf,
    user: String,
    keep: u32,
    every: i64,
    now: i64,
}

impl DailyCopy {
    /// Makes the copy, if one is due, through a connection of its own.
    fn make(self) -> (DailyCopy, pressdesk::store::Result<()>) {
        let made = Store::open_read_only(&self.path, &self.user).and_then(|s| self.make_with(&s));
        (self, made)
    }

    fn make_with(&self, store: &Store) -> pressdesk::store::Result<()> {
        store
            .rotate_backups(self.keep, self.every, self.now)
            .map(|_| ())
    }

    /// Makes the copy before a command writes, saying so first when the file is large
    /// enough for the wait to be noticed.
    fn make_announced(&self, store: &Store) -> pressdesk::store::Result<()> {
        let large = std::fs::metadata(&self.path).is_ok_and(|m| m.len() >= ANNOUNCED_FROM);
        store
            .rotate_backups_announced(self.keep, self.every, self.now, |target| {
                if large {
                    eprintln!(
                        "{}",
                        pressdesk::text::clean_message(&tr!(
                            "backups-making",
                            path = target.display().to_string()
                        ))
                    );
                }
            })
            .map(|_| ())
    }

    /// Says on stderr that the copy failed, if it did.
    fn report(&self, made: pressdesk::store::Result<()>) {
        if let Err(e) = made {
            eprintln!(
                "{}",
                pressdesk::text::clean_message(&tr!(
                    "backups-failed",
                    path = self.path.display().to_string(),
                    reason = e.to_string()
                ))
            );
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    // The language is known before the config is read, so its errors are in it too; the
    // config's own `language` then applies unless --lang was given.
    i18n::set_language(
        cli.lang
            .or_else(Language::from_locale_env)
            .unwrap_or(Language::En),
    );
    // Completions and the manual page need neither a config nor a database.
    if let Some(command) = &cli.command
        && let Some(result) = pressdesk::cli::run_standalone(command, &mut std::io::stdout().lock())
    {
        return result;
    }
    // Everything that can be wrong with the setup is found before the terminal is touched.
    let mut config = Config::load(cli.config.as_deref())?;
    if let (None, Some(language)) = (cli.lang, config.language) {
        i18n::set_language(language.0);
    }
    let keymap = KeyMap::from_config(&config)?;
    // The interface and `watch` see time pass; any other command is one moment.
    let clock = match &cli.command {
        None | Some(Command::Watch(_)) => Clock::from_env()?,
        Some(_) => Clock::from_env_for_command()?,
    };
    let zone = Zone::Local;
    let mut settings = Settings::from_config(&config, zone);
    // https://no-color.org: any non-empty value turns colour off.
    settings.plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());

    let demo_set = DemoSet::for_language(i18n::language());
    let path = if cli.demo {
        match &cli.db {
            Some(p) => p.clone(),
            None => {
                config::demo_database_path(demo_set.code()).context(tr!("error-no-data-dir"))?
            }
        }
    } else {
        config::database_path(cli.db.as_deref()).context(tr!("error-no-data-dir"))?
    };
    let only_reads = pressdesk::cli::safety::only_reads(&cli.command);
    let mut store = match open_store(&path, &settings.user, &cli.command, only_reads)? {
        Opened::Store(store) => store,
        Opened::Verdict(code) => return Ok(code),
    };
    store.set_attachment_limit(config.attachments.max_file_bytes());
    // A daily copy beside the file; failing to make one never stops the user's work. A
    // command makes it before it writes; the interface makes it on a thread of its own
    // (a large file takes seconds to copy) and waits for it only when it ends.
    let daily = DailyCopy {
        path: path.clone(),
        user: settings.user.clone(),
        keep: config.backups.keep,
        every: config.backups.every.secs,
        now: clock.now().timestamp(),
    };
    let mut daily_copy = None;
    if cli.command.is_none() {
        daily_copy = Some(std::thread::spawn(move || daily.make()));
    } else if !only_reads {
        daily.report(daily.make_announced(&store));
    }

    if cli.demo {
        let data = demo_set.data();
        // In the demo you sit at the demo office's desk, unless the config names you.
        if config.user.is_none() {
            settings.user = data.me.clone();
            store.set_user(&data.me);
        }
        if settings.team.is_empty() {
            settings.team = data.team.clone();
        }
        if config.phone_country.is_none() {
            settings.phones = data.phones();
        }
        demo::alerts_setup(&data, &mut config, &mut settings);
        if store.is_empty()? {
            demo::fill(
                &mut store,
                demo_set,
                clock.now().timestamp(),
                zone,
                &settings.rules,
            )?;
        }
    }

    let now = clock.now().timestamp();
    match cli.command {
        Some(Command::Demo) if cli.demo => {
            // --demo already filled it.
            Ok(0)
        }
        Some(Command::Watch(args)) => {
            let alerts = pressdesk::cli::watch::settings(&config, &settings);
            pressdesk::cli::watch::run(&args, &mut store, &alerts, &clock)
        }
        Some(command) => pressdesk::cli::run(command, &mut store, &settings, now),
        None => {
            let alerts = pressdesk::cli::watch::settings(&config, &settings);
            let mut app = App::new(settings, keymap, now);
            let mut runtime = Runtime::new(store, clock)
                .with_config_path(cli.config.clone())
                .with_alerts(alerts);
            // Ended by a signal: the shell's usual status for it (128 + its number).
            let ended = tui::run(&mut runtime, &mut app);
            if let Some(copy) = daily_copy {
                if !copy.is_finished() {
                    eprintln!("{}", tr!("backups-finishing"));
                }
                if let Ok((daily, made)) = copy.join() {
                    daily.report(made);
                }
            }
            Ok(ended?.map_or(0, |signal| 128 + signal))
        }
    }
}
