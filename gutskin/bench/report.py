"""Targets checked against a run, and docs/benchmarks.md written from it."""

import re
from dataclasses import dataclass

from .assets import BUDGET_BYTES
from .load import CACHED, UNCACHED

CACHED_MIN_RATIO = 0.50
CONTENT_UNCACHED_MIN_RATIO = 0.10
SEARCH_UNCACHED_MIN_RATIO = 0.05
SEARCH_P95_MAX_MS = 100
WORKER_RSS_MAX_MB = 200
SECTIONS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}

INTRO = """\
# Benchmarks

`make bench` puts the site under load beside a bare Django view served by the same
server, and checks the figures against the targets below. The tool is
`gutskin/bench/`; each run rewrites its own database's section of this file and
keeps the other's. Other work changes these figures: run it again before relying
on them.

## How to run

```sh
make bench                                                          # SQLite
DATABASE_URL=postgres://postgres@127.0.0.1:5432/gutskin make bench  # PostgreSQL
make bench BENCH_ARGS="--articles 500 --seconds 3"                  # a quick look
```

`make bench` installs what it needs (the virtualenv and, from Debian's packages,
wrk), then:

1. builds a fresh database: an SQLite file in a new temporary folder, or, with
   `DATABASE_URL` set, the PostgreSQL database `<name>_bench` beside the one it
   names, dropped and created again (never the database you work in); migrates it,
   loads the demo, adds 10,000 generated articles and collects the static files
   into the same temporary folder;
2. serves `gutskin.settings.bench` (the production settings less the HTTPS
   redirect, allowing 127.0.0.1, with a `SECRET_KEY` made for the run) with
   gunicorn, 2 workers on a free port of 127.0.0.1; `REDIS_URL`, when set, is the
   cache;
3. finds a live page of each type in the database, counts the SQL queries of one
   request to it in-process (the test client, same settings), and loads it with
   wrk from a separate process: 2 threads over 8 connections, 10 s after a 2 s
   warm-up, in two modes. **Uncached**: every request adds a query string never
   used before (`?bench=…`; `?_=…` for the API, which refuses other parameters),
   so no cache keyed by URL can answer it. **Cached**: the same URL over and
   over. After each run it waits until gunicorn is idle: a page slower than the
   run leaves requests queued, which the workers serve even after wrk has gone;
4. measures the **baseline** just before each page, in the same mode: the view
   `/bench/baseline/?bytes=N`, which returns N bytes built once and does no
   database or template work, at the page's size. The route exists only when the
   `BENCH` setting is on. Each figure is also given as a ratio to the baseline's,
   since the machine's own speed varies from run to run. A cached page may beat
   the baseline: the page cache answers before the middleware after it and the
   URL routing, which the baseline view goes through;
5. weighs the CSS and JS that the home, condition, article and search pages load,
   as whitenoise serves them;
6. reads each worker's memory (RSS, from `/proc`) after the run, checks the
   targets, and profiles in-process (pyinstrument) every page that misses one.

Options (`BENCH_ARGS`): `--articles N`, `--seconds S`, `--warmup S`, `--only
NAME` (a page name, repeatable), `--keep` (leave the database and temporary
folder), `--output PATH`; `.venv/bin/python -m gutskin.bench --help` lists them.
It exits with status 1 when a target is missed, once this file is written.

## Targets

- Cached: every page at least 50% of the baseline's requests per second.
- Uncached: the condition, mechanism and article pages at least 10%.
- Uncached search on PostgreSQL: at least 5%, with p95 latency under 100 ms.
- Each gunicorn worker under 200 MB resident after the run.
- The CSS and JS a page loads: under 50 KB together (uncompressed).
"""


@dataclass
class Check:
    """One target for one page or worker, and whether the run met it."""

    target: str
    subject: str
    measured: str
    passed: bool | None  # None: shown for information (PostgreSQL-only targets)
    page: object = None
    mode: str = ""


