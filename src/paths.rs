//! File names typed at a prompt: `~` stands for the home folder, and Tab completes a name
//! from the entries of the folder typed so far (a folder completes with `/`, so the next
//! Tab descends into it).

use std::path::PathBuf;

/// The path `typed` names: `~` and `~/…` are the home folder.
pub fn expand(typed: &str) -> PathBuf {
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    if typed == "~" {
        return home().unwrap_or_else(|| PathBuf::from(typed));
    }
    match (typed.strip_prefix("~/"), home()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(typed),
    }
}

/// One entry of a folder, as completion sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub folder: bool,
}

/// What Tab made of the typed text: the text completed as far as it is certain, and the
/// names still possible when there are several (folders end with `/`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Completion {
    pub text: String,
    pub choices: Vec<String>,
}

/// The most names offered at once; typing more letters narrows them.
const MOST_CHOICES: usize = 200;

/// The typed folder (as typed, with its `/`) and the start of the name after it.
fn split(typed: &str) -> (&str, &str) {
    match typed.rfind('/') {
        Some(i) => typed.split_at(i + 1),
        None => ("", typed),
    }
}

/// Completes `typed` from the file system.
pub fn complete(typed: &str) -> Completion {
    if typed == "~" {
        return Completion {
            text: "~/".into(),
            choices: Vec::new(),
        };
    }
    let (folder, _) = split(typed);
    let dir = if folder.is_empty() {
        PathBuf::from(".")
    } else {
        expand(folder)
    };
    let entries: Vec<Entry> = match std::fs::read_dir(&dir) {
        Ok(read) => read
            .filter_map(|e| e.ok())
            .map(|e| Entry {
                name: e.file_name().to_string_lossy().into_owned(),
                // A link to a folder is a folder to descend into.
                folder: std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir()),
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    complete_from(typed, &entries)
}

/// Completes `typed` against the entries of its folder. Hidden names are offered only
/// when the typed start is a dot.
pub fn complete_from(typed: &str, entries: &[Entry]) -> Completion {
    let (folder, start) = split(typed);
    let hidden = start.starts_with('.');
    let mut found: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.name.starts_with(start) && (hidden || !e.name.starts_with('.')))
        .collect();
    found.sort_by(|a, b| a.name.cmp(&b.name));
    match found.as_slice() {
        [] => Completion {
            text: typed.to_string(),
            choices: Vec::new(),
        },
        [one] => Completion {
            text: format!("{folder}{}{}", one.name, if one.folder { "/" } else { "" }),
            choices: Vec::new(),
        },
        many => {
            let common = many
                .iter()
                .skip(1)
                .fold(many[0].name.as_str(), |common, e| {
                    let len = common
                        .char_indices()
                        .zip(e.name.chars())
                        .take_while(|((_, a), b)| a == b)
                        .last()
                        .map(|((i, a), _)| i + a.len_utf8())
                        .unwrap_or(0);
                    &common[..len]
                });
            Completion {
                text: format!("{folder}{common}"),
                choices: many
                    .iter()
                    .take(MOST_CHOICES)
                    .map(|e| format!("{}{}", e.name, if e.folder { "/" } else { "" }))
                    .collect(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(list: &[(&str, bool)]) -> Vec<Entry> {
        list.iter()
            .map(|(name, folder)| Entry {
                name: name.to_string(),
                folder: *folder,
            })
            .collect()
    }

    #[test]
    fn one_match_completes_and_a_folder_gets_its_slash() {
        let list = entries(&[("Документы", true), ("письмо.pdf", false), (".ssh", true)]);
        assert_eq!(complete_from("~/Док", &list).text, "~/Документы/");
        assert_eq!(complete_from("~/пис", &list).text, "~/письмо.pdf");
        assert!(complete_from("~/пис", &list).choices.is_empty());
    }

    #[test]
    fn several_complete_to_what_they_share_and_are_offered() {
        let list = entries(&[
            ("ответ-март.docx", false),
            ("ответ-май.docx", false),
            ("отчёт", true),
            (".ответ", false),
        ]);
        let c = complete_from("/tmp/отв", &list);
        assert_eq!(c.text, "/tmp/ответ-ма");
        assert_eq!(c.choices, ["ответ-май.docx", "ответ-март.docx"]);
        let c = complete_from("", &list);
        assert_eq!(c.text, "от");
        assert_eq!(c.choices.len(), 3, "hidden names only after a dot");
        assert_eq!(complete_from(".", &list).text, ".ответ");
        assert_eq!(complete_from("zz", &list).text, "zz");
    }

    #[test]
    fn the_file_system_is_read_for_the_typed_folder_and_tilde_is_home() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("incoming")).unwrap();
        std::fs::write(dir.path().join("incoming").join("letter.eml"), "x").unwrap();
        let base = format!("{}/", dir.path().display());
        let c = complete(&format!("{base}inc"));
        assert_eq!(c.text, format!("{base}incoming/"));
        let c = complete(&c.text);
        assert_eq!(c.text, format!("{base}incoming/letter.eml"));
        assert_eq!(complete("~").text, "~/");
        if let Some(home) = std::env::var_os("HOME") {
            assert_eq!(expand("~/a.pdf"), PathBuf::from(home).join("a.pdf"));
        }
        assert_eq!(expand("/x/~/a"), PathBuf::from("/x/~/a"));
    }
}
