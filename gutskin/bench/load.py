"""Load from a separate process: wrk at fixed concurrency, read through requests.lua."""

import json
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("requests.lua")
THREADS = 2
CONNECTIONS = 8
# Far above any page's latency, so a slow page is measured rather than cut off.
TIMEOUT_SECONDS = 30
RESULT_MARKER = "BENCH-RESULT "
UNCACHED, CACHED = "uncached", "cached"
MODES = (UNCACHED, CACHED)


@dataclass(frozen=True)
class Page:
    """One URL to measure, and which targets apply to it."""

    name: str
    url: str  # path and query string
    kind: str = "page"  # "content" and "search" pages have targets of their own
    # Wagtail's API refuses unknown parameters but lets jQuery's "_" through.
    bust_param: str = "bench"

    def url_for(self, mode, token):
        """The URL as requested in a mode: uncached adds a query string never used."""
        if mode == CACHED:
            return self.url
        separator = "&" if "?" in self.url else "?"
        return f"{self.url}{separator}{self.bust_param}={token}"


class LoadError(Exception):
    """wrk is missing, failed, or printed no result."""


@dataclass(frozen=True)
class Load:
    """What one wrk run measured."""

    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    errors: int

    @property
    def per_second(self):
        return self.requests / self.seconds if self.seconds else 0.0


def wrk_path():
    path = shutil.which("wrk")
    if path is None:
        raise LoadError(
            "wrk is not installed: `apt-get install wrk` (make bench does it)."
        )
    return path


def parse(output):
    """The Load in wrk's output, from the line requests.lua's done() writes."""
    for line in output.splitlines():
        if line.startswith(RESULT_MARKER):
            data = json.loads(line.removeprefix(RESULT_MARKER))
            return Load(
                requests=data["requests"],
                seconds=data["duration_us"] / 1e6,
                p50_ms=data["p50_us"] / 1000,
                p95_ms=data["p95_us"] / 1000,
                p99_ms=data["p99_us"] / 1000,
                max_ms=data["max_us"] / 1000,
                errors=sum(data["errors"].values()),
            )
    raise LoadError(f"wrk printed no result:\n{output}")


def run_wrk(url, mode, param, seconds):
    """Load `url` for `seconds` with THREADS threads over CONNECTIONS connections."""
    # A new token per run: the counters in requests.lua start again at 1, and a
    # warm-up's URLs must not be in the cache when the measurement starts.
    token = secrets.token_hex(6)
    command = [
        wrk_path(),
        f"--threads={THREADS}",
        f"--connections={CONNECTIONS}",
        f"--duration={seconds}s",
        f"--timeout={TIMEOUT_SECONDS}s",
        f"--script={SCRIPT}",
        url,
        "--",
        mode,
        param,
        token,
    ]
    result = subprocess.run(  # noqa: S603 (wrk, with arguments built here)
        command, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise LoadError(f"wrk failed:\n{result.stdout}{result.stderr}")
    return parse(result.stdout)
