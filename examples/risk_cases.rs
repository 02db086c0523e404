//! Prints how the offer check rates the labelled real cases
//! (`tests/fixtures/risk-cases.json`, or the file given as the first
//! argument): sensitivity, specificity, how often a shown reason is one of
//! the case's real red flags, the same for the held-out cases alone, and
//! the cases out of their class. Run by `scripts/dev.sh check-cases`.

use binh_an::core::risk::cases::{self, CaseFile, Figures, Run};
use binh_an::core::risk::RiskCheck;

fn figures(title: &str, runs: &[&Run]) {
    let f = Figures::of(runs.iter().copied());
    let pct = |x: f64| x * 100.0;
    println!("{title}: {} cases", runs.len());
    println!(
        "  sensitivity (harm -> High, Very high, Emergency): {}/{} = {:.1} %  (target >= 95 %)",
        f.harm_caught,
        f.harm,
        pct(f.sensitivity())
    );
    println!(
        "  specificity (lawful -> Low, Caution, Not enough to judge): {}/{} = {:.1} %  (target >= 90 %)",
        f.lawful_passed,
        f.lawful,
        pct(f.specificity())
    );
    println!(
        "  reasons shown for harm cases that are the case's red flags: {}/{} = {:.1} %  (target >= 90 %)",
        f.reasons_real,
        f.reasons_shown,
        pct(f.reasons())
    );
}

fn main() {
    let check = RiskCheck::builtin().expect("content validates");
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/fixtures/risk-cases.json".to_string());
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file: CaseFile = serde_json::from_str(&json).expect("case file parses");
    let mut runs = Vec::new();
    let mut held_out = Vec::new();
    for case in &file.cases {
        let (run, _) = cases::run(&check, case).unwrap_or_else(|e| panic!("{e}"));
        held_out.push(case.held_out.clone());
        runs.push(run);
    }
    let all: Vec<&Run> = runs.iter().collect();
    figures("Offer check on real cases", &all);
    let mut dates: Vec<&String> = held_out.iter().flatten().collect();
    dates.sort();
    dates.dedup();
    for date in dates {
        let set: Vec<&Run> = runs
            .iter()
            .zip(&held_out)
            .filter(|(_, h)| h.as_ref() == Some(date))
            .map(|(r, _)| r)
            .collect();
        figures(&format!("\nHeld out on {date} (also counted above)"), &set);
    }
    println!("\n  outcome per case:");
    for (r, h) in runs.iter().zip(&held_out) {
        println!(
            "  {} {:<60} {:<11} {}{}",
            if r.matches { " " } else { "✗" },
            r.id,
            r.outcome.id(),
            r.flags.join(", "),
            if h.is_some() { "  [held out]" } else { "" }
        );
    }
    for (id, why) in &file.known_misses {
        println!("\n  missed: {id}\n    {why}");
    }
}
