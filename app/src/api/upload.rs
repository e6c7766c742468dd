//! Uploading a file to a project, with progress. `fetch` reports no upload progress, so this
//! one request goes through `XMLHttpRequest`; it carries the same language and CSRF headers as
//! every other write.

use super::{Error, config};
use futures::channel::oneshot;
use shared::api::{API_PREFIX, CSRF_HEADER};
use shared::error::{ApiError, ErrorCode};
use shared::i18n::i18n;
use shared::ids::ProjectId;
use shared::review::wire::UploadReceipt;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{File, ProgressEvent, XmlHttpRequest, XmlHttpRequestEventTarget};

/// How far an upload is: bytes sent so far, of `total`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub sent: f64,
    pub total: f64,
}

impl Progress {
    /// Whole percent, 0–100.
    pub fn percent(self) -> u8 {
        if self.total <= 0.0 {
            return 0;
        }
        (self.sent / self.total * 100.0).clamp(0.0, 100.0) as u8
    }
}

/// `POST /projects/{id}/uploads?name=…` with the file's bytes. The server reads and keeps the
/// file; the `add_version` command then makes it a version.
pub async fn upload(
    project: ProjectId,
    file: &File,
    on_progress: impl Fn(Progress) + 'static,
) -> Result<UploadReceipt, Error> {
    if !super::has_csrf() {
        refresh_csrf().await?;
    }
    let on_progress: Rc<dyn Fn(Progress)> = Rc::new(on_progress);
    match attempt(project, file, on_progress.clone()).await {
        Err(err) if err.code() == Some(ErrorCode::CsrfFailed) => {
            refresh_csrf().await?;
            attempt(project, file, on_progress).await
        }
        other => other,
    }
}

async fn refresh_csrf() -> Result<(), Error> {
    let session = super::session().await?;
    super::set_csrf(Some(session.csrf_token));
    Ok(())
}

async fn attempt(
    project: ProjectId,
    file: &File,
    on_progress: Rc<dyn Fn(Progress)>,
) -> Result<UploadReceipt, Error> {
    let xhr = XmlHttpRequest::new().map_err(|_| Error::Network)?;
    let name = String::from(js_sys::encode_uri_component(&file.name()));
    let url = format!("{API_PREFIX}/projects/{project}/uploads?name={name}");
    xhr.open_with_async("POST", &url, true)
        .map_err(|_| Error::Network)?;
    let (locale, csrf) = config(|c| (c.locale, c.csrf.clone()));
    let headers = [
        ("Accept-Language", locale.tag().to_owned()),
        ("Accept", "application/json".to_owned()),
        ("Content-Type", "application/octet-stream".to_owned()),
    ];
    for (header, value) in headers.iter().chain(csrf.map(|t| (CSRF_HEADER, t)).iter()) {
        xhr.set_request_header(header, value)
            .map_err(|_| Error::Network)?;
    }
    let progress = Closure::<dyn Fn(ProgressEvent)>::new(move |event: ProgressEvent| {
        if event.length_computable() {
            on_progress(Progress {
                sent: event.loaded(),
                total: event.total(),
            });
        }
    });
    let target = xhr.upload().map_err(|_| Error::Network)?;
    target.set_onprogress(Some(progress.as_ref().unchecked_ref()));

    let (tx, rx) = oneshot::channel::<bool>();
    let tx = Rc::new(RefCell::new(Some(tx)));
    let finish = |loaded: bool| {
        let tx = tx.clone();
        Closure::<dyn Fn()>::new(move || {
            if let Some(tx) = tx.borrow_mut().take() {
                let _ = tx.send(loaded);
            }
        })
    };
    let (loaded, failed) = (finish(true), finish(false));
    xhr.set_onload(Some(loaded.as_ref().unchecked_ref()));
    for set in [
        XmlHttpRequestEventTarget::set_onerror,
        XmlHttpRequestEventTarget::set_onabort,
        XmlHttpRequestEventTarget::set_ontimeout,
    ] {
        set(&xhr, Some(failed.as_ref().unchecked_ref()));
    }
    xhr.send_with_opt_blob(Some(file))
        .map_err(|_| Error::Network)?;
    let arrived = rx.await.unwrap_or(false);
    // The callbacks are dropped below; detach them first.
    target.set_onprogress(None);
    xhr.set_onload(None);
    xhr.set_onerror(None);
    xhr.set_onabort(None);
    xhr.set_ontimeout(None);
    drop((progress, loaded, failed));
    if !arrived {
        return Err(Error::Network);
    }
    let status = xhr.status().unwrap_or(0);
    let body = xhr.response_text().ok().flatten().unwrap_or_default();
    answer(status, &body)
}

/// The receipt from a 2xx answer, else the error the answer carries.
fn answer(status: u16, body: &str) -> Result<UploadReceipt, Error> {
    if (200..300).contains(&status) {
        return serde_json::from_str(body).map_err(|_| Error::Unreadable);
    }
    match serde_json::from_str::<ApiError>(body) {
        Ok(error) => Err(Error::Api { status, error }),
        // A proxy's (or the body limit's) own page: say what it means.
        Err(_) if status == 413 => Err(Error::Api {
            status,
            error: ApiError {
                code: ErrorCode::PayloadTooLarge,
                message: i18n().text(super::locale(), "error-payload-too-large"),
                field: None,
            },
        }),
        Err(_) if status == 0 || status >= 500 => Err(Error::Network),
        Err(_) => Err(Error::Unreadable),
    }
}
