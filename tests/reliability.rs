//! Reliability as a user meets it: hostile text, damaged files, backups, file modes,
//! signals and several writers on one file. Every test runs the real binary.

mod common;

use common::Desk;

/// True when `bytes` carry anything a terminal would act on or that reorders text.
fn has_terminal_controls(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes).chars().any(|c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn an_ambiguous_caller_error_never_echoes_escape_sequences() {
    let desk = Desk::new();
    desk.log(&["--who", "Кузнецова\u{1b}]0;owned\u{7} Мария", "Первый"]);
    desk.log(&["--who", "Кузнецов\u{1b}[2J\u{9b}31m Егор", "Второй"]);
    let out = desk
        .cmd()
        .args(["log", "--who", "Кузнецов", "Третий"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("id:1") && err.contains("id:2"), "{err}");
    assert!(!has_terminal_controls(&out.stderr), "{err:?}");
}

#[test]
fn json_output_escapes_c1_controls_and_bidi_overrides() {
    let desk = Desk::new();
    let name = "Evil\u{9b}2J\u{202e}eman\u{2066}";
    let question = "Question\u{85}\u{202a}x\u{2069}";
    desk.log(&["--who", name, question]);
    for args in [
        vec!["queue", "--json"],
        vec!["who", "Evil", "--json"],
        vec!["export", "json"],
    ] {
        let out = desk.cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(
            !has_terminal_controls(&out.stdout),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        // What a script reads back is the text as stored.
        let text = String::from_utf8(out.stdout).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(value.to_string().contains("eman"), "{args:?}");
    }
    let queue = desk.json(&["queue", "--json"]);
    assert_eq!(queue[0]["question"], question);
    assert_eq!(queue[0]["contact"]["name"], name);
}

/// A desk with some history, closed, so its file can be damaged on disk.
fn desk_with_history() -> Desk {
    let desk = Desk::new();
    desk.run(&["demo"]);
    for n in 0..30 {
        desk.log(&["--who", &format!("Журналист {n}"), &format!("Вопрос {n}")]);
    }
    desk
}

/// Overwrites the header and first cells of every third b-tree page after the first,
/// the way a failing disk or a stray write leaves a file.
fn damage_pages(path: &std::path::Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    let pages = bytes.len() / page;
    assert!(pages > 6, "a file of {pages} pages is too small to damage");
    for n in (2..pages).step_by(3) {
        let start = n * page;
        for (i, b) in bytes[start..start + 48].iter_mut().enumerate() {
            *b = 0xA5 ^ (i as u8);
        }
    }
    std::fs::write(path, bytes).unwrap();
}

/// Every file beside the database that belongs to it, with its contents.
fn snapshot(desk: &Desk) -> Vec<u8> {
    std::fs::read(desk.db()).unwrap()
}

#[test]
fn a_damaged_database_is_refused_for_writing_and_left_byte_identical() {
    let desk = desk_with_history();
    damage_pages(&desk.db());
    let before = snapshot(&desk);
    for args in [
        vec!["log", "--who", "Новый", "Вопрос после повреждения"],
        vec!["answer", "1", "Ответ"],
        vec!["demo"],
    ] {
        let out = desk.cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&desk.db().display().to_string()), "{err}");
        assert!(
            err.contains("damaged") && err.contains("pressdesk check"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "one sentence: {err}");
        assert_eq!(snapshot(&desk), before, "{args:?} changed the damaged file");
    }
    // Reading commands never write; check gives its verdict.
    let _ = desk.cmd().args(["queue"]).output().unwrap();
    let _ = desk.cmd().args(["export", "json"]).output().unwrap();
    let check = desk.cmd().arg("check").output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("DAMAGED"));
    assert_eq!(snapshot(&desk), before);
}

#[test]
fn check_says_a_sound_file_is_sound() {
    let desk = desk_with_history();
    let out = desk.cmd().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("no damage found"));
}

#[test]
fn a_directory_given_as_the_database_says_so_once() {
    let desk = Desk::new();
    let dir = desk.dir.path().join("folder");
    std::fs::create_dir(&dir).unwrap();
    for args in [vec!["queue"], vec!["log", "Вопрос"], vec!["check"]] {
        let out = desk
            .cmd()
            .arg("--db")
            .arg(&dir)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is a directory"), "{err}");
        assert!(!err.contains("unable to open"), "{err}");
    }
}

