//! A list of suggestions under a text field: the best matches, plus "create new" when the
//! typed text is not one of them.

use super::keymap::Action;
use super::window::Press;
use crate::search::Hit;

/// Records a book reads in one go; past this many a short query's first screen is shown
/// first and its count follows (a pass reads about 15 000 records a millisecond).
pub const COUNT_LATER_FROM: usize = 60_000;
/// Records read per slice while the count follows: a few milliseconds' work, so a key
/// pressed meanwhile waits no longer than that.
pub const COUNT_SLICE: usize = 40_000;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Suggestions {
    pub hits: Vec<Hit>,
    /// Index into `hits`, or `hits.len()` for the "new" row when `offers_new`.
    pub selected: usize,
    pub offers_new: bool,
}

/// What the selected row of a suggestion list stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Existing(i64),
    New,
    Nothing,
}

impl Suggestions {
    pub fn new(hits: Vec<Hit>, offers_new: bool) -> Suggestions {
        Suggestions {
            hits,
            selected: 0,
            offers_new,
        }
    }

    pub fn rows(&self) -> usize {
        self.hits.len() + usize::from(self.offers_new)
    }

    pub fn is_empty(&self) -> bool {
        self.rows() == 0
    }

    pub fn down(&mut self) {
        if self.rows() > 0 {
            self.selected = (self.selected + 1) % self.rows();
        }
    }

    pub fn up(&mut self) {
        if self.rows() > 0 {
            self.selected = (self.selected + self.rows() - 1) % self.rows();
        }
    }

    /// Moves the selection on a window's down or up key (the arrows, Tab): for a window
    /// that is one field over a list. False when the key is not one of those.
    pub fn step(&mut self, press: &Press) -> bool {
        match press.action {
            Some(Action::SuggestionDown | Action::NextField) => self.down(),
            Some(Action::SuggestionUp | Action::PrevField) => self.up(),
            _ => return false,
        }
        true
    }

    pub fn pick(&self) -> Pick {
        match self.hits.get(self.selected) {
            Some(hit) => Pick::Existing(hit.id),
            None if self.offers_new => Pick::New,
            None => Pick::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(id: i64) -> Hit {
        Hit {
            id,
            score: 1,
            name_positions: vec![],
        }
    }

    #[test]
    fn moves_through_hits_and_the_new_row() {
        let mut s = Suggestions::new(vec![hit(7), hit(9)], true);
        assert_eq!(s.pick(), Pick::Existing(7));
        s.down();
        assert_eq!(s.pick(), Pick::Existing(9));
        s.down();
        assert_eq!(s.pick(), Pick::New);
        s.down();
        assert_eq!(s.pick(), Pick::Existing(7));
        s.up();
        assert_eq!(s.pick(), Pick::New);
        assert_eq!(Suggestions::default().pick(), Pick::Nothing);
    }
}
