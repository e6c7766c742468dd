//! A version's text, built element by element from its blocks and marks (never from HTML), with
//! the comments' passages highlighted. Each text element carries its span of the text
//! (`data-start`, `data-end`) so selections map back to positions; nothing else is inside it.

use super::layout::{Highlight, Node, Run, group, runs};
use crate::i18n::{I18n, use_i18n};
use leptos::prelude::*;
use shared::ids::ThreadId;
use shared::review::document::{BlockKind, DocumentBody};
use std::sync::Arc;

/// What every piece of the document needs.
#[derive(Clone)]
struct Doc {
    body: Arc<DocumentBody>,
    chars: Arc<Vec<char>>,
    highlights: Arc<Vec<Highlight>>,
    active: RwSignal<Option<ThreadId>>,
    on_open: Callback<ThreadId>,
    /// Set where the person may comment: opens the comment form on a whole block.
    on_block: Option<Callback<(usize, usize)>>,
    i18n: I18n,
}

impl Doc {
    fn text(&self, start: usize, end: usize) -> String {
        self.chars[start.min(end)..end.min(self.chars.len())]
            .iter()
            .collect()
    }
}

#[component]
pub fn DocumentView(
    body: DocumentBody,
    #[prop(into)] highlights: Signal<Vec<Highlight>>,
    active: RwSignal<Option<ThreadId>>,
    on_open: Callback<ThreadId>,
    #[prop(default = None)] on_block: Option<Callback<(usize, usize)>>,
    node_ref: NodeRef<leptos::html::Div>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chars: Arc<Vec<char>> = Arc::new(body.text.chars().collect());
    let nodes = group(&body.blocks);
    let body = Arc::new(body);
    let content = move || {
        let doc = Doc {
            body: body.clone(),
            chars: chars.clone(),
            highlights: Arc::new(highlights.get()),
            active,
            on_open,
            on_block,
            i18n,
        };
        nodes.iter().map(|n| node_view(n, &doc)).collect_view()
    };
    view! {
        <div class="document" node_ref=node_ref role="region" aria-label=label>{content}</div>
    }
}

fn node_view(node: &Node, doc: &Doc) -> AnyView {
    match node {
        Node::Block(i) => block_view(*i, doc),
        Node::List { ordered, items } => {
            let items = items
                .iter()
                .map(|item| {
                    let children = item
                        .children
                        .iter()
                        .map(|c| node_view(c, doc))
                        .collect_view();
                    view! {
                        <li>
                            <span class="doc-text" data-start=doc.body.blocks[item.block].start
                                data-end=doc.body.blocks[item.block].end>
                                {block_runs(item.block, doc)}
                            </span>
                            {block_button(item.block, doc)}
                            {children}
                        </li>
                    }
                })
                .collect_view();
            if *ordered {
                view! { <ol class="doc-list">{items}</ol> }.into_any()
            } else {
                view! { <ul class="doc-list">{items}</ul> }.into_any()
            }
        }
    }
}

fn block_view(i: usize, doc: &Doc) -> AnyView {
    let block = &doc.body.blocks[i];
    let (start, end) = (block.start, block.end);
    let runs = block_runs(i, doc);
    let element = match block.kind {
        BlockKind::Heading { level: 1 } => {
            view! { <h3 data-start=start data-end=end>{runs}</h3> }.into_any()
        }
        BlockKind::Heading { level: 2 } => {
            view! { <h4 data-start=start data-end=end>{runs}</h4> }.into_any()
        }
        BlockKind::Heading { level: 3 } => {
            view! { <h5 data-start=start data-end=end>{runs}</h5> }.into_any()
        }
        BlockKind::Heading { .. } => {
            view! { <h6 data-start=start data-end=end>{runs}</h6> }.into_any()
        }
        BlockKind::Paragraph | BlockKind::ListItem { .. } => {
            view! { <p data-start=start data-end=end>{runs}</p> }.into_any()
        }
        BlockKind::Code => {
            view! { <pre class="doc-code"><code data-start=start data-end=end>{runs}</code></pre> }
                .into_any()
        }
        BlockKind::Quote => view! {
            <blockquote class="doc-quote"><p data-start=start data-end=end>{runs}</p></blockquote>
        }
        .into_any(),
        BlockKind::Page { number } => return page_view(number, doc.i18n),
    };
    view! { <div class="doc-block">{element}{block_button(i, doc)}</div> }.into_any()
}

fn page_view(number: u32, i: I18n) -> AnyView {
    view! {
        <p class="doc-page">
            <span>{move || i.t_with("review-page", &[("number", i64::from(number).into())])}</span>
        </p>
    }
    .into_any()
}

/// The keyboard's way to comment: a button after each block, shown when it has focus.
fn block_button(i: usize, doc: &Doc) -> Option<AnyView> {
    let on_block = doc.on_block?;
    let i18n = doc.i18n;
    let block = &doc.body.blocks[i];
    let (start, end) = (block.start, block.end);
    let mut opening: String = doc.text(start, end).chars().take(40).collect();
    if end - start > 40 {
        opening.push('…');
    }
    let label = move || {
        i18n.t_with(
            "review-comment-block",
            &[("start", opening.as_str().into())],
        )
    };
    Some(
        view! {
            <button type="button" class="block-comment" on:click=move |_| on_block.run((start, end))>
                {label}
            </button>
        }
        .into_any(),
    )
}

fn block_runs(i: usize, doc: &Doc) -> AnyView {
    runs(&doc.body.blocks[i], &doc.highlights)
        .iter()
        .map(|run| run_view(run, doc))
        .collect_view()
        .into_any()
}

fn run_view(run: &Run, doc: &Doc) -> AnyView {
    let mut inner = doc.text(run.start, run.end).into_any();
    if run.code {
        inner = view! { <code>{inner}</code> }.into_any();
    }
    if run.emphasis {
        inner = view! { <em>{inner}</em> }.into_any();
    }
    if run.strong {
        inner = view! { <strong>{inner}</strong> }.into_any();
    }
    if let Some(&thread) = run.threads.first() {
        inner = highlight_view(run, thread, inner, doc);
    }
    if let Some(href) = run.link.clone() {
        inner = view! {
            <a href=href rel="noopener noreferrer nofollow" target="_blank">{inner}</a>
        }
        .into_any();
    }
    inner
}

fn highlight_view(run: &Run, thread: ThreadId, inner: AnyView, doc: &Doc) -> AnyView {
    let (active, on_open) = (doc.active, doc.on_open);
    let threads = run.threads.clone();
    let is_active = move || active.get().is_some_and(|a| threads.contains(&a));
    let opens = run.opens.map(|t| t.to_string());
    let tabindex = if run.opens.is_some() { "0" } else { "-1" };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            on_open.run(thread);
        }
    };
    view! {
        <mark class="hl" class:hl-resolved=run.resolved class:hl-active=is_active
            data-thread=thread.to_string() data-opens=opens tabindex=tabindex
            on:click=move |_| on_open.run(thread) on:keydown=keydown>
            {inner}
        </mark>
    }
    .into_any()
}
