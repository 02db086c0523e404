//! A rough, pure passphrase policy for the create / change / backup forms.
//!
//! The vault's safety against someone holding the phone rests entirely on
//! the passphrase: Argon2id only multiplies the cost of each guess. A short
//! PIN is guessable offline in hours even at ~0.1 s per guess, so it is
//! allowed (a victim may only manage a PIN) but always rated weak, fewer
//! than six digits is refused, and so are the PINs and passwords guessers
//! try first ([`is_common`]): a short list in Vietnamese and English,
//! repeated and sequential digits, and dates.

use crate::core::lang::lower_vi;

/// How strong a passphrase looks. [`Strength::TooCommon`] and
/// [`Strength::TooShort`] are refused; backups need at least
/// [`Strength::Fair`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Refused: one of the PINs or passwords guessers try first
    /// ([`is_common`]).
    TooCommon,
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

/// Passwords guessers try first, in Vietnamese and English, lower-case,
/// without accents or spaces ([`common_form`]). A passphrase that is one of
/// these, optionally followed by up to four digits or symbols
/// ("matkhau2024", "iloveyou!"), is refused. Drawn from the top of public
/// leaked-password lists and the Vietnamese words people use the same way.
const COMMON: [&str; 47] = [
    "password",
    "passw0rd",
    "matkhau",
    "khongcomatkhau",
    "khongbiet",
    "iloveyou",
    "anhyeuem",
    "emyeuanh",
    "anhyeuemnhieu",
    "emyeuanhnhieu",
    "yeuem",
    "yeuanh",
    "yeuemnhieu",
    "tinhyeu",
    "tinhyeucuaanh",
    "tinhyeucuaem",
    "conyeu",
    "vietnam",
    "hanoi",
    "saigon",
    "hochiminh",
    "qwerty",
    "qwertyui",
    "qwertyuiop",
    "asdfghjk",
    "asdfghjkl",
    "zxcvbnm",
    "1q2w3e4r",
    "1qaz2wsx",
    "abc",
    "abcd",
    "abcde",
    "abcdef",
    "a",
    "aa",
    "admin",
    "letmein",
    "welcome",
    "football",
    "princess",
    "sunshine",
    "monkey",
    "dragon",
    "baseball",
    "master",
    "superman",
    "trustno1",
];

/// PINs guessers try first that the patterns in [`is_common_pin`] do not
/// already cover (keypad shapes, lucky numbers, "I love you" in numbers).
const COMMON_PINS: [&str; 16] = [
    "147258", "147852", "159357", "159753", "258456", "369258", "789456", "456123", "123654",
    "102030", "112233", "11223344", "5201314", "666888", "868686", "686868",
];

/// Lower-case, accents removed (Vietnamese letters to their base letter,
/// "đ" to "d"), spaces dropped: the form [`COMMON`] is written in, so
/// "Mật Khẩu" and "mat khau" are the same guess. Text typed with combining
/// marks (decomposed, as some keyboards send it) loses them too.
fn common_form(passphrase: &str) -> String {
    const GROUPS: [(&str, char); 7] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    passphrase
        .chars()
        .filter(|c| !c.is_whitespace() && !('\u{300}'..='\u{36f}').contains(c))
        .map(lower_vi)
        .map(|c| {
            GROUPS
                .iter()
                .find(|(group, _)| group.contains(c))
                .map_or(c, |&(_, base)| base)
        })
        .collect()
}

/// True when a digits-only PIN is one guessers try first: all one digit
/// ("000000"), a run up or down ("123456", "987654", "7890123"), a short
/// block repeated ("121212", "123123", "12341234"), a mirror ("123321"),
/// a date (day, month and year in any usual order: "01011999",
/// "19990101", "010199", "991231", "12311999"), or one of `COMMON_PINS`.
pub fn is_common_pin(pin: &str) -> bool {
    let digits: Vec<u8> = pin.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    if digits.is_empty() || digits.iter().any(|&d| d > 9) {
        return false;
    }
    let steps_all = |step: u8| digits.windows(2).all(|w| (w[0] + step) % 10 == w[1]);
    if steps_all(0) || steps_all(1) || steps_all(9) {
        return true;
    }
    let n = digits.len();
    let repeats = (1..=n / 2)
        .any(|period| n % period == 0 && digits.chunks(period).all(|c| c == &digits[..period]));
    let mirror = digits.iter().eq(digits.iter().rev());
    repeats || mirror || is_date(&digits) || COMMON_PINS.contains(&pin)
}

/// Day, month and year in one of the usual orders: DDMMYY, MMDDYY, YYMMDD
/// (6 digits) or DDMMYYYY, MMDDYYYY, YYYYMMDD with a year 1900–2099
/// (8 digits).
fn is_date(d: &[u8]) -> bool {
    let num = |s: &[u8]| s.iter().fold(0u32, |acc, &x| acc * 10 + u32::from(x));
    let day_month = |day: u32, month: u32| (1..=31).contains(&day) && (1..=12).contains(&month);
    let year4 = |y: u32| (1900..=2099).contains(&y);
    match d.len() {
        6 => {
            let (a, b, c) = (num(&d[0..2]), num(&d[2..4]), num(&d[4..6]));
            day_month(a, b) || day_month(b, a) || day_month(c, b)
        }
        8 => {
            let (a, b, y) = (num(&d[0..2]), num(&d[2..4]), num(&d[4..8]));
            let (y1, m, dd) = (num(&d[0..4]), num(&d[4..6]), num(&d[6..8]));
            (year4(y) && (day_month(a, b) || day_month(b, a))) || (year4(y1) && day_month(dd, m))
        }
        _ => false,
    }
}

