//! A throwaway PostgreSQL cluster from the machine's PostgreSQL binaries, in a temporary folder,
//! on a free port; stopped and removed when dropped. As root the server runs as the `postgres`
//! user (PostgreSQL refuses to run as root).

use crate::cmd::{self, Result, free_port};
use std::path::PathBuf;
use std::process::Command;

pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    as_postgres: bool,
    pub url: String,
}

fn find_bin() -> Result<PathBuf> {
    if let Some(dir) = cmd::output("pg_config", &["--bindir"]) {
        let dir = PathBuf::from(dir.trim());
        if dir.join("initdb").exists() {
            return Ok(dir);
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path().join("bin"))
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions
        .into_iter()
        .rev()
        .find(|bin| bin.join("initdb").exists())
        .ok_or_else(|| {
            "PostgreSQL server binaries not found (install Debian's postgresql package, or set DATABASE_URL)".into()
        })
}

impl Cluster {
    fn command(&self, program: &str, args: &[&str]) -> Command {
        let program = self.bin.join(program);
        if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program).args(args);
            c
        } else {
            let mut c = Command::new(program);
            c.args(args);
            c
        }
    }

    pub fn start() -> Result<Cluster> {
        let bin = find_bin()?;
        let as_postgres = cmd::is_root();
        let base = std::env::temp_dir().join(format!("mentorhub-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(&base).map_err(|e| e.to_string())?;
        if as_postgres {
            cmd::run(
                Command::new("chown")
                    .args(["-R", "postgres:postgres"])
                    .arg(&base),
            )?;
        }
        let port = free_port()?;
        let cluster = Cluster {
            dir: base.clone(),
            bin,
            as_postgres,
            url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
        };
        let data = base.join("data");
        let data_arg = data.to_string_lossy().into_owned();
        cmd::run(&mut cluster.command(
            "initdb",
            &[
                "-D",
                &data_arg,
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        ))?;
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300",
            base.display()
        );
        let log = base.join("server.log").to_string_lossy().into_owned();
        cmd::run(&mut cluster.command(
            "pg_ctl",
            &["-D", &data_arg, "-w", "-l", &log, "-o", &options, "start"],
        ))?;
        Ok(cluster)
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.data().to_string_lossy().into_owned();
        let _ = self
            .command("pg_ctl", &["-D", &data, "-m", "immediate", "stop"])
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
