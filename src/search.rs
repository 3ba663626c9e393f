//! The in-memory contact index: what is searched on every keystroke, normalised once when
//! the data changes. One index and one ranking serve the contacts pane, the quick log's
//! Who field, the expert chooser and `pressdesk who`.
//!
//! Each contact becomes a lowercased line of its name, outlet, position, tags, notes and
//! e-mails; the same line transliterated to Latin (so `kuzn` finds `Кузнецов` and
//! `анна` finds `Anna`); and its phones as international digits (so any formatting of a
//! number finds it). A query is answered in two steps, as at scale ranking everything
//! with the fuzzy matcher is too slow:
//!
//! 1. **Narrow**: a plain scan keeps the records that contain every word of the query
//!    (a substring, in either script) or its letters in order (a subsequence). When the
//!    query grows by a letter, only the previous survivors are scanned again.
//! 2. **Rank the survivors**: substring matches first, scored by where they match (the
//!    start of the name beats the middle of a note); the fuzzy matcher ranks the
//!    subsequence-only matches, and only when no record contains the query outright.
//!
//! With nothing matching at all, a query of four letters or more is tried again allowing
//! one wrong, missing or extra letter.

mod cards;
mod shapes;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use crate::domain::ContactKind;
use crate::domain::contact::{ContactLine, ContactSummary, OutletSummary};
use crate::domain::phone::{PhoneRules, looks_like_phone};
pub(crate) use cards::Head;
use cards::{Cards, Searched};

/// The fuzzy matcher, shared by both indexes.
#[derive(Default)]
struct Matcher(SkimMatcherV2);

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matcher")
    }
}

/// A loose match scores at least this share (per cent) of a perfect one.
const LOOSE_SHARE: i64 = 78;
/// How many results are put in exact order; the rest follow in name order.
const RANKED: usize = 2000;
/// A query that grew from one matching at most this many records outright ranks those
/// again in memory (about a tenth of a microsecond each, on two threads past
/// `PARALLEL_FROM`) rather than asking the database, whose index reads every record
/// holding each of the query's three-letter pieces.
const RANK_AGAIN_UP_TO: usize = 500_000;
/// Scans of more records than this are split across two threads.
const PARALLEL_FROM: usize = 40_000;

static GENERATION: AtomicU64 = AtomicU64::new(1);

/// The Latin form of one character, folded so that the usual spellings of one name meet:
/// no apostrophes, `w` as `v`, `j` and `y` as `i` (`Mykhailo`, `Михайло` → `mikhailo`).
pub(crate) fn latin_of(ch: char, out: &mut String) -> usize {
    let before = out.len();
    let push = |c: char, out: &mut String| match c {
        '\'' | '`' => {}
        'w' => out.push('v'),
        'j' | 'y' => out.push('i'),
        c => out.push(c),
    };
    if ch.is_ascii() {
        push(ch.to_ascii_lowercase(), out);
    } else {
        for c in any_ascii::any_ascii_char(ch).chars() {
            push(c.to_ascii_lowercase(), out);
        }
    }
    out.len() - before
}

/// Polish digraphs written the Russian way (`sz` → `sh`, `cz` → `ch`), same length.
pub(crate) fn fold_digraphs(latin: &mut String) {
    if latin.contains("sz") || latin.contains("cz") {
        *latin = latin.replace("sz", "sh").replace("cz", "ch");
    }
}

/// Lowercase, with `ё` as `е` (people type one for the other); the length in chars is kept.
pub(crate) fn fold(text: &str) -> String {
    let lower = text.to_lowercase();
    if lower.contains('ё') {
        lower.replace('ё', "е")
    } else {
        lower
    }
}

pub(crate) fn latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        latin_of(ch, &mut out);
    }
    fold_digraphs(&mut out);
    out
}

/// Searchable text with a map from its Latin form back to the original characters, built
/// only for the few rows on screen (to highlight what matched).
#[derive(Debug, Clone)]
struct Haystack {
    text: String,
    translit: String,
    /// For each byte of `translit`, the index of the char of `text` it came from.
    origin: Vec<u32>,
}

impl Haystack {
    fn new(parts: &[&str]) -> Haystack {
        let text = parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
        let text = fold(&text);
        let mut translit = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (i, ch) in text.chars().enumerate() {
            let n = latin_of(ch, &mut translit);
            origin.extend(std::iter::repeat_n(i as u32, n));
        }
        fold_digraphs(&mut translit);
        Haystack {
            text,
            translit,
            origin,
        }
    }

    /// Char positions in `text` matched by the query: its words as substrings (in either
    /// script), else its letters in order.
    fn positions(&self, m: &Matcher, query: &Query) -> Vec<usize> {
        let mut out = Vec::new();
        let mut all = true;
        for (word, latin_word) in query.words.iter().zip(&query.latin_words) {
            if let Some(at) = self.text.find(word.as_str()) {
                let start = self.text[..at].chars().count();
                out.extend(start..start + word.chars().count());
            } else if let Some(at) = (!latin_word.is_empty())
                .then(|| self.translit.find(latin_word.as_str()))
                .flatten()
            {
                out.extend(
                    self.origin[at..at + latin_word.len()]
                        .iter()
                        .map(|&o| o as usize),
                );
            } else {
                all = false;
            }
        }
        if !all || out.is_empty() {
            out.clear();
            if let Some((_, idx)) = m.0.fuzzy_indices(&self.text, &query.compact) {
                out = idx;
            } else if !query.latin_compact.is_empty()
                && let Some((_, idx)) = m.0.fuzzy_indices(&self.translit, &query.latin_compact)
            {
                // Positions here are char indices into the ASCII transliteration.
                out = idx
                    .into_iter()
                    .filter_map(|i| self.origin.get(i).map(|&o| o as usize))
                    .collect();
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The better of matching as typed and matching transliterated, with positions.
    fn matches(&self, m: &Matcher, query: &Query) -> Option<(i64, Vec<usize>)> {
        let direct = m.0.fuzzy_indices(&self.text, &query.lower);
        let latin = if query.latin.is_empty() {
            None
        } else {
            m.0.fuzzy_indices(&self.translit, &query.latin)
                .map(|(score, idx)| {
                    let mut positions: Vec<usize> = idx
                        .into_iter()
                        .filter_map(|i| self.origin.get(i).map(|&o| o as usize))
                        .collect();
                    positions.dedup();
                    (score, positions)
                })
        };
        match (direct, latin) {
            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
            (a, b) => a.or(b),
        }
    }
}

/// A query, normalised once.
#[derive(Clone)]
struct Query {
    lower: String,
    latin: String,
    words: Vec<String>,
    latin_words: Vec<String>,
    /// The query without spaces, for the subsequence match.
    compact: String,
    latin_compact: String,
    /// Digit strings a phone may contain, if the query reads as (part of) a number.
    phone_forms: Vec<String>,
    /// Search names and words too (false for a phone number).
    text: bool,
    /// Fast substring finders for each word, as typed and in Latin.
    finders: Vec<(Finder<'static>, Option<Finder<'static>>)>,
    phone_finders: Vec<Finder<'static>>,
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Query").field("lower", &self.lower).finish()
    }
}

impl Query {
    fn new(text: &str, rules: &PhoneRules) -> Query {
        let lower = fold(text.trim());
        let latin_text = latin(&lower);
        let words: Vec<String> = lower.split_whitespace().map(String::from).collect();
        let latin_words: Vec<String> = words.iter().map(|w| latin(w)).collect();
        let digits = lower.chars().filter(char::is_ascii_digit).count();
        let phoneish = digits >= 3
            && lower
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        let phone_forms = if phoneish {
            rules.query_forms(&lower)
        } else {
            Vec::new()
        };
        let finders = words
            .iter()
            .zip(&latin_words)
            .map(|(w, l)| {
                (
                    Finder::new(w.as_bytes()).into_owned(),
                    (!l.is_empty()).then(|| Finder::new(l.as_bytes()).into_owned()),
                )
            })
            .collect();
        Query {
            compact: lower.split_whitespace().collect(),
            latin_compact: latin_text.split_whitespace().collect(),
            phone_finders: phone_forms
                .iter()
                .map(|f| Finder::new(f.as_bytes()).into_owned())
                .collect(),
            phone_forms,
            // A number is looked for among the phones only; two digits still find
            // `NGS42` in a name.
            text: !phoneish && !looks_like_phone(&lower),
            finders,
            lower,
            latin: latin_text,
            words,
            latin_words,
        }
    }
}

/// How the database's index answers a query without reading every record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Plan {
    /// An empty query: everyone, in name order.
    Everyone,
    /// A query nothing can match (digits that are not a number).
    Nothing,
    /// The records the full-text index finds for this expression hold every record that
    /// contains the query outright; they are ranked as the in-memory index would.
    FullText(String),
    /// One word shorter than three letters: the names that start with it rank first.
    Prefix { word: String, latin: String },
    /// Nothing to narrow by: every record is read.
    Scan,
}

/// The full-text index's terms for `text`: every three-letter piece of it (positions are
/// not stored, so a whole phrase cannot be asked for; the program checks the candidates
/// anyway). `None` for a text shorter than one piece: FTS5 refuses an empty group, so
/// such a text cannot narrow anything.
fn fts_pieces(text: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut pieces: Vec<String> = chars
        .windows(TRIGRAM)
        .map(|w| w.iter().collect::<String>())
        .collect();
    if pieces.is_empty() {
        return None;
    }
    pieces.sort();
    pieces.dedup();
    Some(pieces)
}

fn fts_term(piece: &str) -> String {
    format!("\"{}\"", piece.replace('"', "\"\""))
}

/// The records whose indexed text holds every three-letter piece of `text` (a phone's
/// digits).
fn fts_phrase(text: &str) -> Option<String> {
    let terms: Vec<String> = fts_pieces(text)?.iter().map(|p| fts_term(p)).collect();
    Some(format!("({})", terms.join(" AND ")))
}

/// The records whose Latin text can hold `latin`, the Latin form of a query's word: a
/// superset of those whose folded text holds the word itself, since `latin` maps one
/// character at a time, so the Latin form of a text holding the word holds the word's
/// Latin form. All but at its first letter: `sz` and `cz` are folded to `sh` and `ch`
/// across the whole text, so a word whose Latin form starts with `z` may follow an `s`
/// or a `c` there (`szak` is `shak`, and holds `zak`), and its first piece is asked for
/// with `h` in its place too.
fn fts_latin(latin: &str) -> Option<String> {
    let pieces = fts_pieces(latin)?;
    let first: String = latin.chars().take(TRIGRAM).collect();
    let terms: Vec<String> = pieces
        .iter()
        .map(|p| match p.strip_prefix('z') {
            Some(rest) if *p == first && !latin[1..].contains(p.as_str()) => {
                format!("({} OR {})", fts_term(p), fts_term(&format!("h{rest}")))
            }
            _ => fts_term(p),
        })
        .collect();
    Some(format!("({})", terms.join(" AND ")))
}

/// Queries of three characters and more go through the trigram index.
const TRIGRAM: usize = 3;

impl Plan {
    pub(crate) fn of(query: &str, rules: &PhoneRules) -> Plan {
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return Plan::Everyone;
        }
        let q = Query::new(trimmed, rules);
        if !q.phone_forms.is_empty() {
            let any: Option<Vec<String>> = q.phone_forms.iter().map(|f| fts_phrase(f)).collect();
            return match any {
                Some(any) => Plan::FullText(any.join(" OR ")),
                // A form too short for the index: every record is read.
                None => Plan::Scan,
            };
        }
        if !q.text || q.words.is_empty() {
            return Plan::Nothing;
        }
        // Only the Latin text is indexed: it holds whatever the folded text does (see
        // `fts_latin`). A word with no Latin form long enough cannot narrow.
        let long = |w: &str| w.chars().count() >= TRIGRAM;
        let every: Vec<String> = q
            .words
            .iter()
            .zip(&q.latin_words)
            .filter(|(w, l)| long(w) && long(l))
            .filter_map(|(_, l)| fts_latin(l))
            .collect();
        if !every.is_empty() {
            return Plan::FullText(every.join(" AND "));
        }
        if q.words.len() == 1 {
            return Plan::Prefix {
                word: q.words[0].clone(),
                latin: q.latin_words[0].clone(),
            };
        }
        Plan::Scan
    }
}

