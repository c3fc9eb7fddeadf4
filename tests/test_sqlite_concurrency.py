"""On SQLite, editors publishing and readers sending feedback at once all succeed."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from gutskin.settings.base import database_from_url

ALIAS = "clinic_file"
WRITERS = 2

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="SQLite's journal, busy timeout and locking only; PostgreSQL has its own",
)


@pytest.fixture
def clinic_database(django_db_blocker, tmp_path):
    """A file database set up by the site's own settings (the test database is in
    memory, where SQLite has no write-ahead log), outside the test transaction."""
    config = database_from_url(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    configured = connections.configure_settings({"default": config})["default"]
    connections.settings[ALIAS] = configured
    with django_db_blocker.unblock():
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY, body TEXT)")
        yield ALIAS
        connections[ALIAS].close()
    del connections[ALIAS]
    del connections.settings[ALIAS]


def pragma(name):
    with connections[ALIAS].cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


def test_sqlite_uses_a_write_ahead_log_and_waits_for_a_busy_database(
    clinic_database,
):
    assert pragma("journal_mode") == "wal"
    assert pragma("busy_timeout") == 20_000


def test_two_writers_at_once_both_succeed(clinic_database):
    start = threading.Barrier(WRITERS, timeout=10)
    errors = []

    def write(number):
        # What a publish or a feedback post does: read, then write, in one
        # transaction. Starting the transaction DEFERRED, the second writer
        # cannot upgrade its read lock and fails with "database is locked".
        try:
            start.wait()
            with transaction.atomic(using=ALIAS):
                with connections[ALIAS].cursor() as cursor:
                    cursor.execute("SELECT COUNT(*) FROM feedback")
                    time.sleep(0.3)
                    cursor.execute(
                        "INSERT INTO feedback (body) VALUES (%s)", [f"note {number}"]
                    )
        except Exception as error:  # any error is reported by the assertion
            errors.append(error)
        finally:
            connections[ALIAS].close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    with connections[ALIAS].cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM feedback")
        assert cursor.fetchone()[0] == WRITERS
