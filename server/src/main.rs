//! The `server` binary: serves Mentorhub (the default), with subcommands for offline tools.

use clap::Parser;
use server::config::{Cli, CliCommand, ServeArgs};
use server::db::Db;
use server::mail::Mailer;
use server::state::{AppState, Inner, Settings, SystemClock};
use server::sync::hub::Hub;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn")),
        )
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(CliCommand::Serve(args)) => serve(args).await,
        Some(CliCommand::Reanchor(args)) => server::tools::reanchor(&args),
        Some(CliCommand::Scores(args)) => server::tools::scores::run(&args),
        None => serve(cli.serve).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(args: ServeArgs) -> Result<(), String> {
    std::fs::create_dir_all(&args.data_dir).map_err(|e| {
        format!(
            "cannot create the data folder {}: {e}",
            args.data_dir.display()
        )
    })?;
    let db = Db::connect(&args.database_url())
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let files = server::files::BlobStore::local(args.data_dir.join("files"));
    if args.demo {
        match server::demo::seed(&db, &files, server::state::Clock::now(&SystemClock))
            .await
            .map_err(|e| format!("cannot seed the demo: {e}"))?
        {
            Some(logins) => print_logins(&logins, "seeded"),
            None => print_logins(&server::demo::logins(), "already present"),
        }
    }
    let transport = match &args.smtp_url {
        Some(url) => Mailer::smtp(url)?,
        None => Mailer::folder(args.data_dir.join("outbox"))
            .map_err(|e| format!("cannot create the outbox folder: {e}"))?,
    };
    let mailer = Mailer::new(&args.mail_from, transport)?;
    let (shutdown_tx, shutdown) = tokio::sync::watch::channel(false);
    let mut settings = Settings::new(&args.public_url());
    settings.max_upload = args.max_upload_mb.saturating_mul(1024 * 1024);
    let state = AppState(Arc::new(Inner {
        db: db.clone(),
        settings,
        files,
        mailer,
        hub: Hub::new(),
        clock: Arc::new(SystemClock),
        shutdown,
    }));
    let background = server::spawn_background(&state);
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.addr))?;
    let app = server::router(state, Some(&args.dist_dir));
    tracing::info!(
        addr = %args.addr,
        database = db.backend().as_str(),
        "Mentorhub is serving on http://{}",
        args.addr
    );
    println!(
        "Mentorhub is ready: http://{}  (Ctrl-C stops it)",
        args.addr
    );
    let signal = async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        let _ = shutdown_tx.send(true);
    };
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(signal)
    .await
    .map_err(|e| format!("the server stopped: {e}"))?;
    for task in background {
        let _ = task.await;
    }
    db.close().await;
    Ok(())
}

fn print_logins(logins: &[server::demo::DemoLogin], how: &str) {
    println!();
    println!(
        "Demo programs {how}. Sign in with any of these (password: {}):",
        server::demo::DEMO_PASSWORD
    );
    for login in logins {
        println!("  {:<32} {:<20} {}", login.email, login.name, login.what);
    }
    println!();
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
