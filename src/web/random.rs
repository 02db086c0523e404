//! Random ids and seeds from the browser's CSPRNG (via getrandom).

pub fn seed() -> u64 {
    getrandom::u64().unwrap_or_else(|_| js_sys::Date::now() as u64)
}

/// 128 random bits as 32 hex characters: record ids that say nothing.
pub fn id() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        bytes[..8].copy_from_slice(&seed().to_le_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
