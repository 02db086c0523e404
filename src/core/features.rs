//! The one list of the app's features and of the screens they hold.
//!
//! A feature is a WebAssembly module of its own (`src/bin/binh-an-<name>.rs`),
//! loaded only when one of its screens opens; the shell (first load) holds
//! everything else. The build's other lists follow this one, and the host
//! tests below fail when one of them disagrees: the `[[bin]]` files, the
//! `<link data-trunk rel="rust">` block of `index.html` (which
//! `tools/postbuild.mjs` reads), the early-fetch table of `public/boot.js`
//! and the content files per feature in `tools/postbuild.mjs` (what the
//! service worker keeps for each feature: [`Feature::content`]).
//! `BINH_AN_WRITE_FEATURES=1 cargo test --lib core::features` rewrites the
//! last three from this list.

/// Declares an enum and its `ALL` array from one list of variants, so a
/// new variant cannot be left out of `ALL` (and of every test that walks it).
macro_rules! listed_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident,)+ }) => {
        $(#[$m])*
        pub enum $name { $($(#[$vm])* $v,)+ }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: [$name; [$(stringify!($v)),+].len()] = [$($name::$v),+];
        }
    };
}

listed_enum! {
    /// A feature module (in the order the build lists them).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Feature {
        /// The job-offer check.
        Check,
        /// The awareness quizzes.
        Quiz,
        /// The safe notes (with the vault's cryptography).
        Notes,
    }
}

/// What `public/boot.js` starts downloading, before the shell has started,
/// when a link opens one of a feature's routes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Early {
    /// Nothing: the shell shows the screen's start at once (the check's
    /// start panel), and a download alongside would only slow it down.
    Nothing,
    /// The feature's module.
    Module,
    /// The module and the quiz pack the route names (`/quiz/<pack>`);
    /// nothing for the list itself (`/quiz`), which the shell draws from the
    /// compiled-in catalogue while the module loads (as for `Nothing`).
    ModuleAndPack,
}

impl Feature {
    /// Its name: the binary `binh-an-<name>`, the first path segment of its
    /// routes, and `data-feature` in the build's `<meta name="binh-an-feature">`.
    pub const fn name(self) -> &'static str {
        match self {
            Feature::Check => "check",
            Feature::Quiz => "quiz",
            Feature::Notes => "notes",
        }
    }

    /// The feature named `name`; an unknown name is an error, never a
    /// stand-in feature.
    pub fn from_name(name: &str) -> Result<Feature, UnknownName> {
        Feature::ALL
            .into_iter()
            .find(|f| f.name() == name)
            .ok_or_else(|| UnknownName(name.to_string()))
    }

    /// The screen named `name` (the name the shell passed to this feature's
    /// module), if this feature holds it; an unknown name, or another
    /// feature's screen, is an error, never a stand-in screen.
    pub fn screen(self, name: &str) -> Result<Screen, UnknownName> {
        Screen::from_name(name)
            .ok()
            .filter(|s| s.feature() == self)
            .ok_or_else(|| UnknownName(name.to_string()))
    }

    /// What `public/boot.js` fetches early for a deep link to it.
    pub const fn early(self) -> Early {
        match self {
            Feature::Check => Early::Nothing,
            Feature::Quiz => Early::ModuleAndPack,
            Feature::Notes => Early::Module,
        }
    }

    /// The content files (paths under `content/`) its screens fetch, by the
    /// names in [`content`] that the screens fetch them by. With the
    /// browser's data saver on, the service worker precaches none of them
    /// and keeps them with the feature's module when the user chooses
    /// (`tools/postbuild.mjs` has this list, checked by a test below).
    pub fn content(self) -> Vec<String> {
        match self {
            Feature::Check => vec![
                content::RISK_CHECK.to_string(),
                content::SCAN_PHRASES.to_string(),
            ],
            Feature::Quiz => super::progress::PACK_IDS
                .iter()
                .map(|id| content::quiz_pack(id))
                .chain([content::QUIZ_GUIDE.to_string()])
                .collect(),
            Feature::Notes => vec![content::SUPPORT_GUIDE.to_string()],
        }
    }
}