/// True when a passphrase is one guessers try first: a common PIN
/// ([`is_common_pin`]) or a word of `COMMON` (any case, with or without
/// accents and spaces) followed by at most four digits or symbols, or by a
/// common PIN ("abc123456").
pub fn is_common(passphrase: &str) -> bool {
    if !passphrase.is_empty() && passphrase.chars().all(|c| c.is_ascii_digit()) {
        return is_common_pin(passphrase);
    }
    let form = common_form(passphrase);
    let base = form.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    let suffix = form.len() - base.len();
    if base.is_empty() {
        // Only digits and symbols once spaces are gone ("123 456").
        let digits: String = form.chars().filter(char::is_ascii_digit).collect();
        return digits.len() == form.len() && is_common_pin(&digits);
    }
    COMMON.contains(&base) && (suffix <= 4 || is_common_pin(&form[base.len()..]))
}

impl Strength {
    /// False for [`Strength::TooCommon`] and [`Strength::TooShort`]: the
    /// ratings the vault and the passphrase change refuse.
    pub fn is_acceptable(self) -> bool {
        self > Strength::TooShort
    }

    /// True from [`Strength::Fair`]: what a backup file needs, since it
    /// travels (chat apps, cloud, another phone) and can be attacked with
    /// any number of computers.
    pub fn is_enough_for_backup(self) -> bool {
        self >= Strength::Fair
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
    if is_common(passphrase) {
        bits = f64::min(bits, 10.0);
    }
    // Bounded by chars × log2(195) < 8 bits per char; truncation is intended.
    bits.floor().min(f64::from(u32::MAX)) as u32
}

/// Rates a passphrase for the create / change / export forms.
///
/// All digits: fewer than [`MIN_PIN_DIGITS`] is [`Strength::TooShort`], a
/// common PIN ([`is_common_pin`]) is [`Strength::TooCommon`], otherwise
/// [`Strength::Weak`] however long. Anything else: fewer than
/// [`MIN_PASSPHRASE_CHARS`] characters is too short, a common password
/// ([`is_common`]) too common, then the rating follows
/// [`estimate_entropy_bits`].
pub fn assess_passphrase(passphrase: &str) -> Strength {
    let len = passphrase.chars().count();
    let all_digits = !passphrase.is_empty() && passphrase.chars().all(|c| c.is_ascii_digit());
    if all_digits {
        return if len < MIN_PIN_DIGITS {
            Strength::TooShort
        } else if is_common_pin(passphrase) {
            Strength::TooCommon
        } else {
            Strength::Weak
        };
    }
    // "Too common" says more than "too short" ("matkhau", "qwerty").
    if is_common(passphrase) {
        return Strength::TooCommon;
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
    fn patterned_passwords_are_weak() {
        for weak in ["abcdefgh", "aaaaaaaaaaaa", "toilaai9", "toilaai99"] {
            assert_eq!(assess_passphrase(weak), Strength::Weak, "{weak}");
        }
    }

    #[test]
    fn common_passwords_are_refused_in_both_languages() {
        for common in [
            "password",
            "Password",
            "PASSWORD123",
            "passw0rd!",
            "matkhau",
            "matkhau123",
            "mật khẩu",
            "Mật Khẩu 2024",
            // Decomposed: "a" + U+0323 + U+0302, "a" + U+0309 + U+0302.
            "ma\u{323}\u{302}t kha\u{309}\u{302}u",
            "anhyeuem",
            "anh yêu em",
            "emyeuanh1",
            "iloveyou",
            "iloveyou!",
            "qwerty",
            "qwertyuiop",
            "qwerty123",
            "1q2w3e4r",
            "abc12345",
            "a1234567",
            "aa123456",
            "vietnam1",
            "123456789",
            "1234567890",
            "123 456 789",
        ] {
            assert!(is_common(common), "{common}");
            assert_eq!(assess_passphrase(common), Strength::TooCommon, "{common}");
            assert!(!assess_passphrase(common).is_acceptable(), "{common}");
        }
        // A common word inside a longer phrase is not the common password.
        for fine in [
            "matkhau cua toi la con meo den",
            "anh yêu em nhiều lắm ở Huế",
            "iloveyou2024!!",
        ] {
            assert!(!is_common(fine), "{fine}");
        }
    }

    #[test]
    fn common_pins_are_refused() {
        for pin in [
            "123456", "654321", "000000", "111111", "999999", "012345", "987654", "567890",
            "7890123", "12345678", "87654321", "121212", "123123", "12341234", "123321", "112233",
            "147258", "159753", "868686", "5201314", "01011999", "19990101", "010199", "311299",
            "991231", "12311999", "20250915", "15092025",
        ] {
            assert!(is_common_pin(pin), "{pin}");
            assert_eq!(assess_passphrase(pin), Strength::TooCommon, "{pin}");
        }
        // Random-looking PINs stay allowed (and weak); 13 months, day 32 or
        // year 1850 are no dates.
        for pin in [
            "904172", "90417265", "571839", "32131999", "13131999", "18500101",
        ] {
            assert!(!is_common_pin(pin), "{pin}");
            assert_eq!(assess_passphrase(pin), Strength::Weak, "{pin}");
        }
        assert!(!is_common_pin(""));
        assert!(!is_common_pin("12a456"));
    }

    #[test]
    fn backups_need_at_least_fair() {
        assert!(!assess_passphrase("90417265").is_enough_for_backup());
        assert!(!assess_passphrase("toilaai99").is_enough_for_backup());
        assert!(!assess_passphrase("matkhau123").is_enough_for_backup());
        assert!(assess_passphrase("Hanoi2024!").is_enough_for_backup());
        assert!(assess_passphrase("con mèo đen ăn cá nướng").is_enough_for_backup());
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
}
