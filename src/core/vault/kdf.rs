//! Passphrase → key-encryption key (KEK) with Argon2id, and the key type
//! that wipes itself.
//!
//! Why Argon2id: it is memory-hard, so the GPU farms that make short
//! passphrases cheap to guess offline gain far less over a phone than they do
//! against PBKDF2 or bcrypt. The phone that holds the vault may be taken by
//! the very person the user fled; every guess must cost them real memory and
//! time.

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Length of every symmetric key in the vault (data key, KEK, backup key).
pub const KEY_LEN: usize = 32;

/// Length of an Argon2 salt (128 bits, the RFC 9106 recommendation). A salt
/// is public; its job is to make every derivation unique so that no
/// precomputed table and no two vaults share guessing work.
pub const SALT_LEN: usize = 16;

/// Argon2id cost parameters, stored in clear next to each salt so a later
/// version can raise them without breaking older vaults and backups.
///
/// Serialized as `{"m_kib": 19456, "t": 2, "p": 1}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    /// Memory in KiB (Argon2 `m`). Memory is what makes guessing expensive
    /// on GPUs, so it is the parameter to raise first.
    pub m_kib: u32,
    /// Passes over the memory (Argon2 `t`).
    pub t: u32,
    /// Lanes (Argon2 `p`). The browser runs them one after another, so a
    /// larger `p` buys no speed here; it is accepted for compatibility.
    pub p: u32,
}

/// Why a set of [`KdfParams`] cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KdfError {
    /// Below [`KdfParams::OWASP_MIN`] in memory or passes (or `p = 0`). A
    /// stored header must never be able to talk the app into cheap guessing.
    TooWeak,
    /// Above [`KdfParams::MAX`]: a file asking for gigabytes would crash the
    /// browser tab or freeze the phone instead of unlocking anything.
    TooCostly,
    /// Argon2 itself failed (out of memory, or a bug).
    Failed,
}

impl std::fmt::Display for KdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            KdfError::TooWeak => "key-derivation parameters below the minimum",
            KdfError::TooCostly => "key-derivation parameters above the maximum",
            KdfError::Failed => "key derivation failed",
        })
    }
}

impl std::error::Error for KdfError {}

impl KdfParams {
    /// OWASP's minimum for Argon2id (Password Storage Cheat Sheet): 19 MiB,
    /// 2 passes, 1 lane. Anything asking for less is refused everywhere:
    /// vault creation, unlock, passphrase change, backup export and import.
    pub const OWASP_MIN: KdfParams = KdfParams {
        m_kib: 19_456,
        t: 2,
        p: 1,
    };

