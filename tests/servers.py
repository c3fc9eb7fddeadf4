"""The site in its own processes, for tests that need a real server or several."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

MANAGE = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_migrated_test_database(path):
    """Start the site's database from the test database's migrated, empty state.

    On SQLite that is a copy taken in milliseconds instead of running every
    migration again (which the tests on PostgreSQL still do).
    """
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


def demo_database(path, django_db_blocker, env):
    """An SQLite file at `path` holding the migrated schema and the demo content."""
    commands = [["load_demo_content"]]
    if connection.vendor == "sqlite":
        with django_db_blocker.unblock():
            copy_migrated_test_database(path)
    else:
        commands.insert(0, ["migrate", "--noinput"])
    for command in commands:
        manage(*command, env=env)


def site_env(database, **extra):
    """The environment `make run` gives the site, on its own database."""
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "gutskin.settings.dev",
        **extra,
    }


def manage(*command, env):
    """Run a management command in its own process, as an operator would."""
    done = subprocess.run(  # noqa: S603 (our own manage.py)
        [*MANAGE, *command], env=env, capture_output=True, text=True
    )
    if done.returncode:
        pytest.fail(f"manage.py {command[0]} failed:\n{done.stderr[-3000:]}")
    return done


@contextmanager
def running_site(env):
    """`runserver` on a free port until the block ends; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 (our own manage.py)
        [*MANAGE, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("The site did not start within 20 seconds.")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
