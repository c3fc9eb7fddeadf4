"""Tests that read the demo content: every test here sees the demo, loaded once.

Loading the demo takes seconds, so the modules here share one load (per test
worker) instead of one each. It is rolled back after the package's last test,
and each test still runs in its own savepoint (the `db` fixture that `demo`
asks for), so what one test changes the next never sees. Only tests that need
the demo belong here; tests that build their own pages stay outside.
"""

import pytest
from django.core.management import call_command

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