def ratio(load, baseline):
    return load.per_second / baseline.per_second if baseline.per_second else 0.0


def check_targets(rows, worker_rss, assets, vendor):
    """Every target in docs/benchmarks.md, page by page."""
    checks = []
    for row in rows:
        share = ratio(row.loads[CACHED], row.baselines[CACHED])
        checks.append(
            Check(
                f"cached ≥ {CACHED_MIN_RATIO:.0%} of baseline req/s",
                row.page.name,
                percent(share),
                share >= CACHED_MIN_RATIO,
                row.page,
                CACHED,
            )
        )
    for row in rows:
        uncached = row.loads[UNCACHED]
        share = ratio(uncached, row.baselines[UNCACHED])
        if row.page.kind == "content":
            checks.append(
                Check(
                    f"uncached ≥ {CONTENT_UNCACHED_MIN_RATIO:.0%} of baseline req/s",
                    row.page.name,
                    percent(share),
                    share >= CONTENT_UNCACHED_MIN_RATIO,
                    row.page,
                    UNCACHED,
                )
            )
        elif row.page.kind == "search":
            met = (
                share >= SEARCH_UNCACHED_MIN_RATIO
                and uncached.requests > 0
                and uncached.p95_ms < SEARCH_P95_MAX_MS
            )
            p95 = (
                f"p95 {uncached.p95_ms:,.1f} ms"
                if uncached.requests
                else f"no request finished in {uncached.seconds:.0f} s"
            )
            checks.append(
                Check(
                    f"uncached search ≥ {SEARCH_UNCACHED_MIN_RATIO:.0%}, "
                    f"p95 < {SEARCH_P95_MAX_MS} ms (PostgreSQL)",
                    row.page.name,
                    f"{percent(share)}, {p95}",
                    met if vendor == "postgresql" else None,
                    row.page,
                    UNCACHED,
                )
            )
    for pid, rss in sorted(worker_rss.items()):
        checks.append(
            Check(
                f"worker RSS < {WORKER_RSS_MAX_MB} MB",
                f"worker {pid}",
                f"{rss:.0f} MB",
                rss < WORKER_RSS_MAX_MB,
            )
        )
    for name, files in assets.items():
        total = sum(asset.bytes for asset in files)
        checks.append(
            Check(
                f"CSS + JS < {BUDGET_BYTES // 1000} KB",
                name,
                f"{total:,} bytes",
                total < BUDGET_BYTES,
            )
        )
    return checks


def percent(share):
    """Whole percents, but a tenth where the first digit is all there is."""
    return f"{share:.1%}" if share < 0.1 else f"{share:.0%}"


def per_second(load):
    return (
        f"{load.per_second:,.1f}" if load.per_second < 10 else f"{load.per_second:,.0f}"
    )


def result_word(passed):
    return {True: "pass", False: "FAIL", None: "n/a on SQLite"}[passed]


def table(headers, rows, right=()):
    """A Markdown table padded as Prettier pads it, so `prettier --check` passes."""
    cells = [list(headers)] + [[str(cell) for cell in row] for row in rows]
    widths = [max(3, *(len(row[i]) for row in cells)) for i in range(len(headers))]

    def line(row):
        padded = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = [
        "-" * (width - 1) + ":" if i in right else "-" * width
        for i, width in enumerate(widths)
    ]
    return "\n".join(
        [line(cells[0]), "| " + " | ".join(rule) + " |"]
        + [line(row) for row in cells[1:]]
    )


def times(value, base):
    """A figure and its ratio to the baseline's."""
    return f"{value:,.1f} ({value / base:.1f}×)" if base else f"{value:,.1f}"


def load_rows(rows, mode):
    out = []
    for row in rows:
        load, base = row.loads[mode], row.baselines[mode]
        if not load.requests:
            none = f"none in {load.seconds:.0f} s"
            out.append([row.page.name, "0 (0%)", none, none, none, str(load.errors)])
            out[-1] += baseline_cells(base)
            continue
        out.append(
            [
                row.page.name,
                f"{per_second(load)} ({percent(ratio(load, base))})",
                times(load.p50_ms, base.p50_ms),
                times(load.p95_ms, base.p95_ms),
                times(load.p99_ms, base.p99_ms),
                str(load.errors),
                *baseline_cells(base),
            ]
        )
    return out