/// Runs `script` (a shell command line) with `dir` mounted read-only, in a private mount
/// namespace; None where such namespaces are not available.
fn with_read_only_dir(dir: &std::path::Path, script: &str) -> Option<std::process::Output> {
    let probe = std::process::Command::new("unshare")
        .args(["-rm", "true"])
        .output()
        .ok()?;
    if !probe.status.success() {
        return None;
    }
    let d = dir.display();
    let line = format!("mount --bind -o ro '{d}' '{d}' && {script}");
    std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", &line])
        .output()
        .ok()
}

#[test]
fn a_read_only_location_still_reads_and_says_why_it_cannot_write() {
    let desk = desk_with_history();
    let bin = assert_cmd::cargo::cargo_bin("pressdesk");
    let env = format!(
        "env -i TZ=MSK-3 PRESSDESK_NOW={} PRESSDESK_DB='{}' HOME=/nonexistent '{}'",
        common::NOW_RFC3339,
        desk.db().display(),
        bin.display()
    );
    let Some(read) = with_read_only_dir(desk.dir.path(), &format!("{env} queue --json")) else {
        eprintln!("no mount namespaces here: the read-only location is not tried");
        return;
    };
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let queue: serde_json::Value = serde_json::from_slice(&read.stdout).unwrap();
    assert!(queue.as_array().unwrap().len() >= 30);
    let write = with_read_only_dir(desk.dir.path(), &format!("{env} log Вопрос")).unwrap();
    assert_eq!(write.status.code(), Some(2));
    let err = String::from_utf8_lossy(&write.stderr);
    assert!(
        err.contains("cannot be written") && err.contains("still work"),
        "{err}"
    );
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn a_backup_is_whole_and_private_even_while_others_write() {
    let desk = desk_with_history();
    let writers: Vec<_> = (0..3)
        .map(|w| {
            let mut p = desk.process();
            p.args([
                "log",
                "--who",
                &format!("Писатель {w}"),
                "Вопрос во время копии",
            ]);
            p.stdout(std::process::Stdio::null()).spawn().unwrap()
        })
        .collect();
    let copy = desk.dir.path().join("copy.sqlite3");
    let out = desk.cmd().arg("backup").arg(&copy).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    assert_eq!(mode(&copy), 0o600);
    let check = desk
        .cmd()
        .arg("--db")
        .arg(&copy)
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0));
    // The copy holds everything committed before it began, and is a working desk.
    let queue = desk
        .cmd()
        .arg("--db")
        .arg(&copy)
        .args(["queue", "--json"])
        .output()
        .unwrap();
    let items: serde_json::Value = serde_json::from_slice(&queue.stdout).unwrap();
    assert!(items.as_array().unwrap().len() >= 30);
    // Never over an existing file.
    let again = desk.cmd().arg("backup").arg(&copy).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists"));
}

#[cfg(unix)]
#[test]
fn writing_commands_keep_a_daily_private_copy_beside_the_database() {
    let desk = Desk::new();
    desk.log(&["Первый"]);
    desk.log(&["Второй"]);
    desk.run(&["queue"]);
    let copies = pressdesk::store::rotating_copies(&desk.db());
    assert_eq!(copies.len(), 1, "one copy a day: {copies:?}");
    assert_eq!(mode(&copies[0].1), 0o600);
    // A day later the next writing command makes the next one.
    let later = Desk::at("MSK-3", "2026-11-25T21:40:00+03:00");
    std::fs::copy(desk.db(), later.db()).unwrap();
    for (_, c) in &copies {
        std::fs::copy(c, later.dir.path().join(c.file_name().unwrap())).unwrap();
    }
    later.log(&["Третий"]);
    assert_eq!(pressdesk::store::rotating_copies(&later.db()).len(), 2);
}

#[cfg(unix)]
#[test]
fn every_export_file_is_private_to_its_owner() {
    let desk = desk_with_history();
    for (format, name) in [
        ("vcard", "book.vcf"),
        ("csv", "book.csv"),
        ("json", "book.json"),
        ("ics", "plan.ics"),
    ] {
        let target = desk.dir.path().join(name);
        desk.run(&["export", format, "--out", &target.display().to_string()]);
        assert_eq!(mode(&target), 0o600, "{name}");
    }
}

