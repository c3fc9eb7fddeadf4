from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page, Site

from gutskin.core import content_version
from gutskin.people.models import Person

from .factories import (
    ArticleIndexPageFactory,
    ConditionIndexPageFactory,
    HomePageFactory,
    MechanismIndexPageFactory,
)

# The package whose tests share one load of the demo (tests/demo/conftest.py).
DEMO_PACKAGE = "tests/demo/"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist=loadscope`, with the demo package as one unit of work.

    Each class or module goes to one worker, so data it builds once is built
    once; the demo package's modules go to one worker together, so the demo is
    loaded once for all of them rather than once per worker they land on.
    """
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class DemoPackageTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            if nodeid.startswith(DEMO_PACKAGE):
                return DEMO_PACKAGE
            return super()._split_scope(nodeid)

    return DemoPackageTogether(config, log)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Cached values (such as the search vocabulary) never outlive a test's data.

    A test's rows are rolled back without a signal, so the content version is
    replaced too, or a process's own copies would outlive them.
    """
    cache.clear()
    content_version.store().replace()
    yield
    cache.clear()
    content_version.store().replace()


@dataclass
class SiteTree:
    home: Page
    conditions: Page
    mechanisms: Page
    articles: Page


@contextmanager
def shared_data(django_db_blocker):
    """Data built once for a class of tests, rolled back after its last test.

    Use it in a class-scoped fixture that builds what the class's tests only read,
    and hand each test fresh instances from a function-scoped fixture that also
    asks for `db`: each test then runs in its own savepoint, so what one test
    changes the next never sees. A class bounds the data, so the module's other
    tests never see it (a module-scoped fixture may serve only a module whose
    every test asks for it).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def page_keys(pages):
    """The keys of pages held in dicts and lists, to share them across tests."""
    if isinstance(pages, dict):
        return {name: page_keys(value) for name, value in pages.items()}
    if isinstance(pages, list):
        return [page_keys(value) for value in pages]
    return pages.pk


def fresh_pages(keys):
    """Fresh instances of the pages that `page_keys` gave, for one test."""
    if isinstance(keys, dict):
        return {name: fresh_pages(value) for name, value in keys.items()}
    if isinstance(keys, list):
        return [fresh_pages(value) for value in keys]
    return Page.objects.get(pk=keys).specific


def build_site_tree():
    """The site's fixed sections, with the home page as the default site's root."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return SiteTree(
        home=home,
        conditions=ConditionIndexPageFactory(parent=home),
        mechanisms=MechanismIndexPageFactory(parent=home),
        articles=ArticleIndexPageFactory(parent=home),
    )


@pytest.fixture
def site_tree(db):
    """The site's fixed sections, with the home page as the default site's root."""
    return build_site_tree()


@pytest.fixture
def editor(django_user_model, site_tree):
    user = django_user_model.objects.create_user(
        "editor", email="editor@clinic.test", password="pw", first_name="Casey"
    )
    user.groups.add(Group.objects.get(name="Clinic editors"))
    return user


@pytest.fixture
def reviewer(django_user_model, site_tree):
    user = django_user_model.objects.create_user(
        "reviewer",
        email="reviewer@clinic.test",
        password="pw",
        first_name="Consultant",
        last_name="dermatologist",
    )
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    Person.objects.create(
        name="Consultant dermatologist",
        slug="consultant-dermatologist",
        credentials="MD",
        user=user,
    )
    return user
