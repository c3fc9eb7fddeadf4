"""The sitemap lists every live, public page of the site; robots.txt points to it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils.timezone import localdate
from wagtail.models import Page, Site

from .factories import (
    ArticlePageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    HomePageFactory,
    MechanismPageFactory,
    make_private,
)

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def publish(page):
    """Publish through a revision, as the admin does, so publish dates are set."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def sitemap_entries(client):
    """{location: lastmod date or None} from /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    entries = {}
    for url in root.findall("sm:url", NS):
        lastmod = url.findtext("sm:lastmod", namespaces=NS)
        entries[url.findtext("sm:loc", namespaces=NS)] = (
            datetime.date.fromisoformat(lastmod) if lastmod else None
        )
    return entries


@pytest.fixture
def published_site(site_tree):
    """The site's sections and one page of each kind, all published by revision."""
    for section in (
        site_tree.home,
        site_tree.conditions,
        site_tree.mechanisms,
        site_tree.articles,
    ):
        publish(section)
    mechanism = publish(
        MechanismPageFactory(
            parent=site_tree.mechanisms, title="Gut barrier", slug="gut-barrier"
        )
    )
    condition = publish(
        ConditionPageFactory(parent=site_tree.conditions, title="Eczema", slug="eczema")
    )
    article = publish(
        ArticlePageFactory(
            parent=site_tree.articles,
            title="Eczema and the gut",
            slug="eczema-and-the-gut",
            conditions=[condition],
        )
    )
    return site_tree, [mechanism, condition, article]


def test_sitemap_lists_every_live_public_page_with_when_it_last_changed(
    client, published_site
):
    site_tree, pages = published_site
    expected = [
        site_tree.home,
        site_tree.conditions,
        site_tree.mechanisms,
        site_tree.articles,
        *pages,
    ]

    entries = sitemap_entries(client)

    # The article's author has a profile, listed with the authors index.
    people = {
        "http://localhost/authors/",
        "http://localhost/authors/clinic-editorial-team/",
    }
    assert set(entries) == {page.full_url for page in expected} | people
    assert "http://localhost/articles/eczema-and-the-gut/" in entries
    for page in expected:
        page.refresh_from_db()
        assert entries[page.full_url] == localdate(page.last_published_at)


def test_sitemap_leaves_out_drafts_unpublished_and_private_pages(
    client, published_site
):
    site_tree, _ = published_site
    ArticlePageFactory(
        parent=site_tree.articles, title="Draft", slug="draft", live=False
    )
    publish(
        ConditionPageFactory(parent=site_tree.conditions, slug="withdrawn")
    ).unpublish()
    make_private(
        publish(ArticlePageFactory(parent=site_tree.articles, slug="staff-only"))
    )
    make_private(site_tree.mechanisms)

    locations = set(sitemap_entries(client))

    assert "http://localhost/articles/draft/" not in locations
    assert "http://localhost/conditions/withdrawn/" not in locations
    assert "http://localhost/articles/staff-only/" not in locations
    # A private section hides everything under it too.
    assert "http://localhost/mechanisms/" not in locations
    assert "http://localhost/mechanisms/gut-barrier/" not in locations
    assert "http://localhost/conditions/eczema/" in locations


def test_sitemap_leaves_out_feeds_and_pages_of_other_sites(client, published_site):
    other_home = HomePageFactory(
        parent=Page.get_first_root_node(), title="Elsewhere", slug="elsewhere"
    )
    ConditionIndexPageFactory(parent=other_home, slug="other-conditions")
    Site.objects.create(hostname="elsewhere.test", port=80, root_page=other_home)

    locations = sitemap_entries(client)

    assert all(url.startswith("http://localhost/") for url in locations)
    assert not any("other-conditions" in url for url in locations)
    assert not any("/feed/" in url for url in locations)


def test_robots_txt_keeps_crawlers_out_of_admin_and_search(client, site_tree):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {line for line in lines if line.startswith("Disallow:")} == {
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /search/",
    }
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_names_the_sitemap_on_the_host_it_was_asked_on(client, site_tree):
    response = client.get("/robots.txt", HTTP_HOST="localhost", secure=True)

    assert "Sitemap: https://localhost/sitemap.xml" in response.content.decode()


def test_no_page_type_changes_its_sitemap_urls():
    """The sitemap reads plain pages (gutskin/core/sitemaps.py), one query at any
    size; a page type with its own sitemap URLs would need its specific row."""
    from wagtail.models import get_page_models

    own = [
        model._meta.label
        for model in get_page_models()
        if model.get_sitemap_urls is not Page.get_sitemap_urls
        or model.get_url_parts is not Page.get_url_parts
    ]
    assert own == []
