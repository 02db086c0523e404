//! A rough, pure passphrase policy for the create / change / backup forms.
//!
//! The vault's safety against someone holding the phone rests entirely on
//! the passphrase: Argon2id only multiplies the cost of each guess. A short
//! PIN is guessable offline in hours even at ~0.1 s per guess, so it is
//! allowed (a victim may only manage a PIN) but always rated weak, and fewer
//! than six digits is refused.

use crate::core::lang::Text;

/// How strong a passphrase looks. Only [`Strength::TooShort`] is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Refused: a PIN under 6 digits or a passphrase under 8 characters.
    TooShort,
    /// Accepted with a warning: any all-digit PIN, a common password, or an
    /// estimate under 45 bits.
    Weak,
    /// An estimate of 45 to 69 bits.
    Fair,
    /// An estimate of 70 bits or more.
    Strong,
}

/// Fewest digits a PIN may have.
pub const MIN_PIN_DIGITS: usize = 6;

/// Fewest characters a non-PIN passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

const WEAK_BELOW_BITS: u32 = 45;
const STRONG_FROM_BITS: u32 = 70;

/// Passwords and phrases that guessers try first (lower-cased). Matching one
/// caps the estimate at 10 bits.
const COMMON: [&str; 14] = [
    "password",
    "password1",
    "matkhau",
    "matkhau1",
    "matkhau123",
    "iloveyou",
    "anhyeuem",
    "emyeuanh",
    "qwertyui",
    "qwerty123",
    "abc12345",
    "abcd1234",
    "vietnam1",
    "123456789a",
];

impl Strength {
    /// False only for [`Strength::TooShort`]: the one rating the vault,
    /// passphrase change and backup export refuse.
    pub fn is_acceptable(self) -> bool {
        self != Strength::TooShort
    }

    /// The rating as shown under the passphrase field.
    pub fn message(self) -> Text {
        let (vi, en) = match self {
            Strength::TooShort => (
                "Quá ngắn: cần ít nhất 6 chữ số, hoặc 8 ký tự.",
                "Too short: use at least 6 digits, or 8 characters.",
            ),
            Strength::Weak => (
                "Yếu: người cầm máy có thể đoán ra. Nên dùng một câu dài hơn.",
                "Weak: someone holding the phone could guess it. A longer phrase is safer.",
            ),
            Strength::Fair => ("Tạm được.", "Fair."),
            Strength::Strong => ("Mạnh.", "Strong."),
        };
        Text {
            vi: vi.to_string(),
            en: en.to_string(),
        }
    }
}

/// Rough entropy estimate in bits.
///
/// Each character is worth `log2(pool)` where the pool is the sum of the
/// character classes present (lower 26, upper 26, digits 10, ASCII symbols
/// and space 33, any non-ASCII letter such as Vietnamese "ơ", "đ" 100);
/// a character that repeats the previous one or continues a run ("abc",
/// "321") is worth 1 bit; a common password is capped at 10 bits. It
/// overrates dictionary words, so it only ever feeds a hint, never a
/// security decision beyond the length floor.
pub fn estimate_entropy_bits(passphrase: &str) -> u32 {
    let chars: Vec<char> = passphrase.chars().collect();
    if chars.is_empty() {
        return 0;
    }
    let has = |f: fn(&char) -> bool| chars.iter().any(f);
    let mut pool = 0u32;
    if has(char::is_ascii_lowercase) {
        pool += 26;
    }
    if has(char::is_ascii_uppercase) {
        pool += 26;
    }
    if has(char::is_ascii_digit) {
        pool += 10;
    }
    if has(|c| c.is_ascii() && !c.is_ascii_alphanumeric()) {
        pool += 33;
    }
    if has(|c| !c.is_ascii()) {
        pool += 100;
    }
    let per_char = f64::from(pool).log2();
    let mut bits = 0.0;
    let mut prev: Option<char> = None;
    for &c in &chars {
        let predictable = prev.is_some_and(|p| u32::from(p).abs_diff(u32::from(c)) <= 1);
        bits += if predictable { 1.0 } else { per_char };
        prev = Some(c);
    }
    let lower = passphrase.to_lowercase();
    if COMMON.contains(&lower.as_str()) {
        bits = f64::min(bits, 10.0);
    }
    // Bounded by chars × log2(195) < 8 bits per char; truncation is intended.
    bits.floor().min(f64::from(u32::MAX)) as u32
}

/// Rates a passphrase for the create / change / export forms.
///
/// All digits: fewer than [`MIN_PIN_DIGITS`] is [`Strength::TooShort`],
/// otherwise [`Strength::Weak`] however long. Anything else: fewer than
/// [`MIN_PASSPHRASE_CHARS`] characters is too short, then the rating follows
/// [`estimate_entropy_bits`].
pub fn assess_passphrase(passphrase: &str) -> Strength {
    let len = passphrase.chars().count();
    let all_digits = !passphrase.is_empty() && passphrase.chars().all(|c| c.is_ascii_digit());
    if all_digits {
        return if len < MIN_PIN_DIGITS {
            Strength::TooShort
        } else {
            Strength::Weak
        };
    }
    if len < MIN_PASSPHRASE_CHARS {
        return Strength::TooShort;
    }
    match estimate_entropy_bits(passphrase) {
        bits if bits < WEAK_BELOW_BITS => Strength::Weak,
        bits if bits < STRONG_FROM_BITS => Strength::Fair,
        _ => Strength::Strong,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_under_six_digits_are_refused_longer_ones_weak() {
        assert_eq!(assess_passphrase(""), Strength::TooShort);
        assert_eq!(assess_passphrase("1234"), Strength::TooShort);
        assert_eq!(assess_passphrase("12345"), Strength::TooShort);
        assert_eq!(assess_passphrase("904172"), Strength::Weak);
        assert_eq!(assess_passphrase("90417265138840"), Strength::Weak);
        assert!(!assess_passphrase("12345").is_acceptable());
        assert!(assess_passphrase("904172").is_acceptable());
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert_eq!(assess_passphrase("Ab1!x9"), Strength::TooShort);
        assert_eq!(assess_passphrase("trời ơi"), Strength::TooShort);
    }

    #[test]
    fn common_and_patterned_passwords_are_weak() {
        for weak in [
            "password",
            "Password",
            "matkhau123",
            "abcdefgh",
            "aaaaaaaaaaaa",
            "qwertyui",
        ] {
            assert_eq!(assess_passphrase(weak), Strength::Weak, "{weak}");
        }
    }

    #[test]
    fn longer_and_mixed_passphrases_rate_higher() {
        assert_eq!(assess_passphrase("Hanoi2024!"), Strength::Fair);
        assert_eq!(
            assess_passphrase("correct horse battery staple"),
            Strength::Strong
        );
        assert_eq!(
            assess_passphrase("con mèo đen ăn cá nướng"),
            Strength::Strong
        );
        assert!(
            estimate_entropy_bits("con mèo đen ăn cá nướng")
                > estimate_entropy_bits("con meo den an ca")
        );
    }

    #[test]
    fn entropy_estimate_penalizes_runs_and_repeats() {
        assert_eq!(estimate_entropy_bits(""), 0);
        assert!(estimate_entropy_bits("abcdefgh") < 12);
        assert!(estimate_entropy_bits("zqmxkvjp") > 36);
    }

    #[test]
    fn every_rating_has_both_languages() {
        for s in [
            Strength::TooShort,
            Strength::Weak,
            Strength::Fair,
            Strength::Strong,
        ] {
            assert!(s.message().is_complete());
        }
    }
}
