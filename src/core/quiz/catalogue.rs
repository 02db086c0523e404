//! The pack list's catalogue: each built-in pack's id, title, description
//! and question count, compiled into the app so that opening `/quiz` does
//! not fetch every pack (about 65 KB brotli on a cold visit) only to show
//! seven titles. A pack's questions are still fetched when it is opened.
//!
//! `catalogue_data.rs` is generated from `content/quiz/*.json`; a host test
//! fails when it differs, and
//! `BINH_AN_WRITE_CATALOGUE=1 cargo test --lib core::quiz::catalogue`
//! rewrites it after a pack is edited, added or removed.

use crate::core::lang::Tr;

/// A pack as the list shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackSummary {
    pub id: &'static str,
    pub title: Tr,
    pub description: Tr,
    pub questions: usize,
}

/// Every built-in pack, in the order of `PACK_IDS`.
pub use super::catalogue_data::CATALOGUE;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::progress::{builtin_packs, PACK_IDS};
    use crate::core::quiz::Pack;

    fn generated_source(packs: &[Pack]) -> String {
        let tr = |t: &crate::core::lang::Text| format!("Tr {{ vi: {:?}, en: {:?} }}", t.vi, t.en);
        let mut out = String::from(
            "//! @generated from `content/quiz/*.json` by\n\
             //! `BINH_AN_WRITE_CATALOGUE=1 cargo test --lib core::quiz::catalogue`:\n\
             //! do not edit (see `catalogue.rs`).\n\n\
             use super::catalogue::PackSummary;\n\
             use crate::core::lang::Tr;\n\n",
        );
        out += &format!("pub const CATALOGUE: [PackSummary; {}] = [\n", packs.len());
        for p in packs {
            out += "    PackSummary {\n";
            out += &format!("        id: {:?},\n", p.id);
            out += &format!("        title: {},\n", tr(&p.title));
            out += &format!("        description: {},\n", tr(&p.description));
            out += &format!("        questions: {},\n", p.questions.len());
            out += "    },\n";
        }
        out += "];\n";
        out
    }

    #[test]
    fn catalogue_is_generated_from_the_packs() {
        let packs = builtin_packs();
        crate::core::generated_file_is_current(
            "src/core/quiz/catalogue_data.rs",
            &generated_source(&packs),
            "BINH_AN_WRITE_CATALOGUE",
            "core::quiz::catalogue",
        );
        // And as data, in the list's order.
        let ids: Vec<&str> = CATALOGUE.iter().map(|s| s.id).collect();
        assert_eq!(ids, PACK_IDS);
        for (s, p) in CATALOGUE.iter().zip(&packs) {
            assert_eq!(
                (s.title.vi, s.title.en),
                (p.title.vi.as_str(), p.title.en.as_str())
            );
            assert_eq!(s.questions, p.questions.len(), "{}", s.id);
        }
    }
}
