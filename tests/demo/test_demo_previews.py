"""Editors can open, save and preview every demo page, links and all, and the
demo passes Wagtail's own page checks."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from conditions.models import ConditionPage

from ..test_preview import (
    CONTENT_MODELS,
    assert_preview_shows_its_links,
    edit_form_data,
    live_content_pages,
    preview_of,
    titles_linked_in,
)


@pytest.fixture
def wagtail_checks(client):
    """Wagtail's page assertions, on this test's client and in its transaction.

    A WagtailPageTestCase class cannot hold these tests: a Django TestCase closes
    the database connection when its class ends, and with it the transaction
    that holds the demo for the rest of the package.
    """
    checks = WagtailPageTestCase(methodName="assertPageIsEditable")
    checks.client = client
    return checks


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("preview-editor")


def test_every_demo_page_is_editable_and_previews_with_its_links(
    demo, client, editor, wagtail_checks
):
    """Each demo page's edit form round-trips and previews with its links.

    Wagtail's assertions are given the edit form's data: without it they would
    post a form with no StreamField inputs at all, which fails before reaching
    the page's own code.
    """
    pages = live_content_pages()
    assert {type(page) for page in pages} == set(CONTENT_MODELS)
    for page in pages:
        client.force_login(editor)
        data = edit_form_data(client, page)
        assert_preview_shows_its_links(client, page, data)
        # Wagtail's checks sign out when they finish. Their edit view post saves
        # the unchanged form as a draft: it must be accepted.
        revisions = page.revisions.count()
        wagtail_checks.assertPageIsEditable(page, post_data=data)
        assert page.revisions.count() == revisions + 1, f"{page} did not save"
        wagtail_checks.assertPageIsPreviewable(page, post_data=data)


def test_preview_shows_an_unsaved_change_to_the_mechanisms(demo, client, editor):
    condition = next(
        page for page in ConditionPage.objects.live() if page.mechanism_links.count()
    )
    first = condition.mechanism_links.first().mechanism
    client.force_login(editor)
    data = edit_form_data(client, condition)
    data["mechanism_links-0-DELETE"] = ["1"]
    main = preview_of(client, condition, data)
    section = main.find(id="mechanisms-heading").find_parent("section")
    assert first.title not in titles_linked_in(section)
    condition.refresh_from_db()
    assert condition.mechanism_links.filter(mechanism=first).exists()