/// The least string greater than every string that starts with `prefix`.
pub(crate) fn prefix_end(prefix: &str) -> Option<String> {
    let last = prefix.chars().next_back()?;
    let next = (last as u32 + 1..=char::MAX as u32).find_map(char::from_u32)?;
    let mut end = prefix[..prefix.len() - last.len_utf8()].to_string();
    end.push(next);
    Some(end)
}

/// One result: which record, how good, and which characters of its name matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: i64,
    pub score: i64,
    /// Char indices into the record's name.
    pub name_positions: Vec<usize>,
}

/// What matched in one record, for highlighting: char positions in its name, outlet and
/// position, and which of its phones matched a number typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Highlight {
    pub name: Vec<usize>,
    pub outlet: Vec<usize>,
    pub position: Vec<usize>,
    pub phone: Option<usize>,
}

/// The fields of a contact that are searched, as stored.
pub struct Fields<'a> {
    pub name: &'a str,
    pub outlet: &'a str,
    pub position: &'a str,
    /// Tags separated by spaces.
    pub tags: &'a str,
    pub notes: &'a str,
    /// E-mails separated by spaces.
    pub emails: &'a str,
    /// Each phone as international digits, separated by spaces.
    pub digits: &'a str,
}

/// One contact's searchable columns, normalised once: what the database keeps beside the
/// contact (and indexes) and what the in-memory index holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndexRow {
    /// Case-folded (`ё` as `е`): name · outlet · position · tags · notes · e-mails.
    pub text: String,
    /// `text` in Latin letters.
    pub translit: String,
    pub digits: String,
    /// Byte length of the name at the start of `text` and of `translit`.
    pub name_end: u32,
    pub name_end_latin: u32,
    /// Byte length of name, outlet and position: the part loose matching looks at.
    pub head_end: u32,
    pub head_end_latin: u32,
}

impl IndexRow {
    pub fn new(f: &Fields<'_>) -> IndexRow {
        let name = fold(f.name);
        let name_latin = latin(&name);
        let mut text = name.clone();
        let mut head_end = 0;
        for (n, part) in [f.outlet, f.position, f.tags, f.notes, f.emails]
            .into_iter()
            .enumerate()
        {
            if !part.is_empty() {
                text.push_str(" · ");
                text.push_str(&fold(part));
            }
            if n == 1 {
                head_end = text.len();
            }
        }
        let translit = latin(&text);
        let head_end_latin = latin(&text[..head_end]).len();
        IndexRow {
            translit,
            digits: f.digits.to_string(),
            name_end: name.len() as u32,
            name_end_latin: name_latin.len() as u32,
            head_end: head_end as u32,
            head_end_latin: head_end_latin as u32,
            text,
        }
    }

    /// The row's columns, borrowed.
    pub(crate) fn as_ref(&self) -> RowRef<'_> {
        RowRef {
            text: &self.text,
            translit: &self.translit,
            digits: &self.digits,
            name_end: self.name_end,
            name_end_latin: self.name_end_latin,
            head_end: self.head_end,
            head_end_latin: self.head_end_latin,
        }
    }

    /// A name as `name_key` holds it.
    pub fn fold_key(name: &str) -> String {
        fold(name)
    }

    /// The case-folded name: the key of the prefix path for short queries.
    pub fn name_key(&self) -> &str {
        self.text.get(..self.name_end as usize).unwrap_or("")
    }
}

/// The normalised text of every record, laid end to end, so that a scan reads memory in
/// order instead of chasing a pointer per record.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    text: String,
    translit: String,
    /// Phones as international digits, separated by spaces.
    digits: String,
    spans: Vec<Span>,
    /// The lengths of the records whose lengths do not fit a `Span` (by position,
    /// ascending).
    long: Vec<(u32, [u32; 4])>,
}

/// Where one record's text starts in the arenas (it ends where the next one's starts),
/// and the lengths that matter for scoring: the name at the start of `text` and of
/// `translit`, then name, outlet and position (the part loose matching looks at). A
/// length of `LONG` or more is `LONG` here and kept in `Rows::long` (names and heads
/// are mostly shorter).
#[derive(Debug, Clone, Copy)]
struct Span {
    text: u32,
    translit: u32,
    digits: u32,
    /// name_end, name_end_latin, head_end, head_end_latin.
    ends: [u8; 4],
}

const LONG: u8 = u8::MAX;

/// One record in the arenas. Its texts are sliced when asked for: a scan that finds a
/// word in the folded text never reads the record's Latin text or digits, which at a
/// million records are cache misses it would pay for nothing.
#[derive(Clone, Copy)]
struct Row<'a> {
    rows: &'a Rows,
    span: Span,
    next: Option<Span>,
    name_end: u32,
    name_end_latin: u32,
    head_end: u32,
    head_end_latin: u32,
}

impl Rows {
    fn build(contacts: &[ContactSummary], rules: &PhoneRules) -> Rows {
        let mut rows = Rows::default();
        for c in contacts {
            rows.push(c, rules);
        }
        rows
    }

    fn push(&mut self, c: &ContactSummary, rules: &PhoneRules) {
        let digits: Vec<String> = c.phones.iter().map(|p| rules.normalize(p)).collect();
        self.push_row(&IndexRow::new(&Fields {
            name: &c.name,
            outlet: c.outlet.as_deref().unwrap_or(""),
            position: &c.position,
            tags: &c.tags.join(" "),
            notes: &c.notes,
            emails: &c.emails.join(" "),
            digits: &digits.join(" "),
        }));
    }

    /// Appends one record's precomputed columns.
    pub(crate) fn push_row(&mut self, row: &IndexRow) {
        self.push_parts(row.as_ref());
    }

    /// Appends one record's columns, borrowed.
    pub(crate) fn push_parts(&mut self, row: RowRef<'_>) {
        let ends = [
            row.name_end,
            row.name_end_latin,
            row.head_end,
            row.head_end_latin,
        ];
        let short = ends.map(|e| u8::try_from(e).ok().filter(|&e| e != LONG));
        if short.iter().any(Option::is_none) {
            self.long.push((self.spans.len() as u32, ends));
        }
        self.spans.push(Span {
            text: self.text.len() as u32,
            translit: self.translit.len() as u32,
            digits: self.digits.len() as u32,
            ends: short.map(|e| e.unwrap_or(LONG)),
        });
        self.text.push_str(row.text);
        self.translit.push_str(row.translit);
        self.digits.push_str(row.digits);
    }

    /// Appends another batch of rows (built on another thread).
    fn extend(&mut self, other: Rows) {
        let (t, l, d) = (
            self.text.len() as u32,
            self.translit.len() as u32,
            self.digits.len() as u32,
        );
        let n = self.spans.len() as u32;
        self.text.push_str(&other.text);
        self.translit.push_str(&other.translit);
        self.digits.push_str(&other.digits);
        self.spans.extend(other.spans.into_iter().map(|mut s| {
            s.text += t;
            s.translit += l;
            s.digits += d;
            s
        }));
        self.long
            .extend(other.long.into_iter().map(|(i, ends)| (i + n, ends)));
    }

    /// Gives back what building reserved beyond what is held.
    fn shrink(&mut self) {
        self.text.shrink_to_fit();
        self.translit.shrink_to_fit();
        self.digits.shrink_to_fit();
        self.spans.shrink_to_fit();
        self.long.shrink_to_fit();
    }

    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Asks the processor to bring the start of record `i`'s texts into its cache while
    /// the records before it are read: a scan reads records far apart in memory, and
    /// without the hint it spends most of its time waiting for each one to arrive.
    fn prefetch(&self, i: u32) {
        #[cfg(target_arch = "x86_64")]
        if let Some(s) = self.spans.get(i as usize) {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            let text = self.text.as_ptr().wrapping_add(s.text as usize);
            let translit = self.translit.as_ptr().wrapping_add(s.translit as usize);
            for line in [
                text,
                text.wrapping_add(64),
                translit,
                translit.wrapping_add(64),
            ] {
                // SAFETY: a prefetch is only a hint: it reads nothing the program sees and
                // never faults, whatever the address.
                unsafe { _mm_prefetch::<_MM_HINT_T0>(line.cast::<i8>()) };
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = i;
    }

    /// The case-folded name of the record at `i`.
    fn name_key(&self, i: u32) -> &str {
        let row = self.get(i);
        row.text().get(..row.name_end as usize).unwrap_or("")
    }

    /// Every position, in the order of the case-folded names (then of position).
    fn name_order(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| self.name_key(a).cmp(self.name_key(b)).then(a.cmp(&b)));
        order
    }

    fn get(&self, i: u32) -> Row<'_> {
        let s = self.spans[i as usize];
        let ends = if s.ends.contains(&LONG) {
            self.long
                .binary_search_by_key(&i, |e| e.0)
                .map_or([0; 4], |k| self.long[k].1)
        } else {
            s.ends.map(u32::from)
        };
        Row {
            rows: self,
            span: s,
            next: self.spans.get(i as usize + 1).copied(),
            name_end: ends[0],
            name_end_latin: ends[1],
            head_end: ends[2],
            head_end_latin: ends[3],
        }
    }
}

/// A record's part of an arena: from its start to the next record's.
fn slice(arena: &str, start: u32, end: Option<u32>) -> &str {
    let end = end.map_or(arena.len(), |e| e as usize);
    // Offsets are char boundaries: each record's text was pushed whole.
    arena.get(start as usize..end).unwrap_or("")
}

impl<'a> Row<'a> {
    fn text(&self) -> &'a str {
        slice(&self.rows.text, self.span.text, self.next.map(|n| n.text))
    }

    fn translit(&self) -> &'a str {
        slice(
            &self.rows.translit,
            self.span.translit,
            self.next.map(|n| n.translit),
        )
    }

    fn digits(&self) -> &'a str {
        slice(
            &self.rows.digits,
            self.span.digits,
            self.next.map(|n| n.digits),
        )
    }

    fn head(&self) -> &'a str {
        &self.text()[..self.head_end as usize]
    }

    fn head_latin(&self) -> &'a str {
        &self.translit()[..self.head_end_latin as usize]
    }

    /// The columns the cards spell a record's fields from.
    fn searched(&self) -> Searched<'a> {
        Searched {
            text: self.text(),
            name_end: self.name_end as usize,
            head_end: self.head_end as usize,
            digits: self.digits(),
        }
    }
}

/// What a scan found: scored matches, loose matches and candidates, each in index order,
/// and for each scored match where the query's last word first is in its folded text (see
/// `Ranked::last_at`).
type Found = (Vec<(i32, u32)>, Vec<u32>, Vec<u32>, Vec<u32>);

/// What a scan keeps: every record that can match (for narrowing a longer query, and the
/// loose matches when nothing contains the query), only those containing it, or (when
/// none is known to) only those with its letters in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    All,
    Outright,
    Letters,
}

/// The records a scan reads: some positions, in index order, or a run of them.
#[derive(Clone, Copy)]
enum Part<'a> {
    Some(&'a [u32]),
    Run(u32, u32),
}

impl<'a> Part<'a> {
    fn of(scope: Option<&'a [u32]>, total: usize) -> Part<'a> {
        scope.map_or(Part::Run(0, total as u32), Part::Some)
    }

    fn len(self) -> usize {
        match self {
            Part::Some(s) => s.len(),
            Part::Run(a, b) => (b - a) as usize,
        }
    }

    /// The `k`th record of the part.
    fn at(self, k: usize) -> u32 {
        match self {
            Part::Some(s) => s[k],
            Part::Run(a, _) => a + k as u32,
        }
    }

    /// The records from the `from`th to before the `to`th.
    fn slice(self, from: usize, to: usize) -> Part<'a> {
        match self {
            Part::Some(s) => Part::Some(&s[from..to]),
            Part::Run(a, _) => Part::Run(a + from as u32, a + to as u32),
        }
    }

