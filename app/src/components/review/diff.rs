//! Word-level differences between two versions: insertions and deletions marked with `<ins>`
//! and `<del>`, each also named in words (not by colour alone).

use crate::i18n::use_i18n;
use leptos::prelude::*;
use shared::review::wire::{DiffOp, DiffSegment};

/// How many words were added and removed.
fn counts(segments: &[DiffSegment]) -> (usize, usize) {
    let words = |op: DiffOp| {
        segments
            .iter()
            .filter(|s| s.op == op)
            .map(|s| s.text.split_whitespace().count())
            .sum()
    };
    (words(DiffOp::Insert), words(DiffOp::Delete))
}

#[component]
pub fn DiffView(segments: Vec<DiffSegment>) -> impl IntoView {
    let i = use_i18n();
    let (added, removed) = counts(&segments);
    let same = added == 0 && removed == 0;
    let pieces = segments
        .into_iter()
        .map(|s| match s.op {
            DiffOp::Equal => view! { <span>{s.text}</span> }.into_any(),
            DiffOp::Insert => view! {
                <ins><span class="visually-hidden">{i.tr("diff-added")}" "</span>{s.text}</ins>
            }
            .into_any(),
            DiffOp::Delete => view! {
                <del><span class="visually-hidden">{i.tr("diff-removed")}" "</span>{s.text}</del>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <p class="meta">
            {move || if same {
                i.t("diff-same")
            } else {
                i.t_with("diff-summary", &[("added", added.into()), ("removed", removed.into())])
            }}
        </p>
        <p class="diff-legend meta">
            <ins>{i.tr("diff-legend-added")}</ins>" "<del>{i.tr("diff-legend-removed")}</del>
        </p>
        <div class="diff" role="region" aria-label=i.tr("diff-label")>{pieces}</div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_added_and_removed_are_counted() {
        let seg = |op, text: &str| DiffSegment {
            op,
            text: text.into(),
        };
        let segments = [
            seg(DiffOp::Equal, "Offer for "),
            seg(DiffOp::Insert, "small "),
            seg(DiffOp::Equal, "bakeries. "),
            seg(DiffOp::Delete, "The pilot starts in March."),
        ];
        assert_eq!(counts(&segments), (1, 5));
    }
}
