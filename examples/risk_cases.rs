//! Prints how the offer check rates the labelled real cases
//! (`tests/fixtures/risk-cases.json`): sensitivity, specificity, how often
//! a shown reason is one of the case's real red flags, and the cases out of
//! their class. Run by `scripts/dev.sh check-cases`.

use binh_an::core::risk::cases::{self, CaseFile, Figures};
use binh_an::core::risk::RiskCheck;

fn main() {
    let check = RiskCheck::builtin().expect("content validates");
    let json = std::fs::read_to_string("tests/fixtures/risk-cases.json").expect("fixture");
    let file: CaseFile = serde_json::from_str(&json).expect("fixture parses");
    let mut runs = Vec::new();
    for case in &file.cases {
        let (run, _) = cases::run(&check, case).unwrap_or_else(|e| panic!("{e}"));
        runs.push(run);
    }
    let f = Figures::of(&runs);
    let pct = |x: f64| x * 100.0;
    println!("Offer check on {} real cases", runs.len());
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
    println!("\n  outcome per case:");
    for r in &runs {
        println!(
            "  {} {:<60} {:<11} {}",
            if r.matches { " " } else { "✗" },
            r.id,
            r.outcome.id(),
            r.flags.join(", ")
        );
    }
    for (id, why) in &file.known_misses {
        println!("\n  missed: {id}\n    {why}");
    }
}