    /// Each record, with a hint to fetch the one a few places on before it is read.
    fn each(self, rows: &Rows, mut f: impl FnMut(u32)) {
        const AHEAD: usize = 6;
        let n = self.len();
        for k in 0..n {
            if k + AHEAD < n {
                rows.prefetch(self.at(k + AHEAD));
            }
            f(self.at(k));
        }
    }
}

/// How one record matched a query.
enum Verdict {
    No,
    /// Matched a phone number: how much of it the query covers.
    Phone(i32),
    /// Contains every word: scored by where, with where its last word first is in the
    /// folded text (or `NOT_IN_TEXT`).
    Words(i32, u32),
    /// Only the letters in order.
    Letters,
}

/// Does `hay` contain the bytes of `needle` in order? (A quick, lenient test: the fuzzy
/// matcher confirms what it lets through.)
fn is_subsequence(hay: &[u8], needle: &[u8]) -> bool {
    let mut rest = hay;
    for &b in needle {
        match memchr::memchr(b, rest) {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
}

/// Where `word` (which `finder` finds) first is in `text`, knowing that a word it starts
/// with first is there at `from` (`NOT_IN_TEXT`: nowhere): every place of `word` is a place
/// of that word, so it is at `from` or after.
fn find_from(finder: &Finder<'_>, word: &str, text: &str, from: u32) -> Option<usize> {
    if from == NOT_IN_TEXT {
        return None;
    }
    let from = from as usize;
    let bytes = text.as_bytes();
    if bytes.get(from..)?.starts_with(word.as_bytes()) {
        return Some(from);
    }
    finder.find(bytes.get(from + 1..)?).map(|k| from + 1 + k)
}

/// Is every word of `query`, as typed and in Latin, long enough to be forgiven a slip?
fn forgives_every_word(query: &str) -> bool {
    let long = |w: &str| w.chars().count() >= SLIP_FROM;
    fold(query)
        .split_whitespace()
        .all(|w| long(w) && long(&latin(w)))
}

/// Words this long are forgiven one wrong, missing or extra letter.
const SLIP_FROM: usize = 4;

/// One word as the one-slip retry looks for it, prepared once for every record.
struct Slip {
    chars: Vec<char>,
    whole: Finder<'static>,
    /// The first and the third pair of letters, of a word long enough to be forgiven.
    pairs: Option<[Finder<'static>; 2]>,
}

impl Slip {
    /// `None` for an empty word (one with no Latin form), which nothing contains.
    fn new(word: &str) -> Option<Slip> {
        if word.is_empty() {
            return None;
        }
        let chars: Vec<char> = word.chars().collect();
        let pair = |i: usize| {
            let pair: String = chars[i..i + 2].iter().collect();
            Finder::new(pair.as_bytes()).into_owned()
        };
        Some(Slip {
            pairs: (chars.len() >= SLIP_FROM).then(|| [pair(0), pair(2)]),
            whole: Finder::new(word.as_bytes()).into_owned(),
            chars,
        })
    }

    fn whole_in(&self, hay: &str) -> bool {
        self.whole.find(hay.as_bytes()).is_some()
    }

    /// Does `hay` contain the word with at most one letter wrong, missing or extra?
    fn near_in(&self, hay: &str) -> bool {
        let Some(pairs) = &self.pairs else {
            return false;
        };
        // One slip leaves the first or the third pair of letters intact: a cheap test
        // first.
        if pairs.iter().all(|p| p.find(hay.as_bytes()).is_none()) {
            return false;
        }
        let hay: Vec<char> = hay.chars().collect();
        (0..hay.len()).any(|start| slips_from(&hay[start..], &self.chars, 1))
    }
}

/// Does `hay` contain `needle` with at most one letter wrong, missing or extra?
#[cfg(test)]
fn contains_but_one(hay: &str, needle: &str) -> bool {
    Slip::new(needle).is_some_and(|s| s.near_in(hay))
}

fn slips_from(hay: &[char], needle: &[char], slips: u8) -> bool {
    let common = hay.iter().zip(needle).take_while(|(a, b)| a == b).count();
    if common == needle.len() {
        return true;
    }
    if slips == 0 {
        return false;
    }
    let (hay, needle) = (&hay[common..], &needle[common..]);
    // A letter left out of the query, a wrong one, or one too many.
    (!hay.is_empty() && slips_from(&hay[1..], needle, 0))
        || (!hay.is_empty() && slips_from(&hay[1..], &needle[1..], 0))
        || slips_from(hay, &needle[1..], 0)
}

fn is_boundary(text: &str, at: usize) -> bool {
    at == 0
        || text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| !is_letter_or_digit(c))
}

/// `char::is_alphanumeric`, answered at once for the lower-case Cyrillic letters the
/// folded text is mostly made of (the general lookup is a search of Unicode's tables).
fn is_letter_or_digit(c: char) -> bool {
    matches!(c, '\u{430}'..='\u{45f}' | 'ґ') || c.is_alphanumeric()
}

/// Returns to the system the memory a large pass freed (SQLite's sorting and the arenas'
/// growth while the book is read, a scan's lists of matches): the allocator keeps the
/// freed pages of a thread's heap resident, and the book would stay that much larger.
pub(crate) fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator's own heaps.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The result of one query over the index: record positions, best first.
#[derive(Debug, Clone, Default)]
pub struct Ranked {
    pub query: String,
    /// Positions in the index (see `ContactIndex::at`), best first.
    pub items: Vec<u32>,
    /// How many of them contain the query outright (the rest match loosely).
    pub exact: usize,
    /// Everything that could still match a longer query, for narrowing: every record
    /// that could match `basis` (a query this one grew from), or nothing when `basis` is
    /// empty (this list came through the database's index, which names only the records
    /// containing the query outright).
    candidates: Arc<Vec<u32>>,
    basis: String,
    /// The records containing `query` outright, in index order, when known: a longer
    /// query can only contain more, so it is ranked among these alone.
    outright: Option<Arc<Vec<u32>>>,
    /// For each of `outright`, when known: where the query's last word first is in the
    /// record's folded text (`NOT_IN_TEXT`: only in its Latin text). A query whose last
    /// word grew is looked for from there.
    last_at: Option<Arc<Vec<u32>>>,
    generation: u64,
    /// True when nothing matched outright and these are the near matches (one slip).
    pub loose: bool,
}

/// Where a word found only in a record's Latin text is in its folded text.
const NOT_IN_TEXT: u32 = u32::MAX;

/// Every contact: what lists show of each (compactly) and its normalised text.
#[derive(Debug)]
pub struct ContactIndex {
    cards: Cards,
    engine: Engine,
    /// Record positions in the order of their case-folded names: the names starting with
    /// a short query, which rank first, lie side by side here.
    by_name: Vec<u32>,
    /// The database's trigram index, when the records came from a database file: a query
    /// of three letters or more ranks only the records it names.
    narrow: Option<Box<dyn Candidates>>,
}

/// Which records can contain a query outright, as the database's full-text index answers
/// a `Plan::FullText` expression: their ids in any order, or `None` when it cannot say
/// (the caller then reads every record).
pub trait Candidates: Send + Sync + std::fmt::Debug {
    fn ids(&self, expr: &str) -> Option<Vec<i64>>;
}

/// Builds a `ContactIndex` one record at a time from the columns the database keeps, so
/// nothing is normalised again and no record is held whole.
#[derive(Debug, Default)]
pub(crate) struct IndexBuilder {
    cards: Cards,
    rows: Rows,
}

impl IndexBuilder {
    /// Appends a record: its head and its precomputed search columns.
    pub(crate) fn push(&mut self, head: &Head<'_>, row: RowRef<'_>) {
        let searched = Searched {
            text: row.text,
            name_end: row.name_end as usize,
            head_end: row.head_end as usize,
            digits: row.digits,
        };
        self.cards.push_head(head, searched);
        self.rows.push_parts(row);
    }

    /// Called once every record is in: makes lookups by id possible, for adding the
    /// phones and e-mails afterwards.
    pub(crate) fn finish_heads(&mut self) {
        self.cards.finish();
    }

    pub(crate) fn position_of(&self, id: i64) -> Option<u32> {
        self.cards.position_of(id)
    }

    pub(crate) fn set_points<P: AsRef<str>>(&mut self, at: u32, phones: &[P], emails: &[P]) {
        let searched = self.rows.get(at).searched();
        self.cards.set_points(at, phones, emails, searched);
    }

    pub(crate) fn build(
        mut self,
        rules: PhoneRules,
        narrow: Option<Box<dyn Candidates>>,
    ) -> ContactIndex {
        self.cards.finish_points();
        self.rows.shrink();
        ContactIndex {
            by_name: self.rows.name_order(),
            cards: self.cards,
            engine: Engine::new(self.rows, rules),
            narrow,
        }
    }
}

/// One record's precomputed search columns, borrowed.
#[derive(Clone, Copy)]
pub(crate) struct RowRef<'a> {
    pub text: &'a str,
    pub translit: &'a str,
    pub digits: &'a str,
    pub name_end: u32,
    pub name_end_latin: u32,
    pub head_end: u32,
    pub head_end_latin: u32,
}

/// The ranking over a set of rows: the whole book in memory, or the candidates the
/// database's index returned for one query. Both rank with this same code.
#[derive(Debug)]
pub(crate) struct Engine {
    rows: Rows,
    rules: PhoneRules,
    matcher: Matcher,
    generation: u64,
}

impl ContactIndex {
    pub fn new(contacts: Vec<ContactSummary>, rules: PhoneRules) -> ContactIndex {
        let rows = if contacts.len() >= PARALLEL_FROM {
            let half = contacts.len() / 2;
            let (a, b) = contacts.split_at(half);
            std::thread::scope(|s| {
                let other = s.spawn(|| Rows::build(b, &rules));
                let mut rows = Rows::build(a, &rules);
                rows.extend(other.join().expect("indexing thread"));
                rows
            })
        } else {
            Rows::build(&contacts, &rules)
        };
        let mut rows = rows;
        rows.shrink();
        let mut cards = Cards::default();
        for (i, c) in contacts.iter().enumerate() {
            let row = rows.get(i as u32);
            cards.push_summary(c, row.searched());
        }
        cards.finish();
        cards.finish_points();
        ContactIndex {
            by_name: rows.name_order(),
            cards,
            engine: Engine::new(rows, rules),
            narrow: None,
        }
    }

    pub fn empty(rules: PhoneRules) -> ContactIndex {
        ContactIndex::new(Vec::new(), rules)
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    /// Whether queries of three letters and more are narrowed by the database's index.
    pub fn reads_the_database_index(&self) -> bool {
        self.narrow.is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.len() == 0
    }

    pub fn get(&self, id: i64) -> Option<ContactLine> {
        self.cards.position_of(id).map(|i| self.line(i))
    }

    /// The record at a position of a `Ranked` list.
    pub fn at(&self, index: u32) -> ContactLine {
        self.line(index)
    }

    fn line(&self, index: u32) -> ContactLine {
        let row = self.engine.rows.get(index);
        self.cards.line(index, row.searched())
    }

    /// The kind of the contact with this id.
    pub fn kind_of(&self, id: i64) -> Option<ContactKind> {
        self.cards.position_of(id).and_then(|i| self.cards.kind(i))
    }

    /// The id of the record at a position of a `Ranked` list.
    pub fn id_at(&self, index: u32) -> i64 {
        self.cards.id(index)
    }

    pub fn rules(&self) -> &PhoneRules {
        &self.engine.rules
    }

    /// Every record, in name order, as a `Ranked` list (an empty query).
    pub fn everyone(&self) -> Ranked {
        self.engine.everyone()
    }

    /// Every record matching `query`, best first. `previous` (the last result) lets a
    /// query that only grew rescan just the records that could still match.
    pub fn rank(&self, query: &str, previous: Option<&Ranked>) -> Ranked {
        match self.rank_or_count(query, previous, usize::MAX) {
            Ok(ranked) => ranked,
            Err(mut counting) => loop {
                if let Some(ranked) = self.go_on(&mut counting, usize::MAX) {
                    break ranked;
                }
            },
        }
    }

    /// `rank`, unless nothing matches and the one-slip retry would read `up_to` records
    /// or more: then that retry, to be carried out a slice at a time by `go_on`.
    pub fn rank_or_count(
        &self,
        query: &str,
        previous: Option<&Ranked>,
        up_to: usize,
    ) -> Result<Ranked, Box<Counting>> {
        let trimmed = query.trim();
        let q = Query::new(trimmed, &self.engine.rules);
        // A query that grew from one whose matches outright are known can only match
        // those outright: they are ranked again, which is cheaper than asking the
        // database. When none of them matches, nothing does: only the letters in order
        // remain to be looked for.
        let (narrowed, keep) = match self.again_among(&q, trimmed, previous) {
            Some(scope) => match self.engine.rank_within(trimmed, scope, previous) {
                Some(ranked) => (Some(ranked), Keep::All),
                None => (None, Keep::Letters),
            },
            None => (self.through_the_database(query), Keep::All),
        };
        if let Some(mut ranked) = narrowed {
            // What a longer query can still narrow by is what the last full pass found.
            if let Some(p) = self.engine.basis_for(&q, trimmed, previous) {
                ranked.candidates = p.candidates.clone();
                ranked.basis = p.basis.clone();
            }
            return Ok(ranked);
        }
        // Looking for the letters alone among many records is read between keys too.
        let letters_among = || {
            let basis = self.engine.basis_for(&q, trimmed, previous);
            basis.map_or(self.len(), |p| p.candidates.len())
        };
        if keep == Keep::Letters && letters_among() >= up_to {
            return Err(Box::new(self.counting(q, trimmed, previous, keep)));
        }
        match self.engine.rank_before_retry(query, previous, keep) {
            Ranking::Done(ranked) => Ok(ranked),
            Ranking::Retry { ranked, q, scope } => {
                if scope.map_or(self.len(), <[u32]>::len) < up_to {
                    return Ok(self.engine.retried(ranked, &q, scope));
                }
                Err(Box::new(Counting {
                    query: ranked.query.clone(),
                    q: *q,
                    generation: self.engine.generation,
                    step: Step::Retry {
                        ranked,
                        reading: Reading::of(scope.map(|s| Arc::new(s.to_vec()))),
                        near: Vec::new(),
                    },
                }))
            }
        }
    }

    /// The records that hold every record containing `q` outright, when a query it grew
    /// from found them, and they are few enough to rank again.
    fn again_among<'p>(
        &self,
        q: &Query,
        trimmed: &str,
        previous: Option<&'p Ranked>,
    ) -> Option<&'p Arc<Vec<u32>>> {
        let p = previous?;
        let scope = p.outright.as_ref()?;
        (scope.len() <= RANK_AGAIN_UP_TO && self.engine.grew_from(q, trimmed, p, &p.query))
            .then_some(scope)
    }

    /// A query the database's trigram index can answer, ranked over the records it names
    /// (they hold every record containing the query outright, so the result is the one
    /// reading every record gives). `None` when the index cannot answer, or when nothing
    /// contains the query outright: the loose matches can be anywhere.
    fn through_the_database(&self, query: &str) -> Option<Ranked> {
        let narrow = self.narrow.as_ref()?;
        let Plan::FullText(expr) = Plan::of(query, &self.engine.rules) else {
            return None;
        };
        let mut scope: Vec<u32> = narrow
            .ids(&expr)?
            .into_iter()
            .filter_map(|id| self.cards.position_of(id))
            .collect();
        // In index order, so that ties fall as in a pass over every record.
        scope.sort_unstable();
        self.engine.rank_within(query, &scope, None)
    }
}