#[test]
fn an_export_to_a_full_disk_leaves_nothing_behind() {
    let desk = desk_with_history();
    let full = desk.dir.path().join("full");
    std::fs::create_dir(&full).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("pressdesk");
    // A 16 KB file system: the book does not fit.
    let script = format!(
        "mount -t tmpfs -o size=16k tmpfs '{dir}' && \
         env -i TZ=MSK-3 PRESSDESK_NOW={now} PRESSDESK_DB='{db}' HOME=/nonexistent \
         '{bin}' export json --out '{dir}/book.json'; echo \"status=$?\"; ls -A '{dir}'",
        dir = full.display(),
        now = common::NOW_RFC3339,
        db = desk.db().display(),
        bin = bin.display()
    );
    let probe = std::process::Command::new("unshare")
        .args(["-rm", "true"])
        .output();
    if !probe.is_ok_and(|p| p.status.success()) {
        eprintln!("no mount namespaces here: the full disk is not tried");
        return;
    }
    // The book must be larger than the file system for the trial to mean anything.
    let whole = desk.run(&["export", "json"]);
    assert!(whole.len() > 16 * 1024, "{} bytes", whole.len());
    let out = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("status=2"), "{stdout}");
    // Nothing listed after the status: neither the target nor a temporary file.
    let listed = stdout.split("status=2").nth(1).unwrap_or_default();
    assert!(listed.trim().is_empty(), "left behind: {listed}");
}