def baseline_cells(base):
    return [
        f"{base.per_second:,.0f}",
        f"{base.p50_ms:.1f} / {base.p95_ms:.1f} / {base.p99_ms:.1f}",
    ]


LOAD_HEADERS = [
    "Page",
    "Req/s (of baseline)",
    "p50 ms (× baseline)",
    "p95 ms (× baseline)",
    "p99 ms (× baseline)",
    "Errors",
    "Baseline req/s",
    "Baseline p50 / p95 / p99 ms",
]


def render_section(run):
    """The Markdown for one run: where, the figures, the targets, the profiles."""
    rows = run.rows
    parts = [
        f"## {SECTIONS[run.database.vendor]}",
        "",
        f"Run {run.started:%Y-%m-%d %H:%M} UTC on {run.machine}; "
        f"{run.database_version}; commit {run.commit}; Python {run.python}, "
        f"gunicorn {run.gunicorn} ({run.workers} sync workers), "
        f"{run.wrk}; cache: {run.cache}; load average {run.load_average:.2f} "
        "before the run.",
        "",
        f"Content: the demo and {run.articles:,} generated articles "
        f"({run.live_pages:,} live pages). Build: {run.build_summary}. Each "
        f"measurement: {run.seconds} s after a {run.warmup} s warm-up; the whole "
        f"run took {run.total_minutes:.0f} min.",
        "",
        "### Pages",
        "",
        "SQL queries and time of one request in-process (the test client, no "
        "other load), uncached / cached.",
        "",
        table(
            ["Page", "URL", "Bytes", "Queries", "ms in-process"],
            [
                [
                    row.page.name,
                    f"`{row.page.url}`",
                    f"{row.bytes:,}",
                    f"{row.in_process.queries[UNCACHED]} / "
                    f"{row.in_process.queries[CACHED]}",
                    f"{row.in_process.ms[UNCACHED]:,.1f} / "
                    f"{row.in_process.ms[CACHED]:,.1f}",
                ]
                for row in rows
            ],
            right={2, 3, 4},
        ),
        "",
        "### Uncached (a new query string on every request)",
        "",
        table(LOAD_HEADERS, load_rows(rows, UNCACHED), right=set(range(1, 8))),
        "",
        "### Cached (the same URL repeated)",
        "",
        table(LOAD_HEADERS, load_rows(rows, CACHED), right=set(range(1, 8))),
        "",
        "### Targets",
        "",
        f"{sum(c.passed is True for c in run.checks)} met, "
        f"{sum(c.passed is False for c in run.checks)} missed.",
        "",
        table(
            ["Target", "Page or worker", "Measured", "Result"],
            [
                [c.target, c.subject, c.measured, result_word(c.passed)]
                for c in run.checks
            ],
        ),
        "",
        "### CSS and JS each page loads",
        "",
        table(
            ["Page", "Files", "Bytes", "Gzipped", "Cache-Control", "Encoding"],
            [
                [
                    name,
                    ", ".join(f"`{asset.url.rsplit('/', 1)[1]}`" for asset in files),
                    f"{sum(asset.bytes for asset in files):,}",
                    f"{sum(asset.gzip_bytes for asset in files):,}",
                    ", ".join(sorted({asset.cache_control for asset in files})),
                    ", ".join(sorted({asset.content_encoding for asset in files}))
                    or "none",
                ]
                for name, files in run.assets.items()
            ],
            right={2, 3},
        ),
        "",
        "Worker memory (RSS): "
        + ", ".join(f"{rss:.0f} MB" for rss in run.worker_rss_at_start.values())
        + " when they started; "
        + ", ".join(f"{rss:.0f} MB" for rss in run.worker_rss.values())
        + " after the run.",
    ]
    if any(row.loads[mode].errors for row in rows for mode in row.loads):
        parts += [
            "",
            "Errors count wrk's connect, read, write and timeout errors and "
            "responses other than 2xx and 3xx; a row with errors measured them too.",
        ]
    parts += ["", "### Profiles", ""]
    if not run.profiles and not run.memory_profile:
        parts.append("Every target was met, so nothing was profiled.")
    for (page, mode), profile in run.profiles.items():
        parts += [
            f"#### {page.name}, {mode}",
            "",
            f"pyinstrument, {profile.requests} in-process requests to `{page.url}` "
            f"with the test client: {profile.seconds / profile.requests * 1000:.1f} "
            f"ms each, {profile.cpu_seconds / profile.requests * 1000:.1f} ms of it "
            "on the CPU.",
            "",
            "```text",
            profile.tree,
            "```",
            "",
            *sql_lines(profile),
        ]
    if run.memory_profile:
        parts += memory_section(run.memory_profile)
    return "\n".join(parts).rstrip("\n") + "\n"


