//! Random seeds from the browser's CSPRNG (via getrandom), and the clock.
//! Record ids come from [`crate::core::vault::new_record_id`].

pub fn seed() -> u64 {
    getrandom::u64().unwrap_or_else(|_| js_sys::Date::now() as u64)
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