/// The first records of a ranking, found without reading every record.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstRows {
    /// Positions, best first: the start of the whole ranking.
    pub rows: Vec<u32>,
    /// Whether they are all of the rows asked for (else more follow once counted).
    pub whole: bool,
}

/// A ranking carried out a slice of the records at a time, so that the first screen of a
/// short query can be shown at once and its count follow (see `ContactIndex::first_rows`),
/// and a typo's one-slip retry does not hold up the key (see `rank_or_count`).
#[derive(Debug, Clone)]
pub struct Counting {
    query: String,
    q: Query,
    generation: u64,
    step: Step,
}

/// Where a ranking carried out a slice at a time is.
#[derive(Debug, Clone)]
enum Step {
    /// Reading the records for the matches (the candidates of a query this one grew
    /// from, or all).
    Matches {
        reading: Reading,
        found: Found,
        /// What the one-slip retry reads if nothing matches (see `slip_scope`).
        slip_scope: Option<Arc<Vec<u32>>>,
        keep: Keep,
    },
    /// Nothing matched: reading the records again, one slip forgiven.
    Retry {
        /// The ranking without its items, which the retry finds.
        ranked: Ranked,
        reading: Reading,
        near: Vec<u32>,
    },
}

/// Records read a slice at a time: `scope` (or every record), `read` of them so far.
#[derive(Debug, Clone)]
struct Reading {
    scope: Option<Arc<Vec<u32>>>,
    read: usize,
}

impl Reading {
    fn of(scope: Option<Arc<Vec<u32>>>) -> Reading {
        Reading { scope, read: 0 }
    }

    /// The next `budget` records of an index of `len`, and whether they are the last.
    fn next(&mut self, len: usize, budget: usize) -> (Part<'_>, bool) {
        let all = Part::of(self.scope.as_deref().map(Vec::as_slice), len);
        let start = self.read;
        self.read = start.saturating_add(budget).min(all.len());
        (all.slice(start, self.read), self.read == all.len())
    }
}

impl Counting {
    /// The query being counted.
    pub fn query(&self) -> &str {
        &self.query
    }
}

impl ContactIndex {
    /// How many records ranking `query` reads, after `previous`.
    pub fn to_read(&self, query: &str, previous: Option<&Ranked>) -> usize {
        let trimmed = query.trim();
        let q = Query::new(trimmed, &self.engine.rules);
        // Ranked among the last matches outright; when there were none, the letters in
        // order are looked for among every record the last query could match.
        if let Some(outright) = self
            .again_among(&q, trimmed, previous)
            .filter(|o| !o.is_empty())
        {
            return outright.len();
        }
        self.engine
            .basis_for(&q, trimmed, previous)
            .map_or(self.len(), |p| p.candidates.len())
    }

    /// The first records of `query`'s ranking among those `keep` accepts, as far as they
    /// are known without reading every record: for one word, the names starting with it
    /// outrank every other match (a name that is the word alone first, then in index
    /// order). At most `rows` of them, with whether those are all of the first `rows`
    /// (else the rest of the ranking follows them). For a word of three letters and more
    /// (which the database's index can narrow instead) only when they are all: `None`
    /// then, and for any other query.
    pub fn first_rows(
        &self,
        query: &str,
        rows: usize,
        keep: impl Fn(u32) -> bool,
    ) -> Option<FirstRows> {
        let (word, short) = match Plan::of(query, &self.engine.rules) {
            Plan::Prefix { word, .. } => (word, true),
            _ => (name_start_word(query, &self.engine.rules)?, false),
        };
        let first = self.names_starting(&word, rows, keep)?;
        (short || first.whole).then_some(first)
    }

    /// The first rows of `query`'s ranking known while the rest is counted (see
    /// `first_rows`): for one word, those of the names starting with it that are
    /// known, however few; none for any other query.
    pub fn known_rows(&self, query: &str, rows: usize, keep: impl Fn(u32) -> bool) -> FirstRows {
        name_start_word(query, &self.engine.rules)
            .and_then(|word| self.names_starting(&word, rows, keep))
            .unwrap_or(FirstRows {
                rows: Vec::new(),
                whole: false,
            })
    }

    /// Whether ranking `query` after `previous` narrows from an earlier result, so that
    /// counting it a slice at a time reads what `to_read` says, not every record.
    pub fn narrows(&self, query: &str, previous: Option<&Ranked>) -> bool {
        let trimmed = query.trim();
        let q = Query::new(trimmed, &self.engine.rules);
        self.engine.basis_for(&q, trimmed, previous).is_some()
    }

    /// `first_rows` for the names starting with `word` (folded).
    fn names_starting(
        &self,
        word: &str,
        rows: usize,
        keep: impl Fn(u32) -> bool,
    ) -> Option<FirstRows> {
        let key = |i: &u32| self.engine.rows.name_key(*i);
        let start = self.by_name.partition_point(|i| key(i) < word);
        let end = match prefix_end(word) {
            Some(end) => self.by_name.partition_point(|i| key(i) < end.as_str()),
            None => self.by_name.len(),
        };
        let range = self.by_name.get(start..end)?;
        // The name that is the word alone sorts first among those starting with it.
        let whole = range.partition_point(|i| key(i) == word);
        let mut first: Vec<u32> = range[..whole]
            .iter()
            .copied()
            .filter(|&i| keep(i))
            .collect();
        first.sort_unstable();
        let mut rest: Vec<u32> = range[whole..]
            .iter()
            .copied()
            .filter(|&i| keep(i))
            .collect();
        let wanted = rows.saturating_sub(first.len());
        let whole = first.len() + rest.len() >= rows;
        if wanted > 0 && wanted < rest.len() {
            rest.select_nth_unstable(wanted - 1);
            rest.truncate(wanted);
        }
        rest.sort_unstable();
        first.extend(rest.into_iter().take(wanted));
        first.truncate(rows);
        Some(FirstRows { rows: first, whole })
    }

    /// What a list holds while its count follows: the first rows, found by `first_rows`,
    /// and what a longer query can narrow by (as after `previous`).
    pub fn provisional(&self, query: &str, first: Vec<u32>, previous: Option<&Ranked>) -> Ranked {
        let trimmed = query.trim();
        let q = Query::new(trimmed, &self.engine.rules);
        let mut ranked = Ranked {
            query: trimmed.to_string(),
            items: first,
            generation: self.engine.generation,
            ..Default::default()
        };
        if let Some(p) = self.engine.basis_for(&q, trimmed, previous) {
            ranked.candidates = p.candidates.clone();
            ranked.basis = p.basis.clone();
        }
        ranked
    }

    /// Starts ranking `query` (after `previous`) a slice at a time: see `go_on`.
    pub fn count_later(&self, query: &str, previous: Option<&Ranked>) -> Counting {
        let trimmed = query.trim();
        let q = Query::new(trimmed, &self.engine.rules);
        self.counting(q, trimmed, previous, Keep::All)
    }

    /// A ranking of `q` (`trimmed` as typed) after `previous`, to be read a slice at a
    /// time, looking for what `keep` says.
    fn counting(&self, q: Query, trimmed: &str, previous: Option<&Ranked>, keep: Keep) -> Counting {
        let basis = self.engine.basis_for(&q, trimmed, previous);
        Counting {
            query: trimmed.to_string(),
            q,
            generation: self.engine.generation,
            step: Step::Matches {
                reading: Reading::of(basis.map(|p| p.candidates.clone())),
                found: Found::default(),
                slip_scope: slip_scope(basis).map(|s| Arc::new(s.to_vec())),
                keep,
            },
        }
    }

    /// Reads `budget` more records of a ranking begun by `count_later` (or of the retry
    /// `rank_or_count` left); once every one is read, the whole ranking, as `rank` gives
    /// it.
    pub fn go_on(&self, counting: &mut Counting, budget: usize) -> Option<Ranked> {
        if counting.generation != self.engine.generation {
            return Some(self.rank(&counting.query, None));
        }
        let q = &counting.q;
        match &mut counting.step {
            Step::Matches {
                reading,
                found,
                slip_scope,
                keep,
            } => {
                let (part, last) = reading.next(self.len(), budget);
                self.engine.scan_part(q, *keep, part, found);
                if !last {
                    return None;
                }
                let ranked = self
                    .engine
                    .ranked_from(q, &counting.query, std::mem::take(found));
                match ranked {
                    Ranking::Done(ranked) => Some(ranked),
                    Ranking::Retry { ranked, .. } => {
                        counting.step = Step::Retry {
                            ranked,
                            reading: Reading::of(slip_scope.take()),
                            near: Vec::new(),
                        };
                        None
                    }
                }
            }
            Step::Retry {
                ranked,
                reading,
                near,
            } => {
                let (part, last) = reading.next(self.len(), budget);
                near.extend(self.engine.near(q, part));
                if !last {
                    return None;
                }
                let mut ranked = std::mem::take(ranked);
                ranked.items = std::mem::take(near);
                ranked.loose = true;
                Some(ranked)
            }
        }
    }
}

