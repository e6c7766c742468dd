//! `cargo xtask run`: build what is missing and start Mentorhub with the demo.

use crate::cmd::{self, Result, command};
use crate::{client, root};

pub fn run(extra: &[String]) -> Result<()> {
    client::build()?;
    cmd::run(&mut command(
        "cargo",
        &["build", "--release", "-p", "server"],
        &root(),
    ))?;
    let server = crate::target_dir().join("release/server");
    let mut c = std::process::Command::new(server);
    c.current_dir(root())
        .args(["--demo", "--dist-dir"])
        .arg(client::dist())
        .args(extra.iter().filter(|a| *a != "--"));
    exec(c)
}

/// Becomes the server process, so Ctrl-C reaches it directly and it shuts down cleanly.
#[cfg(unix)]
fn exec(mut c: std::process::Command) -> Result<()> {
    use std::os::unix::process::CommandExt;
    Err(format!("cannot start the server: {}", c.exec()))
}

#[cfg(not(unix))]
fn exec(mut c: std::process::Command) -> Result<()> {
    cmd::run(&mut c)
}
