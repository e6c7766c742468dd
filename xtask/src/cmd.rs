//! Running programs: each command is echoed, then run with inherited or captured output.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};

pub type Result<T> = std::result::Result<T, String>;

/// A command in `dir`, echoed when run.
pub fn command(program: impl AsRef<OsStr>, args: &[&str], dir: &Path) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(dir);
    c
}

fn describe(c: &Command) -> String {
    let mut text = c.get_program().to_string_lossy().into_owned();
    for arg in c.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs with the terminal's output; an error if it fails.
pub fn run(c: &mut Command) -> Result<()> {
    let what = describe(c);
    println!("$ {what}");
    let status = c
        .status()
        .map_err(|e| format!("cannot start `{what}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{what}` failed ({status})"))
    }
}

/// Runs, printing the output as it comes and also returning it; `Ok(false)` if it failed.
pub fn run_tee(c: &mut Command) -> Result<(bool, String)> {
    use std::io::{BufRead, BufReader, Write};
    let what = describe(c);
    println!("$ {what}");
    let mut child = c
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start `{what}`: {e}"))?;
    let mut output = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap_or_default();
            println!("{line}");
            let _ = std::io::stdout().flush();
            output.push_str(&line);
            output.push('\n');
        }
    }
    let status = child.wait().map_err(|e| format!("`{what}`: {e}"))?;
    Ok((status.success(), output))
}

/// The standard output of a command that should succeed, or `None`.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Whether we run as root (some installs need it, PostgreSQL refuses it).
pub fn is_root() -> bool {
    output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0")
}

/// A TCP port nobody listens on right now.
pub fn free_port() -> Result<u16> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}
