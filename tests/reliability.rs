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