#[test]
fn the_same_new_caller_logged_at_once_by_two_people_is_one_contact() {
    let desk = Desk::new();
    desk.log(&["Первый вопрос"]);
    let names: Vec<String> = (0..8).map(|n| format!("Новикова Дарья {n}")).collect();
    let running: Vec<_> = names
        .iter()
        .flat_map(|name| {
            (0..2).map(|_| {
                let mut p = desk.process();
                p.args(["log", "--who", name, "Вопрос"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
        })
        .collect();
    for p in running {
        let out = p.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let book = desk.json(&["export", "json"]);
    for name in &names {
        let same = book["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["name"] == name.as_str())
            .count();
        assert_eq!(same, 1, "{name} filed {same} times");
    }
    // And the next log under that name finds the one contact.
    desk.log(&["--who", &names[0], "Ещё вопрос"]);
}

/// Waits up to ten seconds for `done`.
fn wait_for(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if done() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

/// Whether `script` is here to give the app a terminal; says so when it is not.
fn has_script() -> bool {
    let here = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !here {
        eprintln!("no `script` here to give the app a terminal: not tried");
    }
    here
}

/// `inner` (a shell command line) run in a terminal of its own by `script`, which records
/// the screen in `typescript`, with the desk's database and a fixed clock.
fn in_terminal(
    desk: &Desk,
    inner: &str,
    typescript: &std::path::Path,
    stdin: std::process::Stdio,
) -> std::process::Child {
    std::process::Command::new("script")
        .args(["-qfec", inner])
        .arg(typescript)
        .env_clear()
        .env("TERM", "xterm")
        .env("TZ", "MSK-3")
        .env("HOME", desk.dir.path())
        .env("PRESSDESK_NOW", common::NOW_RFC3339)
        .env("PRESSDESK_DB", desk.db())
        .stdin(stdin)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn term_hup_and_int_put_the_terminal_back() {
    if !has_script() {
        return;
    }
    let desk = desk_with_history();
    let bin = assert_cmd::cargo::cargo_bin("pressdesk");
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2)] {
        let pid_file = desk.dir.path().join("pid");
        let typescript = desk.dir.path().join(format!("screen-{signal}"));
        let _ = std::fs::remove_file(&pid_file);
        let inner = format!(
            "sh -c 'echo $$ > \"{}\"; exec \"{}\"'",
            pid_file.display(),
            bin.display()
        );
        let mut script = in_terminal(&desk, &inner, &typescript, std::process::Stdio::null());
        let shown = |what: &[u8]| {
            std::fs::read(&typescript)
                .map(|t| t.windows(what.len()).any(|w| w == what))
                .unwrap_or(false)
        };
        // Signals are watched before the terminal is set up, so one arriving now is seen.
        let started = wait_for(|| shown(b"\x1b[?1049h"));
        if !started {
            let _ = script.kill();
        }
        assert!(started, "{signal}: the app never started");
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        let killed = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(pid.trim())
            .status()
            .unwrap();
        assert!(killed.success());
        let ended = wait_for(|| script.try_wait().unwrap().is_some());
        if !ended {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", pid.trim()])
                .status();
        }
        assert!(ended, "{signal}: still running");
        let screen = std::fs::read(&typescript).unwrap();
        let after_start = screen.windows(8).position(|w| w == b"\x1b[?1049h").unwrap();
        let rest = &screen[after_start..];
        let has = |what: &[u8]| rest.windows(what.len()).any(|w| w == what);
        assert!(
            has(b"\x1b[?1049l"),
            "{signal}: left in the alternate screen"
        );
        assert!(has(b"\x1b[?25h"), "{signal}: cursor left hidden");
        let status = String::from_utf8_lossy(&screen);
        assert!(
            status.contains(&format!("COMMAND_EXIT_CODE=\"{}\"", 128 + number)),
            "{signal}: {}",
            &status[status.len().saturating_sub(120)..]
        );
    }
}

/// The processes whose parent is `parent`, from /proc.
#[cfg(target_os = "linux")]
fn children_of(parent: u32) -> Vec<u32> {
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            // The parent is the field after the state, which follows the name's ')'.
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|stat| {
                    let (_, rest) = stat.rsplit_once(')')?;
                    rest.split_whitespace().nth(1)?.parse::<u32>().ok()
                })
                == Some(parent)
        })
        .collect()
}

/// Whether `pid` has ended (gone, or a zombie no one has reaped yet).
#[cfg(target_os = "linux")]
fn ended(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| {
            stat.rsplit_once(')')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(true)
}

/// The terminal window closes while the app runs, whether the hang-up reaches it (it is
/// the terminal's session leader) or not (a shell is, and does not pass it on): either
/// way its terminal then reads as endless end-of-file, and it must end instead of
/// spinning on that for ever.
#[cfg(target_os = "linux")]
#[test]
fn a_closed_terminal_window_ends_the_app() {
    if !has_script() {
        return;
    }
    for exec in ["exec", ""] {
        // An empty desk: nothing on it changes for a minute, so no drawing fails to end it.
        let desk = Desk::new();
        let shell_pid = desk.dir.path().join("shell-pid");
        let typescript = desk.dir.path().join("screen");
        // Without `exec`, the shell stays the session leader, the only one the kernel
        // sends the hang-up to.
        let inner = format!(
            "sh -c 'echo $$ > \"{}\"; {exec} \"{}\"; echo ended'",
            shell_pid.display(),
            assert_cmd::cargo::cargo_bin("pressdesk").display()
        );
        let mut script = in_terminal(&desk, &inner, &typescript, std::process::Stdio::null());
        let started = wait_for(|| {
            std::fs::read(&typescript).is_ok_and(|t| t.windows(8).any(|w| w == b"\x1b[?1049h"))
        });
        assert!(started, "{exec:?}: the app never started");
        let shell: u32 = std::fs::read_to_string(&shell_pid)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let app = if exec.is_empty() {
            let under = children_of(shell);
            assert_eq!(under.len(), 1, "one app under the shell: {under:?}");
            under[0]
        } else {
            shell
        };
        // The window closes: the terminal's other end is gone at once.
        script.kill().unwrap();
        script.wait().unwrap();
        let gone = wait_for(|| ended(app));
        if !gone {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &app.to_string()])
                .status();
        }
        assert!(
            gone,
            "{exec:?}: the app still runs after its terminal closed"
        );
    }
}

/// The interface makes the day's copy of the database on a thread of its own, so a large
/// file does not hold back the first screen, and it is whole when the app has ended.
#[cfg(unix)]
#[test]
fn the_interface_still_makes_the_days_copy_beside_the_file() {
    use std::io::Write as _;
    if !has_script() {
        return;
    }
    // Written the day before: that day's copy is there already.
    let desk = Desk::at("MSK-3", "2026-11-23T21:40:00+03:00");
    desk.log(&["Первый вопрос"]);
    let copies = || {
        std::fs::read_dir(desk.dir.path())
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with("desk.sqlite3.backup-"))
            .collect::<Vec<_>>()
    };
    assert_eq!(copies().len(), 1);
    let typescript = desk.dir.path().join("screen");
    let inner = format!(
        "\"{}\"",
        assert_cmd::cargo::cargo_bin("pressdesk").display()
    );
    let mut script = in_terminal(&desk, &inner, &typescript, std::process::Stdio::piped());
    let started = wait_for(|| {
        std::fs::read(&typescript).is_ok_and(|t| t.windows(8).any(|w| w == b"\x1b[?1049h"))
    });
    assert!(started, "the app never started");
    let keys = script.stdin.as_mut().unwrap();
    keys.write_all(b"q").unwrap();
    keys.flush().unwrap();
    assert!(
        wait_for(|| script.try_wait().unwrap().is_some()),
        "still running"
    );
    let mut made = copies();
    made.sort();
    assert_eq!(made.len(), 2, "{made:?}");
    assert!(made[1].contains("20261124"), "{made:?}");
    let copy = pressdesk::store::Store::open(&desk.dir.path().join(&made[1]), "me").unwrap();
    assert_eq!(copy.integrity_check().unwrap(), "ok");
    assert_eq!(
        copy.open_inquiries().unwrap().len(),
        1,
        "the day's copy holds the inquiry"
    );
}

/// TERM while a quick log waits for a colleague's lock: the app stays until the save is
/// done, then puts the terminal back and ends; the record is in the file.
#[cfg(unix)]
#[test]
fn a_signal_while_a_save_waits_for_the_lock_finishes_the_save_first() {
    use std::io::Write as _;
    if !has_script() {
        return;
    }
    let desk = Desk::new();
    desk.log(&["Первый вопрос"]);
    let pid_file = desk.dir.path().join("pid");
    let typescript = desk.dir.path().join("screen");
    let inner = format!(
        "sh -c 'stty cols 120 rows 30; echo $$ > \"{}\"; exec \"{}\" --lang en'",
        pid_file.display(),
        assert_cmd::cargo::cargo_bin("pressdesk").display()
    );
    let mut script = in_terminal(&desk, &inner, &typescript, std::process::Stdio::piped());
    let shown = |what: &str| {
        std::fs::read(&typescript)
            .map(|t| t.windows(what.len()).any(|w| w == what.as_bytes()))
            .unwrap_or(false)
    };
    assert!(wait_for(|| shown("\x1b[?1049h")), "the app never started");

    // A colleague's long write holds the lock while the quick log is typed and saved.
    let mut colleague = pressdesk::store::Store::open(&desk.db(), "anna").unwrap();
    let held = colleague.write().unwrap();
    let keys = script.stdin.as_mut().unwrap();
    keys.write_all("LНовиков Пётр\tКогда закончат ремонт?\r".as_bytes())
        .unwrap();
    keys.flush().unwrap();
    // (Only the cells that changed are written, so one word is looked for.)
    assert!(wait_for(|| shown("saving")), "no pending mark");
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert!(script.try_wait().unwrap().is_none(), "ended before saving");

    held.commit().unwrap();
    assert!(
        wait_for(|| script.try_wait().unwrap().is_some()),
        "still running"
    );
    let screen = String::from_utf8_lossy(&std::fs::read(&typescript).unwrap()).to_string();
    assert!(
        screen.contains("COMMAND_EXIT_CODE=\"143\""),
        "{}",
        &screen[screen.len().saturating_sub(120)..]
    );
    let after_start = screen.find("\x1b[?1049h").unwrap();
    assert!(
        screen[after_start..].contains("\x1b[?1049l"),
        "left in the alternate screen"
    );
    let queue = desk.json(&["queue", "--json"]).to_string();
    assert!(queue.contains("Когда закончат ремонт?"), "{queue}");
}

/// Overwrites the start of every seventh page in the back half of the file: the pages of
/// the large file kept last, far from the schema that opening checks.
fn damage_back_half(path: &std::path::Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    let pages = bytes.len() / page;
    for n in (pages / 2..pages - 2).step_by(7) {
        let start = n * page;
        for (i, b) in bytes[start..start + 48].iter_mut().enumerate() {
            *b = 0x5A ^ (i as u8);
        }
    }
    std::fs::write(path, bytes).unwrap();
}

/// A desk whose file is past the size opening reads in full: a 9 MB scan kept with an
/// inquiry.
fn large_desk() -> Desk {
    let desk = Desk::new();
    desk.run(&["demo"]);
    let scan = desk.dir.path().join("scan.pdf");
    let noise: Vec<u8> = (0..9u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&scan, noise).unwrap();
    desk.run(&["attach", "inquiry", "1", &scan.display().to_string()]);
    desk
}

/// The interface on the desk, once its check of every page has had its say (the loop's
/// looks at finished work, as the terminal loop makes them).
fn interface_after_page_check(desk: &Desk) -> common::Interface {
    let store = pressdesk::store::Store::open(&desk.db(), "elena")
        .expect("opened: a file this size has only its schema read on opening");
    assert!(store.pages_unchecked());
    let mut ui = common::Interface::start(store, 1_795_000_000, (100, 30));
    let start = std::time::Instant::now();
    while ui.runtime.checking_pages() && start.elapsed() < std::time::Duration::from_secs(120) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        for msg in ui.runtime.finished(&ui.app.settings.clone()) {
            ui.runtime.dispatch(&mut ui.app, msg);
        }
    }
    assert!(!ui.runtime.checking_pages());
    ui
}

