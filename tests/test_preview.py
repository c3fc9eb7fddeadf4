"""Editors can open, save and preview every page as it stands, links and all.

The data posted is what the edit form itself holds, as a browser would send it:
the plain inputs, the inline panels (a condition's mechanisms, references) and the
StreamField body, which Wagtail renders as JSON for its JavaScript to build inputs
from (so the tests build those inputs the same way).
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from articles.models import ArticlePage
from conditions.models import ConditionPage, MechanismPage

from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory

CONTENT_MODELS = (ConditionPage, MechanismPage, ArticlePage)


def block_post_data(block, state, prefix):
    """The inputs Wagtail's block JavaScript posts for `state`, a block's form state."""
    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(state or []))}
        for index, child in enumerate(state or []):
            item = f"{prefix}-{index}"
            data |= {
                f"{item}-type": child["type"],
                f"{item}-id": child.get("id") or "",
                f"{item}-order": str(index),
                f"{item}-deleted": "",
            }
            data |= block_post_data(
                block.child_blocks[child["type"]], child["value"], f"{item}-value"
            )
        return data
    if isinstance(block, blocks.ListBlock):
        data = {f"{prefix}-count": str(len(state or []))}
        for index, child in enumerate(state or []):
            item = f"{prefix}-{index}"
            data |= {
                f"{item}-id": child.get("id") or "",
                f"{item}-order": str(index),
                f"{item}-deleted": "",
            }
            data |= block_post_data(block.child_block, child["value"], f"{item}-value")
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data |= block_post_data(child, (state or {}).get(name), f"{prefix}-{name}")
        return data
    if isinstance(block, blocks.BooleanBlock):
        return {prefix: "on"} if state else {}
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: str(state["id"]) if state else ""}
    # A select's state is the list of its chosen values, posted one by one.
    return {prefix: "" if state is None else state}


def edit_form_data(client, page):
    """What the page's edit form would post, StreamFields included."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    for field in type(page)._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        widget = form.find("div", id=field.name, attrs={"data-controller": "w-block"})
        state, _errors = json.loads(widget["data-w-block-arguments-value"])
        inputs = block_post_data(field.stream_block, state, field.name)
        for key, value in inputs.items():
            data.setlist(key, value if isinstance(value, list) else [value])
    # As lists: the test client would post only the last of a QueryDict's values,
    # dropping every ticked condition but one.
    return dict(data.lists())


def preview_of(client, page, data):
    """The preview an editor sees for the edit form's data."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.json() == {"is_valid": True, "is_available": True}, page
    response = client.get(url)
    assert response.status_code == 200, page
    return BeautifulSoup(response.content, "html.parser").find("main")


def titles_linked_in(main):
    return {link.get_text(strip=True) for link in main.find_all("a")}


def live_content_pages():
    return [
        page
        for model in CONTENT_MODELS
        for page in model.objects.live().public().order_by("path")
    ]


def assert_previews_as_it_stands(client, page):
    """The unchanged form saves, and its preview shows the page's own links."""
    data = edit_form_data(client, page)
    assert_preview_shows_its_links(client, page, data)

    # Saving the same data as a draft is accepted: the form round-trips.
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, f"{page} did not save: {response.context}"


def assert_preview_shows_its_links(client, page, data):
    """The preview of the edit form's data shows the page's title and links."""
    main = preview_of(client, page, data)
    assert main.find("h1").get_text(strip=True) == page.title
    linked = titles_linked_in(main)
    if isinstance(page, ConditionPage):
        expected = [mechanism.title for mechanism, _note in page.linked_mechanisms()]
    elif isinstance(page, MechanismPage):
        expected = [condition.title for condition, _note in page.linked_conditions()]
    else:
        expected = [p.title for p in [*page.live_conditions(), *page.live_mechanisms()]]
    assert expected or isinstance(page, MechanismPage), f"{page} links nothing"
    missing = [title for title in expected if title not in linked]
    assert not missing, f"preview of {page} lacks {missing}"


@pytest.fixture
def factory_pages(site_tree):
    barrier = MechanismPageFactory(parent=site_tree.mechanisms, title="Gut barrier")
    diet = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet")
    eczema = ConditionPageFactory(
        parent=site_tree.conditions, title="Eczema", mechanisms=[barrier, diet]
    )
    ArticlePageFactory(
        parent=site_tree.articles,
        title="Fibre and eczema",
        conditions=[eczema],
        mechanisms=[diet],
    )


def test_every_factory_built_page_previews_with_its_links(admin_client, factory_pages):
    pages = live_content_pages()
    assert len(pages) == 4
    for page in pages:
        assert_previews_as_it_stands(admin_client, page)
