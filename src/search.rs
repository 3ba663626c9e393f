//! The in-memory contact index: what is searched on every keystroke, normalised once when
//! the data changes. Fuzzy matching on lowercased text (any script), a Latin
//! transliteration so `kuzn` finds `Кузнецов`, and phones as digits so any formatting of
//! a number finds it.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::domain::contact::{ContactSummary, OutletSummary};
use crate::domain::phone::{PhoneRules, looks_like_phone};

/// The fuzzy matcher, shared by both indexes.
#[derive(Default)]
struct Matcher(SkimMatcherV2);

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matcher")
    }
}

/// Searchable text: lowercased, and its transliteration with a map back to the original
/// characters so a match in either can be highlighted in the original.
#[derive(Debug, Clone)]
struct Haystack {
    text: String,
    translit: String,
    /// For each char of `translit`, the index of the char of `text` it came from.
    origin: Vec<u32>,
}

impl Haystack {
    fn new(parts: &[&str]) -> Haystack {
        let text = parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ")
            .to_lowercase();
        let mut translit = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (i, ch) in text.chars().enumerate() {
            if ch.is_ascii() {
                translit.push(ch);
                origin.push(i as u32);
            } else {
                let mut buf = [0u8; 4];
                for t in any_ascii::any_ascii(ch.encode_utf8(&mut buf)).chars() {
                    translit.push(t.to_ascii_lowercase());
                    origin.push(i as u32);
                }
            }
        }
        Haystack {
            text,
            translit,
            origin,
        }
    }

    /// The better of matching as typed and matching transliterated; positions are char
    /// indices into `text`.
    fn matches(&self, m: &Matcher, query: &Query) -> Option<(i64, Vec<usize>)> {
        let direct = m.0.fuzzy_indices(&self.text, &query.lower);
        let latin = if query.translit.is_empty() {
            None
        } else {
            m.0.fuzzy_indices(&self.translit, &query.translit)
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

struct Query {
    lower: String,
    translit: String,
}

impl Query {
    fn new(text: &str) -> Query {
        let lower = text.trim().to_lowercase();
        let translit = any_ascii::any_ascii(&lower).to_ascii_lowercase();
        Query { lower, translit }
    }
}

/// One result: which record, how good, and which characters of its name matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: i64,
    pub score: i64,
    /// Char indices into the record's name.
    pub name_positions: Vec<usize>,
}

#[derive(Debug)]
pub struct ContactIndex {
    contacts: Vec<ContactSummary>,
    haystacks: Vec<Haystack>,
    phones: Vec<Vec<String>>,
    rules: PhoneRules,
    matcher: Matcher,
}

impl ContactIndex {
    pub fn new(contacts: Vec<ContactSummary>, rules: PhoneRules) -> ContactIndex {
        let haystacks = contacts
            .iter()
            .map(|c| {
                let tags = c.tags.join(" ");
                Haystack::new(&[
                    &c.name,
                    c.outlet.as_deref().unwrap_or(""),
                    &c.position,
                    &tags,
                ])
            })
            .collect();
        let phones = contacts
            .iter()
            .map(|c| c.phones.iter().map(|p| rules.normalize(p)).collect())
            .collect();
        ContactIndex {
            contacts,
            haystacks,
            phones,
            rules,
            matcher: Matcher::default(),
        }
    }

    pub fn empty(rules: PhoneRules) -> ContactIndex {
        ContactIndex::new(Vec::new(), rules)
    }

    pub fn len(&self) -> usize {
        self.contacts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.contacts.is_empty()
    }

    pub fn get(&self, id: i64) -> Option<&ContactSummary> {
        self.contacts.iter().find(|c| c.id == id)
    }

    pub fn all(&self) -> &[ContactSummary] {
        &self.contacts
    }

    pub fn rules(&self) -> &PhoneRules {
        &self.rules
    }

    /// The best `limit` matches for `query`, best first. Digits search phone numbers;
    /// anything else searches names, outlets, positions and tags.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = if looks_like_phone(query)
            || query.trim().chars().all(|c| c.is_ascii_digit())
        {
            self.search_phone(query)
        } else {
            let q = Query::new(query);
            self.haystacks
                .iter()
                .enumerate()
                .filter_map(|(i, h)| {
                    let (score, positions) = h.matches(&self.matcher, &q)?;
                    let name_len = self.contacts[i].name.chars().count();
                    Some(Hit {
                        id: self.contacts[i].id,
                        score,
                        name_positions: positions.into_iter().filter(|&p| p < name_len).collect(),
                    })
                })
                .collect()
        };
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| self.name_of(a.id).cmp(self.name_of(b.id)))
        });
        hits.truncate(limit);
        hits
    }

    fn name_of(&self, id: i64) -> &str {
        self.get(id).map(|c| c.name.as_str()).unwrap_or("")
    }

    fn search_phone(&self, query: &str) -> Vec<Hit> {
        let forms = self.rules.query_forms(query);
        if forms.is_empty() {
            return Vec::new();
        }
        self.phones
            .iter()
            .enumerate()
            .filter_map(|(i, numbers)| {
                // A longer matched form is a more certain match; a full-number match wins.
                let best = numbers
                    .iter()
                    .flat_map(|n| {
                        forms
                            .iter()
                            .filter(move |f| n.contains(f.as_str()))
                            .map(move |f| (f.len(), n.len()))
                    })
                    .map(|(matched, total)| (matched * 100 / total.max(1)) as i64)
                    .max()?;
                Some(Hit {
                    id: self.contacts[i].id,
                    score: best,
                    name_positions: Vec::new(),
                })
            })
            .collect()
    }
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
        let named: Vec<i64> = self
            .contacts
            .iter()
            .filter(|c| c.name.to_lowercase() == lower)
            .map(|c| c.id)
            .collect();
        if named.len() == 1 {
            return Resolution::One(named[0]);
        }
        if looks_like_phone(query) {
            let full = self.rules.normalize(query);
            let same: Vec<i64> = self
                .phones
                .iter()
                .enumerate()
                .filter(|(_, numbers)| numbers.contains(&full))
                .map(|(i, _)| self.contacts[i].id)
                .collect();
            if same.len() == 1 {
                return Resolution::One(same[0]);
            }
        }
        let q = Query::new(query);
        let containing: Vec<i64> = self
            .haystacks
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                h.text.contains(&q.lower)
                    || (!q.translit.is_empty() && h.translit.contains(&q.translit))
            })
            .map(|(i, _)| self.contacts[i].id)
            .collect();
        let ids = if containing.is_empty() {
            self.search(query, 50).into_iter().map(|h| h.id).collect()
        } else {
            containing
        };
        match ids.len() {
            0 => Resolution::None,
            1 => Resolution::One(ids[0]),
            _ => Resolution::Many(ids),
        }
    }
}

