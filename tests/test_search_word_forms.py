"""Search matches the forms of a reader's word (stems, British and American
spellings) and never "corrects" a word the site uses into a common one."""

import pytest
from bs4 import BeautifulSoup

from gutskin.search.spellings import other_spellings

from .factories import ArticlePageFactory
from .test_search import result_urls, search


def test_a_word_finds_pages_that_use_another_form_of_it(client, site_tree):
    page = ArticlePageFactory(
        parent=site_tree.articles,
        title="Fermented food",
        summary="Probiotics are live microbes, taken in set amounts.",
    )
    assert result_urls(search(client, "probiotic")) == [page.url]
    assert result_urls(search(client, "microbe")) == [page.url]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("yoghurt", "yogurt"),
        ("yogurt", "yoghurt"),
        ("yoghurts", "yogurt"),
        ("esophagus", "oesophagus"),
        ("haemoglobin", "hemoglobin"),
        ("fiber", "fibre"),
        ("colour", "color"),
        ("diarrhea", "diarrhoea"),
    ],
)
def test_british_and_american_spellings_find_each_other(
    client, site_tree, typed, written
):
    page = ArticlePageFactory(
        parent=site_tree.articles,
        title="Everyday notes",
        summary=f"A word about {written} for readers.",
    )
    assert result_urls(search(client, typed)) == [page.url]


def test_the_other_spelling_is_marked_in_results(client, site_tree):
    ArticlePageFactory(
        parent=site_tree.articles, title="Kefir", summary="Kefir and yogurt."
    )
    soup = BeautifulSoup(search(client, "yoghurt").content, "html.parser")
    summary = soup.select_one(".search-result__summary")
    assert [mark.get_text() for mark in summary.find_all("mark")] == ["yogurt"]


def test_a_word_the_site_uses_is_never_corrected(client, site_tree):
    ArticlePageFactory(
        parent=site_tree.articles,
        title="Your gut and your skin",
        summary="Yogurt and kefir are fermented foods.",
    )
    response = search(client, "yogurt")
    assert b"did-you-mean" not in response.content
    assert len(result_urls(response)) == 1


def test_common_words_are_never_offered_as_corrections(client, site_tree):
    # "your" is close to "yogurt" (and in a title); nothing here uses yogurt.
    ArticlePageFactory(parent=site_tree.articles, title="Your gut and your skin")
    response = search(client, "yogurt")
    assert response.context["suggestion"] is None
    assert b"Did you mean" not in response.content


def test_site_words_are_still_offered_for_misspellings(client, site_tree):
    page = ArticlePageFactory(parent=site_tree.articles, title="Psoriasis and diet")
    response = search(client, "psorasis")
    assert response.context["suggestion"] == "psoriasis"
    assert result_urls(response) == [page.url]


@pytest.mark.parametrize(
    ("word", "others"),
    [
        ("yoghurt", ["yogurt"]),
        ("yogurt", ["yoghurt", "yoghourt"]),
        ("oesophageal", ["esophageal"]),
        ("moisturisers", ["moisturizers"]),
        ("colorectal", []),
        ("hemp", []),
        ("organism", []),
        ("gut", []),
    ],
)
def test_other_spellings_change_only_the_words_they_are_for(word, others):
    assert other_spellings(word) == others
