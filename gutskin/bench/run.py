"""The benchmark from start to end: build, serve, load, check, report."""

import datetime
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from .database import BenchDatabase, drop_postgres_database, fresh_database
from .load import (
    CACHED,
    CONNECTIONS,
    MODES,
    THREADS,
    UNCACHED,
    Page,
    run_wrk,
    wrk_path,
)
from .report import check_targets, ratio, result_word, write_document
from .server import WORKERS, Gunicorn, fetch

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DOCUMENT = BASE_DIR / "docs" / "benchmarks.md"
# Pages whose CSS and JS are weighed against the budget (assets.BUDGET_BYTES).
ASSET_PAGES = ("home", "condition", "article", "search: one word")


@dataclass
class Row:
    """One page's figures: in-process, and under load in each mode."""

    page: object
    in_process: object
    bytes: int
    loads: dict = field(default_factory=dict)
    baselines: dict = field(default_factory=dict)


@dataclass
class Run:
    """Everything the report needs from one run."""

    database: BenchDatabase
    started: datetime.datetime
    seconds: int
    warmup: int
    articles: int
    rows: list = field(default_factory=list)
    build_times: dict = field(default_factory=dict)
    assets: dict = field(default_factory=dict)
    worker_rss: dict = field(default_factory=dict)
    worker_rss_at_start: dict = field(default_factory=dict)
    memory_profile: dict | None = None
    # Other work on the machine skews every figure: this shows if there was any.
    load_average: float = field(default_factory=lambda: os.getloadavg()[0])
    checks: list = field(default_factory=list)
    profiles: dict = field(default_factory=dict)
    live_pages: int = 0
    database_version: str = ""
    cache: str = ""
    total_minutes: float = 0.0
    workers: int = WORKERS

    @property
    def build_summary(self):
        return ", ".join(
            f"{step} {secs:.0f} s" for step, secs in self.build_times.items()
        )

    @property
    def machine(self):
        return f"{os.cpu_count()} cores ({cpu_model()}), {platform.system()}"

    @property
    def commit(self):
        return git_commit()

    @property
    def python(self):
        return platform.python_version()

    @property
    def gunicorn(self):
        return version("gunicorn")

    @property
    def wrk(self):
        return f"wrk -t{THREADS} -c{CONNECTIONS}"


