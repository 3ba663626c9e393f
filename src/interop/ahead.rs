//! Reading an import's file on a thread of its own, ahead of the writing: parsing cards
//! takes about an eighth of a large import's work, and this way it runs on the machine's
//! other core while the database writes.

use std::sync::mpsc::{Receiver, sync_channel};
use std::thread::JoinHandle;

/// Records handed over at a time: one hand-over per record would cost more than it saves.
const CHUNK: usize = 256;
/// Chunks read at most ahead of the writing, so memory stays flat however far behind the
/// database falls.
const CHUNKS_AHEAD: usize = 4;

/// The records of `items`, read on their own thread a few hundred ahead of the caller.
pub struct ReadAhead<T> {
    chunks: Receiver<Vec<T>>,
    chunk: std::vec::IntoIter<T>,
    reader: Option<JoinHandle<()>>,
}

/// Starts reading `items` on a thread of its own (in this thread's language, for the
/// messages of records it cannot read). The records come out in their order; the first
/// `None` of `items` ends them.
pub fn read_ahead<T, I>(items: I) -> std::io::Result<ReadAhead<T>>
where
    T: Send + 'static,
    I: Iterator<Item = T> + Send + 'static,
{
    let (send, chunks) = sync_channel(CHUNKS_AHEAD);
    let language = crate::i18n::language();
    let reader = std::thread::Builder::new()
        .name("import-reader".into())
        .spawn(move || {
            crate::i18n::with_language(language, || {
                let mut items = items;
                loop {
                    let chunk: Vec<T> = items.by_ref().take(CHUNK).collect();
                    let ended = chunk.len() < CHUNK;
                    // A caller that stopped (a failed write) no longer receives.
                    if chunk.is_empty() || send.send(chunk).is_err() || ended {
                        return;
                    }
                }
            })
        })?;
    Ok(ReadAhead {
        chunks,
        chunk: Vec::new().into_iter(),
        reader: Some(reader),
    })
}

impl<T> Iterator for ReadAhead<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        loop {
            if let Some(item) = self.chunk.next() {
                return Some(item);
            }
            match self.chunks.recv() {
                Ok(chunk) => self.chunk = chunk.into_iter(),
                Err(_) => {
                    // The reader is done. If it failed, the failure goes on here, so an
                    // import never takes a reader's crash for the end of the file.
                    if let Some(Err(failure)) = self.reader.take().map(JoinHandle::join) {
                        std::panic::resume_unwind(failure);
                    }
                    return None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_comes_out_once_in_its_order() {
        for count in [
            0,
            1,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            CHUNK * CHUNKS_AHEAD * 3 + 7,
        ] {
            let read: Vec<usize> = read_ahead(0..count).unwrap().collect();
            assert_eq!(read, (0..count).collect::<Vec<_>>(), "{count} records");
        }
    }

    #[test]
    fn the_reader_stops_at_the_first_end_of_its_records() {
        // An iterator that would go on after its first `None`.
        let mut n = 0;
        let items = std::iter::from_fn(move || {
            n += 1;
            (n != 3).then_some(n)
        });
        assert_eq!(read_ahead(items).unwrap().collect::<Vec<_>>(), vec![1, 2]);
    }

    #[test]
    fn a_failing_reader_is_not_taken_for_the_end_of_the_file() {
        let items = (0..CHUNK * 3).inspect(|&n| assert!(n != CHUNK * 2, "the file cannot be read"));
        let mut read = read_ahead(items).unwrap();
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read.by_ref().count()));
        assert!(outcome.is_err(), "the reader's failure reaches the writer");
    }

    #[test]
    fn messages_of_the_reader_are_in_the_callers_language() {
        use crate::i18n::{Language, with_language};
        let uk = Language::parse("uk").unwrap();
        let expected = with_language(uk, || crate::i18n::t("progress-import"));
        let read: Vec<String> = with_language(uk, || {
            read_ahead(std::iter::once(()).map(|()| crate::i18n::t("progress-import")))
                .unwrap()
                .collect()
        });
        assert_eq!(read, vec![expected.clone()]);
        let en = with_language(Language::parse("en").unwrap(), || {
            crate::i18n::t("progress-import")
        });
        assert_ne!(expected, en, "the test tells the languages apart");
    }
}
