"""Tests that read the demo content: every test here sees the demo, loaded once.

Loading the demo takes seconds, so the modules here share one load instead of
one each (tests/conftest.py sends the whole package to one test worker). It is
rolled back after the package's last test, and each test still runs in its own
savepoint (the `db` fixture that `demo` asks for), so what one test changes the
next never sees. Only tests that need the demo belong here; tests that build
their own pages stay outside.

Django's TestCase classes cannot live here: one closes the database connection
when its class ends, and with it the transaction holding the demo (SQLite's
in-memory test database hides that; PostgreSQL does not).
"""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import TransactionTestCase

from ..conftest import shared_data


@pytest.fixture(scope="package", autouse=True)
def demo_site(django_db_setup, django_db_blocker):
    """The demo, loaded once for the package's tests on this worker."""
    with shared_data(django_db_blocker):
        call_command("load_demo_content", verbosity=0)
        yield


@pytest.fixture
def demo(demo_site, db):
    """The loaded demo, for one test."""


def pytest_collection_modifyitems(items):
    """Refuse a Django TestCase class in this package (see the module docstring)."""
    package = Path(__file__).parent
    for item in items:
        cls = getattr(item, "cls", None)
        if (
            item.path.is_relative_to(package)
            and isinstance(cls, type)
            and issubclass(cls, TransactionTestCase)
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: a Django TestCase ends the demo package's shared "
                "transaction; write it as a pytest test asking for `demo`."
            )
