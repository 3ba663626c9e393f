//! The office's memory: how text is normalised for the full-text index, how a typed query
//! becomes an FTS5 expression, and which words of a found record to highlight.
//!
//! The folding is the contact search's (`crate::search`): lowercase with `ё` as `е`, and a
//! Latin transliteration, so `kuzn` finds `Кузнецов`, `lodz` finds `Łódź` and `ёлка` finds
//! `елка`. The index holds both forms of every text; a query word is looked up as a prefix
//! in either.

use crate::search::{fold, latin};

/// The indexed form of `text`: its folded words, then (when it differs) their Latin form.
pub fn index_words(text: &str) -> String {
    let folded = fold(text);
    let latin = latin(&folded);
    if latin == folded {
        folded
    } else {
        format!("{folded}\n{latin}")
    }
}

/// The words of a query as typed (letters and digits; everything else separates them).
fn words(query: &str) -> impl Iterator<Item = &str> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A query word without its ending, so that other forms of it match as a prefix:
/// `ёлки` finds `ёлок`, `szczepienia` finds `szczepień`. Only vowels (and `й`, `ь`) are
/// dropped, and three letters always stay.
fn stem(word: &str) -> String {
    const ENDINGS: &str = "аеёиоуыэюяйьaeiouyіїєąęó";
    let mut chars: Vec<char> = fold(word).chars().collect();
    if chars.len() >= 4 {
        while chars.len() > 3 && chars.last().is_some_and(|c| ENDINGS.contains(*c)) {
            chars.pop();
        }
    }
    chars.into_iter().collect()
}

/// The FTS5 expression for `query`: every word must match, each as a prefix of a word in
/// either script. None when the query has no words.
pub fn fts_query(query: &str) -> Option<String> {
    let mut terms = Vec::new();
    for word in words(query).take(16) {
        let folded = stem(word);
        let latin = latin(&folded);
        let mut forms = vec![quoted(&folded)];
        if latin != folded && !latin.trim().is_empty() {
            forms.push(quoted(&latin));
        }
        terms.push(format!("({})", forms.join(" OR ")));
    }
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

fn quoted(token: &str) -> String {
    format!("\"{}\"*", token.replace('"', "\"\""))
}

/// The char ranges of `text` whose words match a word of `query` (as a prefix, in either
/// script), in order.
pub fn highlights(text: &str, query: &str) -> Vec<(usize, usize)> {
    let wanted: Vec<(String, String)> = words(query)
        .map(|w| {
            let f = stem(w);
            let l = latin(&f);
            (f, l)
        })
        .collect();
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_alphanumeric() {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        let f = fold(&word);
        let l = latin(&f);
        if wanted.iter().any(|(wf, wl)| {
            f.starts_with(wf.as_str()) || (!wl.is_empty() && l.starts_with(wl.as_str()))
        }) {
            out.push((start, i));
        }
    }
    out
}

/// A piece of `text` of about `width` chars around its first match, on one line, with
/// the matches' char ranges within the piece.
pub fn snippet(text: &str, query: &str, width: usize) -> (String, Vec<(usize, usize)>) {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = flat.chars().collect();
    let marks = highlights(&flat, query);
    let first = marks.first().map(|m| m.0).unwrap_or(0);
    let mut start = first.saturating_sub(width / 3);
    // Start at a word boundary.
    while start > 0 && start < chars.len() && !chars[start - 1].is_whitespace() {
        start -= 1;
        if first - start > width / 2 {
            break;
        }
    }
    let end = (start + width).min(chars.len());
    let mut piece: String = chars[start..end].iter().collect();
    let mut shift = 0;
    if start > 0 {
        piece.insert(0, '…');
        shift = 1;
    }
    if end < chars.len() {
        piece.push('…');
    }
    let inside = marks
        .into_iter()
        .filter(|(a, b)| *a >= start && *b <= end)
        .map(|(a, b)| (a - start + shift, b - start + shift))
        .collect();
    (piece, inside)
}

/// `text` with each range wrapped in `open` and `close` (char ranges, in order).
pub fn mark(text: &str, ranges: &[(usize, usize)], open: &str, close: &str) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 4);
    let mut next = ranges.iter().peekable();
    let mut inside_until = None;
    for (i, ch) in text.chars().enumerate() {
        if inside_until == Some(i) {
            out.push_str(close);
            inside_until = None;
        }
        if inside_until.is_none()
            && let Some(&&(a, b)) = next.peek()
            && a == i
        {
            out.push_str(open);
            inside_until = Some(b);
            next.next();
        }
        out.push(ch);
    }
    if inside_until.is_some() {
        out.push_str(close);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_holds_both_scripts_and_folds_yo() {
        assert_eq!(
            index_words("Ёлка у Кузнецова"),
            "елка у кузнецова\nelka u kuznetsova"
        );
        assert_eq!(index_words("Water supply"), "water supply\nvater suppli");
        assert_eq!(index_words("42 a"), "42 a");
    }

    #[test]
    fn a_query_asks_for_every_word_in_either_form() {
        assert_eq!(
            fts_query("Кузн, вода!").unwrap(),
            "(\"кузн\"* OR \"kuzn\"*) AND (\"вод\"* OR \"vod\"*)"
        );
        assert_eq!(fts_query("łódź").unwrap(), "(\"łódź\"* OR \"lodz\"*)");
        assert_eq!(fts_query(" -- "), None);
        assert_eq!(fts_query("ёлки").unwrap(), "(\"елк\"* OR \"elk\"*)");
        assert_eq!(stem("szczepienia"), "szczepien");
        assert_eq!(stem("воду"), "вод");
        assert_eq!(stem("вода"), "вод");
        assert_eq!(stem("ели"), "ели");
    }

    #[test]
    fn highlights_find_words_by_prefix_in_either_script() {
        let text = "Когда дадут горячую воду в Łódź? Ответ Кузнецова.";
        let marks = highlights(text, "kuzn lodz ВОД");
        let words: Vec<String> = marks
            .iter()
            .map(|&(a, b)| text.chars().skip(a).take(b - a).collect())
            .collect();
        assert_eq!(words, ["воду", "Łódź", "Кузнецова"]);
        assert_eq!(mark("a воду b", &[(2, 6)], "[", "]"), "a [воду] b");
    }

    #[test]
    fn a_snippet_shows_the_first_match_with_its_marks() {
        let text = "Начало длинного текста. ".repeat(10) + "Здесь про отопление зимой.";
        let (piece, marks) = snippet(&text, "отоплен", 40);
        assert!(piece.starts_with('…'), "{piece}");
        let shown = mark(&piece, &marks, "[", "]");
        assert!(shown.contains("[отопление]"), "{shown}");
    }
}