/// The content files the features fetch (paths under `content/`), by name:
/// the screens fetch them by these names only, so [`Feature::content`]
/// cannot miss one. (`hotlines.json` is not fetched: the shell compiles it
/// in.)
pub mod content {
    /// The check's questions and scoring (`/check`).
    pub const RISK_CHECK: &str = "risk-check.json";
    /// The phrases the check's offer-text scan highlights.
    pub const SCAN_PHRASES: &str = "scan-phrases.json";
    /// The teacher's guide (`/quiz/guide`).
    pub const QUIZ_GUIDE: &str = "quiz/guide.json";
    /// The support guide of the notes ("What support can I get?").
    pub const SUPPORT_GUIDE: &str = "support-guide.json";

    /// The quiz pack `id`.
    pub fn quiz_pack(id: &str) -> String {
        format!("quiz/{id}.json")
    }
}

listed_enum! {
    /// A screen that lives in a feature module. The shell's routes name one
    /// each; its name is what crosses from the shell to the module.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Screen {
        /// `/check`.
        Check,
        /// `/quiz`: the pack list.
        QuizList,
        /// `/quiz/<pack>`: a run through one pack (or the teacher's guide).
        QuizRun,
        /// `/notes`.
        Notes,
    }
}

impl Screen {
    /// Its name, as the shell passes it to the module.
    pub const fn name(self) -> &'static str {
        match self {
            Screen::Check => "check",
            Screen::QuizList => "quiz",
            Screen::QuizRun => "quiz-run",
            Screen::Notes => "notes",
        }
    }

    /// The screen named `name`; an unknown name is an error.
    pub fn from_name(name: &str) -> Result<Screen, UnknownName> {
        Screen::ALL
            .into_iter()
            .find(|s| s.name() == name)
            .ok_or_else(|| UnknownName(name.to_string()))
    }

    /// Its route in `App` (`src/app/mod.rs`). The first segment is the
    /// feature's name: `public/boot.js` picks what to fetch early by it.
    pub const fn path(self) -> &'static str {
        match self {
            Screen::Check => "/check",
            Screen::QuizList => "/quiz",
            Screen::QuizRun => "/quiz/:pack",
            Screen::Notes => "/notes",
        }
    }

    /// The content file its module needs before the screen can be shown.
    /// When the module is not loaded yet, the shell starts this download
    /// alongside the module's, so it does not wait for the module to arrive
    /// and ask (one round trip and its transfer less on a cold link).
    pub const fn start_content(self) -> Option<&'static str> {
        match self {
            Screen::Check => Some(content::RISK_CHECK),
            // The list is drawn from the compiled-in catalogue; a pack's
            // deep link has boot.js fetch the pack; the notes need none
            // before the vault is unlocked.
            Screen::QuizList | Screen::QuizRun | Screen::Notes => None,
        }
    }

    /// The module that holds it.
    pub const fn feature(self) -> Feature {
        match self {
            Screen::Check => Feature::Check,
            Screen::QuizList | Screen::QuizRun => Feature::Quiz,
            Screen::Notes => Feature::Notes,
        }
    }
}

/// A feature or screen name that is not on the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName(pub String);

impl std::fmt::Display for UnknownName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no feature or screen here is named {:?}", self.0)
    }
}

impl std::error::Error for UnknownName {}

/// The `<link data-trunk rel="rust">` lines of `index.html` that build the
/// feature modules, one per feature (Trunk builds them as "workers" so it
/// neither loads nor preloads them).
pub fn index_html_links() -> String {
    Feature::ALL
        .iter()
        .map(|f| {
            format!(
                "  <link data-trunk rel=\"rust\" data-bin=\"binh-an-{}\" data-type=\"worker\" data-bindgen-target=\"web\"\n        data-wasm-opt=\"z\"\n        data-wasm-opt-params=\"{WASM_OPT_PARAMS}\">\n",
                f.name()
            )
        })
        .collect()
}

