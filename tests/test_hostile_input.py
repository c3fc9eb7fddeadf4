"""Odd query strings from readers and crawlers get a normal answer, never a 500."""

import pytest
from django.db import DataError, connection
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage

from .factories import ArticlePageFactory, ConditionPageFactory

PAGES = "/api/v2/pages/"
# Enough words to exhaust Python's recursion limit while compiling a search, on
# PostgreSQL (about 150) and on SQLite (about 450) alike.
MANY_WORDS = " ".join(f"gut{n}" for n in range(500))


def _strings(params):
    if isinstance(params, dict):
        params = params.values()
    for value in params or ():
        if isinstance(value, list | tuple):
            yield from _strings(value)
        elif isinstance(value, str):
            yield value


@pytest.fixture
def database_refuses_nul():
    """Refuse NUL in any query, as PostgreSQL does, so SQLite runs show it too."""

    def refuse_nul(execute, sql, params, many, context):
        if "\x00" in sql or any("\x00" in value for value in _strings(params)):
            raise DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_nul):
        yield


@pytest.fixture
def eczema(site_tree):
    condition = ConditionPageFactory(
        parent=site_tree.conditions, title="Eczema", slug="eczema"
    )
    ArticlePageFactory(
        parent=site_tree.articles,
        title="Eczema and the gut",
        conditions=[condition],
        tags=["diet"],
    )
    return condition


@pytest.mark.parametrize(
    ("name", "label"),
    [("tag", "topic"), ("condition", "condition"), ("mechanism", "mechanism")],
)
@pytest.mark.parametrize("value", ["%00", "diet%00", "%00eczema"])
def test_nul_in_an_article_filter_is_an_unknown_filter(
    client, eczema, database_refuses_nul, name, label, value
):
    response = client.get(f"/articles/?{name}={value}")

    assert response.status_code == 200
    assert f"couldn't find that {label}" in response.content.decode()
    assert list(response.context["articles"]) == []


def test_nul_in_the_search_condition_is_an_unknown_condition(
    client, eczema, database_refuses_nul
):
    response = client.get("/search/?q=eczema&condition=%00")

    assert response.status_code == 200
    assert "find that condition" in response.content.decode()
    titles = {item.page.title for item in response.context["result_items"]}
    assert titles == {"Eczema", "Eczema and the gut"}


@pytest.mark.parametrize("slug", ["%00", "diet%00"])
def test_nul_in_a_topic_address_is_not_found(
    client, eczema, database_refuses_nul, slug
):
    response = client.get(f"/topics/{slug}/")

    assert response.status_code == 404


def test_a_100_kb_topic_is_an_unknown_topic(client, eczema):
    huge = "diet" * 25_000

    api = client.get(PAGES, {"tag": huge})
    articles = client.get("/articles/", {"tag": huge})

    assert api.status_code == 200
    assert api.json()["items"] == []
    assert articles.status_code == 200
    assert "couldn't find that topic" in articles.content.decode()


def test_the_search_backend_caps_the_words_of_a_query(eczema):
    backend = get_search_backend()

    # Unbounded, compiling these raised RecursionError.
    assert list(backend.search(MANY_WORDS, ArticlePage)) == []
    assert list(backend.autocomplete(MANY_WORDS, ArticlePage)) == []
    # Only the first 32 words count: every word must match, but the 33rd, which
    # no page has, is never asked for.
    capped = backend.search("gut " * 32 + "zzzz", ArticlePage, operator="and")
    assert [page.title for page in capped] == ["Eczema and the gut"]


def test_an_api_search_of_hundreds_of_words_answers_200(client, eczema):
    response = client.get(PAGES, {"search": MANY_WORDS})

    assert response.status_code == 200
    assert response.json()["items"] == []


def test_a_site_search_of_many_words_uses_the_first_32_with_a_notice(client, eczema):
    # 40 words in fewer than 200 characters: only the word cap applies.
    response = client.get("/search/", {"q": "gut " * 32 + "zzz " * 8})

    assert response.status_code == 200
    assert response.context["query"] == " ".join(["gut"] * 32)
    assert "at most 32 words" in response.content.decode()
    titles = {item.page.title for item in response.context["result_items"]}
    assert titles == {"Eczema and the gut"}


def test_an_admin_page_search_of_hundreds_of_words_answers_200(admin_client, eczema):
    search = admin_client.get("/admin/pages/search/", {"q": MANY_WORDS})
    listing = admin_client.get(
        f"/admin/pages/{eczema.get_parent().pk}/", {"q": MANY_WORDS}
    )
    quoted = admin_client.get(
        "/admin/pages/search/", {"q": " ".join(f'"gut{n}"' for n in range(500))}
    )

    assert search.status_code == 200
    assert listing.status_code == 200
    assert quoted.status_code == 200


@pytest.mark.parametrize(
    ("endpoint", "params"),
    [(PAGES, {}), ("/api/v2/images/", {}), (PAGES, {"search": "eczema"})],
)
def test_a_huge_api_offset_or_limit_answers_400_with_a_message(
    client, eczema, endpoint, params
):
    def get(**extra):
        return client.get(endpoint, {**params, **extra})

    for offset in ("9223372036854775808", "9223372036854775807", "1000001"):
        response = get(offset=offset)
        assert response.status_code == 400
        assert response.json()["message"] == "offset cannot be higher than 1000000"
    response = get(limit="9223372036854775808")
    assert response.status_code == 400
    assert response.json()["message"] == "limit cannot be higher than 50"
    assert get(offset="1000000").status_code == 200
