//! Load benchmark of the QR login server (docs/protocol.md), over real HTTP
//! and WebSockets from many loopback source addresses:
//!
//! 1. hold N waiting browsers (code + socket each) open for the whole run,
//!    and measure the server's resident memory per waiting browser;
//! 2. set-up: one phone account per concurrent lane, signed in;
//! 3. run M complete logins C at a time (code, socket, phone inspect and
//!    approve, `qr_authorized` on the socket): logins/s, approve→browser
//!    latency, errors by kind;
//! 4. check that the waiting browsers are all still open.
//!
//! It talks JSON and does not link the server's crates. Every loop is
//! bounded (by counts, deadlines and timeouts); the process ends by itself.

mod browser;
mod net;
mod phone;
mod stats;

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context as _};
use clap::Parser;
use futures::StreamExt as _;
use serde::Serialize;
use tokio::time::Instant;

use net::Pool;
use phone::Phone;
use stats::{describe, Failure, Percentiles, Tally};

#[derive(Parser, Debug)]
#[command(
    name = "bench",
    about = "Load benchmark of the QR login server: waiting browsers held open, then complete logins",
    after_help = "Exit status: 0 when every step succeeded, 2 when any failed (the figures are printed either way), 1 when the run could not start."
)]
struct Args {
    /// The server's base URL.
    #[arg(long, default_value = "http://127.0.0.1:3000")]
    url: String,
    /// The Origin every request names: the server's PUBLIC_URL [default: the origin of --url].
    #[arg(long)]
    origin: Option<String>,
    /// The server's process id, to read its resident memory (/proc/PID/status).
    #[arg(long)]
    server_pid: Option<u32>,
    /// Waiting browsers held open for the whole run (code on screen, socket open).
    #[arg(long, default_value_t = 1000)]
    hold: usize,
    /// Complete logins of the timed phase.
    #[arg(long, default_value_t = 1000)]
    logins: usize,
    /// Logins at once: one phone account per lane, each lane one login after another.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Loopback source addresses 127.0.0.2… to spread over (0: unbound).
    #[arg(long, default_value_t = 64)]
    addresses: usize,
    /// Waiting browsers being opened at once.
    #[arg(long, default_value_t = 200)]
    open_parallel: usize,
    /// Untimed logins before the timed phase [default: --concurrency].
    #[arg(long)]
    warmup: Option<usize>,
    /// A login that takes longer is a timeout error.
    #[arg(long, default_value_t = 10)]
    login_timeout_secs: u64,
    /// Keep each phone's linked browsers at this many by logging the oldest out
    /// (DELETE /api/devices/{id}) after each login; 0: let the server's
    /// MAX_LINKED_SESSIONS bound them, dropping the oldest with dropSession.
    #[arg(long, default_value_t = 0)]
    keep_linked: usize,
    /// Phone accounts the lanes approve with, shared in turn (0: one per
    /// lane). With 1, every concurrent approval is of the same account: a
    /// kiosk fleet; give it --keep-linked so the account stays below the
    /// server's MAX_LINKED_SESSIONS, since lanes cannot agree on whom to drop.
    #[arg(long, default_value_t = 0)]
    accounts: usize,
    /// Also trade each access token for the session cookie (POST /api/session), as the page does.
    #[arg(long)]
    open_session: bool,
    /// Keep the waiting browsers open this long after the logins before checking them
    /// (longer than SOCKET_IDLE_SECS shows that pings are answered).
    #[arg(long, default_value_t = 0)]
    linger_secs: u64,
    /// Pause before each memory reading, so idle HTTP connections have closed.
    #[arg(long, default_value_t = 6)]
    settle_secs: u64,
    /// Idle HTTP connections kept per source address.
    #[arg(long, default_value_t = 4)]
    idle_per_address: usize,
    /// Progress lines on stderr every so many seconds (0: none).
    #[arg(long, default_value_t = 5)]
    progress_secs: u64,
    /// Also print the figures as one JSON line.
    #[arg(long)]
    json: bool,
}

/// What every login lane shares.
struct Ctx {
    pool: Pool,
    login_timeout: Duration,
    open_session: bool,
    keep_linked: usize,
    /// Finished logins' sockets still closing.
    closing: Arc<AtomicUsize>,
}

/// One concurrent lane of logins: its phone, and what it measured.
struct Lane {
    phone: Phone,
    approve_to_browser: Vec<Duration>,
    whole_login: Vec<Duration>,
}