fn log_effect(subject: &str) -> pressdesk::app::Effect {
    let new = common::emailed(
        1_795_000_000,
        "Кузнецов",
        pressdesk::store::OutletRef::None,
        subject,
        "Вопрос",
    );
    pressdesk::app::Effect::Log(Box::new(new), Vec::new())
}

#[test]
fn a_large_sound_file_is_read_through_after_opening_and_written_as_usual() {
    let desk = large_desk();
    let mut ui = interface_after_page_check(&desk);
    assert!(ui.app.flash.is_none(), "{:?}", ui.app.flash);
    let settings = ui.app.settings.clone();
    match ui.runtime.perform(log_effect("Большой файл"), &settings) {
        Some(pressdesk::app::Msg::Logged(Ok(id))) => assert!(id > 0),
        other => panic!("not saved: {other:?}"),
    }
}

#[test]
fn the_interface_reads_every_page_of_a_large_file_and_stops_writing_to_a_damaged_one() {
    use pressdesk::app::Msg;

    let desk = large_desk();
    damage_back_half(&desk.db());
    let before = std::fs::read(desk.db()).unwrap();
    let mut ui = interface_after_page_check(&desk);
    let flash = ui.app.flash.clone().expect("the damage is said");
    assert!(flash.error);
    assert!(flash.text.contains("damaged"), "{}", flash.text);
    assert!(
        flash.text.contains(&desk.db().display().to_string()),
        "{}",
        flash.text
    );

    // A save after that is refused with the same words, and the file is left as it was.
    let settings = ui.app.settings.clone();
    match ui
        .runtime
        .perform(log_effect("После повреждения"), &settings)
    {
        Some(Msg::Logged(Err(reason))) => assert!(reason.contains("damaged"), "{reason}"),
        other => panic!("the save was not refused: {other:?}"),
    }
    drop(ui);
    assert!(
        std::fs::read(desk.db()).unwrap() == before,
        "the damaged file changed"
    );
}

#[test]
fn an_upgrade_says_so_and_where_the_old_file_is_kept_before_it_starts() {
    let desk = Desk::new();
    {
        // A file as the first release of pressdesk left it.
        let conn = rusqlite::Connection::open(desk.db()).unwrap();
        conn.execute_batch(pressdesk::store::MIGRATIONS[0]).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA user_version = 1; PRAGMA application_id = {};",
            pressdesk::store::APPLICATION_ID
        ))
        .unwrap();
    }
    let out = desk.cmd().args(["queue"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stderr);
    let kept = format!("{}.v1.bak", desk.db().display());
    assert!(said.contains("upgrading"), "{said}");
    assert!(said.contains(&kept), "{said}");
    assert!(std::path::Path::new(&kept).exists());
    // Once upgraded, nothing more is said.
    let again = desk.cmd().args(["queue"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&again.stderr), "");
}
