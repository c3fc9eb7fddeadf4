"""gunicorn serving the bench settings on loopback, and its workers' memory."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HOST = "127.0.0.1"
WORKERS = 2
STARTUP_SECONDS = 60
# As many tiny requests at once as wrk keeps open, answered within this time,
# mean that nothing is queued behind a slow request.
IDLE_PROBES = 8
IDLE_SECONDS = 0.5


class ServerError(Exception):
    """gunicorn did not start or answer."""


def fetch(url):
    with urllib.request.urlopen(url, timeout=STARTUP_SECONDS) as response:  # noqa: S310
        return response.read()


def free_port():
    """A port nothing listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Gunicorn:
    """gunicorn with WORKERS sync workers, started and stopped by the driver."""

    def __init__(self, env, log_path):
        self.env = env
        self.log_path = Path(log_path)
        self.port = free_port()
        self.process = None

    @property
    def base_url(self):
        return f"http://{HOST}:{self.port}"

    def start(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [
            str(gunicorn),
            "gutskin.wsgi:application",
            f"--bind={HOST}:{self.port}",
            f"--workers={WORKERS}",
            f"--error-logfile={self.log_path}",
            # A slow page under load is measured, not killed (wrk waits 30 s).
            "--timeout=60",
        ]
        self.process = subprocess.Popen(command, env=self.env)  # noqa: S603
        self.wait_until_ready()

    def wait_until_ready(self):
        deadline = time.monotonic() + STARTUP_SECONDS
        url = f"{self.base_url}/bench/baseline/?bytes=1"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"gunicorn exited; see {self.log_path}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        raise ServerError(f"gunicorn did not answer {url}; see {self.log_path}")

    def wait_until_idle(self, limit_seconds=600):
        """Returns once every worker is free to answer at once.

        A sync worker serves each request it has taken, even after wrk has hung
        up; a page slower than the measurement leaves such requests queued, and
        they would slow whatever is measured next.
        """
        url = f"{self.base_url}/bench/baseline/?bytes=1"
        deadline = time.monotonic() + limit_seconds
        with ThreadPoolExecutor(max_workers=IDLE_PROBES) as pool:
            while time.monotonic() < deadline:
                started = time.monotonic()
                list(pool.map(fetch, [url] * IDLE_PROBES))
                if time.monotonic() - started < IDLE_SECONDS:
                    return
        raise ServerError(f"gunicorn still busy after {limit_seconds} s")

    def worker_pids(self):
        """The master's children: the workers serving requests."""
        master = self.process.pid
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # it ended while we looked
            # The command name in parentheses may hold spaces; fields follow it.
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == master:
                pids.append(int(entry.name))
        return sorted(pids)

    def worker_rss_mb(self):
        """Each worker's resident memory in MiB, from /proc/<pid>/status."""
        sizes = {}
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes[pid] = int(line.split()[1]) / 1024
        return sizes

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        # SIGTERM is gunicorn's graceful shutdown; its workers finish and exit.
        os.kill(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
