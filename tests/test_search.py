"""Search finds pages by the words patients type: synonyms, lay terms, misspellings."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from gutskin.taxonomy.models import Synonym

from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    make_private,
)


def search(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200, query
    return response


def result_urls(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link["href"] for link in soup.select(".search-result__title a")]


def test_synonym_search_finds_pages_that_only_use_the_other_word(client, site_tree):
    ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        summary="Dry, itchy, inflamed skin.",
        other_names=["atopic dermatitis"],
    )
    article = ArticlePageFactory(
        parent=site_tree.articles,
        title="Moisturisers",
        summary="How moisturisers help atopic dermatitis.",
    )
    assert article.url in result_urls(search(client, "eczema"))


def test_results_show_type_summary_and_marked_words(client, site_tree):
    ConditionPageFactory(
        parent=site_tree.conditions,
        title="Rosacea",
        summary="Rosacea causes redness of the face.",
    )
    soup = BeautifulSoup(search(client, "redness").content, "html.parser")
    result = soup.select_one(".search-result")
    assert result.select_one(".badge").get_text() == "Condition"
    summary = result.select_one(".search-result__summary")
    assert [mark.get_text() for mark in summary.find_all("mark")] == ["redness"]
    assert summary.get_text() == "Rosacea causes redness of the face."


def test_highlights_escape_what_editors_and_readers_typed(client, site_tree):
    ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema <b>flares</b>",
        slug="eczema",
        summary='<img src=x onerror="alert(1)"> eczema & itch',
    )
    html = search(client, "eczema").content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>eczema</mark>" in html
    assert "<b>flares</b>" not in html
    html = search(client, "eczema <script>alert(1)</script>").content.decode()
    assert "<img src=x" not in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 1000,
        "!!! @@@ ###",
        "'; DROP TABLE wagtailcore_page; --",
        "' OR 1=1 --",
        '"unbalanced',
        "eczema OR",
        "AND OR NOT",
        "title:eczema",
        "ecz*",
        "NEAR(eczema diet)",
        "(((",
        "-eczema ^ ~",
        "eczema\x00diet",
        "<b>eczema</b>",
    ],
)
def test_bad_queries_give_a_normal_page(client, site_tree, query):
    ConditionPageFactory(parent=site_tree.conditions, title="Eczema")
    response = search(client, query)
    assert b"<h1>" in response.content


def test_long_queries_are_capped_with_a_notice(client, site_tree):
    response = search(client, "eczema " * 200)
    assert len(response.context["query"]) <= 200
    assert b"only its first 200 characters" in response.content


@pytest.mark.parametrize(
    "params",
    [{"type": "nope"}, {"condition": "nope"}, {"page": "abc"}, {"page": "999"}],
)
def test_unknown_filters_and_pages_give_a_normal_page(client, site_tree, params):
    ConditionPageFactory(parent=site_tree.conditions, title="Eczema")
    response = search(client, "eczema", **params)
    assert result_urls(response) == ["/conditions/eczema/"]


def test_filter_by_type(client, site_tree):
    ConditionPageFactory(parent=site_tree.conditions, title="Acne")
    article = ArticlePageFactory(parent=site_tree.articles, title="Acne and diet")
    assert result_urls(search(client, "acne", type="article")) == [article.url]


def test_filter_by_condition(client, site_tree):
    acne = ConditionPageFactory(parent=site_tree.conditions, title="Acne")
    ConditionPageFactory(parent=site_tree.conditions, title="Rosacea")
    about_acne = ArticlePageFactory(
        parent=site_tree.articles, title="Diet", summary="Food.", conditions=[acne]
    )
    ArticlePageFactory(parent=site_tree.articles, title="Diet again", summary="Food.")
    assert result_urls(search(client, "diet", condition="acne")) == [about_acne.url]


def test_results_paginate(client, site_tree):
    for number in range(12):
        ArticlePageFactory(parent=site_tree.articles, summary=f"Kefir tips {number}.")
    first = search(client, "kefir")
    second = search(client, "kefir", page=2)
    assert len(result_urls(first)) == 10
    assert len(result_urls(second)) == 2
    assert not set(result_urls(first)) & set(result_urls(second))


def test_promoted_results_come_first_and_only_if_readable(client, site_tree):
    diet = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet")
    hidden = ArticlePageFactory(parent=site_tree.articles, title="Draft piece")
    hidden.unpublish()
    query = Query.get("food")
    SearchPromotion.objects.create(query=query, page=diet, sort_order=0)
    SearchPromotion.objects.create(query=query, page=hidden, sort_order=1)
    soup = BeautifulSoup(search(client, "Food").content, "html.parser")
    promoted = soup.select(".promoted a")
    assert [link["href"] for link in promoted] == [diet.url]


class TestIndexFollowsPublishing:
    """The index only ever answers with what is live and public now."""

    def test_new_published_page_is_found(self, client, site_tree):
        page = MechanismPageFactory(
            parent=site_tree.mechanisms, summary="Kombucha is fermented tea."
        )
        assert result_urls(search(client, "kombucha")) == [page.url]

    def test_edit_is_found_once_published_not_as_a_draft(self, client, site_tree):
        page = MechanismPageFactory(
            parent=site_tree.mechanisms, summary="Kombucha is fermented tea."
        )
        page.summary = "Kefir is fermented milk."
        page.save_revision()
        assert result_urls(search(client, "kefir")) == []
        page.get_latest_revision().publish()
        assert result_urls(search(client, "kefir")) == [page.url]
        assert result_urls(search(client, "kombucha")) == []

    def test_unpublished_page_is_not_found(self, client, site_tree):
        page = MechanismPageFactory(
            parent=site_tree.mechanisms, summary="Kombucha is fermented tea."
        )
        page.unpublish()
        assert result_urls(search(client, "kombucha")) == []

    def test_deleted_page_is_not_found(self, client, site_tree):
        page = MechanismPageFactory(
            parent=site_tree.mechanisms, summary="Kombucha is fermented tea."
        )
        page.delete()
        assert result_urls(search(client, "kombucha")) == []

    def test_private_and_draft_pages_are_never_found(self, client, site_tree):
        make_private(
            MechanismPageFactory(
                parent=site_tree.mechanisms, summary="Kombucha is fermented tea."
            )
        )
        draft = ArticlePageFactory(
            parent=site_tree.articles, summary="Kombucha recipes.", live=False
        )
        assert not draft.live
        assert result_urls(search(client, "kombucha")) == []

    def test_changed_synonym_reindexes_its_page(self, client, site_tree):
        page = ConditionPageFactory(parent=site_tree.conditions, title="Psoriasis")
        synonym = Synonym.objects.create(term="psoriasis", page=page)
        assert result_urls(search(client, "plaques")) == []
        synonym.search_terms = "plaques"
        synonym.save()
        assert result_urls(search(client, "plaques")) == [page.url]
        synonym.delete()
        assert result_urls(search(client, "plaques")) == []


def test_editor_adds_a_synonym_in_the_admin_and_readers_find_it(
    client, editor, site_tree
):
    page = ConditionPageFactory(parent=site_tree.conditions, title="Rosacea")
    client.force_login(editor)
    listing = client.get("/admin/snippets/taxonomy/synonym/")
    assert listing.status_code == 200
    response = client.post(
        "/admin/snippets/taxonomy/synonym/add/",
        {
            "term": "rosacea",
            "page": page.pk,
            "other_names": "acne rosacea",
            "search_terms": "red cheeks",
        },
    )
    assert response.status_code == 302
    client.logout()
    assert result_urls(search(client, "red cheeks")) == [page.url]
    assert b"Also known as acne rosacea" in client.get(page.url).content


def test_synonym_needs_more_than_one_word(client, editor, site_tree):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/taxonomy/synonym/add/",
        {"term": "rosacea", "page": "", "other_names": "", "search_terms": ""},
    )
    assert response.status_code == 200
    assert b"at least one other name or search term" in response.content
    assert not Synonym.objects.exists()


def test_reader_cannot_reach_the_synonym_admin(client, site_tree):
    response = client.get("/admin/snippets/taxonomy/synonym/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editors_and_reviewers_may_promote_results(client, editor, reviewer):
    for user in (editor, reviewer):
        client.force_login(user)
        response = client.get(reverse("wagtailsearchpromotions:add"))
        assert response.status_code == 200, user


def test_synonyms_kept_their_data_permissions_and_old_admin_address(
    client, editor, site_tree
):
    """Synonyms moved to the taxonomy app: the roles keep their permissions on them
    and an editor's bookmark of the former admin address still arrives."""
    assert editor.has_perms(
        ["taxonomy.add_synonym", "taxonomy.change_synonym", "taxonomy.delete_synonym"]
    )
    assert Synonym._meta.db_table == "search_synonym"
    client.force_login(editor)
    response = client.get("/admin/snippets/search/synonym/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/snippets/taxonomy/synonym/"
