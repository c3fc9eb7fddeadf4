"""The article list filters by condition, mechanism and tag, and survives bad input."""

import pytest

from articles.models import ArticleIndexPage

from .conftest import build_site_tree, fresh_pages, page_keys, shared_data
from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory


def build_library(site_tree):
    diet = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet", slug="diet")
    stress = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Stress", slug="stress"
    )
    acne = ConditionPageFactory(parent=site_tree.conditions, title="Acne", slug="acne")
    eczema = ConditionPageFactory(
        parent=site_tree.conditions, title="Eczema", slug="eczema"
    )
    return {
        "acne-diet": ArticlePageFactory(
            parent=site_tree.articles,
            title="Acne and diet",
            slug="acne-diet",
            conditions=[acne],
            mechanisms=[diet],
            tags=["fibre"],
        ),
        "acne-stress": ArticlePageFactory(
            parent=site_tree.articles,
            title="Acne and stress",
            slug="acne-stress",
            conditions=[acne],
            mechanisms=[stress],
        ),
        "eczema-diet": ArticlePageFactory(
            parent=site_tree.articles,
            title="Eczema and diet",
            slug="eczema-diet",
            conditions=[eczema],
            mechanisms=[diet],
            tags=["fibre"],
        ),
    }


@pytest.fixture(scope="class")
def shared_library(django_db_setup, django_db_blocker):
    """The library, built once for a class of tests."""
    with shared_data(django_db_blocker):
        yield page_keys(build_library(build_site_tree()))


@pytest.fixture
def library(shared_library, db):
    return fresh_pages(shared_library)


def listed(response):
    return [page.slug for page in response.context["articles"]]


class TestFilterLibrary:
    """Filters of one library of articles, built once for the class."""

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("", ["eczema-diet", "acne-stress", "acne-diet"]),
            ("?condition=acne", ["acne-stress", "acne-diet"]),
            ("?mechanism=diet", ["eczema-diet", "acne-diet"]),
            ("?tag=fibre", ["eczema-diet", "acne-diet"]),
            ("?condition=acne&mechanism=diet", ["acne-diet"]),
            ("?condition=eczema&mechanism=stress", []),
            ("?condition=acne&mechanism=diet&tag=fibre", ["acne-diet"]),
        ],
    )
    def test_filters_combine(self, client, library, query, expected):
        response = client.get(f"/articles/{query}")
        assert response.status_code == 200
        assert listed(response) == expected
        for slug in expected:
            assert f'href="/articles/{slug}/"' in response.content.decode()

    @pytest.mark.parametrize("name", ["condition", "mechanism", "tag"])
    def test_unknown_filter_slug_shows_empty_result_with_a_message(
        self, client, library, name
    ):
        response = client.get(f"/articles/?{name}=no-such-thing")
        assert response.status_code == 200
        assert listed(response) == []
        assert response.context["unknown_filters"] == [name]
        assert "couldn" in response.content.decode().lower()

    def test_filter_values_are_escaped(self, client, library):
        response = client.get('/articles/?condition=<script>alert(1)</script>&tag="x')
        assert response.status_code == 200
        assert b"<script>alert(1)</script>" not in response.content

    def test_draft_condition_is_not_a_filter_choice(self, client, library):
        library["acne-diet"].conditions.first().unpublish()
        response = client.get("/articles/?condition=acne")
        assert listed(response) == []
        assert response.context["unknown_filters"] == ["condition"]


@pytest.fixture
def many_articles(site_tree, monkeypatch):
    monkeypatch.setattr(ArticleIndexPage, "PER_PAGE", 2)
    return [
        ArticlePageFactory(parent=site_tree.articles, title=f"Piece {n}")
        for n in range(5)
    ]


@pytest.mark.parametrize(
    ("page", "number"),
    [("abc", 1), ("0", 1), ("-3", 1), ("", 1), ("2", 2), ("3", 3), ("99999", 3)],
)
def test_pagination_never_fails_on_bad_page_numbers(
    client, many_articles, page, number
):
    response = client.get(f"/articles/?page={page}")
    assert response.status_code == 200
    assert response.context["articles"].number == number


def test_pagination_links_keep_the_filters(client, site_tree, monkeypatch):
    monkeypatch.setattr(ArticleIndexPage, "PER_PAGE", 1)
    diet = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet", slug="diet")
    for n in range(3):
        ArticlePageFactory(parent=site_tree.articles, mechanisms=[diet], title=f"D {n}")
    html = client.get("/articles/?mechanism=diet").content.decode()
    assert 'href="?mechanism=diet&amp;page=2"' in html


def test_listing_queries_do_not_grow_with_articles(
    client, many_articles, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        assert client.get("/articles/").status_code == 200
