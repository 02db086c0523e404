//! Strict base64url (RFC 4648 §5, no padding) for the byte fields of the
//! JSON the browser layer stores in IndexedDB, through `base64ct` (already
//! in the build through `argon2`; constant-time, canonical decoding).
//!
//! Why not `Vec<u8>`: through serde → JSON (or serde → JS) a byte vector
//! becomes an array of numbers, about four times larger than base64.
//!
//! Decoding is *canonical*: padding, whitespace, characters outside the
//! url-safe alphabet, an impossible length or non-zero trailing bits are all
//! refused, so each byte string has exactly one accepted encoding (the tests
//! below hold the crate to that).

use base64ct::{Base64UrlUnpadded, Encoding};

/// Encodes `bytes` as unpadded base64url.
pub fn encode(bytes: &[u8]) -> String {
    Base64UrlUnpadded::encode_string(bytes)
}

/// Decodes unpadded base64url; `None` for anything non-canonical.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    Base64UrlUnpadded::decode_vec(text).ok()
}

/// `#[serde(with = "b64::vec")]` for `Vec<u8>` fields.
pub mod vec {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Serializes bytes as a base64url string.
    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::encode(bytes))
    }

    /// Deserializes a canonical base64url string.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::decode(&text).ok_or_else(|| D::Error::custom("invalid base64url"))
    }
}

/// `#[serde(with = "b64::array")]` for `[u8; N]` fields: the length is
/// checked on the way in, so a short nonce or salt never reaches the crypto.
pub mod array {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Serializes a fixed-size byte array as a base64url string.
    pub fn serialize<S: Serializer, const N: usize>(
        bytes: &[u8; N],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::encode(bytes))
    }

    /// Deserializes a canonical base64url string of exactly `N` bytes.
    pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        deserializer: D,
    ) -> Result<[u8; N], D::Error> {
        let text = String::deserialize(deserializer)?;
        let bytes = super::decode(&text).ok_or_else(|| D::Error::custom("invalid base64url"))?;
        <[u8; N]>::try_from(bytes.as_slice())
            .map_err(|_| D::Error::custom(format_args!("expected {N} bytes")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors_in_url_alphabet_without_padding() {
        let cases: [(&str, &str); 7] = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8"), Some(vec![0xfb, 0xff]));
    }

    #[test]
    fn round_trips_every_length_and_byte() {
        let data: Vec<u8> = (0..=255u8).collect();
        for len in 0..data.len() {
            let slice = &data[..len];
            assert_eq!(decode(&encode(slice)).as_deref(), Some(slice));
        }
    }

    #[test]
    fn refuses_non_canonical_input() {
        for bad in [
            "Zg==", "Zm9v ", "Z", "Zm9vY", "Zh", "Zm9", "Zm+v", "Zm/v", "Zm9\n", "é",
        ] {
            // "Zh" and "Zm9" carry non-zero trailing bits; "Zm9" → "fo" is "Zm8".
            assert_eq!(decode(bad), None, "{bad:?} must be refused");
        }
    }
}
