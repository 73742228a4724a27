//! What the page's address asks for: the full workspace, a compact embed for course
//! pages, presentation mode, a forced language, and a journey shared in the fragment.
//!
//! Pure Rust: takes the query and fragment as strings, so it is tested natively.

use crate::chart::lane_choice::LaneChoice;
use crate::i18n::Lang;

/// Which screen to show.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// The full workspace with the library.
    #[default]
    Workspace,
    /// A compact chart and score card for an iframe (`?embed`).
    Embed(EmbedFlags),
}

/// Flags of `?embed`, each a bare query key (`?embed&static&plain`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedFlags {
    /// `static`: read-only, nothing can be changed.
    pub read_only: bool,
    /// `plain`: no title bar or other chrome.
    pub plain: bool,
    /// `save`: keep the learner's changes in the browser (off by default).
    pub save: bool,
    /// `preset=<name>`: which teaching journey to show.
    pub preset: Option<String>,
    /// `lanes=bank,expect,promises`: the lanes to show under the chart (`lanes` alone or
    /// `lanes=all`: every lane); without it, none.
    pub lanes: LaneChoice,
}

/// Everything the address says.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    /// `?lang=nl` or `?lang=en` forces the language.
    pub lang: Option<Lang>,
    /// `?dark`: a dark theme.
    pub dark: bool,
    /// `?present`: presentation mode for a projector.
    pub present: bool,
    /// The fragment, when it carries a shared journey (`#j1.…`); decoded by `io::link`.
    pub shared: Option<String>,
    /// `?copy`: add the journey of the link in the fragment to the library and open it
    /// ("Make my own copy" on the shared journey's page).
    pub copy: bool,
}

fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_ascii_lowercase(), v.to_string())
        })
}

impl Route {
    /// Reads `location.search` and `location.hash`.
    pub fn parse(query: &str, fragment: &str) -> Route {
        let mut r = Route::default();
        let mut embed: Option<EmbedFlags> = None;
        let mut flags = EmbedFlags::default();
        for (k, v) in pairs(query) {
            match k.as_str() {
                "embed" => embed = Some(EmbedFlags::default()),
                "static" => flags.read_only = true,
                "plain" => flags.plain = true,
                "save" => flags.save = true,
                "preset" if !v.is_empty() => flags.preset = Some(v.to_ascii_lowercase()),
                "lanes" => {
                    flags.lanes = LaneChoice::parse(&v.replace("%2C", ",").replace("%2c", ","))
                }
                "lang" => r.lang = Lang::from_tag(&v),
                "dark" => r.dark = true,
                "present" => r.present = true,
                "copy" => r.copy = true,
                _ => {}
            }
        }
        if embed.is_some() {
            r.view = View::Embed(flags);
        }
        let frag = fragment.trim_start_matches('#').trim();
        if !frag.is_empty() {
            r.shared = Some(frag.to_string());
        }
        r
    }

    /// Whether this address opens the receiver's page of a share link: a fragment on the
    /// workspace's address, unless it is the copy that page asked for.
    pub fn opens_shared_page(&self) -> bool {
        self.view == View::Workspace && self.shared.is_some() && !self.copy
    }

    /// Reads the address of the embed's own page (`embed.html?preset=…#j1.…`): the same
    /// keys as `?embed` on the main page, with or without `embed` among them, so an
    /// address the main page redirected keeps every flag.
    pub fn parse_embed(query: &str, fragment: &str) -> (Route, EmbedFlags) {
        let query = format!("?embed&{}", query.trim_start_matches('?'));
        let route = Route::parse(&query, fragment);
        let flags = match &route.view {
            View::Embed(flags) => flags.clone(),
            View::Workspace => EmbedFlags::default(),
        };
        (route, flags)
    }
}

/// The workspace's query for the receiver's page of a link to go back with: its own
/// (the language, the theme) without what made it that page, and `copy` when the
/// journey is to be copied.
pub fn workspace_query(query: &str, copy: bool) -> String {
    let keep = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or_default().to_ascii_lowercase();
            !matches!(key.as_str(), "embed" | "copy")
        });
    let parts: Vec<&str> = copy.then_some("copy").into_iter().chain(keep).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// What an embed address carries, to write it back (the "Embed" dialog builds its link
/// with this; [`Route::parse`] reads it).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedLink {
    pub flags: EmbedFlags,
    pub lang: Option<Lang>,
    pub dark: bool,
    /// A share-link token for the fragment (`j1.…`), instead of a preset.
    pub shared: Option<String>,
}

