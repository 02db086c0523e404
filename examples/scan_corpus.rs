//! Prints how the offer-text scan does on the corpus of real texts:
//! `cargo run --example scan_corpus` (add `-- -v` for every highlight).

use binh_an::core::scan::corpus::{self, percent, Tally};
use binh_an::core::scan::Scanner;

fn line(name: &str, t: &Tally) -> String {
    format!(
        "{name:<24} {:>3} texts  ≥1: {:>3} ({:>7})  ≥2: {:>3} ({:>7})",
        t.texts,
        t.one,
        percent(t.one, t.texts),
        t.two,
        percent(t.two, t.texts)
    )
}

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let scanner = Scanner::builtin().expect("content/scan-phrases.json is valid");
    let lures = corpus::parse(corpus::LURES_JSON).expect("lure corpus parses");
    let honest = corpus::parse(corpus::HONEST_JSON).expect("honest corpus parses");
    let r = corpus::evaluate(&scanner, &lures, &honest);

    let patterns: usize = scanner.phrases().iter().map(|p| p.patterns.len()).sum();
    let alternatives: usize = scanner
        .phrases()
        .iter()
        .flat_map(|p| &p.patterns)
        .map(|p| binh_an::core::scan::pattern_examples(p).len())
        .sum();
    println!(
        "Phrase book: {} groups, {} patterns ({} alternatives once expanded)\n",
        scanner.phrases().len(),
        patterns,
        alternatives
    );
    println!("LURES (recall: texts with at least one / two highlights)");
    println!("{}", line("all", &r.lures));
    for (kind, t) in &r.lures_by_kind {
        println!("{}", line(kind, t));
    }
    println!(
        "\nHONEST ADS (false highlights: texts with any highlight)\n{}",
        line("all", &r.honest)
    );
    for (kind, t) in &r.honest_by_kind {
        println!("{}", line(kind, t));
    }
    println!("\nHELD-OUT TEXTS (collected after the phrase book was written; counted above too)");
    for (date, t) in &r.lures_held_out {
        println!("{}", line(&format!("lures, {date}"), t));
    }
    for (date, t) in &r.honest_held_out {
        println!("{}", line(&format!("honest ads, {date}"), t));
    }
    println!("\nLures with fewer than two highlights:");
    for (id, spans) in &r.weak_lures {
        println!("  {id}: {spans:?}");
    }
    println!("\nHonest ads with a highlight:");
    for (id, spans) in &r.false_highlights {
        println!("  {id}: {spans:?}");
    }
    println!("\nHighlights per phrase group in the lures:");
    for (id, n) in &r.phrase_hits {
        println!("  {id:<22} {n}");
    }
    if verbose {
        println!("\nPatterns by the number of lures each lights up on its own:");
        for (id, pattern, n) in corpus::pattern_hits(&scanner, &lures) {
            println!("  {n:>2}  {id:<22} {pattern}");
        }
        println!("\nEvery lure:");
        for t in &lures {
            let m = scanner.scan(&t.text);
            let spans: Vec<&str> = m.iter().map(|x| &t.text[x.start..x.end]).collect();
            println!("  {} [{}]: {spans:?}", t.id, m.len());
        }
    }
}
