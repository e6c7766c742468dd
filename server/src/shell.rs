//! The page shell (`index.html`) as served. Trunk writes its WASM loader as an inline
//! `<script type="module">`; our Content-Security-Policy allows no inline script, so at start-up
//! each inline script is moved into a file of its own (`/boot-<hash>.js`, served from memory) and
//! the page refers to it. The rest of the page is served as Trunk wrote it.

use axum::body::Bytes;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// The rewritten page and the scripts taken out of it.
#[derive(Clone, Debug, Default)]
pub struct Shell {
    pub html: Bytes,
    /// Script path (e.g. `/boot-0123456789abcdef.js`) → source.
    pub scripts: HashMap<String, Bytes>,
}

impl Shell {
    pub fn load(dist: &Path) -> std::io::Result<Shell> {
        let html = std::fs::read_to_string(dist.join("index.html"))?;
        Ok(Shell::from_html(&html))
    }

    pub fn from_html(html: &str) -> Shell {
        let (html, scripts) = externalize_inline_scripts(html);
        Shell {
            html: Bytes::from(html),
            scripts: scripts
                .into_iter()
                .map(|(path, source)| (path, Bytes::from(source)))
                .collect(),
        }
    }
}

/// Moves the body of every `<script>` without `src` into a named file. Returns the new page and
/// `(path, source)` of each moved script.
pub fn externalize_inline_scripts(html: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::with_capacity(html.len());
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = find_ascii_ci(rest, "<script") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i) else {
            break;
        };
        let open_tag = &rest[start..=open_end];
        let Some(close) = find_ascii_ci(&rest[open_end..], "</script>").map(|i| open_end + i)
        else {
            break;
        };
        let body = &rest[open_end + 1..close];
        out.push_str(&rest[..start]);
        if find_ascii_ci(open_tag, " src=").is_some() || body.trim().is_empty() {
            out.push_str(&rest[start..close + "</script>".len()]);
        } else {
            let digest = Sha256::digest(body.as_bytes());
            let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
            let path = format!("/boot-{hash}.js");
            let attrs = open_tag
                .trim_start_matches(|c| c != ' ' && c != '>')
                .trim_end_matches('>')
                .replace(" nonce=\"\"", "");
            out.push_str(&format!("<script{attrs} src=\"{path}\"></script>"));
            scripts.push((path, body.to_owned()));
        }
        rest = &rest[close + "</script>".len()..];
    }
    out.push_str(rest);
    (out, scripts)
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_module_scripts_move_to_files_and_external_ones_stay() {
        let page = r#"<html><head><link rel="modulepreload" href="/app-1.js"><script type="module">
import init from '/app-1.js';
await init('/app-1_bg.wasm');
</script><script src="/x.js"></script></head><body></body></html>"#;
        let (html, scripts) = externalize_inline_scripts(page);
        assert_eq!(scripts.len(), 1);
        let (path, source) = &scripts[0];
        assert!(path.starts_with("/boot-") && path.ends_with(".js"));
        assert!(source.contains("import init from '/app-1.js';"));
        assert!(html.contains(&format!("<script type=\"module\" src=\"{path}\"></script>")));
        assert!(html.contains("<script src=\"/x.js\"></script>"));
        assert!(!html.contains("import init"));
    }

    #[test]
    fn a_page_without_scripts_is_unchanged() {
        let page = "<html><body><p>hi</p></body></html>";
        let (html, scripts) = externalize_inline_scripts(page);
        assert_eq!(html, page);
        assert!(scripts.is_empty());
    }
}