impl EmbedLink {
    /// The query and fragment:
    /// `?embed&preset=…&static&plain&save&dark&lanes=…&lang=…#j1.…`.
    pub fn to_query(&self) -> String {
        let f = &self.flags;
        let mut q = String::from("?embed");
        if let Some(p) = f.preset.as_deref().filter(|_| self.shared.is_none()) {
            q.push_str("&preset=");
            q.push_str(p);
        }
        for (on, key) in [
            (f.read_only, "static"),
            (f.plain, "plain"),
            (f.save, "save"),
            (self.dark, "dark"),
        ] {
            if on {
                q.push('&');
                q.push_str(key);
            }
        }
        if let Some(lanes) = f.lanes.to_param() {
            q.push_str("&lanes=");
            q.push_str(&lanes);
        }
        if let Some(l) = self.lang {
            q.push_str("&lang=");
            q.push_str(l.tag());
        }
        if let Some(s) = &self.shared {
            q.push('#');
            q.push_str(s);
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_opens_the_receivers_page_and_its_copy_the_workspace() {
        let link = Route::parse("?lang=nl", "#j1.abc");
        assert!(link.opens_shared_page());
        let copy = Route::parse("?copy&lang=nl", "#j1.abc");
        assert!(!copy.opens_shared_page() && copy.copy);
        assert!(!Route::parse("?lang=nl", "").opens_shared_page());
        // `?embed` goes to the embed, which shows a link itself.
        assert!(!Route::parse("?embed", "#j1.abc").opens_shared_page());
    }

    #[test]
    fn the_receivers_page_goes_back_with_the_language_and_without_itself() {
        assert_eq!(workspace_query("?lang=nl", true), "?copy&lang=nl");
        assert_eq!(workspace_query("?lang=nl&dark", false), "?lang=nl&dark");
        assert_eq!(workspace_query("?copy", false), "");
        assert_eq!(workspace_query("", true), "?copy");
        assert_eq!(workspace_query("?Copy&embed", false), "");
    }

    #[test]
    fn the_embed_page_reads_the_same_flags_with_or_without_embed() {
        let (r, flags) =
            Route::parse_embed("?preset=colonoscopy&static&lanes=bank&lang=nl", "#j1.x");
        assert_eq!(flags.preset.as_deref(), Some("colonoscopy"));
        assert!(flags.read_only && flags.lanes.bank && !flags.lanes.expect);
        assert_eq!(
            (r.lang, r.shared.as_deref()),
            (Some(Lang::Nl), Some("j1.x"))
        );
        // A redirected `?embed&…` address reads the same.
        let (again, same) = Route::parse_embed(
            "?embed&preset=colonoscopy&static&lanes=bank&lang=nl",
            "#j1.x",
        );
        assert_eq!((again, same), (r, flags));
        // No query at all: the first preset, editable.
        let (r, flags) = Route::parse_embed("", "");
        assert_eq!((flags, r.shared), (EmbedFlags::default(), None));
    }

    #[test]
    fn plain_address_is_the_workspace() {
        assert_eq!(Route::parse("", ""), Route::default());
    }

    #[test]
    fn embed_flags_language_and_fragment() {
        let r = Route::parse(
            "?embed&static&plain&lang=nl&dark&preset=Colonoscopy",
            "#j1.abc",
        );
        assert_eq!(
            r.view,
            View::Embed(EmbedFlags {
                read_only: true,
                plain: true,
                save: false,
                preset: Some("colonoscopy".into()),
                lanes: LaneChoice::default(),
            })
        );
        assert_eq!(r.lang, Some(Lang::Nl));
        assert!(r.dark);
        assert_eq!(r.shared.as_deref(), Some("j1.abc"));
    }

    #[test]
    fn flags_without_embed_keep_the_workspace() {
        let r = Route::parse("?static&lang=xx&present", "");
        assert_eq!(r.view, View::Workspace);
        assert_eq!(r.lang, None, "an unknown language is ignored");
        assert!(r.present);
    }

    #[test]
    fn an_embed_link_reads_back_as_it_was_written() {
        let link = EmbedLink {
            flags: EmbedFlags {
                read_only: true,
                plain: false,
                save: true,
                preset: Some("cold-water-long".into()),
                lanes: LaneChoice::default(),
            },
            lang: Some(Lang::Nl),
            dark: true,
            shared: None,
        };
        let q = link.to_query();
        assert_eq!(q, "?embed&preset=cold-water-long&static&save&dark&lang=nl");
        let r = Route::parse(&q, "");
        assert_eq!(r.view, View::Embed(link.flags.clone()));
        assert_eq!((r.lang, r.dark), (Some(Lang::Nl), true));

        let shared = EmbedLink {
            shared: Some("j1.abc".into()),
            ..link
        };
        let q = shared.to_query();
        let (query, fragment) = q.split_once('#').unwrap();
        assert!(!query.contains("preset"), "the fragment names the journey");
        assert_eq!(
            Route::parse(query, fragment).shared.as_deref(),
            Some("j1.abc")
        );
    }

    fn lanes_of(query: &str) -> LaneChoice {
        match Route::parse(query, "").view {
            View::Embed(f) => f.lanes,
            View::Workspace => panic!("{query} is not an embed"),
        }
    }

    #[test]
    fn the_embed_names_its_lanes_in_any_order() {
        let bank_only = LaneChoice {
            bank: true,
            ..LaneChoice::default()
        };
        assert_eq!(lanes_of("?embed&lanes=bank"), bank_only);
        assert_eq!(
            lanes_of("?embed&lanes=promises,BANK,expect"),
            LaneChoice::ALL
        );
        assert_eq!(
            lanes_of("?embed&lanes=promises%2Cbank"),
            lanes_of("?embed&lanes=bank,promises")
        );
        assert_eq!(
            lanes_of("?embed&lanes"),
            LaneChoice::ALL,
            "bare: every lane"
        );
        assert_eq!(lanes_of("?embed&lanes=all"), LaneChoice::ALL);
        assert!(
            lanes_of("?embed&lanes=weather").is_empty(),
            "unknown names are ignored"
        );
        assert!(
            lanes_of("?embed&preset=telecom").is_empty(),
            "no lanes unless asked"
        );
    }

    #[test]
    fn the_lanes_are_written_back_and_read_the_same() {
        let link = EmbedLink {
            flags: EmbedFlags {
                preset: Some("telecom-promise".into()),
                lanes: LaneChoice::parse("promises,bank"),
                ..EmbedFlags::default()
            },
            lang: Some(Lang::En),
            ..EmbedLink::default()
        };
        let q = link.to_query();
        assert_eq!(
            q,
            "?embed&preset=telecom-promise&lanes=bank,promises&lang=en"
        );
        assert_eq!(Route::parse(&q, "").view, View::Embed(link.flags.clone()));
        let none = EmbedLink {
            flags: EmbedFlags::default(),
            ..link
        };
        assert!(!none.to_query().contains("lanes"), "no lane: no key");
    }
}