def say(message):
    print(f"[bench] {message}", flush=True)


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def git_commit():
    """HEAD's short hash, marked when the work tree has changes (read only)."""
    try:
        head = subprocess.run(  # noqa: S603
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        # --no-optional-locks: reading the status must not rewrite git's index.
        changes = subprocess.run(  # noqa: S603
            ["git", "--no-optional-locks", "status", "--porcelain"],  # noqa: S607
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{head} with uncommitted changes" if changes else head


def manage(env, *args):
    """A manage.py command in its own process, under the bench settings."""
    subprocess.run(  # noqa: S603 (this Python, manage.py, fixed arguments)
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )


def build(run, env):
    steps = [("migrate", ["migrate", "--noinput", "--verbosity=0"])]
    steps.append(("demo", ["load_demo_content"]))
    if run.articles:
        steps.append(
            (f"{run.articles:,} articles", ["generate_articles", str(run.articles)])
        )
    steps.append(("collectstatic", ["collectstatic", "--noinput", "--verbosity=0"]))
    for number, (label, args) in enumerate(steps, 1):
        say(f"Build {number}/{len(steps)}: {' '.join(args)}")
        started = time.monotonic()
        manage(env, *args)
        run.build_times[label] = time.monotonic() - started


def bench_environment(database, scratch):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="gutskin.settings.bench",
        DATABASE_URL=database.url,
        GUTSKIN_BENCH_DIR=str(scratch),
        GUTSKIN_BENCH_RUN=secrets.token_hex(4),
        # Made for this run and never written down: production settings need one.
        SECRET_KEY=secrets.token_urlsafe(50),
    )
    return env


def describe_database():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
        cursor.execute("SELECT sqlite_version()")
        return f"SQLite {cursor.fetchone()[0]}"


def describe_cache():
    from django.conf import settings

    backend = settings.CACHES["default"]["BACKEND"]
    return "Redis" if "redis" in backend.lower() else backend.rsplit(".", 1)[-1]


def measure_load(run, server, options):
    from . import pages

    say("Finding a live page of each type in the database")
    found = pages.discover()
    if options.only:
        found = [page for page in found if page.name in options.only]
    for number, page in enumerate(found, 1):
        say(f"In-process {number}/{len(found)}: {page.name} {page.url}")
        in_process = pages.measure(page)
        run.rows.append(Row(page, in_process, in_process.bytes))

    say(f"Starting gunicorn ({WORKERS} workers)")
    server.start()
    run.worker_rss_at_start = server.worker_rss_mb()
    say(f"Serving {server.base_url}; worker RSS {rss_list(run.worker_rss_at_start)}")
    total = len(run.rows) * len(MODES)
    done = 0
    for row in run.rows:
        # The size as served over HTTP (it may differ from the in-process one,
        # as the host differs); the baseline returns the same number of bytes.
        row.bytes = len(fetch(server.base_url + row.page.url))
        baseline = Page("baseline", f"/bench/baseline/?bytes={row.bytes}")
        for mode in MODES:
            done += 1
            say(f"Load {done}/{total}: {row.page.name}, {mode} ({row.bytes:,} bytes)")
            row.baselines[mode] = load(server, baseline, mode, run)
            row.loads[mode] = load(server, row.page, mode, run)
            page, base = row.loads[mode], row.baselines[mode]
            say(
                f"    {page.per_second:,.0f} req/s, p95 {page.p95_ms:.1f} ms; "
                f"baseline {base.per_second:,.0f} req/s, p95 {base.p95_ms:.1f} ms; "
                f"{ratio(page, base):.0%} of baseline"
                + (f"; {page.errors} errors" if page.errors else "")
            )


def load(server, page, mode, run):
    param = page.bust_param
    url = server.base_url + page.url
    if run.warmup:
        run_wrk(url, mode, param, run.warmup)
        server.wait_until_idle()
    result = run_wrk(url, mode, param, run.seconds)
    server.wait_until_idle()
    return result


def measure_assets(run, server):
    from .assets import page_assets

    for row in run.rows:
        if row.page.name in ASSET_PAGES:
            say(f"CSS and JS of {row.page.name}")
            run.assets[row.page.name] = page_assets(server.base_url + row.page.url)


def rss_list(sizes):
    return ", ".join(f"{rss:.0f} MB" for rss in sizes.values())


def profile_misses(run, env):
    from . import pages

    for check in run.checks:
        if check.passed is not False:
            continue
        if check.page is not None and (check.page, check.mode) not in run.profiles:
            say(f"Profiling {check.page.name}, {check.mode}: {check.target}")
            run.profiles[check.page, check.mode] = pages.profile(check.page, check.mode)
        elif check.target.startswith("worker RSS") and run.memory_profile is None:
            say("Profiling a worker's memory: serving every page in a new process")
            run.memory_profile = profile_memory(run, env)


def profile_memory(run, env):
    """The memory of a new process that serves each page as the workers did."""
    urls = []
    for row in run.rows:
        urls.append(row.page.url_for(CACHED, ""))
        urls += [row.page.url_for(UNCACHED, f"memory-{n}") for n in range(3)]
    memory = {}
    for flags in ([], ["--trace"]):
        result = subprocess.run(  # noqa: S603 (this Python, our module, our URLs)
            [sys.executable, "-m", "gutskin.bench.memory", *flags, *urls],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"The memory profile failed:\n{result.stderr}")
        memory.update(json.loads(result.stdout.strip().splitlines()[-1]))
    return memory


def main(options):
    wrk_path()  # fail before the build if wrk is missing
    # As SystemExit, a `kill` unwinds like Ctrl-C does: gunicorn is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="gutskin-bench-"))
    database = fresh_database(os.environ.get("DATABASE_URL", ""), scratch)
    say(f"{database.label} database {database.name}; scratch folder {scratch}")
    run = Run(
        database=database,
        started=datetime.datetime.now(datetime.UTC),
        seconds=options.seconds,
        warmup=options.warmup,
        articles=options.articles,
    )
    env = bench_environment(database, scratch)
    try:
        measure(run, env, options)
    except BaseException:
        say(f"Stopped. Left for a look: {scratch} (gunicorn.log) and {database.name}")
        raise
    run.total_minutes = (time.monotonic() - started) / 60
    write_document(options.output, run)
    for check in run.checks:
        say(
            f"{result_word(check.passed):>13}  {check.target}: {check.subject} "
            f"{check.measured}"
        )
    say(f"Wrote {options.output}")
    if options.keep:
        say(f"Kept {scratch} and the database {database.name}")
    else:
        from django.db import connections

        connections.close_all()
        if database.vendor == "postgresql":
            drop_postgres_database(database.url)
        shutil.rmtree(scratch, ignore_errors=True)
    missed = sum(check.passed is False for check in run.checks)
    if missed:
        say(f"{missed} targets missed: see the profiles in {options.output}")
    return 1 if missed else 0


def measure(run, env, options):
    """Build, serve and load, then check the targets and profile what missed."""
    server = Gunicorn(env, Path(env["GUTSKIN_BENCH_DIR"]) / "gunicorn.log")
    try:
        build(run, env)
        # This process measures queries and profiles pages in-process, with the
        # same settings and database as gunicorn.
        os.environ.update(env)
        import django

        django.setup()
        from wagtail.models import Page

        run.database_version = describe_database()
        run.cache = describe_cache()
        run.live_pages = Page.objects.live().public().count()
        measure_load(run, server, options)
        measure_assets(run, server)
        run.worker_rss = server.worker_rss_mb()
        say(f"Worker RSS after the run: {rss_list(run.worker_rss)}")
    finally:
        server.stop()
    run.checks = check_targets(
        run.rows, run.worker_rss, run.assets, run.database.vendor
    )
    profile_misses(run, env)