/// Outlet names, searched the same way for the quick log's outlet field.
#[derive(Debug)]
pub struct OutletIndex {
    outlets: Vec<OutletSummary>,
    haystacks: Vec<Haystack>,
    matcher: Matcher,
}

impl OutletIndex {
    pub fn new(outlets: Vec<OutletSummary>) -> OutletIndex {
        let haystacks = outlets
            .iter()
            .map(|o| Haystack::new(&[&o.name, &o.region]))
            .collect();
        OutletIndex {
            outlets,
            haystacks,
            matcher: Matcher::default(),
        }
    }

    pub fn get(&self, id: i64) -> Option<&OutletSummary> {
        self.outlets.iter().find(|o| o.id == id)
    }

    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        let q = Query::new(query);
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
            ],
            PhoneRules::for_country("RU").unwrap(),
        )
    }

    fn ids(hits: &[Hit]) -> Vec<i64> {
        hits.iter().map(|h| h.id).collect()
    }

    #[test]
    fn any_case_in_any_script() {
        let idx = index();
        assert_eq!(ids(&idx.search("кузн", 5))[0], 1);
        assert_eq!(ids(&idx.search("КУЗН", 5))[0], 1);
        assert_eq!(ids(&idx.search("kowal", 5)), vec![3]);
    }

    #[test]
    fn latin_finds_cyrillic() {
        let idx = index();
        assert_eq!(ids(&idx.search("kuzn", 5))[0], 1);
        assert_eq!(ids(&idx.search("shevch", 5)), vec![2]);
        let hit = &idx.search("kuzn", 5)[0];
        assert_eq!(hit.name_positions, vec![0, 1, 2, 3]);
    }

    #[test]
    fn outlet_names_are_searched() {
        let idx = index();
        assert_eq!(ids(&idx.search("кубанские", 5)), vec![1]);
    }

    #[test]
    fn digits_find_phones_however_stored() {
        let idx = index();
        for q in [
            "9181234567",
            "8 918 123 45 67",
            "+7 (918) 123-45-67",
            "918123",
        ] {
            assert_eq!(ids(&idx.search(q, 5)), vec![1], "query {q:?}");
        }
        assert_eq!(ids(&idx.search("612345", 5)), vec![4]);
    }
}