#[derive(Serialize, Default)]
struct HoldReport {
    requested: usize,
    held: usize,
    failed: u64,
    failures: BTreeMap<String, u64>,
    open_secs: f64,
    per_sec: f64,
    challenge_ttl_secs: u64,
    server_rss_before_kib: Option<u64>,
    server_rss_after_kib: Option<u64>,
    server_rss_per_waiting_browser_kib: Option<f64>,
}

#[derive(Serialize, Default)]
struct LoginReport {
    requested: usize,
    concurrency: usize,
    ok: usize,
    failed: u64,
    errors: BTreeMap<String, u64>,
    secs: f64,
    per_sec: f64,
    approve_to_browser_ms: Percentiles,
    whole_login_ms: Percentiles,
    server_rss_after_kib: Option<u64>,
}

#[derive(Serialize, Default)]
struct EndReport {
    still_open: usize,
    dropped: usize,
    drops: BTreeMap<String, u64>,
}

#[derive(Serialize, Default)]
struct Report {
    url: String,
    origin: String,
    addresses: usize,
    phones: usize,
    setup_secs: f64,
    hold: HoldReport,
    warmup: LoginReport,
    logins: LoginReport,
    held_at_end: EndReport,
    server_rss_end_kib: Option<u64>,
}

impl Report {
    fn failures(&self) -> u64 {
        self.hold.failed + self.warmup.failed + self.logins.failed + self.held_at_end.dropped as u64
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("bench: no runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(args)) {
        Ok(report) if report.failures() == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(2),
        Err(e) => {
            eprintln!("bench: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn progress(
    args: &Args,
    line: impl Fn() -> String + Send + 'static,
) -> Option<tokio::task::JoinHandle<()>> {
    (args.progress_secs > 0).then(|| {
        let every = Duration::from_secs(args.progress_secs);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval_at(Instant::now() + every, every);
            loop {
                tick.tick().await;
                eprintln!("  … {}", line());
            }
        })
    })
}

fn rss(pid: Option<u32>) -> Option<u64> {
    let pid = pid?;
    match stats::rss_kib(pid) {
        Ok(kib) => Some(kib),
        Err(e) => {
            eprintln!("bench: server memory: {e:#}");
            None
        }
    }
}

async fn settle(args: &Args) {
    if args.server_pid.is_some() && args.settle_secs > 0 {
        tokio::time::sleep(Duration::from_secs(args.settle_secs)).await;
    }
}

async fn run(args: Args) -> anyhow::Result<Report> {
    if args.concurrency == 0 || args.open_parallel == 0 {
        bail!("--concurrency and --open-parallel must be at least 1");
    }
    let origin = match &args.origin {
        Some(origin) => net::origin_of(origin)?,
        None => net::origin_of(&args.url)?,
    };
    let pool = Pool::new(&args.url, &origin, args.addresses, args.idle_per_address).await?;
    // Sockets this process holds at most: the waiting browsers, each lane's
    // login socket and request, the sockets being opened, idle connections.
    let needed = args.hold
        + 3 * args.concurrency
        + args.open_parallel
        + pool.len() * args.idle_per_address
        + 64;
    if let Some(limit) = stats::open_file_limit() {
        if needed as u64 > limit {
            bail!(
                "--hold {} needs about {needed} open files, and this process may have {limit} \
                 (lower --hold, --open-parallel, --addresses or --idle-per-address)",
                args.hold
            );
        }
    }
    let health = pool
        .call(0, reqwest::Method::GET, "/healthz", None, "health")
        .await
        .and_then(|reply| reply.success("health"))
        .map_err(|f| anyhow::anyhow!("the server at {} does not answer: {f}", pool.base))?;
    drop(health);

    let mut report = Report {
        url: pool.base.clone(),
        origin: origin.clone(),
        addresses: args.addresses,
        phones: args.concurrency,
        ..Report::default()
    };
    eprintln!(
        "bench: {} (origin {origin}), from {}",
        pool.base,
        pool.describe()
    );

    // 1. The waiting browsers, measured on a server that has hashed nothing yet.
    settle(&args).await;
    report.hold.requested = args.hold;
    report.hold.server_rss_before_kib = rss(args.server_pid);
    let waiting = Arc::new(browser::Waiting::default());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let hold_failures = Arc::new(Tally::default());
    let ticker = {
        let (waiting, failures, n) = (waiting.clone(), hold_failures.clone(), args.hold);
        progress(&args, move || {
            format!(
                "holding {} of {n}, {} failed",
                waiting.open.load(Ordering::Relaxed),
                failures.total()
            )
        })
    };
    let started = Instant::now();
    let opened: Vec<_> = futures::stream::iter(0..args.hold)
        .map(|_| browser::wait(&pool, waiting.clone(), stopped.clone()))
        .buffer_unordered(args.open_parallel)
        .collect()
        .await;
    report.hold.open_secs = started.elapsed().as_secs_f64();
    if let Some(ticker) = ticker {
        ticker.abort();
    }
    let mut keepers = Vec::with_capacity(opened.len());
    for outcome in opened {
        match outcome {
            Ok((keeper, ttl_ms)) => {
                keepers.push(keeper);
                report.hold.challenge_ttl_secs = ttl_ms / 1000;
            }
            Err(failure) => hold_failures.add(&failure.0),
        }
    }
    report.hold.held = keepers.len();
    report.hold.failures = hold_failures.snapshot();
    report.hold.failed = hold_failures.total();
    report.hold.per_sec = rate(keepers.len(), report.hold.open_secs);
    settle(&args).await;
    report.hold.server_rss_after_kib = rss(args.server_pid);
    if let (Some(before), Some(after)) = (
        report.hold.server_rss_before_kib,
        report.hold.server_rss_after_kib,
    ) {
        if report.hold.held > 0 {
            report.hold.server_rss_per_waiting_browser_kib =
                Some((after as f64 - before as f64) / report.hold.held as f64);
        }
    }
    print_hold(&report.hold);

    // 2. Set-up, after the memory reading: the phones, a few at a time (each
    //    costs two password hashes, whose memory the allocator gives back
    //    only later).
    let started = Instant::now();
    let run_id = uuid::Uuid::new_v4().simple().to_string();
    let run_id = run_id.get(..8).unwrap_or("run");
    let password = format!("bench-{run_id}-password");
    let accounts = match args.accounts {
        0 => args.concurrency,
        n => n.min(args.concurrency),
    };
    let phones: Vec<Result<Phone, Failure>> = futures::stream::iter(0..accounts)
        .map(|i| {
            let (pool, password) = (&pool, &password);
            async move {
                let username = format!("bench-{run_id}-{i}");
                Phone::sign_up(pool, i % pool.len(), username, password).await
            }
        })
        .buffer_unordered(4)
        .collect()
        .await;
    let phones = phones
        .into_iter()
        .collect::<Result<Vec<Phone>, Failure>>()
        .context("setting up the phone accounts")?;
    let lanes_of = |i: usize| phones[i % phones.len()].clone();
    let mut lanes: Vec<Lane> = (0..args.concurrency)
        .map(|i| Lane {
            phone: lanes_of(i),
            approve_to_browser: Vec::new(),
            whole_login: Vec::new(),
        })
        .collect();
    report.setup_secs = started.elapsed().as_secs_f64();
    eprintln!(
        "set-up: {} phone accounts ({}…) signed in in {:.1} s",
        phones.len(),
        lanes.first().map_or("", |l| l.phone.username.as_str()),
        report.setup_secs
    );

    // 3. Logins: warm-up, then the timed phase.
    let ctx = Arc::new(Ctx {
        pool,
        login_timeout: Duration::from_secs(args.login_timeout_secs.max(1)),
        open_session: args.open_session,
        keep_linked: args.keep_linked,
        closing: Arc::new(AtomicUsize::new(0)),
    });
    let warmup = args.warmup.unwrap_or(args.concurrency);
    if warmup > 0 {
        let (back, measured) = logins(&ctx, lanes, warmup, args.concurrency, &args).await;
        lanes = back;
        report.warmup = measured;
        for lane in &mut lanes {
            lane.approve_to_browser.clear();
            lane.whole_login.clear();
        }
        eprintln!(
            "warm-up: {} logins, {} failed{}",
            report.warmup.ok,
            report.warmup.failed,
            errors_suffix(&report.warmup.errors)
        );
    }
    let (_lanes, mut measured) = logins(&ctx, lanes, args.logins, args.concurrency, &args).await;
    settle(&args).await;
    measured.server_rss_after_kib = rss(args.server_pid);
    report.logins = measured;
    print_logins(&report.logins, report.hold.server_rss_after_kib);

    // 4. Are the waiting browsers all still there?
    if args.linger_secs > 0 {
        eprintln!(
            "lingering {} s with the waiting browsers open",
            args.linger_secs
        );
        tokio::time::sleep(Duration::from_secs(args.linger_secs)).await;
    }
    report.held_at_end.still_open = waiting.open.load(Ordering::Relaxed);
    report.held_at_end.drops = waiting.dropped.snapshot();
    report.held_at_end.dropped = report
        .hold
        .held
        .saturating_sub(report.held_at_end.still_open);
    report.server_rss_end_kib = rss(args.server_pid);
    println!(
        "held at end: {} of {} waiting browsers still open, {} dropped{}",
        report.held_at_end.still_open,
        report.hold.held,
        report.held_at_end.dropped,
        errors_suffix(&report.held_at_end.drops)
    );

    // Close everything, each step bounded.
    let _ = stop.send(true);
    let closing = futures::future::join_all(keepers);
    if tokio::time::timeout(Duration::from_secs(20), closing)
        .await
        .is_err()
    {
        eprintln!("bench: some waiting browsers did not close within 20 s");
    }
    for _ in 0..60 {
        if ctx.closing.load(Ordering::Relaxed) == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    println!(
        "result: {} errors in all (hold failures, login errors, dropped waiting browsers)",
        report.failures()
    );
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    }
    Ok(report)
}

fn rate(count: usize, secs: f64) -> f64 {
    if secs > 0.0 {
        count as f64 / secs
    } else {
        0.0
    }
}

fn errors_suffix(counts: &BTreeMap<String, u64>) -> String {
    if counts.is_empty() {
        String::new()
    } else {
        format!(": {}", describe(counts))
    }
}

fn kib(k: u64) -> String {
    format!("{:.1} MiB", k as f64 / 1024.0)
}

fn print_hold(hold: &HoldReport) {
    println!(
        "hold: {} of {} waiting browsers open, {} failed{}; opened in {:.1} s ({:.0}/s); codes live {} s",
        hold.held,
        hold.requested,
        hold.failed,
        errors_suffix(&hold.failures),
        hold.open_secs,
        hold.per_sec,
        hold.challenge_ttl_secs
    );
    match (hold.server_rss_before_kib, hold.server_rss_after_kib) {
        (Some(before), Some(after)) => println!(
            "  server RSS {} → {}: server RSS per waiting browser {}",
            kib(before),
            kib(after),
            hold.server_rss_per_waiting_browser_kib
                .map_or("n/a".into(), |k| format!("{k:.1} KiB"))
        ),
        _ => println!("  server RSS per waiting browser: n/a (give --server-pid)"),
    }
}

fn print_logins(logins: &LoginReport, rss_before: Option<u64>) {
    println!(
        "logins: {} of {} in {:.2} s at concurrency {}: {:.1} logins/s",
        logins.ok, logins.requested, logins.secs, logins.concurrency, logins.per_sec
    );
    println!(
        "  approve→browser: {}",
        logins.approve_to_browser_ms.describe()
    );
    println!("  whole login:     {}", logins.whole_login_ms.describe());
    println!("  errors: {} ({})", logins.failed, describe(&logins.errors));
    if let (Some(before), Some(after)) = (rss_before, logins.server_rss_after_kib) {
        let per_login = if logins.ok > 0 {
            (after as f64 - before as f64) / logins.ok as f64
        } else {
            0.0
        };
        println!(
            "  server RSS after the logins {} ({per_login:+.2} KiB per login)",
            kib(after)
        );
    }
}

/// Runs `count` logins over the lanes (each lane one after another), and
/// hands the lanes back with what they measured.
async fn logins(
    ctx: &Arc<Ctx>,
    lanes: Vec<Lane>,
    count: usize,
    concurrency: usize,
    args: &Args,
) -> (Vec<Lane>, LoginReport) {
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(Tally::default());
    let started = Instant::now();
    let ticker = {
        let (done, errors) = (done.clone(), errors.clone());
        progress(args, move || {
            let ok = done.load(Ordering::Relaxed);
            let secs = started.elapsed().as_secs_f64();
            format!(
                "{ok} of {count} logins, {} errors, {:.0}/s",
                errors.total(),
                rate(ok, secs)
            )
        })
    };
    let tasks: Vec<_> = lanes
        .into_iter()
        .map(|mut lane| {
            let (ctx, next, done, errors) =
                (ctx.clone(), next.clone(), done.clone(), errors.clone());
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < count {
                    match login(&ctx, &mut lane).await {
                        Ok(()) => {
                            done.fetch_add(1, Ordering::Relaxed);
                        }
                        Err(failure) => errors.add(&failure.0),
                    }
                }
                lane
            })
        })
        .collect();
    let mut back = Vec::with_capacity(tasks.len());
    for task in tasks {
        match task.await {
            Ok(lane) => back.push(lane),
            Err(e) => errors.add(&format!("lane ended: {e}")),
        }
    }
    let secs = started.elapsed().as_secs_f64();
    if let Some(ticker) = ticker {
        ticker.abort();
    }
    let mut approve: Vec<Duration> = back
        .iter()
        .flat_map(|l| l.approve_to_browser.iter().copied())
        .collect();
    let mut whole: Vec<Duration> = back
        .iter()
        .flat_map(|l| l.whole_login.iter().copied())
        .collect();
    let ok = done.load(Ordering::Relaxed);
    let report = LoginReport {
        requested: count,
        concurrency,
        ok,
        failed: errors.total(),
        errors: errors.snapshot(),
        secs,
        per_sec: rate(ok, secs),
        approve_to_browser_ms: Percentiles::of(&mut approve),
        whole_login_ms: Percentiles::of(&mut whole),
        server_rss_after_kib: None,
    };
    (back, report)
}

