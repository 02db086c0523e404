//! Search over the decrypted notes, in memory only: case- and
//! accent-insensitive ("ha noi" finds "Hà Nội", "đ" matches "d"), over
//! titles and bodies, with an optional category filter.
//!
//! The folded text is built once per list ([`SearchIndex::new`]) so each
//! keystroke only compares strings. It is derived from what the user wrote,
//! so it is zeroized when dropped, like the notes themselves.

use super::note::{Category, Note};
use crate::core::scan::fold;
use zeroize::Zeroize;

/// The folded title and body of each note, in the order of the list.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SearchIndex {
    folded: Vec<String>,
}

impl SearchIndex {
    pub fn new(notes: &[Note]) -> SearchIndex {
        SearchIndex {
            folded: notes
                .iter()
                .map(|n| {
                    // Folded pieces are zeroized too, not just freed.
                    let mut title = fold(&n.title);
                    let mut body = fold(&n.body);
                    let mut text = String::with_capacity(title.len() + 1 + body.len());
                    text.push_str(&title);
                    text.push(' ');
                    text.push_str(&body);
                    title.zeroize();
                    body.zeroize();
                    // A template's fields are searched like the text.
                    for field in n.template.iter().flat_map(|t| t.fields()) {
                        let mut f = fold(field);
                        text.push('\n');
                        text.push_str(&f);
                        f.zeroize();
                    }
                    text
                })
                .collect(),
        }
    }

    /// An index over other records (plan entries): one text per record,
    /// pieces kept apart so words of two fields never run together.
    pub fn from_texts<'a>(records: impl IntoIterator<Item = Vec<&'a str>>) -> SearchIndex {
        SearchIndex {
            folded: records
                .into_iter()
                .map(|pieces| {
                    let mut text = String::new();
                    for piece in pieces {
                        let mut f = fold(piece);
                        text.push('\n');
                        text.push_str(&f);
                        f.zeroize();
                    }
                    text
                })
                .collect(),
        }
    }

    /// Positions of the records whose text contains `query`, folded (all
    /// of them for an empty query).
    pub fn search_all(&self, query: &str) -> Vec<usize> {
        let mut q = fold(query);
        let needle = q.trim();
        let hits = self
            .folded
            .iter()
            .enumerate()
            .filter(|(_, text)| needle.is_empty() || text.contains(needle))
            .map(|(i, _)| i)
            .collect();
        q.zeroize();
        hits
    }

    /// Positions (in `notes`, the list the index was built from) of the
    /// notes in `filter` (all when `None`) whose title or body contains
    /// `query`, folded. An empty query matches every note.
    pub fn search(&self, notes: &[Note], filter: Option<Category>, query: &str) -> Vec<usize> {
        let mut q = fold(query);
        let needle = q.trim();
        let hits = notes
            .iter()
            .zip(&self.folded)
            .enumerate()
            .filter(|(_, (note, _))| filter.is_none_or(|c| c == note.category))
            .filter(|(_, (_, text))| needle.is_empty() || text.contains(needle))
            .map(|(i, _)| i)
            .collect();
        q.zeroize();
        hits
    }
}

impl Drop for SearchIndex {
    fn drop(&mut self) {
        for text in &mut self.folded {
            text.zeroize();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(title: &str, body: &str, category: Category) -> Note {
        Note {
            id: "a".repeat(32),
            title: title.into(),
            body: body.into(),
            category,
            created_ms: 0,
            updated_ms: 0,
            contact_phone: None,
            template: None,
        }
    }

    fn notes() -> Vec<Note> {
        vec![
            note(
                "Hẹn cán bộ xã hội",
                "Thứ Hai, ở Hà Nội",
                Category::Appointment,
            ),
            note("Luật sư", "Gọi lại về hồ sơ vụ việc", Category::LegalCase),
            note(
                "Giấy tờ",
                "Hộ chiếu còn ở công ty ĐÀI LOAN",
                Category::Documents,
            ),
        ]
    }

    #[test]
    fn finds_with_or_without_accents_and_case() {
        let list = notes();
        let index = SearchIndex::new(&list);
        assert_eq!(index.search(&list, None, "ha noi"), vec![0]);
        assert_eq!(index.search(&list, None, "Hà Nội"), vec![0]);
        assert_eq!(index.search(&list, None, "HA NỘI"), vec![0]);
        assert_eq!(index.search(&list, None, "dai loan"), vec![2]);
        assert_eq!(index.search(&list, None, "luat su"), vec![1]);
        assert_eq!(index.search(&list, None, "  hồ sơ "), vec![1]);
        assert!(index.search(&list, None, "campuchia").is_empty());
    }

    #[test]
    fn an_empty_query_lists_everything_in_the_filter() {
        let list = notes();
        let index = SearchIndex::new(&list);
        assert_eq!(index.search(&list, None, ""), vec![0, 1, 2]);
        assert_eq!(index.search(&list, Some(Category::LegalCase), " "), vec![1]);
        assert_eq!(
            index.search(&list, Some(Category::Health), ""),
            Vec::<usize>::new()
        );
        assert_eq!(
            index.search(&list, Some(Category::Documents), "ho chieu"),
            vec![2]
        );
        assert!(index
            .search(&list, Some(Category::Appointment), "ho chieu")
            .is_empty());
    }

    #[test]
    fn template_fields_are_searched() {
        let mut list = notes();
        list[1].template = Some(crate::core::vault::Template::Appointment {
            when: "2026-12-09T09:00".into(),
            place: "Tòa án tỉnh Lạng Sơn".into(),
            with_whom: "luật sư Hòa".into(),
            bring: "giấy khai sinh".into(),
        });
        let index = SearchIndex::new(&list);
        assert_eq!(index.search(&list, None, "lang son"), vec![1]);
        assert_eq!(index.search(&list, None, "khai sinh"), vec![1]);
        // Fields do not run together with each other or the body.
        assert!(index.search(&list, None, "sinhgoi").is_empty());
    }

    #[test]
    fn plan_texts_are_searched_by_piece() {
        let index = SearchIndex::from_texts(vec![
            vec!["Hỗ trợ tâm lý", "chị Lan, Hội Phụ nữ"],
            vec!["Nguyễn Văn An", "cán bộ xã", "0912 345 678"],
        ]);
        assert_eq!(index.search_all("hoi phu nu"), vec![0]);
        assert_eq!(index.search_all("AN"), vec![0, 1]);
        assert_eq!(index.search_all("van an"), vec![1]);
        assert!(index.search_all("lyc").is_empty());
        assert_eq!(index.search_all(" "), vec![0, 1]);
    }

    #[test]
    fn title_and_body_do_not_run_together() {
        let list = vec![note("Hà", "Nội", Category::MyStory)];
        let index = SearchIndex::new(&list);
        assert!(index.search(&list, None, "hanoi").is_empty());
        assert_eq!(index.search(&list, None, "ha noi"), vec![0]);
    }
}
