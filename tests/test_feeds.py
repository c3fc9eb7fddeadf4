"""RSS and Atom feeds carry only live, public articles and follow page privacy."""

import datetime
import re
from html import unescape

import feedparser
import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .conftest import (
    SiteTree,
    build_site_tree,
    fresh_pages,
    page_keys,
    shared_data,
)
from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    PersonFactory,
    make_private,
)

FEEDS = ["feed/", "feed/atom/"]


def publish(page):
    """Publish through a revision, as the admin does, so publish dates are set."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def utc(value):
    """A datetime as feedparser reports it: UTC, whole seconds."""
    return value.astimezone(datetime.UTC).replace(microsecond=0, tzinfo=None)


def parsed(struct):
    return datetime.datetime(*struct[:6])


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def titles(feed):
    return [entry.title for entry in feed.entries]


def build_library(site_tree):
    """Two conditions, live articles about each, and articles readers may not see."""
    eczema = ConditionPageFactory(
        parent=site_tree.conditions, title="Eczema", slug="eczema"
    )
    acne = ConditionPageFactory(parent=site_tree.conditions, title="Acne", slug="acne")
    nurse = PersonFactory(name="Clinic nurse team", job_title="Nursing")
    articles = {
        "barrier": publish(
            ArticlePageFactory(
                parent=site_tree.articles,
                title="Eczema & the gut barrier",
                slug="eczema-gut-barrier",
                summary="How a leaky gut may <worsen> itch.",
                author=nurse,
                first_published=datetime.date(2024, 6, 3),
                conditions=[eczema],
                tags=["itch", "Skin barrier"],
            )
        ),
        "diet": publish(
            ArticlePageFactory(
                parent=site_tree.articles,
                title="Acne and diet",
                slug="acne-and-diet",
                first_published=datetime.date(2024, 2, 1),
                conditions=[acne],
            )
        ),
        "draft": ArticlePageFactory(
            parent=site_tree.articles,
            title="Draft on eczema",
            slug="draft-on-eczema",
            live=False,
            first_published=datetime.date(2024, 7, 1),
            conditions=[eczema],
        ),
        "unpublished": publish(
            ArticlePageFactory(
                parent=site_tree.articles,
                title="Withdrawn eczema advice",
                slug="withdrawn-eczema-advice",
                first_published=datetime.date(2024, 7, 2),
                conditions=[eczema],
            )
        ),
        "private": make_private(
            publish(
                ArticlePageFactory(
                    parent=site_tree.articles,
                    title="Staff-only eczema notes",
                    slug="staff-only-eczema-notes",
                    first_published=datetime.date(2024, 7, 3),
                    conditions=[eczema],
                )
            )
        ),
    }
    articles["unpublished"].unpublish()
    return {"eczema": eczema, "acne": acne, **articles}


@pytest.fixture(scope="class")
def shared_library(django_db_setup, django_db_blocker):
    """The library and its site tree, built once for a class of tests."""
    with shared_data(django_db_blocker):
        tree = build_site_tree()
        yield {"tree": page_keys(vars(tree)), "pages": page_keys(build_library(tree))}


@pytest.fixture
def library(shared_library, db):
    return fresh_pages(shared_library["pages"])


class TestLibraryFeeds:
    """Feeds of one library, built once for the class."""

    @pytest.fixture
    def site_tree(self, shared_library, db):
        """The library's own site tree, for tests that add to it."""
        return SiteTree(**fresh_pages(shared_library["tree"]))

    def test_rss_feed_describes_each_article_for_feed_readers(self, client, library):
        barrier = library["barrier"]

        response, feed = read_feed(client, "/articles/feed/")

        assert response["Content-Type"].startswith("application/rss+xml")
        assert feed.version == "rss20"
        assert feed.feed.title == "Articles | Gut & Skin"
        assert feed.feed.link == "http://localhost/articles/"
        entry = feed.entries[0]
        assert entry.title == "Eczema & the gut barrier"
        assert entry.link == "http://localhost/articles/eczema-gut-barrier/"
        assert entry.id == entry.link
        # Plain-text summaries reach readers as text, never as markup.
        assert "<worsen>" not in entry.summary
        assert unescape(entry.summary) == "How a leaky gut may <worsen> itch."
        assert entry.author == "Clinic nurse team"
        assert parsed(entry.published_parsed) == utc(
            timezone.make_aware(datetime.datetime(2024, 6, 3))
        )
        assert [tag.term for tag in entry.tags] == ["itch", "Skin barrier"]
        assert barrier.last_published_at is not None

    def test_atom_feed_gives_published_and_updated_dates(self, client, library):
        barrier = library["barrier"]

        response, feed = read_feed(client, "/articles/feed/atom/")

        assert response["Content-Type"].startswith("application/atom+xml")
        assert feed.version == "atom10"
        assert feed.feed.title == "Articles | Gut & Skin"
        assert feed.feed.subtitle == "Articles for patients."
        entry = feed.entries[0]
        assert entry.title == "Eczema & the gut barrier"
        assert entry.link == "http://localhost/articles/eczema-gut-barrier/"
        assert entry.id == "http://localhost/articles/eczema-gut-barrier/"
        assert unescape(entry.summary) == "How a leaky gut may <worsen> itch."
        assert entry.author == "Clinic nurse team"
        assert parsed(entry.published_parsed) == utc(
            timezone.make_aware(datetime.datetime(2024, 6, 3))
        )
        assert parsed(entry.updated_parsed) == utc(barrier.last_published_at)

    @pytest.mark.parametrize("feed_path", FEEDS)
    def test_article_feeds_list_only_live_public_articles_newest_first(
        self, client, library, feed_path
    ):
        _, feed = read_feed(client, f"/articles/{feed_path}")

        assert titles(feed) == ["Eczema & the gut barrier", "Acne and diet"]

    @pytest.mark.parametrize("feed_path", FEEDS)
    def test_condition_feed_lists_only_that_conditions_live_public_articles(
        self, client, library, feed_path
    ):
        _, feed = read_feed(client, f"/conditions/eczema/{feed_path}")

        assert feed.feed.title == "Articles about Eczema | Gut & Skin"
        assert feed.feed.link == "http://localhost/conditions/eczema/"
        assert titles(feed) == ["Eczema & the gut barrier"]
        _, acne_feed = read_feed(client, f"/conditions/acne/{feed_path}")
        assert titles(acne_feed) == ["Acne and diet"]

    @pytest.mark.parametrize("feed_path", FEEDS)
    def test_private_condition_feed_asks_for_the_password_and_shows_nothing(
        self, client, library, feed_path
    ):
        make_private(library["eczema"])

        response = client.get(f"/conditions/eczema/{feed_path}")

        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        assert 'type="password"' in response.content.decode()
        assert b"gut barrier" not in response.content

    def test_login_only_condition_feed_sends_readers_to_sign_in(self, client, library):
        PageViewRestriction.objects.create(
            page=library["eczema"], restriction_type=PageViewRestriction.LOGIN
        )

        response = client.get("/conditions/eczema/feed/")

        assert response.status_code == 302
        assert b"gut barrier" not in response.content

    @pytest.mark.parametrize("feed_path", FEEDS)
    def test_draft_and_unpublished_condition_feeds_are_not_found(
        self, client, site_tree, library, feed_path
    ):
        ConditionPageFactory(
            parent=site_tree.conditions, title="Rosacea", slug="rosacea", live=False
        )
        library["eczema"].unpublish()

        assert client.get(f"/conditions/rosacea/{feed_path}").status_code == 404
        assert client.get(f"/conditions/eczema/{feed_path}").status_code == 404

    def test_private_article_index_serves_no_feed(self, client, site_tree, library):
        make_private(site_tree.articles)

        response = client.get("/articles/feed/")

        assert response["Content-Type"].startswith("text/html")
        assert b"gut barrier" not in response.content

    def test_article_index_and_condition_pages_still_render_with_their_filters(
        self, client, library
    ):
        response = client.get("/articles/?condition=acne")
        assert response.status_code == 200
        assert b"Acne and diet" in response.content
        assert b"Eczema &amp; the gut barrier" not in response.content
        assert client.get("/conditions/eczema/").status_code == 200
        assert client.get("/articles/no-such-route/").status_code == 404

    @pytest.mark.parametrize(
        ("page_url", "rss", "atom", "subscribe"),
        [
            (
                "/articles/",
                "/articles/feed/",
                "/articles/feed/atom/",
                "Subscribe to new articles (RSS)",
            ),
            (
                "/conditions/eczema/",
                "/conditions/eczema/feed/",
                "/conditions/eczema/feed/atom/",
                "Subscribe to new articles about Eczema (RSS)",
            ),
        ],
    )
    def test_pages_advertise_their_feeds_to_browsers_and_readers(
        self, client, library, page_url, rss, atom, subscribe
    ):
        html = client.get(page_url).content.decode()

        for kind, url in (("rss", rss), ("atom", atom)):
            link = (
                rf'<link rel="alternate" type="application/{kind}\+xml" '
                rf'title="[^"]+" href="{re.escape(url)}">'
            )
            assert re.search(link, html), link
        assert subscribe in html
        for url in (rss, atom):
            read_feed(client, url)

    def test_feed_queries_do_not_grow_with_articles(
        self, client, site_tree, library, django_assert_max_num_queries
    ):
        for day in range(1, 11):
            ArticlePageFactory(
                parent=site_tree.articles,
                slug=f"extra-{day}",
                conditions=[library["eczema"]],
                tags=["itch"],
            )

        with django_assert_max_num_queries(12):
            read_feed(client, "/conditions/eczema/feed/")


def test_article_feed_holds_the_twenty_newest_articles(client, site_tree):
    for day in range(1, 23):
        ArticlePageFactory(
            parent=site_tree.articles,
            title=f"Note for 1 March, day {day}",
            slug=f"note-{day}",
            first_published=datetime.date(2024, 3, day),
        )

    _, feed = read_feed(client, "/articles/feed/")

    assert len(feed.entries) == 20
    assert feed.entries[0].title == "Note for 1 March, day 22"
    assert "Note for 1 March, day 2" not in titles(feed)