/// A ranking as far as it goes before the one-slip retry.
enum Ranking<'p> {
    Done(Ranked),
    /// Nothing matched: the retry is to find the items of `ranked`, among `scope` (or
    /// every record).
    Retry {
        ranked: Ranked,
        q: Box<Query>,
        scope: Option<&'p [u32]>,
    },
}

/// What the one-slip retry after `basis` reads (`None`: every record). Near matches of a
/// longer query are near matches of the shorter one too, if the shorter one forgave a
/// slip in every word already: a word of three letters must be there whole, the same word
/// of four may have a slip.
fn slip_scope(basis: Option<&Ranked>) -> Option<&[u32]> {
    basis
        .filter(|p| p.loose && forgives_every_word(&p.query))
        .map(|p| p.items.as_slice())
}

impl Engine {
    pub(crate) fn new(rows: Rows, rules: PhoneRules) -> Engine {
        Engine {
            rows,
            rules,
            matcher: Matcher::default(),
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Every record, in name order, as a `Ranked` list (an empty query).
    pub fn everyone(&self) -> Ranked {
        Ranked {
            items: (0..self.rows.len() as u32).collect(),
            generation: self.generation,
            ..Default::default()
        }
    }

    /// How `row` matches `q`. `last_from`: where the last word of the query the last word
    /// of `q` grew from first is in the record's folded text (see `Ranked::last_at`).
    fn verdict(&self, row: Row<'_>, q: &Query, keep: Keep, last_from: Option<u32>) -> Verdict {
        if keep == Keep::Letters {
            return self.letters(row, q);
        }
        if !q.phone_forms.is_empty()
            && q.phone_finders
                .iter()
                .any(|f| f.find(row.digits().as_bytes()).is_some())
        {
            let best = row
                .digits()
                .split(' ')
                .flat_map(|n| {
                    q.phone_forms
                        .iter()
                        .filter(move |f| n.contains(f.as_str()))
                        .map(move |f| (f.len() * 100 / n.len().max(1)) as i32)
                })
                .max();
            if let Some(score) = best {
                return Verdict::Phone(score);
            }
        }
        if !q.text || q.words.is_empty() {
            return Verdict::No;
        }
        let mut score = 0i32;
        let mut all = true;
        let mut last_at = NOT_IN_TEXT;
        let last = q.finders.len() - 1;
        for (k, (finder, latin_finder)) in q.finders.iter().enumerate() {
            let in_text = match last_from.filter(|_| k == last) {
                Some(from) => find_from(finder, &q.words[k], row.text(), from),
                None => finder.find(row.text().as_bytes()),
            };
            let (text, at, name_end) = if let Some(at) = in_text {
                // Matching as typed beats matching through the transliteration.
                score += 500;
                if k == last {
                    last_at = at as u32;
                }
                (row.text(), at, row.name_end)
            } else if let Some(at) = latin_finder
                .as_ref()
                .and_then(|f| f.find(row.translit().as_bytes()))
            {
                (row.translit(), at, row.name_end_latin)
            } else {
                all = false;
                break;
            };
            score += 100 - (at.min(90) as i32);
            if at == 0 {
                score += 400;
            } else if is_boundary(text, at) {
                score += 200;
            }
            if (at as u32) < name_end {
                score += 300;
            }
        }
        if all {
            if row.name_end as usize == q.lower.len() && row.text().starts_with(&q.lower) {
                score += 1000;
            }
            return Verdict::Words(score, last_at);
        }
        if keep == Keep::Outright {
            return Verdict::No;
        }
        self.letters(row, q)
    }

    /// Whether the record's name, outlet and position have the query's letters in order.
    fn letters(&self, row: Row<'_>, q: &Query) -> Verdict {
        if !q.text || q.words.is_empty() {
            return Verdict::No;
        }
        if is_subsequence(row.head().as_bytes(), q.compact.as_bytes())
            || (!q.latin_compact.is_empty()
                && is_subsequence(row.head_latin().as_bytes(), q.latin_compact.as_bytes()))
        {
            Verdict::Letters
        } else {
            Verdict::No
        }
    }

    /// Judges the records of `part`, adding to what was found; with `Keep::Outright`,
    /// only to the scored matches.
    fn scan_part(&self, q: &Query, keep: Keep, part: Part<'_>, found: &mut Found) {
        let (scored, loose, candidates, last_at) = found;
        part.each(&self.rows, |i| {
            match self.verdict(self.rows.get(i), q, keep, None) {
                Verdict::No => return,
                Verdict::Phone(s) => {
                    scored.push((10_000 + s, i));
                    last_at.push(NOT_IN_TEXT);
                }
                Verdict::Words(s, at) => {
                    scored.push((5_000 + s, i));
                    last_at.push(at);
                }
                Verdict::Letters => loose.push(i),
            }
            if keep != Keep::Outright {
                candidates.push(i);
            }
        });
    }

    /// Scans `scope` (or every record): returns (scored matches, loose matches,
    /// candidates), each in index order; with `Keep::Outright`, the scored matches only.
    fn scan(&self, q: &Query, keep: Keep, scope: Option<&[u32]>) -> Found {
        let run = |part: Part<'_>| {
            let size = match keep {
                Keep::All | Keep::Letters => part.len(),
                Keep::Outright => 0,
            };
            let mut found = (Vec::new(), Vec::new(), Vec::with_capacity(size), Vec::new());
            self.scan_part(q, keep, part, &mut found);
            found
        };
        let all = Part::of(scope, self.rows.len());
        let total = all.len();
        if total < PARALLEL_FROM {
            return run(all);
        }
        // What the last large pass freed (its lists, the database's answer) goes back
        // first: without this a million-record book stays tens of megabytes larger.
        give_back_freed_memory();
        let half = total / 2;
        let (mut first, second) = std::thread::scope(|s| {
            let other = s.spawn(|| run(all.slice(half, total)));
            let first = run(all.slice(0, half));
            (first, other.join().expect("search thread"))
        });
        first.0.extend(second.0);
        first.1.extend(second.1);
        first.2.extend(second.2);
        first.3.extend(second.3);
        first
    }

    /// Every record matching `query`, best first. `previous` (the last result) lets a
    /// query that only grew rescan just the records that could still match.
    pub fn rank(&self, query: &str, previous: Option<&Ranked>) -> Ranked {
        match self.rank_before_retry(query, previous, Keep::All) {
            Ranking::Done(ranked) => ranked,
            Ranking::Retry { ranked, q, scope } => self.retried(ranked, &q, scope),
        }
    }

    /// `rank`, but for the one-slip retry when nothing matches. `Keep::Letters` when
    /// nothing is known to contain the query outright.
    fn rank_before_retry<'p>(
        &self,
        query: &str,
        previous: Option<&'p Ranked>,
        keep: Keep,
    ) -> Ranking<'p> {
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return Ranking::Done(self.everyone());
        }
        let q = Query::new(trimmed, &self.rules);
        let basis = self.basis_for(&q, trimmed, previous);
        let scope = basis.map(|p| p.candidates.as_slice());
        let found = self.scan(&q, keep, scope);
        match self.ranked_from(&q, trimmed, found) {
            Ranking::Retry { ranked, q, .. } => Ranking::Retry {
                ranked,
                q,
                scope: slip_scope(basis),
            },
            Ranking::Done(ranked) => Ranking::Done(ranked),
        }
    }

    /// The ranking of `query` (`q`) from what a scan of every record that could match it
    /// found; `Retry` (over every record: the caller narrows) when nothing matched.
    fn ranked_from(&self, q: &Query, query: &str, found: Found) -> Ranking<'static> {
        let (mut scored, loose, candidates, last_at) = found;
        let exact = scored.len();
        let outright = outright_of(&scored);
        if exact == 0 && !loose.is_empty() {
            self.score_loose(q, loose, &mut scored);
        }
        let mut ranked = Ranked {
            query: query.to_string(),
            exact,
            candidates: Arc::new(candidates),
            basis: query.to_string(),
            outright: Some(outright),
            last_at: Some(Arc::new(last_at)),
            generation: self.generation,
            ..Default::default()
        };
        if scored.is_empty() && q.text && q.compact.chars().count() >= 4 {
            return Ranking::Retry {
                ranked,
                q: Box::new(q.clone()),
                scope: None,
            };
        }
        ranked.items = order(scored);
        Ranking::Done(ranked)
    }

    /// Scores the records whose letters are in order (`loose`), adding those near enough
    /// to `scored`: a loose match must score near what the query scores against itself,
    /// so letters scattered across a long name do not count.
    fn score_loose(&self, q: &Query, loose: Vec<u32>, scored: &mut Vec<(i32, u32)>) {
        let m = &self.matcher.0;
        let perfect = |q: &str| m.fuzzy_match(q, q).unwrap_or(0);
        let (need, need_latin) = (perfect(&q.compact), perfect(&q.latin_compact));
        // The matcher finds nothing where the letters are not there in order: that cheap
        // test spares it the side (as typed, or in Latin) that cannot match.
        let fuzzy = |hay: &str, letters: &str| {
            is_subsequence(hay.as_bytes(), letters.as_bytes())
                .then(|| m.fuzzy_match(hay, letters))
                .flatten()
        };
        for i in loose {
            let row = self.rows.get(i);
            let direct = fuzzy(row.head(), &q.compact).filter(|s| s * 100 >= need * LOOSE_SHARE);
            let latin = (!q.latin_compact.is_empty())
                .then(|| fuzzy(row.head_latin(), &q.latin_compact))
                .flatten()
                .filter(|s| s * 100 >= need_latin * LOOSE_SHARE);
            if let Some(s) = direct.into_iter().chain(latin).max() {
                scored.push((s.clamp(0, 4_999) as i32, i));
            }
        }
    }

    /// `ranked` with the one-slip retry's matches among `scope` (or every record).
    fn retried(&self, mut ranked: Ranked, q: &Query, scope: Option<&[u32]>) -> Ranked {
        ranked.items = self.loosely(q, scope);
        ranked.loose = true;
        ranked
    }

    /// The earlier result a query can narrow from: one of this index whose candidates
    /// were found for a query this one only grew from, unless a word of the shorter one
    /// had no Latin form (`ъ`) and so matched nothing in Latin. A number is matched by
    /// its digit forms, which do not only grow: it is looked for afresh.
    fn basis_for<'p>(
        &self,
        q: &Query,
        trimmed: &str,
        previous: Option<&'p Ranked>,
    ) -> Option<&'p Ranked> {
        previous.filter(|p| !p.basis.is_empty() && self.grew_from(q, trimmed, p, &p.basis))
    }

    /// Whether `q` (`trimmed` as typed) only grew from `shorter`, a query of the result
    /// `p` of this index, so that whatever matches `q` matched `shorter`: both are read
    /// the same way (as words, not as a number).
    fn grew_from(&self, q: &Query, trimmed: &str, p: &Ranked, shorter: &str) -> bool {
        p.generation == self.generation
            && !shorter.is_empty()
            && q.phone_forms.is_empty()
            && fold(trimmed).starts_with(&fold(shorter))
            && fold(shorter)
                .split_whitespace()
                .all(|w| !latin(w).is_empty())
            && {
                let s = Query::new(shorter, &self.rules);
                s.phone_forms.is_empty() && s.text == q.text
            }
    }

    /// The ranking of `query` over `scope` alone (positions in index order), when some
    /// record there contains it outright; `None` otherwise.
    fn rank_within(&self, query: &str, scope: &[u32], previous: Option<&Ranked>) -> Option<Ranked> {
        let trimmed = query.trim();
        let q = Query::new(trimmed, &self.rules);
        // Where the last word of the query this one grew from is in each record.
        let from = previous
            .filter(|p| self.last_word_grew(&q, &p.query))
            .and_then(|p| p.last_at.as_deref())
            .filter(|at| at.len() == scope.len());
        let run =
            |k: usize, end: usize| self.scan_within(&q, &scope[k..end], from.map(|f| &f[k..end]));
        let (scored, last_at) = if scope.len() < PARALLEL_FROM {
            run(0, scope.len())
        } else {
            let half = scope.len() / 2;
            let (mut first, second) = std::thread::scope(|s| {
                let other = s.spawn(|| run(half, scope.len()));
                (run(0, half), other.join().expect("search thread"))
            });
            first.0.extend(second.0);
            first.1.extend(second.1);
            first
        };
        if scored.is_empty() {
            return None;
        }
        Some(Ranked {
            query: trimmed.to_string(),
            exact: scored.len(),
            outright: Some(outright_of(&scored)),
            last_at: Some(Arc::new(last_at)),
            items: order(scored),
            generation: self.generation,
            ..Default::default()
        })
    }

    /// Whether `q` is the query `shorter` with letters added to its last word alone.
    fn last_word_grew(&self, q: &Query, shorter: &str) -> bool {
        let s = Query::new(shorter, &self.rules);
        let n = q.words.len();
        n > 0
            && s.words.len() == n
            && s.words[..n - 1] == q.words[..n - 1]
            && q.words[n - 1].starts_with(s.words[n - 1].as_str())
    }

    /// The records of `scope` containing `q` outright, scored, with where the last word
    /// first is in each one's folded text; `from` says where the last word of the
    /// query `q` grew from is (for each of `scope`).
    fn scan_within(
        &self,
        q: &Query,
        scope: &[u32],
        from: Option<&[u32]>,
    ) -> (Vec<(i32, u32)>, Vec<u32>) {
        let (mut scored, mut last_at) = (Vec::new(), Vec::new());
        let mut k = 0;
        Part::Some(scope).each(&self.rows, |i| {
            let hint = from.map(|f| f[k]);
            k += 1;
            match self.verdict(self.rows.get(i), q, Keep::Outright, hint) {
                Verdict::Words(s, at) => {
                    scored.push((5_000 + s, i));
                    last_at.push(at);
                }
                Verdict::Phone(s) => {
                    scored.push((10_000 + s, i));
                    last_at.push(NOT_IN_TEXT);
                }
                Verdict::Letters | Verdict::No => {}
            }
        });
        (scored, last_at)
    }

    /// The one-slip retry: records whose name, outlet or position has every word of the
    /// query, words of four letters or more allowed one slip; in name order. Over every
    /// record, on two threads.
    fn loosely(&self, q: &Query, scope: Option<&[u32]>) -> Vec<u32> {
        let all = Part::of(scope, self.rows.len());
        let total = all.len();
        if scope.is_some() || total < PARALLEL_FROM {
            return self.near(q, all);
        }
        let half = total / 2;
        std::thread::scope(|s| {
            let other = s.spawn(|| self.near(q, all.slice(half, total)));
            let mut first = self.near(q, all.slice(0, half));
            first.extend(other.join().expect("search thread"));
            first
        })
    }

    /// The one-slip retry's matches among the records of `part`.
    fn near(&self, q: &Query, part: Part<'_>) -> Vec<u32> {
        let words: Vec<(Option<Slip>, Option<Slip>)> = q
            .words
            .iter()
            .zip(&q.latin_words)
            .map(|(w, l)| (Slip::new(w), Slip::new(l)))
            .collect();
        let mut near = Vec::new();
        part.each(&self.rows, |i| {
            let row = self.rows.get(i);
            let (head, latin) = (row.head(), row.head_latin());
            let found = words.iter().all(|(w, l)| {
                let (w, l) = (w.as_ref(), l.as_ref());
                w.is_some_and(|w| w.whole_in(head))
                    || l.is_some_and(|l| l.whole_in(latin))
                    || w.is_some_and(|w| w.near_in(head))
                    || l.is_some_and(|l| l.near_in(latin))
            });
            if found {
                near.push(i);
            }
        });
        near
    }
}

