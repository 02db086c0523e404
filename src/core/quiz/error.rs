//! Why content or a selection is refused: [`ContentError`] for a built-in
//! content file (shared by the quiz, risk-check and scan loaders) and
//! [`QuizError`] for a selection the engine refuses.

use std::fmt;

/// Why a built-in content file could not be used. Shared by the content
/// loaders of the quiz, risk-check and scan modules.
#[derive(Debug)]
pub enum ContentError {
    /// The JSON does not match the schema.
    Json(serde_json::Error),
    /// The JSON parsed but breaks content rules (one message per problem).
    Invalid(Vec<String>),
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Json(e) => write!(f, "content does not parse: {e}"),
            ContentError::Invalid(problems) => {
                write!(f, "content is invalid: {}", problems.join("; "))
            }
        }
    }
}

impl std::error::Error for ContentError {}

impl From<serde_json::Error> for ContentError {
    fn from(e: serde_json::Error) -> Self {
        ContentError::Json(e)
    }
}

/// Parses `json` and refuses it unless `problems` finds nothing.
pub(crate) fn load_checked<T: serde::de::DeserializeOwned>(
    json: &str,
    problems: impl Fn(&T) -> Vec<String>,
) -> Result<T, ContentError> {
    let value: T = serde_json::from_str(json)?;
    let found = problems(&value);
    if found.is_empty() {
        Ok(value)
    } else {
        Err(ContentError::Invalid(found))
    }
}

/// A selection the engine refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizError {
    UnknownQuestion(String),
    /// The question exists but is not shown for the current answers.
    Hidden(String),
    UnknownAnswer {
        question: String,
        answer: String,
    },
    DuplicateAnswer {
        question: String,
        answer: String,
    },
    /// Single, true/false and yes/no/not-sure take exactly one answer;
    /// multiple choice at least one.
    WrongCount {
        question: String,
        got: usize,
    },
    /// The attempt was made for another pack.
    WrongPack {
        expected: String,
        got: String,
    },
    /// Every question of the attempt is already answered.
    Finished,
}

impl fmt::Display for QuizError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuizError::UnknownQuestion(q) => write!(f, "no question '{q}'"),
            QuizError::Hidden(q) => write!(f, "question '{q}' is not shown now"),
            QuizError::UnknownAnswer { question, answer } => {
                write!(f, "question '{question}' has no answer '{answer}'")
            }
            QuizError::DuplicateAnswer { question, answer } => {
                write!(f, "answer '{answer}' chosen twice for '{question}'")
            }
            QuizError::WrongCount { question, got } => {
                write!(f, "wrong number of answers ({got}) for '{question}'")
            }
            QuizError::WrongPack { expected, got } => {
                write!(f, "attempt is for pack '{expected}', not '{got}'")
            }
            QuizError::Finished => write!(f, "the attempt is finished"),
        }
    }
}

impl std::error::Error for QuizError {}
