//! The shell: everything the first load holds. The frame around every screen
//! ([`layout`]), home, hotlines, safety, not found, and [`feature_host`], the
//! placeholder that loads a feature's module when its screen opens.

pub(super) mod feature_host;
pub(super) mod home;
pub(super) mod hotlines;
pub(super) mod layout;
pub(super) mod not_found;
pub(super) mod safety;
