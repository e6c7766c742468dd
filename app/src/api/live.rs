//! The live WebSocket (`/api/v1/live`): the server pokes with the newest sequence a person may
//! see (the data itself is pulled from `/changes`) and says who else has a project open; the
//! client says which project it shows.

use super::Error;
use futures::{SinkExt, StreamExt};
use gloo_net::websocket::futures::WebSocket;
use gloo_net::websocket::{Message, WebSocketError};
use shared::api::API_PREFIX;
use shared::change::{LiveMessage, LiveRequest};

/// What the socket reports.
#[derive(Debug)]
pub enum LiveEvent {
    Message(LiveMessage),
    /// The connection ended; `code` is the close code when the server sent one.
    Closed {
        code: Option<u16>,
    },
}

/// An open live connection. Dropping it closes it.
pub struct LiveSocket(WebSocket);

/// Opens the live connection on the page's own origin (the session cookie goes along).
pub fn open() -> Result<LiveSocket, Error> {
    let location = web_sys::window().ok_or(Error::Network)?.location();
    let host = location.host().map_err(|_| Error::Network)?;
    let scheme = match location.protocol().as_deref() {
        Ok("https:") => "wss",
        _ => "ws",
    };
    let url = format!("{scheme}://{host}{API_PREFIX}/live");
    WebSocket::open(&url)
        .map(LiveSocket)
        .map_err(|_| Error::Network)
}

impl LiveSocket {
    /// Sends a request to the server; fails when the connection is gone.
    pub async fn send(&mut self, request: &LiveRequest) -> Result<(), Error> {
        let text = serde_json::to_string(request).map_err(|_| Error::Unreadable)?;
        self.0
            .send(Message::Text(text))
            .await
            .map_err(|_| Error::Network)
    }

    /// Waits for the next message, skipping what this client does not understand.
    pub async fn next(&mut self) -> LiveEvent {
        loop {
            match self.0.next().await {
                Some(Ok(Message::Text(text))) => {
                    if let Ok(message) = serde_json::from_str::<LiveMessage>(&text) {
                        return LiveEvent::Message(message);
                    }
                }
                Some(Ok(Message::Bytes(_))) => {}
                Some(Err(WebSocketError::ConnectionClose(event))) => {
                    return LiveEvent::Closed {
                        code: Some(event.code),
                    };
                }
                Some(Err(_)) | None => return LiveEvent::Closed { code: None },
            }
        }
    }
}