def sql_lines(profile):
    if not profile.queries:
        return ["One more request ran no SQL.", ""]
    return [
        f"One more request ran {profile.queries} SQL queries taking "
        f"{profile.query_ms:,.1f} ms together; the slowest:",
        "",
        "```sql",
        *(f"-- {ms:,.1f} ms\n{sql}" for ms, sql in profile.slowest),
        "```",
        "",
    ]


def memory_section(memory):
    """Where a new process serving every page holds its memory."""
    cache = memory["cache"]
    held = (
        f" Its in-memory cache then held {cache[0]:,} entries, {cache[1]:.1f} MB "
        "pickled; a worker's fills under wrk with every URL the uncached runs "
        "asked for, up to the cache's MAX_ENTRIES."
        if cache
        else ""
    )
    return [
        "#### Worker memory",
        "",
        f"A new process under the same settings served {memory['requests']} "
        "requests (each page once as cached and three times uncached). Its RSS was "
        f"{memory['rss_start_mb']:.0f} MB before Django, "
        f"{memory['rss_after_setup_mb']:.0f} MB once Django was set up and "
        f"{memory['rss_after_pages_mb']:.0f} MB after the pages.{held}",
        "",
        "The same again under tracemalloc, started before Django's import: "
        f"{memory['traced_mb']:.0f} MB of Python objects, allocated by",
        "",
        table(
            ["Package or app", "MB"],
            [[name, f"{size:.1f}"] for name, size in memory["by_owner"]],
            right={1},
        ),
        "",
        table(
            ["Source file", "MB"],
            [[f"`{name}`", f"{size:.1f}"] for name, size in memory["by_file"]],
            right={1},
        ),
        "",
    ]


def marker(vendor, end=False):
    return f"<!-- bench:{'/' if end else ''}{vendor} -->"


def sections_of(text):
    """The sections earlier runs wrote, by database."""
    found = {}
    for vendor in SECTIONS:
        match = re.search(
            re.escape(marker(vendor)) + r"\n(.*?)" + re.escape(marker(vendor, True)),
            text,
            re.DOTALL,
        )
        if match:
            found[vendor] = match.group(1)
    return found


def not_run(vendor):
    return f"## {SECTIONS[vendor]}\n\nNot run yet on this database.\n"


def write_document(path, run):
    """docs/benchmarks.md with this run's section replaced and the other kept."""
    sections = sections_of(path.read_text(encoding="utf-8")) if path.exists() else {}
    sections[run.database.vendor] = render_section(run)
    parts = [INTRO.rstrip("\n"), ""]
    for vendor in SECTIONS:
        parts += [
            marker(vendor),
            "",
            sections.get(vendor, not_run(vendor)).strip("\n"),
            "",
            marker(vendor, end=True),
            "",
        ]
    path.write_text("\n".join(parts), encoding="utf-8")
