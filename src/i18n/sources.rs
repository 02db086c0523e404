//! How a source is cited on screen: "publisher, date", and for a quiz
//! source the site it was read on. The core keeps the data and checks the
//! dates; the words and their order are here.

use super::{fill, Tr, QUIZ_SOURCE_UNDATED};
use crate::core::lang::Lang;
use crate::core::quiz;
use crate::core::risk;
use crate::core::scan;

strings! {
    SOURCE_LABEL = "{publisher}, {date}", "{publisher}, {date}";
    SOURCE_LABEL_SITE = "{publisher}, {date} ({site})", "{publisher}, {date} ({site})";
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "Bộ Ngoại giao, 9/4/2025 (plo.vn)": a quiz (or support guide) source,
/// with the site it was read on; `QUIZ_SOURCE_UNDATED` when it has no date.
pub fn quiz_source(s: &quiz::Source, lang: Lang) -> String {
    let date = s.date.as_deref().unwrap_or(QUIZ_SOURCE_UNDATED.get(lang));
    let publisher = s.publisher.get(lang);
    match s.host() {
        Some(site) => fill(
            SOURCE_LABEL_SITE.get(lang),
            &[("publisher", &publisher), ("date", &date), ("site", &site)],
        ),
        None => fill(
            SOURCE_LABEL.get(lang),
            &[("publisher", &publisher), ("date", &date)],
        ),
    }
}

/// A scan source's date for people ("9/4/2025", "9 Apr 2025"); `None` when
/// empty or not a date.
pub fn source_date(date: &str, lang: Lang) -> Option<String> {
    let (year, month, day) = scan::parse_source_date(date)?;
    let month_name = |m: u32| MONTHS_EN[(m - 1) as usize];
    Some(match (lang, month, day) {
        (_, None, _) => year.to_string(),
        (Lang::Vi, Some(m), None) => format!("{m}/{year}"),
        (Lang::Vi, Some(m), Some(d)) => format!("{d}/{m}/{year}"),
        (Lang::En, Some(m), None) => format!("{} {year}", month_name(m)),
        (Lang::En, Some(m), Some(d)) => format!("{d} {} {year}", month_name(m)),
    })
}

/// "Bộ Ngoại giao, 14/3/2024" / "Bộ Ngoại giao, 14 Mar 2024": a scan
/// phrase's source; the publisher alone when it has no date.
pub fn scan_source(s: &scan::Source, lang: Lang) -> String {
    match source_date(&s.date, lang) {
        Some(date) => fill(
            SOURCE_LABEL.get(lang),
            &[("publisher", &s.publisher), ("date", &date)],
        ),
        None => s.publisher.clone(),
    }
}

/// "Công an tỉnh Lạng Sơn, 14/11/2025": a risk-check source. Its date is
/// written as precisely as the source allows ("14/11/2025", "6/2023",
/// "2022"); where the content says in Vietnamese that the page shows none
/// ("không rõ ngày"), an English page says so in English.
pub fn risk_source(s: &risk::SourceDef, lang: Lang) -> String {
    let date = s.date.trim();
    let date = if quiz::is_source_date(date) || lang == Lang::Vi {
        date
    } else {
        QUIZ_SOURCE_UNDATED.get(lang)
    };
    fill(
        SOURCE_LABEL.get(lang),
        &[("publisher", &s.publisher), ("date", &date)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz_src(publisher: &str, date: Option<&str>) -> quiz::Source {
        quiz::Source {
            publisher: crate::core::lang::Text {
                vi: publisher.into(),
                en: format!("{publisher} (en)"),
            },
            date: date.map(Into::into),
            url: "https://www.example.org/a".into(),
            note: String::new(),
        }
    }

    #[test]
    fn quiz_source_is_publisher_date_and_site() {
        let s = quiz_src("Bộ Ngoại giao", Some("9/4/2025"));
        assert_eq!(
            quiz_source(&s, Lang::Vi),
            "Bộ Ngoại giao, 9/4/2025 (example.org)"
        );
        let mut undated = quiz_src("Polaris", None);
        undated.url.clear();
        assert_eq!(quiz_source(&undated, Lang::Vi), "Polaris, chưa rõ ngày");
        assert_eq!(
            quiz_source(&undated, Lang::En),
            "Polaris (en), date not recorded"
        );
    }

    #[test]
    fn risk_labels_show_publisher_and_date_never_an_id_or_address() {
        let check = crate::core::risk::test_support::check();
        let mut undated = 0;
        for s in &check.sources {
            for lang in [Lang::Vi, Lang::En] {
                let label = risk_source(s, lang);
                assert!(label.starts_with(&s.publisher), "{label}");
                assert!(
                    !label.contains("http") && !label.contains(".vn/"),
                    "{label}"
                );
                assert!(!label.contains('§') && !label.contains(&s.id), "{label}");
                if lang == Lang::En {
                    assert!(!label.contains("không rõ"), "{label}");
                }
            }
            undated += usize::from(!quiz::is_source_date(s.date.trim()));
        }
        assert!(undated > 0, "the content has undated sources to say");
        let s = risk::SourceDef {
            id: "R1".into(),
            publisher: "Bộ Công an".into(),
            date: "không rõ ngày".into(),
            url: "https://bocongan.gov.vn/".into(),
        };
        assert_eq!(risk_source(&s, Lang::Vi), "Bộ Công an, không rõ ngày");
        assert_eq!(risk_source(&s, Lang::En), "Bộ Công an, date not recorded");
        let dated = risk::SourceDef {
            date: "14/11/2025".into(),
            ..s
        };
        assert_eq!(risk_source(&dated, Lang::En), "Bộ Công an, 14/11/2025");
    }

    #[test]
    fn scan_labels_show_publisher_and_date_never_an_address() {
        let scanner = scan::Scanner::builtin().unwrap_or_else(|e| panic!("{e}"));
        for p in scanner.phrases() {
            for source in &p.sources {
                for lang in [Lang::Vi, Lang::En] {
                    let label = scan_source(source, lang);
                    assert!(label.starts_with(&source.publisher), "{label}");
                    assert!(
                        !label.contains("http") && !label.contains(".vn/"),
                        "{label}"
                    );
                }
            }
        }
    }

    #[test]
    fn scan_source_dates_are_said_per_language() {
        assert_eq!(
            source_date("2025-04-09", Lang::Vi).as_deref(),
            Some("9/4/2025")
        );
        assert_eq!(
            source_date("2025-04-09", Lang::En).as_deref(),
            Some("9 Apr 2025")
        );
        assert_eq!(source_date("2024-03", Lang::Vi).as_deref(), Some("3/2024"));
        assert_eq!(
            source_date("2024-03", Lang::En).as_deref(),
            Some("Mar 2024")
        );
        assert_eq!(source_date("2012", Lang::En).as_deref(), Some("2012"));
        // What is not a date is `scan::parse_source_date`'s test; one here.
        assert_eq!(source_date("2024-13", Lang::Vi), None);
        let undated = scan::Source {
            publisher: "Polaris".into(),
            date: String::new(),
            url: "https://polarisproject.org/".into(),
            note: String::new(),
        };
        assert_eq!(scan_source(&undated, Lang::En), "Polaris");
        let dated = scan::Source {
            date: "2024-03-14".into(),
            ..undated
        };
        assert_eq!(scan_source(&dated, Lang::Vi), "Polaris, 14/3/2024");
        assert_eq!(scan_source(&dated, Lang::En), "Polaris, 14 Mar 2024");
    }
}
