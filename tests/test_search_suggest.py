"""The search box suggests titles and synonyms as the reader types."""

import pytest

from gutskin.taxonomy.models import Synonym

from .factories import ArticlePageFactory, ConditionPageFactory, make_private


def suggestions(client, query):
    response = client.get("/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [(item["label"], item["url"]) for item in response.json()["suggestions"]]


@pytest.fixture
def eczema(site_tree):
    page = ConditionPageFactory(parent=site_tree.conditions, title="Eczema")
    Synonym.objects.create(
        term="eczema",
        page=page,
        other_names="atopic dermatitis\nneurodermatitis",
        search_terms="itchy skin",
    )
    return page


def test_titles_and_synonyms_are_suggested_by_prefix(client, eczema):
    assert suggestions(client, "ecz") == [("Eczema", eczema.url)]
    assert suggestions(client, "atop") == [("atopic dermatitis", eczema.url)]
    assert suggestions(client, "derm") == [
        ("atopic dermatitis", eczema.url),
    ]
    assert suggestions(client, "itchy") == [("itchy skin", eczema.url)]


def test_synonym_without_a_page_suggests_a_search(client, site_tree):
    Synonym.objects.create(term="dysbiosis", other_names="microbiome imbalance")
    assert suggestions(client, "dysb") == [("dysbiosis", "/search/?q=dysbiosis")]


def test_titles_come_before_synonyms(client, eczema, site_tree):
    article = ArticlePageFactory(parent=site_tree.articles, title="Neuro notes")
    assert suggestions(client, "neuro") == [
        ("Neuro notes", article.url),
        ("neurodermatitis", eczema.url),
    ]


def test_a_misspelt_start_still_finds_the_word(client, eczema):
    assert ("Eczema", eczema.url) in suggestions(client, "excem")


def test_drafts_and_private_pages_are_never_suggested(client, site_tree):
    ArticlePageFactory(parent=site_tree.articles, title="Eczema draft").unpublish()
    make_private(ArticlePageFactory(parent=site_tree.articles, title="Eczema secret"))
    assert suggestions(client, "ecz") == []


def test_suggestions_follow_publishing(client, site_tree):
    assert suggestions(client, "ros") == []
    page = ConditionPageFactory(parent=site_tree.conditions, title="Rosacea")
    assert suggestions(client, "ros") == [("Rosacea", page.url)]
    page.unpublish()
    assert suggestions(client, "ros") == []


@pytest.mark.parametrize("query", ["", "e", "   ", "x" * 1000, "<script>", "'--"])
def test_short_or_odd_input_gives_an_empty_list(client, eczema, query):
    assert suggestions(client, query) == []


def test_suggestions_are_capped_and_never_cached_unchecked(client, site_tree):
    for number in range(12):
        ArticlePageFactory(parent=site_tree.articles, title=f"Gut notes {number}")
    response = client.get("/search/suggest/", {"q": "gut"})
    assert len(response.json()["suggestions"]) == 8
    assert response["Cache-Control"] == "no-cache"


def test_suggestions_use_the_kept_vocabulary_without_sql(
    client, eczema, django_assert_num_queries
):
    suggestions(client, "ecz")
    # The content version is read from the cache (or its file), not the database.
    with django_assert_num_queries(0):
        suggestions(client, "atop")