/// The WebAssembly features `wasm-opt` may use (as for the shell).
const WASM_OPT_PARAMS: &str = "--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue";

/// The early-fetch table of `public/boot.js`: per first path segment, the
/// feature module and content files to start downloading.
pub fn boot_js_table() -> String {
    let mut out = String::from("  var needs = {\n");
    for f in Feature::ALL {
        let name = f.name();
        let entry = |content: &str| format!("{{ feature: '{name}', content: {content} }}");
        let entry = match f.early() {
            Early::Nothing => continue,
            Early::Module => entry("[]"),
            Early::ModuleAndPack => format!(
                "route[1] ? {} : null",
                entry("['quiz/' + route[1] + '.json']")
            ),
        };
        out.push_str(&format!("    {name}: {entry},\n"));
    }
    out.push_str("  }[route[0]];\n");
    out
}

/// The content table of `tools/postbuild.mjs`: per feature, the content
/// files it fetches ([`Feature::content`]).
pub fn postbuild_content_table() -> String {
    let mut out = String::from("const CONTENT = {\n");
    for f in Feature::ALL {
        let files: Vec<String> = f.content().iter().map(|c| format!("'{c}'")).collect();
        out.push_str(&format!("  {}: [{}],\n", f.name(), files.join(", ")));
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn file(path: &str) -> (PathBuf, String) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        (path, text)
    }

    /// Replaces the part of `text` from the line with `first` to the line
    /// with `last` (the first one after `last_after`), both included, with
    /// `block`. `None` when one of them is missing.
    fn replace_block(
        text: &str,
        first: &str,
        last_after: &str,
        last: &str,
        block: &str,
    ) -> Option<String> {
        let start = text.find(first)?;
        let start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let anchor = start + text[start..].find(last_after)?;
        let end = anchor + text[anchor..].find(last)? + last.len();
        let end = end + text[end..].find('\n').map_or(text.len() - end, |i| i + 1);
        Some(format!("{}{block}{}", &text[..start], &text[end..]))
    }

    /// Checks that the generated `block` stands in `path` where
    /// [`replace_block`] puts it; with `BINH_AN_WRITE_FEATURES` set, writes
    /// it there instead.
    fn generated_block_is_current(
        path: &str,
        first: &str,
        last_after: &str,
        last: &str,
        block: &str,
    ) {
        let (full, text) = file(path);
        let updated = replace_block(&text, first, last_after, last, block)
            .unwrap_or_else(|| panic!("{path}: no block from {first:?} to {last:?}"));
        if std::env::var_os("BINH_AN_WRITE_FEATURES").is_some() {
            std::fs::write(&full, &updated).unwrap();
            return;
        }
        assert!(
            updated == text,
            "{path} does not match the feature list (src/core/features.rs); run \
             BINH_AN_WRITE_FEATURES=1 cargo test --lib core::features, or write there:\n{block}"
        );
    }

    #[test]
    fn every_screen_has_its_route_under_its_feature_name() {
        let (_, app) = file("src/app/mod.rs");
        for s in Screen::ALL {
            let path = s.path();
            assert_eq!(
                path.split('/').nth(1),
                Some(s.feature().name()),
                "{s:?}: boot.js finds the feature by the route's first segment"
            );
            assert!(
                app.contains(&format!("path!(\"{path}\")")),
                "src/app/mod.rs has no route {path} for {s:?}"
            );
        }
        // The routes that open a feature's screen name it by its variant.
        for s in [Screen::Check, Screen::QuizList, Screen::Notes] {
            assert!(
                app.contains(&format!("<FeatureHost screen=Screen::{s:?}/>")),
                "{s:?}"
            );
        }
        assert!(app.contains("<FeatureHost screen=Screen::QuizRun arg=id/>"));
    }

    #[test]
    fn a_screens_start_content_is_its_features_content() {
        for s in Screen::ALL {
            if let Some(path) = s.start_content() {
                assert!(
                    s.feature().content().iter().any(|c| c == path),
                    "{s:?}: {path} is not in {:?}'s content list",
                    s.feature()
                );
            }
        }
        assert_eq!(Screen::Check.start_content(), Some(content::RISK_CHECK));
    }

    #[test]
    fn names_round_trip_and_unknown_names_are_errors() {
        for f in Feature::ALL {
            assert_eq!(Feature::from_name(f.name()), Ok(f));
        }
        for s in Screen::ALL {
            assert_eq!(Screen::from_name(s.name()), Ok(s));
        }
        // A typo never loads another feature's screen (it once fell back
        // to the check).
        for typo in [
            "",
            "chek",
            "Check",
            "quiz-runs",
            "note",
            "kdf",
            "quiz/tricks",
        ] {
            assert_eq!(Screen::from_name(typo), Err(UnknownName(typo.to_string())));
            assert!(Feature::from_name(typo).is_err());
            for f in Feature::ALL {
                assert!(f.screen(typo).is_err());
            }
        }
        // A module mounts only its own screens.
        for f in Feature::ALL {
            for s in Screen::ALL {
                let found = f.screen(s.name());
                if s.feature() == f {
                    assert_eq!(found, Ok(s));
                } else {
                    assert_eq!(found, Err(UnknownName(s.name().to_string())));
                }
            }
        }
    }

    #[test]
    fn every_feature_holds_a_screen_and_names_are_unique() {
        for f in Feature::ALL {
            assert!(
                Screen::ALL.iter().any(|s| s.feature() == f),
                "{} has no screen",
                f.name()
            );
        }
        let mut names: Vec<&str> = Feature::ALL.iter().map(|f| f.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Feature::ALL.len());
        let mut names: Vec<&str> = Screen::ALL.iter().map(|s| s.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Screen::ALL.len());
    }

    /// Each feature is a binary `src/bin/binh-an-<name>.rs` built by
    /// `feature_module!` for its own variant; no other file is there but the
    /// key-derivation worker's.
    #[test]
    fn src_bin_holds_one_module_per_feature() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin");
        let mut found: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        found.sort();
        let mut expected: Vec<String> = Feature::ALL
            .iter()
            .map(|f| format!("binh-an-{}.rs", f.name()))
            .chain(["binh-an-kdf.rs".to_string()])
            .collect();
        expected.sort();
        assert_eq!(found, expected, "src/bin/ against the feature list");
        for f in Feature::ALL {
            let (_, text) = file(&format!("src/bin/binh-an-{}.rs", f.name()));
            let variant = format!("{f:?}");
            assert!(
                text.contains(&format!("feature_module!(\n    {variant},")),
                "src/bin/binh-an-{}.rs does not build Feature::{variant}",
                f.name()
            );
            // …with its own screens, not another feature's.
            assert!(
                text.contains(&format!("::mount::{}_screens,", f.name())),
                "src/bin/binh-an-{}.rs does not mount {}_screens",
                f.name(),
                f.name()
            );
        }
    }

    /// Cargo builds every file of `src/bin/` (its own discovery): Cargo.toml
    /// lists only the shell, so it cannot disagree with the list.
    #[test]
    fn cargo_toml_leaves_the_feature_binaries_to_src_bin() {
        let (_, text) = file("Cargo.toml");
        assert!(
            !text.contains("autobins"),
            "Cargo.toml turns off src/bin/ discovery"
        );
        let bins: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("name = \""))
            .filter_map(|l| l.strip_suffix('"'))
            .filter(|n| n.starts_with("binh-an-"))
            .collect();
        assert!(
            bins.is_empty(),
            "Cargo.toml lists {bins:?}: leave them to src/bin/"
        );
    }

    /// `index.html` builds one module per feature, with the generated
    /// lines, and no other worker module but the key-derivation worker's.
    #[test]
    fn index_html_builds_the_listed_features() {
        let (_, text) = file("index.html");
        let mut workers: Vec<&str> = text
            .split("data-bin=\"")
            .skip(1)
            .filter(|s| s.contains("data-type=\"worker\""))
            .filter_map(|s| s.split('"').next())
            .collect();
        workers.sort_unstable();
        let mut expected: Vec<String> = Feature::ALL
            .iter()
            .map(|f| format!("binh-an-{}", f.name()))
            .chain(["binh-an-kdf".to_string()])
            .collect();
        expected.sort();
        assert_eq!(
            workers, expected,
            "index.html's worker modules against the feature list"
        );
        let bin = |f: Feature| format!("data-bin=\"binh-an-{}\"", f.name());
        generated_block_is_current(
            "index.html",
            &bin(Feature::ALL[0]),
            &bin(Feature::ALL[Feature::ALL.len() - 1]),
            &format!("data-wasm-opt-params=\"{WASM_OPT_PARAMS}\">"),
            &index_html_links(),
        );
    }

    #[test]
    fn boot_js_fetches_early_what_the_list_says() {
        generated_block_is_current(
            "public/boot.js",
            "var needs = {",
            "var needs = {",
            "}[route[0]];",
            &boot_js_table(),
        );
    }

    #[test]
    fn postbuild_keeps_the_content_each_feature_fetches() {
        generated_block_is_current(
            "tools/postbuild.mjs",
            "const CONTENT = {",
            "const CONTENT = {",
            "};",
            &postbuild_content_table(),
        );
    }

    /// Every file of `content/` is fetched by one feature (on its list), or
    /// is the hotline directory the shell compiles in: a new content file
    /// must be placed on a feature's list, or the shell would precache it
    /// even with the data saver on.
    #[test]
    fn every_content_file_belongs_to_one_feature_or_the_shell() {
        fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    walk(&path, base, out);
                } else {
                    let rel = path.strip_prefix(base).unwrap();
                    out.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut files = Vec::new();
        walk(&base, &base, &mut files);
        files.sort();
        let mut listed: Vec<String> = Feature::ALL.iter().flat_map(|f| f.content()).collect();
        listed.push("hotlines.json".to_string());
        listed.sort();
        assert_eq!(files, listed, "content/ against Feature::content");
    }

    /// The screens fetch content by the names of [`content`] only, each
    /// from its own feature's folder: no path written out in a fetch that
    /// the list could miss.
    #[test]
    fn screens_fetch_content_by_the_listed_names() {
        fn sources(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    out.push((path, text));
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut all = Vec::new();
        sources(&root.join("src/app"), &mut all);
        for (path, text) in &all {
            for call in ["fetch_with(", "fetch_text(", "fetch_json("] {
                for (at, _) in text.match_indices(call) {
                    let arg = text[at + call.len()..].trim_start().trim_start_matches('&');
                    let arg = arg.strip_prefix("crate::core::features::").unwrap_or(arg);
                    assert!(
                        arg.starts_with("content::"),
                        "{}: {call} must name a path of core::features::content",
                        path.display()
                    );
                }
            }
        }
        let uses = |feature: Feature, name: &str| {
            let dir = root.join("src/app/features").join(feature.name());
            all.iter()
                .any(|(p, t)| p.starts_with(&dir) && t.contains(&format!("content::{name}")))
        };
        for (feature, name) in [
            (Feature::Check, "RISK_CHECK"),
            (Feature::Check, "SCAN_PHRASES"),
            (Feature::Quiz, "QUIZ_GUIDE"),
            (Feature::Quiz, "quiz_pack("),
            (Feature::Notes, "SUPPORT_GUIDE"),
        ] {
            assert!(uses(feature, name), "{name} is not fetched by {feature:?}");
        }
    }
}