impl ContactIndex {
    /// What to highlight in the record at `index` for `query`.
    pub fn highlight(&self, index: u32, query: &str) -> Highlight {
        let mut out = Highlight::default();
        let query = query.trim();
        if query.is_empty() {
            return out;
        }
        let q = Query::new(query, &self.engine.rules);
        let c = self.line(index);
        if !q.phone_forms.is_empty() {
            out.phone = c.phones.iter().position(|p| {
                let n = self.engine.rules.normalize(p);
                q.phone_forms.iter().any(|f| n.contains(f.as_str()))
            });
            if out.phone.is_some() || !q.text {
                return out;
            }
        }
        let m = &self.engine.matcher;
        // Each field on its own, so a match in the outlet lights up the outlet.
        out.name = Haystack::new(&[&c.name]).positions(m, &q);
        if let Some(o) = &c.outlet {
            out.outlet = Haystack::new(&[o]).positions(m, &q);
        }
        out.position = Haystack::new(&[&c.position]).positions(m, &q);
        out
    }

    /// The best `limit` matches for `query`, best first, with the matched letters of each
    /// name. Digits search phone numbers; anything else names, outlets, positions, tags,
    /// notes and e-mails.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        self.hits(&self.rank(query, None), limit)
    }

    /// The first `limit` of a ranked list as hits, with the matched letters of each name.
    pub fn hits(&self, ranked: &Ranked, limit: usize) -> Vec<Hit> {
        let n = ranked.items.len();
        ranked
            .items
            .iter()
            .take(limit)
            .enumerate()
            .map(|(rank, &i)| Hit {
                id: self.cards.id(i),
                score: (n - rank) as i64,
                name_positions: self.highlight(i, &ranked.query).name,
            })
            .collect()
    }
}

/// The records of scored matches (in the order scanned, which is index order).
fn outright_of(scored: &[(i32, u32)]) -> Arc<Vec<u32>> {
    Arc::new(scored.iter().map(|&(_, i)| i).collect())
}

/// Sorts matches best first: every match scoring above the score of the `RANKED`th best
/// in exact order (score, then name); then, in name order, those at that score, then
/// the rest. Linear in the number of matches: scores are small integers, counted.
fn order(scored: Vec<(i32, u32)>) -> Vec<u32> {
    let better = |a: &(i32, u32), b: &(i32, u32)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    if scored.len() <= RANKED {
        let mut scored = scored;
        scored.sort_unstable_by(better);
        return scored.into_iter().map(|(_, i)| i).collect();
    }
    const TOP: usize = 1 << 14;
    let bucket = |s: i32| s.clamp(0, TOP as i32 - 1) as usize;
    let mut counts = vec![0usize; TOP];
    for (s, _) in &scored {
        counts[bucket(*s)] += 1;
    }
    let mut seen = 0;
    let mut threshold = 0;
    for b in (0..TOP).rev() {
        seen += counts[b];
        if seen >= RANKED {
            threshold = b;
            break;
        }
    }
    let mut top: Vec<(i32, u32)> = scored
        .iter()
        .copied()
        .filter(|(s, _)| bucket(*s) > threshold)
        .collect();
    top.sort_unstable_by(better);
    let mut items: Vec<u32> = Vec::with_capacity(scored.len());
    items.extend(top.into_iter().map(|(_, i)| i));
    items.extend(
        scored
            .iter()
            .filter(|(s, _)| bucket(*s) == threshold)
            .map(|&(_, i)| i),
    );
    items.extend(
        scored
            .iter()
            .filter(|(s, _)| bucket(*s) < threshold)
            .map(|&(_, i)| i),
    );
    items
}

/// Candidates a query names outright are few; past this many a script's query is too vague.
pub(crate) const RESOLVE_LOOSE: usize = 50;

/// The word of a query that is one word and no phone number: the records whose names
/// start with it rank above every other match (see `Engine::verdict`), best first in
/// name order, the name that is exactly the word before the rest.
pub(crate) fn name_start_word(query: &str, rules: &PhoneRules) -> Option<String> {
    let q = Query::new(query.trim(), rules);
    (q.text && q.phone_forms.is_empty() && q.words.len() == 1).then(|| q.words[0].clone())
}

/// What a query names when a script asks for exactly one contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    One(i64),
    None,
    Many(Vec<i64>),
}

impl ContactIndex {
    /// Exactly one contact for `query`, if it names one: `id:12`, a full name, a full
    /// phone number, or a fragment only one contact contains.
    pub fn resolve(&self, query: &str) -> Resolution {
        self.resolve_among(query, RESOLVE_LOOSE)
    }

    /// `resolve`, listing at most `loose` candidates when none contains the query outright.
    pub(crate) fn resolve_among(&self, query: &str, loose: usize) -> Resolution {
        let query = query.trim();
        if let Some(id) = query
            .strip_prefix("id:")
            .or_else(|| query.strip_prefix('#'))
            .and_then(|n| n.trim().parse::<i64>().ok())
        {
            return if self.get(id).is_some() {
                Resolution::One(id)
            } else {
                Resolution::None
            };
        }
        let lower = query.to_lowercase();
        let named: Vec<i64> = (0..self.cards.len() as u32)
            .filter(|&i| {
                self.cards
                    .name(i, self.engine.rows.get(i).searched())
                    .to_lowercase()
                    == lower
            })
            .map(|i| self.cards.id(i))
            .collect();
        if named.len() == 1 {
            return Resolution::One(named[0]);
        }
        if looks_like_phone(query) {
            let full = self.engine.rules.normalize(query);
            let same: Vec<i64> = (0..self.engine.rows.len() as u32)
                .filter(|&i| {
                    self.engine
                        .rows
                        .get(i)
                        .digits()
                        .split(' ')
                        .any(|d| d == full)
                })
                .map(|i| self.cards.id(i))
                .collect();
            if same.len() == 1 {
                return Resolution::One(same[0]);
            }
        }
        // The records containing the query outright; failing those, the loose matches.
        let ranked = self.rank(query, None);
        let take = if ranked.exact > 0 {
            ranked.exact
        } else {
            loose
        };
        let ids: Vec<i64> = ranked
            .items
            .iter()
            .take(take)
            .map(|&i| self.cards.id(i))
            .collect();
        match ids.len() {
            0 => Resolution::None,
            1 => Resolution::One(ids[0]),
            _ => Resolution::Many(ids),
        }
    }

    /// Other contacts that already have one of these phones or e-mails: (contact id,
    /// the phone or e-mail as given). For the warning when a contact is added or edited.
    pub fn owners_of(
        &self,
        phones: &[String],
        emails: &[String],
        except: Option<i64>,
    ) -> Vec<(i64, String)> {
        let mut out = Vec::new();
        let wanted: Vec<(String, &String)> = phones
            .iter()
            .map(|p| (self.engine.rules.normalize(p), p))
            .filter(|(d, _)| d.len() >= 5)
            .collect();
        let wanted_mail: Vec<(String, &String)> = emails
            .iter()
            .map(|e| (e.trim().to_lowercase(), e))
            .filter(|(e, _)| !e.is_empty())
            .collect();
        if wanted.is_empty() && wanted_mail.is_empty() {
            return out;
        }
        for i in 0..self.cards.len() as u32 {
            let id = self.cards.id(i);
            if Some(id) == except {
                continue;
            }
            let row = self.engine.rows.get(i);
            for (digits, raw) in &wanted {
                if row.digits().split(' ').any(|d| d == digits) {
                    out.push((id, (*raw).clone()));
                }
            }
            if !wanted_mail.is_empty() {
                let (_, emails) = self.cards.points(i, row.searched());
                for (mail, raw) in &wanted_mail {
                    if emails.iter().any(|e| e.trim().to_lowercase() == *mail) {
                        out.push((id, (*raw).clone()));
                    }
                }
            }
        }
        out
    }