    /// What new vaults and backups use: 48 MiB, 2 passes, 1 lane — 96
    /// MiB-passes of work, 2.5× the minimum's. Chosen so that an unlock
    /// stays within a second on a cheap Android phone, measured as headless
    /// Chromium with the CPU slowed 6× and the derivation on the page's own
    /// thread (CDP's throttling does not reach a worker; README
    /// "Performance"): Standard Notes' 64 MiB with 2 passes took 1.28 s
    /// there, so it does not fit. Memory is what costs a guesser most, so it
    /// comes before passes. Vaults and backups
    /// keep the parameters they were made with (32 MiB, 3 passes before
    /// 2026-12): they are in the header.
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 49_152,
        t: 2,
        p: 1,
    };

    /// The most any header or file may ask for: twice the default memory
    /// and twice its passes, i.e. four times [`Self::DEFAULT`]'s work
    /// ([`Self::work`] is also capped there, whatever the mix). A crafted
    /// backup header can make the phone spend this before anything is
    /// authenticated, so it stays small; the app asks before deriving
    /// anything above the default ([`Self::above_default`]).
    pub const MAX: KdfParams = KdfParams {
        m_kib: 2 * Self::DEFAULT.m_kib,
        t: 2 * Self::DEFAULT.t,
        p: 4,
    };

    /// How much more work than [`Self::DEFAULT`] a header or file may ask
    /// for ([`Self::MAX`]).
    pub const MAX_WORK_FACTOR: u64 = 4;

    /// The work of one derivation in KiB-passes (`m × t`): what a phone
    /// spends, since the browser runs the lanes one after another.
    pub fn work(&self) -> u64 {
        u64::from(self.m_kib) * u64::from(self.t)
    }

    /// True when deriving with these parameters costs more time or memory
    /// than [`Self::DEFAULT`]: the app asks the user first (a backup made
    /// elsewhere with stronger settings, or a forged one).
    pub fn above_default(&self) -> bool {
        self.m_kib > Self::DEFAULT.m_kib || self.work() > Self::DEFAULT.work()
    }

    /// Checks the parameters against [`Self::OWASP_MIN`] and [`Self::MAX`].
    ///
    /// # Errors
    /// [`KdfError::TooWeak`] or [`KdfError::TooCostly`].
    pub fn check(&self) -> Result<(), KdfError> {
        let min = Self::OWASP_MIN;
        if self.m_kib < min.m_kib || self.t < min.t || self.p < min.p {
            return Err(KdfError::TooWeak);
        }
        let max = Self::MAX;
        if self.m_kib > max.m_kib
            || self.t > max.t
            || self.p > max.p
            || self.work() > Self::MAX_WORK_FACTOR * Self::DEFAULT.work()
        {
            return Err(KdfError::TooCostly);
        }
        Ok(())
    }

    /// True when these parameters are weaker than `other` in any dimension:
    /// the browser layer can re-wrap (same passphrase, new salt) after a
    /// successful unlock to bring an old vault up to [`Self::DEFAULT`].
    pub fn is_weaker_than(&self, other: &KdfParams) -> bool {
        self.m_kib < other.m_kib || self.t < other.t
    }
}

/// A 256-bit secret key on the heap, wiped when dropped.
///
/// Boxed so that moving the owner moves only a pointer: the key bytes live
/// in one place for their whole life and that place is zeroed on drop (or on
/// [`Zeroize::zeroize`]). `Debug` never prints the bytes.
pub struct SecretKey(Box<[u8; KEY_LEN]>);

impl SecretKey {
    /// An all-zero key, to be filled in place.
    pub(crate) fn zeroed() -> Self {
        SecretKey(Box::new([0u8; KEY_LEN]))
    }

    /// A fresh key from the operating system's / browser's CSPRNG.
    pub(crate) fn random() -> Result<Self, getrandom::Error> {
        let mut key = Self::zeroed();
        getrandom::fill(&mut key.0[..])?;
        Ok(key)
    }

    /// Copies a key out of a (zeroizing) buffer of exactly [`KEY_LEN`] bytes.
    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != KEY_LEN {
            return None;
        }
        let mut key = Self::zeroed();
        key.0.copy_from_slice(bytes);
        Some(key)
    }

    pub(crate) fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    pub(crate) fn as_bytes_mut(&mut self) -> &mut [u8; KEY_LEN] {
        &mut self.0
    }
}

impl Zeroize for SecretKey {
    fn zeroize(&mut self) {
        self.0.as_mut_slice().zeroize();
    }
}

impl Drop for SecretKey {
    fn drop(&mut self) {
        self.zeroize();
    }
}

impl ZeroizeOnDrop for SecretKey {}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// The exact Argon2 instance the vault uses: Argon2id, version 0x13, no
/// secret, no associated data, 32-byte output. Kept in one place so the RFC
/// 9106 test exercises the same configuration.
pub(crate) fn argon2_instance(params: &KdfParams) -> Result<Argon2<'static>, KdfError> {
    let params = Params::new(params.m_kib, params.t, params.p, Some(KEY_LEN))
        .map_err(|_| KdfError::Failed)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Derives the key-encryption key from a passphrase.
