"""A page made private or unpublished leaves search suggestions at once, in every
worker process, and suggestions are never served from a cache unchecked."""

import pytest
from wagtail.models import Page, PageViewRestriction

from gutskin.core import content_version
from gutskin.search import vocabulary
from gutskin.taxonomy.models import Synonym

from .factories import ConditionPageFactory


def keep_in_this_process(stale):
    """What a process that made no change still holds: its old vocabulary."""
    version, _current = content_version._process["search-vocabulary"]
    content_version._process["search-vocabulary"] = (version, stale)


def suggested_urls(client, query):
    response = client.get("/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-cache"
    return [item["url"] for item in response.json()["suggestions"]]


def found_urls(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return [item.page.url for item in response.context.get("result_items", [])]


@pytest.fixture
def rosacea(site_tree):
    page = ConditionPageFactory(
        parent=site_tree.conditions, title="Rosacea", slug="rosacea"
    )
    Synonym.objects.create(term="Rosacea", page=page, other_names="facial redness")
    return page


def restrict(page, restriction_type):
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="secret"
    )


HIDING = {
    "unpublished": lambda page: page.unpublish(),
    "login only": lambda page: restrict(page, PageViewRestriction.LOGIN),
    "password": lambda page: restrict(page, PageViewRestriction.PASSWORD),
    "section login only": lambda page: restrict(
        page.get_parent(), PageViewRestriction.LOGIN
    ),
    "deleted": lambda page: page.delete(),
}


@pytest.mark.parametrize("hide", HIDING.values(), ids=HIDING.keys())
def test_a_hidden_page_leaves_suggestions_and_search_at_once(client, rosacea, hide):
    url = rosacea.url
    assert url in suggested_urls(client, "ros")
    assert url in suggested_urls(client, "facial")
    assert url in found_urls(client, "facial redness")
    stale = vocabulary.get_vocabulary()

    hide(rosacea)
    # Another worker process made the change: this one still has its old copy.
    keep_in_this_process(stale)

    assert url not in suggested_urls(client, "ros")
    assert url not in suggested_urls(client, "facial")
    assert url not in found_urls(client, "rosacea")
    assert url not in found_urls(client, "facial redness")


def test_each_request_checks_the_version_rather_than_waiting_for_expiry(
    client, rosacea
):
    assert rosacea.url in suggested_urls(client, "ros")

    # What another worker's unpublish leaves: the row changed and the shared
    # version replaced; this process's signals never ran and it kept the page.
    Page.objects.filter(pk=rosacea.pk).update(live=False)
    content_version.store().replace()

    assert suggested_urls(client, "ros") == []


def test_a_synonym_edit_reaches_suggestions_at_once(client, rosacea):
    assert suggested_urls(client, "flush") == []
    stale = vocabulary.get_vocabulary()

    synonym = Synonym.objects.get(page=rosacea)
    synonym.search_terms = "flushing"
    synonym.save()
    keep_in_this_process(stale)

    assert suggested_urls(client, "flush") == [rosacea.url]


CHANGES = {
    "published": lambda page: page.save_revision().publish(),
    "unpublished": lambda page: page.unpublish(),
    "moved": lambda page: page.move(page.get_parent(), pos="first-child"),
    "deleted": lambda page: page.delete(),
    "restricted": lambda page: restrict(page, PageViewRestriction.LOGIN),
    "restriction lifted": lambda page: (
        restrict(page, PageViewRestriction.LOGIN),
        PageViewRestriction.objects.filter(page=page).delete(),
    ),
    "synonym saved": lambda page: Synonym.objects.create(
        term="Redness", page=page, search_terms="red face"
    ),
    "synonym deleted": lambda page: Synonym.objects.filter(page=page).delete(),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_every_change_readers_could_see_replaces_the_version(rosacea, change):
    before = content_version.current()

    change(rosacea)

    assert content_version.current() != before