/// `future` unless `deadline` passes first: then a timeout during `stage`.
async fn within<T>(
    deadline: Instant,
    limit: Duration,
    stage: &str,
    future: impl std::future::Future<Output = Result<T, Failure>>,
) -> Result<T, Failure> {
    tokio::time::timeout_at(deadline, future)
        .await
        .unwrap_or_else(|_| {
            Err(Failure::new(format!(
                "timeout ({} s) during {stage}",
                limit.as_secs()
            )))
        })
}

/// One complete login by a fresh browser: code, socket, the phone's
/// inspect and approve, and `qr_authorized` on the socket.
async fn login(ctx: &Ctx, lane: &mut Lane) -> Result<(), Failure> {
    let pool = &ctx.pool;
    let limit = ctx.login_timeout;
    let started = Instant::now();
    let deadline = started + limit;
    let at = pool.pick();
    let code = within(deadline, limit, "challenge", browser::challenge(pool, at)).await?;
    let mut ws = within(deadline, limit, "socket", browser::watch(pool, at, &code)).await?;
    let phone = &lane.phone;
    let inspected = within(deadline, limit, "inspect", phone.inspect(pool, &code.token)).await?;
    let drop_session = inspected.to_drop();

    // Timed from just before the approval is sent until the browser hears it.
    let approve_sent = Instant::now();
    let (authorized_at, access_token) = within(deadline, limit, "approve", async {
        let approve = phone.approve(pool, &code.token, drop_session.as_deref());
        let authorized = browser::authorized(&mut ws);
        tokio::pin!(approve, authorized);
        let (mut approved, mut heard) = (false, None);
        // At most two rounds: each branch is taken once.
        while !approved || heard.is_none() {
            tokio::select! {
                result = &mut approve, if !approved => {
                    result?;
                    approved = true;
                }
                result = &mut authorized, if heard.is_none() => heard = Some(result?),
            }
        }
        heard.ok_or_else(|| Failure::new("qr_authorized not heard"))
    })
    .await?;
    let session_id = phone::session_of(&access_token)
        .ok_or_else(|| Failure::new("qr_authorized: the access token has no sid"))?;

    if ctx.open_session {
        within(deadline, limit, "open session", async {
            pool.post(
                at,
                "/api/session",
                &serde_json::json!({}),
                Some(&access_token),
                Some(&code.cookie),
                "open session",
            )
            .await?
            .success("open session")
            .map(drop)
        })
        .await?;
    }
    browser::finish(ws, ctx.closing.clone());
    let whole = started.elapsed();

    let phone = &mut lane.phone;
    if let Some(dropped) = &drop_session {
        phone.linked.retain(|id| id != dropped);
    }
    phone.linked.push_back(session_id);
    if ctx.keep_linked > 0 {
        // Not part of the login: its own deadline.
        let deadline = Instant::now() + limit;
        while phone.linked.len() > ctx.keep_linked {
            let Some(oldest) = phone.linked.pop_front() else {
                break;
            };
            within(deadline, limit, "unlink", phone.unlink(pool, &oldest)).await?;
        }
    }
    lane.approve_to_browser
        .push(authorized_at.saturating_duration_since(approve_sent));
    lane.whole_login.push(whole);
    Ok(())
}