///
/// Exposed so the browser layer can time one derivation on the actual phone
/// (to decide whether to offer stronger parameters) and show progress while
/// it runs. `params` are checked first: anything below
/// [`KdfParams::OWASP_MIN`] or above [`KdfParams::MAX`] is refused before
/// any memory is touched.
///
/// The passphrase is used byte for byte as UTF-8. **The caller must
/// NFC-normalize it** (`String.prototype.normalize("NFC")` in the browser):
/// Vietnamese letters such as "ệ" can arrive precomposed or as a base letter
/// plus combining marks depending on the keyboard, and a backup made on one
/// phone must open on another.
///
/// # Errors
/// [`KdfError::TooWeak`], [`KdfError::TooCostly`], or [`KdfError::Failed`]
/// if Argon2 cannot run (e.g. the memory cannot be allocated).
pub fn derive_kek(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
    params: KdfParams,
) -> Result<SecretKey, KdfError> {
    params.check()?;
    let argon2 = argon2_instance(&params)?;
    let mut kek = SecretKey::zeroed();
    argon2
        .hash_password_into(passphrase.as_bytes(), salt, kek.as_bytes_mut())
        .map_err(|_| KdfError::Failed)?;
    Ok(kek)
}

/// [`derive_kek`] writing into a caller's buffer: for the key-derivation
/// Web Worker (`src/bin/binh-an-kdf.rs`), which hands the bytes back to the
/// page and is then terminated. `out` is zeroed when the derivation fails.
///
/// # Errors
/// As [`derive_kek`].
pub fn derive_kek_into(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
    params: KdfParams,
    out: &mut [u8; KEY_LEN],
) -> Result<(), KdfError> {
    let kek = derive_kek(passphrase, salt, params);
    match kek {
        Ok(kek) => {
            out.copy_from_slice(kek.as_bytes());
            Ok(())
        }
        Err(e) => {
            out.zeroize();
            Err(e)
        }
    }
}

/// 16 fresh random bytes for a salt (public for the browser layer, which
/// derives in a Web Worker and then calls the `*_with_kek` functions).
pub fn random_salt() -> Result<[u8; SALT_LEN], getrandom::Error> {
    let mut salt = [0u8; SALT_LEN];
    getrandom::fill(&mut salt)?;
    Ok(salt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ceiling_is_four_times_the_default_work() {
        let d = KdfParams::DEFAULT;
        assert_eq!(KdfParams::MAX.work(), 4 * d.work());
        assert!(KdfParams::MAX.check().is_ok());
        // One step past the ceiling in any dimension is refused before any
        // memory is touched (`derive_kek` checks first).
        for over in [
            KdfParams {
                m_kib: KdfParams::MAX.m_kib + 1,
                ..d
            },
            KdfParams {
                t: KdfParams::MAX.t + 1,
                ..d
            },
            KdfParams {
                p: KdfParams::MAX.p + 1,
                ..d
            },
            // The old ceiling (256 MiB, t = 10, p = 4: ~27× the old default).
            KdfParams {
                m_kib: 262_144,
                t: 10,
                p: 4,
            },
        ] {
            assert_eq!(over.check(), Err(KdfError::TooCostly), "{over:?}");
            assert!(matches!(
                derive_kek("mật khẩu dài đủ", &[1; SALT_LEN], over),
                Err(KdfError::TooCostly)
            ));
        }
        // Less memory, more passes, same work: allowed.
        let more_passes = KdfParams {
            m_kib: d.m_kib,
            t: 2 * d.t,
            p: 1,
        };
        assert!(more_passes.check().is_ok());
    }

    #[test]
    fn old_vaults_and_backups_stay_within_the_ceiling() {
        // What earlier versions wrote (32 MiB, t = 3) keeps opening.
        let old_default = KdfParams {
            m_kib: 32_768,
            t: 3,
            p: 1,
        };
        assert!(old_default.check().is_ok());
        assert!(!old_default.above_default());
        assert!(KdfParams::OWASP_MIN.check().is_ok());
    }

    #[test]
    fn above_default_asks_for_more_memory_or_more_work_only() {
        let d = KdfParams::DEFAULT;
        assert!(!d.above_default());
        assert!(!KdfParams::OWASP_MIN.above_default());
        assert!(!KdfParams { p: 4, ..d }.above_default());
        assert!(KdfParams { t: d.t + 1, ..d }.above_default());
        assert!(KdfParams {
            m_kib: d.m_kib + 1024,
            ..d
        }
        .above_default());
        assert!(KdfParams::MAX.above_default());
    }
}