    /// Whether the record at `index` is of `kind`.
    pub fn is_kind(&self, index: u32, kind: ContactKind) -> bool {
        self.cards.kind(index) == Some(kind)
    }
}

/// Both indexes, built together (off the interface's thread at scale) whenever the
/// directory is reloaded.
#[derive(Debug)]
pub struct Directory {
    pub contacts: ContactIndex,
    pub outlets: OutletIndex,
}

impl Directory {
    pub fn build(
        contacts: Vec<ContactSummary>,
        outlets: Vec<OutletSummary>,
        rules: PhoneRules,
    ) -> Directory {
        Directory {
            contacts: ContactIndex::new(contacts, rules),
            outlets: OutletIndex::new(outlets),
        }
    }
}

/// Outlet names, searched the same way for the quick log's outlet field and the book's
/// list of outlets.
#[derive(Debug)]
pub struct OutletIndex {
    outlets: Vec<OutletSummary>,
    haystacks: Vec<Haystack>,
    by_id: HashMap<i64, usize>,
    matcher: Matcher,
}

impl OutletIndex {
    pub fn new(outlets: Vec<OutletSummary>) -> OutletIndex {
        let haystacks = outlets
            .iter()
            .map(|o| Haystack::new(&[&o.name, &o.region]))
            .collect();
        let by_id = outlets.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
        OutletIndex {
            outlets,
            haystacks,
            by_id,
            matcher: Matcher::default(),
        }
    }

    pub fn get(&self, id: i64) -> Option<&OutletSummary> {
        self.by_id.get(&id).map(|&i| &self.outlets[i])
    }

    pub fn all(&self) -> &[OutletSummary] {
        &self.outlets
    }

