"""Readers find the demo's pages by the words they type: synonyms, lay terms and
misspellings."""

import pytest
from bs4 import BeautifulSoup

from ..test_search import result_urls, search

# (what a reader types, the page it must find) with the demo content loaded.
SYNONYM_CASES = [
    ("eczema", "/conditions/eczema/"),
    ("atopic dermatitis", "/conditions/eczema/"),
    ("neurodermatitis", "/conditions/eczema/"),
    ("itchy skin", "/conditions/eczema/"),
    ("leaky gut", "/mechanisms/gut-barrier/"),
    ("intestinal permeability", "/mechanisms/gut-barrier/"),
    ("gut barrier", "/mechanisms/gut-barrier/"),
    ("SCFA", "/mechanisms/metabolites/"),
    ("short-chain fatty acids", "/mechanisms/metabolites/"),
    ("butyrate", "/mechanisms/metabolites/"),
    ("spots", "/conditions/acne/"),
    ("pimples", "/conditions/acne/"),
    ("scaly patches", "/conditions/psoriasis/"),
    ("facial redness", "/conditions/rosacea/"),
    ("flushing", "/conditions/rosacea/"),
]

# Words that name no single page: each finds exactly what its synonym finds.
SAME_RESULTS = [("dysbiosis", "microbiome imbalance"), ("microbiome", "gut flora")]

# Other forms of a word than the demo uses: stems and British or American spelling.
WORD_FORMS = [
    ("probiotic", "/mechanisms/diet/"),
    ("yoghurt", "/mechanisms/diet/"),
    ("yoghurts", "/mechanisms/diet/"),
    ("fiber", "/mechanisms/diet/"),
    ("fermenting", "/mechanisms/diet/"),
]

MISSPELLINGS = [
    ("psoraisis", "psoriasis", "/conditions/psoriasis/"),
    ("excema", "eczema", "/conditions/eczema/"),
    ("rosasea", "rosacea", "/conditions/rosacea/"),
]


class TestDemoSearch:
    """Searches of the demo content."""

    def test_every_synonym_and_lay_term_finds_its_page(self, client, demo):
        misses = {}
        for query, url in SYNONYM_CASES:
            urls = result_urls(search(client, query))
            if url not in urls[:3]:
                misses[query] = urls[:3]
        assert misses == {}

    @pytest.mark.parametrize(("word", "synonym"), SAME_RESULTS)
    def test_synonyms_without_a_page_find_the_same_pages(
        self, client, demo, word, synonym
    ):
        by_word = result_urls(search(client, word))
        by_synonym = result_urls(search(client, synonym))
        assert by_word
        assert sorted(by_word) == sorted(by_synonym)

    @pytest.mark.parametrize(("typed", "meant", "url"), MISSPELLINGS)
    def test_misspelling_offers_did_you_mean_and_the_likely_page(
        self, client, demo, typed, meant, url
    ):
        response = search(client, typed)
        soup = BeautifulSoup(response.content, "html.parser")
        offer = soup.select_one(".did-you-mean")
        assert offer is not None
        assert "Did you mean" in offer.get_text()
        link = offer.find("a")
        assert link.get_text() == meant
        assert f"q={meant}" in link["href"]
        assert result_urls(response)[0] == url

    @pytest.mark.parametrize(("typed", "url"), WORD_FORMS)
    def test_other_forms_of_a_word_find_its_pages(self, client, demo, typed, url):
        response = search(client, typed)
        assert url in result_urls(response)
        assert b"did-you-mean" not in response.content

    def test_a_word_the_demo_uses_is_not_taken_for_a_misspelling(self, client, demo):
        response = search(client, "yogurt")
        assert b"did-you-mean" not in response.content
        assert "/mechanisms/diet/" in result_urls(response)

    def test_correctly_spelt_search_offers_no_correction(self, client, demo):
        response = search(client, "psoriasis")
        assert b"did-you-mean" not in response.content
        assert result_urls(response)[0] == "/conditions/psoriasis/"
