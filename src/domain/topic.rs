//! Topics of inquiries: a short list from the config, and free tags typed as needed.

/// The longest topic kept (in characters); the database checks the same bound.
pub const MAX_TOPIC_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TopicError {
    #[error("{}", crate::tr!("topic-too-long", topic = .0.clone(), max = MAX_TOPIC_CHARS))]
    TooLong(String),
}

/// One topic as typed, cleaned: spaces collapsed, control characters dropped, a topic of
/// the config's list spelt as the config spells it, a free tag in lower case (so
/// "Water" and "water" are one topic in the report). `None` for blank text.
pub fn clean_topic(text: &str, known: &[String]) -> Result<Option<String>, TopicError> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined: String = words
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let joined = joined.trim();
    if joined.is_empty() {
        return Ok(None);
    }
    let folded = joined.to_lowercase();
    if let Some(k) = known.iter().find(|k| k.trim().to_lowercase() == folded) {
        return Ok(Some(k.trim().to_string()));
    }
    if folded.chars().count() > MAX_TOPIC_CHARS {
        return Err(TopicError::TooLong(folded));
    }
    Ok(Some(folded))
}

/// Several topics, each possibly a comma-separated list: cleaned, sorted, without repeats.
pub fn clean_topics(given: &[String], known: &[String]) -> Result<Vec<String>, TopicError> {
    let mut topics = Vec::new();
    for part in given.iter().flat_map(|g| g.split(',')) {
        if let Some(topic) = clean_topic(part, known)? {
            topics.push(topic);
        }
    }
    topics.sort();
    topics.dedup();
    Ok(topics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_topics_keep_their_spelling_and_free_tags_fold_case() {
        let known = vec!["Отопление".to_string(), "tariffs".to_string()];
        let given = vec![
            "  отопление ".to_string(),
            "Hot   Water, TARIFFS".to_string(),
            "hot water".to_string(),
            " , ".to_string(),
        ];
        assert_eq!(
            clean_topics(&given, &known).unwrap(),
            vec!["hot water", "tariffs", "Отопление"]
        );
        let long = "x".repeat(MAX_TOPIC_CHARS + 1);
        assert!(matches!(
            clean_topic(&long, &known),
            Err(TopicError::TooLong(_))
        ));
        assert_eq!(
            clean_topic("a\u{1b}[31mb", &known).unwrap().unwrap(),
            "a[31mb"
        );
    }
}