    pub fn len(&self) -> usize {
        self.outlets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.outlets.is_empty()
    }

    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        let q = Query::new(
            query,
            &PhoneRules::for_country("RU").expect("known country"),
        );
        let mut hits: Vec<Hit> = self
            .haystacks
            .iter()
            .enumerate()
            .filter_map(|(i, h)| {
                let (score, positions) = h.matches(&self.matcher, &q)?;
                let name_len = self.outlets[i].name.chars().count();
                Some(Hit {
                    id: self.outlets[i].id,
                    score,
                    name_positions: positions.into_iter().filter(|&p| p < name_len).collect(),
                })
            })
            .collect();
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits.truncate(limit);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_letter_test_agrees_with_unicode_everywhere() {
        let differ: Vec<char> = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_letter_or_digit(c) != c.is_alphanumeric())
            .collect();
        assert!(differ.is_empty(), "{differ:?}");
    }

    proptest::proptest! {
        /// The loose ranking asks the fuzzy matcher only where the letters are there in
        /// order: it must find nothing anywhere else.
        #[test]
        fn the_matcher_finds_nothing_where_the_letters_are_not_in_order(
            hay in "[a-zа-яёłśż ·'-]{0,40}",
            letters in "[a-zа-яёłśż]{1,6}",
        ) {
            let (hay, letters) = (fold(&hay), fold(&letters));
            for (hay, letters) in [(hay.clone(), letters.clone()), (latin(&hay), latin(&letters))] {
                let matched = Matcher::default().0.fuzzy_match(&hay, &letters);
                if !is_subsequence(hay.as_bytes(), letters.as_bytes()) {
                    proptest::prop_assert_eq!(matched, None, "{:?} in {:?}", letters, hay);
                }
            }
        }
    }

    fn contact(id: i64, name: &str, outlet: &str, phones: &[&str]) -> ContactSummary {
        ContactSummary {
            id,
            name: name.into(),
            outlet: Some(outlet.into()).filter(|o: &String| !o.is_empty()),
            phones: phones.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    fn index() -> ContactIndex {
        let mut notes = contact(5, "Орлова Светлана", "Радио России", &[]);
        notes.notes = "Прямой эфир по четвергам, предпочитает Telegram".into();
        notes.tags = vec!["здравоохранение".into()];
        notes.position = "ведущая".into();
        ContactIndex::new(
            vec![
                contact(
                    1,
                    "Кузнецов Егор",
                    "Кубанские новости",
                    &["+7 918 123-45-67"],
                ),
                contact(2, "Шевченко Олена", "Суспільне Львів", &["0671234567"]),
                contact(3, "Anna Kowalska", "Gazeta Krakowska", &["+48 601 234 567"]),
                contact(4, "Петрова Мария", "ГТРК «Кузбасс»", &["8 (3846) 61-23-45"]),
                notes,
                contact(6, "Ковальчук Михайло", "", &[]),
                contact(7, "Jan Nowak", "Radio Kraków", &[]),
            ],
            PhoneRules::for_country("RU").unwrap(),
        )
    }

    fn ids(hits: &[Hit]) -> Vec<i64> {
        hits.iter().map(|h| h.id).collect()
    }

    /// FTS5 refuses an empty group `()`: no query, however short its digit forms, may
    /// build one (a phone prefix that folds to fewer than three digits did once).
    #[test]
    fn no_query_plan_holds_an_empty_group() {
        assert_eq!(fts_phrase("00"), None);
        for country in ["RU", "UA", "PL"] {
            let rules = PhoneRules::for_country(country).unwrap();
            for len in 1..=8 {
                for digit in ['0', '8', '7', '3'] {
                    let q: String = std::iter::repeat_n(digit, len).collect();
                    for query in [q.clone(), format!("+{q}"), format!("{q} ku")] {
                        if let Plan::FullText(expr) = Plan::of(&query, &rules) {
                            assert!(!expr.contains("()"), "{country} {query:?}: {expr}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn any_case_in_any_script() {
        let idx = index();
        assert_eq!(ids(&idx.search("кузн", 5))[0], 1);
        assert_eq!(ids(&idx.search("КУЗН", 5))[0], 1);
        assert_eq!(ids(&idx.search("kowal", 5))[0], 3);
        assert_eq!(ids(&idx.search("ОЛЕНА", 5)), vec![2]);
        // ё and е are one letter to the search, and the match is highlighted.
        let idx = ContactIndex::new(
            vec![contact(9, "Соловьёв Денис", "", &[])],
            PhoneRules::for_country("RU").unwrap(),
        );
        let hits = idx.search("соловьев", 5);
        assert_eq!(ids(&hits), vec![9]);
        assert_eq!(hits[0].name_positions, (0..8).collect::<Vec<_>>());
    }

    #[test]
    fn latin_finds_cyrillic() {
        let idx = index();
        assert_eq!(ids(&idx.search("kuzn", 5))[0], 1);
        assert_eq!(ids(&idx.search("shevch", 5)), vec![2]);
        let hit = &idx.search("kuzn", 5)[0];
        assert_eq!(hit.name_positions, vec![0, 1, 2, 3]);
        // Ukrainian and Polish spellings of the same sounds.
        assert_eq!(ids(&idx.search("mykhailo", 5)), vec![6]);
        assert_eq!(ids(&idx.search("kovalchuk", 5))[0], 6);
    }

    #[test]
    fn cyrillic_finds_latin_where_natural() {
        let idx = index();
        assert_eq!(ids(&idx.search("анна", 5)), vec![3]);
        assert_eq!(ids(&idx.search("новак", 5)), vec![7]);
        assert_eq!(ids(&idx.search("ян", 5))[0], 7);
    }

    #[test]
    fn outlet_position_tags_and_notes_are_searched() {
        let idx = index();
        assert_eq!(ids(&idx.search("кубанские", 5)), vec![1]);
        assert_eq!(ids(&idx.search("ведущая", 5)), vec![5]);
        assert_eq!(ids(&idx.search("здравоохр", 5)), vec![5]);
        assert_eq!(ids(&idx.search("telegram", 5)), vec![5]);
        // Words in any order, across fields.
        assert_eq!(ids(&idx.search("мария гтрк", 5)), vec![4]);
    }

    #[test]
    fn the_name_start_ranks_first() {
        let idx = index();
        // "кузб" is in Петрова's outlet, "кузн" starts Кузнецов's name.
        let hits = idx.search("куз", 5);
        assert_eq!(hits[0].id, 1);
        assert!(ids(&hits).contains(&4));
    }

    #[test]
    fn typos_in_the_fuzzy_sense() {
        let idx = index();
        // Letters left out.
        assert_eq!(ids(&idx.search("kzntsv", 5)), vec![1]);
        // One wrong letter, one extra letter, in a word of several.
        assert_eq!(ids(&idx.search("kuznetzov", 5)), vec![1]);
        assert_eq!(ids(&idx.search("shevchenkko", 5)), vec![2]);
        assert_eq!(ids(&idx.search("кузнецав егор", 5)), vec![1]);
        // Letters scattered over a long name and position are not a match.
        assert!(
            idx.search("kovalsko", 5)
                .iter()
                .all(|h| h.id == 3 || h.id == 6)
        );
        assert!(idx.search("zzzzqqq", 5).is_empty());
    }

    #[test]
    fn digits_find_phones_however_stored() {
        let idx = index();
        for q in [
            "9181234567",
            "8 918 123 45 67",
            "+7 (918) 123-45-67",
            "89181234567",
            "918123",
        ] {
            assert_eq!(ids(&idx.search(q, 5)), vec![1], "query {q:?}");
        }
        assert_eq!(ids(&idx.search("612345", 5)), vec![4]);
        let ranked = idx.rank("8 918 123", None);
        let at = ranked.items[0];
        assert_eq!(idx.highlight(at, "8 918 123").phone, Some(0));
    }

    #[test]
    fn a_growing_query_rescans_only_the_survivors() {
        let idx = index();
        let first = idx.rank("к", None);
        let second = idx.rank("ку", Some(&first));
        let fresh = idx.rank("ку", None);
        assert_eq!(second.items, fresh.items);
        assert!(second.candidates.len() <= first.candidates.len());
        // A different query does not reuse them.
        let other = idx.rank("ан", Some(&second));
        assert_eq!(other.items, idx.rank("ан", None).items);
        // Nor does a rebuilt index.
        let rebuilt = index();
        let again = rebuilt.rank("куз", Some(&second));
        assert_eq!(again.items, rebuilt.rank("куз", None).items);
    }

    /// A number read as digits, then words typed after it: the words are looked for in
    /// every record, not only in those whose phones matched the number.
    #[test]
    fn words_typed_after_a_number_are_looked_for_everywhere() {
        let idx = ContactIndex::new(
            vec![
                contact(1, "Кузнецов Егор", "", &["+7 918 123-45-67"]),
                contact(2, "Студия 918", "", &[]),
            ],
            PhoneRules::for_country("RU").unwrap(),
        );
        let mut last: Option<Ranked> = None;
        for typed in ["9", "91", "918", "918 ", "918 с", "918 ст"] {
            let (typed_on, fresh) = (idx.rank(typed, last.as_ref()), idx.rank(typed, None));
            assert_eq!(ids_of(&idx, &typed_on), ids_of(&idx, &fresh), "{typed:?}");
            assert_eq!(
                (typed_on.exact, typed_on.loose),
                (fresh.exact, fresh.loose),
                "{typed:?}"
            );
            last = Some(typed_on);
        }
        assert_eq!(ids_of(&idx, &last.unwrap()), vec![2]);
    }

    /// A book of a few hundred names from a handful of syllables, in both scripts, some
    /// of them a single short word, in no particular order.
    fn syllable_book() -> ContactIndex {
        const PARTS: &[&str] = &[
            "ко", "ку", "к", "ka", "ku", "no", "на", "ан", "an", "ё", "ow",
        ];
        let contacts = (0..400u32)
            .map(|i| {
                let a = PARTS[(i as usize * 7) % PARTS.len()];
                let b = PARTS[(i as usize * 3 + 1) % PARTS.len()];
                let name = match i % 5 {
                    0 => a.to_uppercase(),
                    1 => format!("{a}{b} {b}"),
                    _ => format!("{}{b}{a} {i}", a.to_uppercase()),
                };
                let mut c = contact(
                    1000 - i as i64,
                    &name,
                    ["", "Кубань", "Nowa"][i as usize % 3],
                    &[],
                );
                c.kind = Some([ContactKind::Journalist, ContactKind::Expert][i as usize % 2]);
                c
            })
            .collect();
        ContactIndex::new(contacts, PhoneRules::for_country("RU").unwrap())
    }

    #[test]
    fn the_first_rows_of_a_short_query_are_those_of_its_whole_ranking() {
        let idx = syllable_book();
        let mut shown = 0;
        for query in [
            "к", "К", "ко", "ку", "k", "ka", "ku", "n", "no", "на", "а", "an", "ё", "е", "o", "ow",
        ] {
            let whole = idx.rank(query, None);
            for rows in [1, 3, 10, 40] {
                let first = idx.first_rows(query, rows, |_| true).unwrap();
                let n = first.rows.len();
                assert_eq!(first.rows, whole.items[..n], "{query:?}, {rows} rows");
                assert_eq!(first.whole, n == rows, "{query:?}, {rows} rows");
                shown += usize::from(first.whole);
                let expert = |i: u32| idx.is_kind(i, ContactKind::Expert);
                let first = idx.first_rows(query, rows, expert).unwrap();
                let experts: Vec<u32> =
                    whole.items.iter().copied().filter(|&i| expert(i)).collect();
                let n = first.rows.len();
                assert_eq!(first.rows, experts[..n], "{query:?}, {rows} experts");
                assert!(first.whole || n < rows, "{query:?}, {rows} experts");
            }
        }
        assert!(shown > 20, "the first rows were known only {shown} times");
        // A longer word is answered so only when a whole screen of names starts with it
        // (else the database's index narrows it); several words never.
        let whole = idx.rank("коку", None);
        let first = idx.first_rows("коку", 3, |_| true).unwrap();
        assert!(first.whole);
        assert_eq!(first.rows, whole.items[..3]);
        assert_eq!(idx.first_rows("коку", 1000, |_| true), None);
        assert_eq!(idx.first_rows("кокуx", 1, |_| true), None);
        assert_eq!(idx.first_rows("к к", 1, |_| true), None);
    }

    #[test]
    fn a_ranking_counted_a_slice_at_a_time_is_the_whole_ranking() {
        let idx = syllable_book();
        let mut last: Option<Ranked> = None;
        for typed in ["к", "ко", "кок", "k", "ka"] {
            let whole = idx.rank(typed, last.as_ref());
            let mut counting = idx.count_later(typed, last.as_ref());
            assert_eq!(counting.query(), typed);
            let mut slices = 1;
            let ranked = loop {
                if let Some(done) = idx.go_on(&mut counting, 37) {
                    break done;
                }
                slices += 1;
            };
            assert!(slices > 1 || idx.to_read(typed, last.as_ref()) <= 37);
            assert_eq!(ranked.items, whole.items, "{typed:?}");
            assert_eq!(ranked.exact, whole.exact, "{typed:?}");
            last = Some(ranked);
        }
        // What is shown meanwhile narrows a longer query as the last whole ranking did.
        let first = idx.rank("к", None);
        let shown = idx.provisional("ко", vec![0], Some(&first));
        assert_eq!(idx.to_read("кон", Some(&shown)), first.candidates.len());
        assert_eq!(
            idx.rank("кон", Some(&shown)).items,
            idx.rank("кон", None).items
        );
    }

    /// Counts a ranking to its end, `budget` records at a time: the ranking and how many
    /// slices it took.
    fn counted(idx: &ContactIndex, counting: &mut Counting, budget: usize) -> (Ranked, usize) {
        let mut slices = 1;
        loop {
            if let Some(done) = idx.go_on(counting, budget) {
                return (done, slices);
            }
            slices += 1;
        }
    }

    #[test]
    fn a_typos_retry_over_many_records_is_read_a_slice_at_a_time() {
        let idx = syllable_book();
        // No record holds "кубвнь" or its letters in order; 133 of the 400 are at "Кубань".
        let whole = idx.rank("кубвнь", None);
        assert!(whole.loose);
        assert_eq!(whole.items.len(), 133);
        // The retry would read every record, more than a key may: it is left for later.
        let Err(mut counting) = idx.rank_or_count("кубвнь", None, idx.len()) else {
            panic!("the retry ran on the key");
        };
        assert_eq!(counting.query(), "кубвнь");
        let (ranked, slices) = counted(&idx, &mut counting, 37);
        assert_eq!(slices, idx.len().div_ceil(37));
        assert_eq!(ranked.items, whole.items);
        assert!(ranked.loose);
        assert_eq!(ranked.exact, 0);
        // Allowed to read them all, the key ranks it whole.
        let on_key = idx.rank_or_count("кубвнь", None, idx.len() + 1);
        assert_eq!(on_key.map(|r| r.items).ok(), Some(whole.items.clone()));
        // Counted from the start, the retry follows the count in the same slices.
        let mut counting = idx.count_later("кубвнь", None);
        let (ranked, slices) = counted(&idx, &mut counting, 37);
        assert_eq!(slices, 2 * idx.len().div_ceil(37));
        assert_eq!(ranked.items, whole.items);
        assert!(ranked.loose);
        // A longer typo's retry reads only the near matches the counted one found.
        let near = ranked.items.len();
        let longer = idx.rank_or_count("кубвнь к", Some(&ranked), near + 1);
        assert_eq!(
            longer.map(|r| r.items).ok(),
            Some(idx.rank("кубвнь к", None).items)
        );
        assert!(idx.rank_or_count("кубвнь к", Some(&ranked), near).is_err());
    }

    #[test]
    fn a_query_none_of_the_last_matches_holds_is_looked_for_by_its_letters() {
        let idx = index();
        let kuznet = idx.rank("kuznet", None);
        assert!(kuznet.exact > 0);
        // None of those holds "kuznetz": only its letters in order are looked for, among
        // what "kuznet" could match.
        let kuznetz = idx.rank("kuznetz", Some(&kuznet));
        assert_eq!(kuznetz.exact, 0);
        assert_eq!(kuznetz.items, idx.rank("kuznetz", None).items);
        assert!(kuznetz.loose);
        // After a query nothing contains outright, a longer one reads what it could match.
        let scattered = idx.rank("kzn", None);
        assert_eq!(scattered.exact, 0);
        assert!(!scattered.candidates.is_empty());
        assert_eq!(
            idx.to_read("kzne", Some(&scattered)),
            scattered.candidates.len()
        );
        assert_eq!(
            idx.rank("kzne", Some(&scattered)).items,
            idx.rank("kzne", None).items
        );
    }

    #[test]
    fn letters_looked_for_among_many_records_are_read_a_slice_at_a_time() {
        let idx = syllable_book();
        // "ко" is in many names; "коу" in none, but its letters are in order in some.
        let ko = idx.rank("ко", None);
        let whole = idx.rank("коу", None);
        assert_eq!(whole.exact, 0);
        assert!(!whole.items.is_empty());
        let among = ko.candidates.len();
        let Err(mut counting) = idx.rank_or_count("коу", Some(&ko), among) else {
            panic!("the letters were looked for on the key");
        };
        let (ranked, slices) = counted(&idx, &mut counting, 37);
        assert!(slices >= among.div_ceil(37), "{slices} slices");
        assert_eq!(ranked.items, whole.items);
        assert_eq!(ranked.exact, 0);
        let on_key = idx.rank_or_count("коу", Some(&ko), among + 1);
        assert_eq!(on_key.map(|r| r.items).ok(), Some(whole.items));
    }

    #[test]
    fn a_grown_last_word_is_looked_for_from_where_the_shorter_one_was() {
        // "ана" is not where "ан" first is in the first name: looked for from there
        // without finding it there, it must still rank below the name starting with it.
        let idx = ContactIndex::new(
            vec![
                contact(1, "Ан Анастасия", "", &[]),
                contact(2, "Анатолий Ким", "", &[]),
                contact(3, "Кузнецов Егор", "Kuznets Media", &[]),
                contact(4, "Jan Kuzniar", "Ан-радио", &[]),
                contact(5, "Олена Анатолiївна", "", &[]),
            ],
            PhoneRules::for_country("RU").unwrap(),
        );
        for query in ["анат", "kuznets", "олена анат", "jan kuzn", "ан-р"] {
            let mut last: Option<Ranked> = None;
            let mut typed = String::new();
            for ch in query.chars() {
                typed.push(ch);
                let ranked = idx.rank(&typed, last.as_ref());
                let afresh = idx.rank(&typed, None);
                assert_eq!(ranked.items, afresh.items, "{typed:?}");
                assert_eq!(ranked.exact, afresh.exact, "{typed:?}");
                last = Some(ranked);
            }
            // The last keys were ranked among the last matches, each word's place kept.
            assert!(last.is_some_and(|r| r.last_at.is_some()), "{query:?}");
        }
        assert_eq!(ids(&idx.search("ана", 5)), vec![2, 1, 5]);
    }

    #[test]
    fn a_growing_typo_rescans_only_the_near_matches() {
        let idx = index();
        let first = idx.rank("kuznetz", None);
        assert!(first.loose);
        let second = idx.rank("kuznetzo", Some(&first));
        assert_eq!(second.items, idx.rank("kuznetzo", None).items);
        assert_eq!(ids_of(&idx, &second), vec![1]);
    }

    fn ids_of(idx: &ContactIndex, r: &Ranked) -> Vec<i64> {
        r.items.iter().map(|&i| idx.at(i).id).collect()
    }

    #[test]
    fn highlights_follow_the_field_that_matched() {
        let idx = index();
        let ranked = idx.rank("кубан", None);
        let h = idx.highlight(ranked.items[0], "кубан");
        assert!(h.name.is_empty());
        assert_eq!(h.outlet, vec![0, 1, 2, 3, 4]);
        let ranked = idx.rank("shev", None);
        let h = idx.highlight(ranked.items[0], "shev");
        assert_eq!(h.name, vec![0, 1, 2]);
    }

    #[test]
    fn many_results_keep_the_best_in_order() {
        let contacts: Vec<ContactSummary> = (0..5000)
            .map(|i| contact(i, &format!("Иванов {i:05}"), "", &[]))
            .chain([contact(9999, "Ива", "", &[])])
            .collect();
        let idx = ContactIndex::new(contacts, PhoneRules::for_country("RU").unwrap());
        let ranked = idx.rank("ива", None);
        assert_eq!(ranked.items.len(), 5001);
        assert_eq!(idx.at(ranked.items[0]).id, 9999);
        let mut rest: Vec<i64> = ranked.items.iter().map(|&i| idx.at(i).id).collect();
        rest.remove(0);
        let mut sorted = rest.clone();
        sorted.sort();
        assert_eq!(rest, sorted);
    }

    #[test]
    fn owners_of_a_number_or_address() {
        let mut list = vec![contact(1, "Кузнецов Егор", "", &["+7 918 123-45-67"])];
        list[0].emails = vec!["Egor@Vesti.example".into()];
        list.push(contact(2, "Другой", "", &["+7 913 000-00-00"]));
        let idx = ContactIndex::new(list, PhoneRules::for_country("RU").unwrap());
        assert_eq!(
            idx.owners_of(
                &["8 918 123 45 67".into()],
                &["egor@vesti.example".into()],
                None
            ),
            vec![
                (1, "8 918 123 45 67".into()),
                (1, "egor@vesti.example".into())
            ]
        );
        assert!(
            idx.owners_of(&["89181234567".into()], &[], Some(1))
                .is_empty()
        );
    }

    #[test]
    fn one_slip_allowed() {
        let hay = "petrova · kuznetsov egor";
        for (q, found) in [
            ("kuznetzov", true),  // wrong
            ("kuzntsov", true),   // missing
            ("kuznnetsov", true), // extra
            ("kuzentsov", false), // swapped: two slips
            ("kxzxetsov", false),
            ("kuznetsov", true),
        ] {
            assert_eq!(contains_but_one(hay, q), found, "{q}");
        }
    }
}
