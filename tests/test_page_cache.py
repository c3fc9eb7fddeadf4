"""Whole pages are kept for readers without a session, served with no SQL, and
never served once anything they show has changed."""

import http.server
import threading

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from gutskin.taxonomy.models import Synonym

from .factories import ArticlePageFactory, ConditionPageFactory, PersonFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 3600


@pytest.fixture
def eczema(site_tree):
    page = ConditionPageFactory(
        parent=site_tree.conditions, title="Eczema", slug="eczema"
    )
    Synonym.objects.create(term="Eczema", page=page, other_names="atopic dermatitis")
    return page


@pytest.fixture
def article(site_tree, eczema):
    return ArticlePageFactory(
        parent=site_tree.articles,
        title="Eczema and the gut",
        slug="eczema-and-the-gut",
        author=PersonFactory(name="Dr Ada Example", credentials="MD"),
        conditions=[eczema],
    )


def fetch(client, url, **kwargs):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    return response, len(queries)


def test_a_repeat_request_is_served_whole_with_no_sql(client, article):
    first, first_queries = fetch(client, article.url)
    again, again_queries = fetch(client, article.url)

    assert first["X-Page-Cache"] == "miss"
    assert first_queries > 0
    assert again["X-Page-Cache"] == "hit"
    assert again_queries == 0
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert again["ETag"] == first["ETag"]


@pytest.mark.parametrize(
    "url",
    ["/", "/search/?q=eczema", "/search/suggest/?q=ecz", "/sitemap.xml", "/a-z/"],
)
def test_listings_search_and_feeds_are_kept_too(client, article, url):
    fetch(client, url)
    response, queries = fetch(client, url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert queries == 0


def test_every_url_and_query_string_is_kept_apart(client, article):
    fetch(client, "/search/?q=eczema")
    response, queries = fetch(client, "/search/?q=gut")
    assert response["X-Page-Cache"] == "miss"
    assert queries > 0
    assert article.url in response.content.decode()


def test_the_api_keeps_json_and_the_browsable_page_apart(client, article):
    url = f"/api/v2/pages/{article.pk}/"
    as_json, _ = fetch(client, url, headers={"Accept": "application/json"})
    as_html, _ = fetch(client, url, headers={"Accept": "text/html"})
    assert as_json["Content-Type"] == "application/json"
    assert as_html["Content-Type"].startswith("text/html")
    again, queries = fetch(client, url, headers={"Accept": "application/json"})
    assert again["X-Page-Cache"] == "hit"
    assert again["Content-Type"] == "application/json"
    assert queries == 0


def test_a_signed_in_user_never_gets_or_fills_the_cache(client, article, editor):
    fetch(client, article.url)  # kept for readers
    client.force_login(editor)
    response, queries = fetch(client, article.url)
    assert response["X-Page-Cache"] == "bypass"
    assert queries > 0


def test_a_preview_is_never_kept(client, article, editor):
    client.force_login(editor)
    url = f"/admin/pages/{article.pk}/edit/preview/"
    fetch(client, url)
    response, queries = fetch(client, url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "bypass"
    assert queries > 0


def test_a_post_is_never_answered_from_the_cache(client, article):
    fetch(client, article.url)
    response = client.post(f"/feedback/{article.pk}/", {"helpful": "yes"})
    assert response.status_code == 303
    assert response["X-Page-Cache"] == "bypass"


def test_a_password_page_is_never_kept(client, article):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    first, _ = fetch(client, article.url)
    again, queries = fetch(client, article.url)
    # The password form sets a CSRF cookie: that response is the reader's own.
    assert "password" in first.content.decode().lower()
    assert again["X-Page-Cache"] == "bypass"
    assert queries > 0


def test_a_conditional_get_is_answered_304(client, article):
    first, _ = fetch(client, article.url)
    etag = first["ETag"]
    directives = {d.strip() for d in first["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "must-revalidate", "s-maxage=0"}
    for _attempt in ("miss kept", "hit"):
        response, _ = fetch(client, article.url, headers={"If-None-Match": etag})
        assert response.status_code == 304
        assert response.content == b""


def title_shown(client, page_url):
    return client.get(page_url).content.decode()


def test_publishing_shows_the_new_text_on_the_next_request(client, article, eczema):
    fetch(client, article.url)
    fetch(client, eczema.url)
    article.title = "Eczema, the gut and you"
    article.save_revision().publish()

    assert "Eczema, the gut and you" in title_shown(client, article.url)
    # The condition lists its articles: it changes too, although not published.
    assert "Eczema, the gut and you" in title_shown(client, eczema.url)


def test_unpublishing_removes_the_page_at_once(client, article, eczema):
    fetch(client, article.url)
    fetch(client, eczema.url)
    article.unpublish()

    assert client.get(article.url).status_code == 404
    assert "Eczema and the gut" not in title_shown(client, eczema.url)


def test_an_authors_new_name_reaches_their_pages_at_once(client, article):
    assert "Dr Ada Example" in title_shown(client, article.url)
    article.author.name = "Dr Ada Renamed"
    article.author.save()

    assert "Dr Ada Renamed" in title_shown(client, article.url)


def test_a_synonym_edit_reaches_its_page_at_once(client, eczema):
    assert "atopic dermatitis" in title_shown(client, eczema.url)
    synonym = Synonym.objects.get(page=eczema)
    synonym.other_names = "neurodermatitis"
    synonym.save()

    html = title_shown(client, eczema.url)
    assert "neurodermatitis" in html
    assert "atopic dermatitis" not in html


def test_a_new_day_builds_the_page_again(client, article, time_machine):
    time_machine.move_to("2026-11-23 12:00", tick=False)
    fetch(client, article.url)
    assert fetch(client, article.url)[0]["X-Page-Cache"] == "hit"
    # Reviews fall due at midnight, and the page says so.
    time_machine.move_to("2026-11-24 00:01", tick=False)
    assert fetch(client, article.url)[0]["X-Page-Cache"] == "miss"


def test_turned_off_the_cache_keeps_nothing(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    fetch(client, article.url)
    response, queries = fetch(client, article.url)
    assert response["X-Page-Cache"] == "bypass"
    assert queries > 0


def test_a_fresh_client_without_cookies_shares_the_kept_page(article):
    Client().get(article.url)
    response, queries = fetch(Client(), article.url)
    assert response["X-Page-Cache"] == "hit"
    assert queries == 0


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A caching proxy's purge endpoint: notes each PURGE it is sent."""

    purged = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_endpoint(settings):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


def test_publishing_tells_the_cdn_to_drop_the_page(article, purge_endpoint):
    article.title = "Eczema and the gut, updated"
    article.save_revision().publish()

    assert ("localhost", article.url) in purge_endpoint
