"""What editors type into topics and synonyms never breaks a page for readers."""

from importlib import import_module

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from taggit.models import Tag

from gutskin.search.vocabulary import get_vocabulary
from gutskin.taxonomy.models import Synonym

from .factories import ArticlePageFactory, ConditionPageFactory

# Names that django-taggit slugifies to nothing.
SYMBOL_NAMES = ["🔥", "🔥🔥", "???", "!!!", "👩‍⚕️", "✨ & ✨"]


def topic_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        link.get_text(" ", strip=True): link["href"] for link in soup.select("a.tag")
    }


def test_a_topic_named_only_in_emoji_or_punctuation_gets_its_own_page(
    client, site_tree
):
    article = ArticlePageFactory(
        parent=site_tree.articles, title="Flare-ups", tags=["diet", *SYMBOL_NAMES]
    )

    slugs = dict(Tag.objects.values_list("name", "slug"))
    index = client.get("/topics/")

    assert all(slugs.values())
    assert len(set(slugs.values())) == len(slugs)
    assert slugs["🔥"] == "fire"
    assert slugs["🔥🔥"] == "fire-2"
    assert slugs["???"] == "question-mark"
    assert slugs["👩‍⚕️"] == "woman-staff-of-aesculapius"
    assert index.status_code == 200
    for name in SYMBOL_NAMES:
        detail = client.get(f"/topics/{slugs[name]}/")
        assert detail.status_code == 200, name
        assert article.title in detail.content.decode()
    assert client.get(article.url).status_code == 200


def test_topic_listings_skip_a_topic_without_a_slug(client, site_tree):
    article = ArticlePageFactory(
        parent=site_tree.articles, title="Flare-ups", tags=["diet", "stress"]
    )
    # A topic saved before slugs were guaranteed.
    Tag.objects.filter(name="stress").update(slug="")

    index = client.get("/topics/")
    page = client.get(article.url)

    assert index.status_code == 200
    assert page.status_code == 200
    assert set(topic_links(index)) == {"diet 1 page"}
    assert topic_links(page) == {"diet": "/topics/diet/"}


def test_a_migration_gives_existing_topics_without_a_slug_one(site_tree):
    ArticlePageFactory(parent=site_tree.articles, tags=["diet", "🔥", "???"])
    # As django-taggit left them: the first such topic without a slug, the
    # next with its fallback "_1".
    Tag.objects.filter(name="🔥").update(slug="")
    Tag.objects.filter(name="???").update(slug="_1")
    Tag.objects.create(name="Fire", slug="fire")
    migration = import_module(
        "gutskin.taxonomy.migrations.0001_give_every_topic_a_slug"
    )

    migration.give_every_topic_a_slug(apps, schema_editor=None)

    assert dict(Tag.objects.values_list("name", "slug")) == {
        "diet": "diet",
        "Fire": "fire",
        "🔥": "fire-2",
        "???": "_1",
    }


@pytest.mark.parametrize(
    "term",
    [
        "itchy\\skin",
        "itch\\1",
        "itch \\g<0>",
        "\\",
        "c++ (rash)",
        "[red]|*",
        "$^.? {2}",
    ],
)
def test_a_synonym_with_regex_characters_is_searched_as_typed(client, site_tree, term):
    eczema = ConditionPageFactory(
        parent=site_tree.conditions, title="Eczema", slug="eczema"
    )
    Synonym.objects.create(term="Itch", page=eczema, search_terms=term)

    search = client.get("/search/", {"q": "itch"})
    typed = client.get("/search/", {"q": term})
    suggest = client.get("/search/suggest/", {"q": term[:3]})

    assert term.casefold() in get_vocabulary().expand("an itch")[1]
    assert search.status_code == 200
    assert [item.page for item in search.context["result_items"]] == [eczema]
    assert typed.status_code == 200
    assert suggest.status_code == 200
