"""Related material is computed from links editors make once, and shows only
what readers are allowed to read."""

import pytest

from .conftest import build_site_tree, fresh_pages, page_keys, shared_data
from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    make_private,
)


def build_axis(site_tree):
    """Two conditions sharing two mechanisms, a third sharing one, and articles."""
    mech = {
        slug: MechanismPageFactory(parent=site_tree.mechanisms, title=title, slug=slug)
        for slug, title in [
            ("inflammation", "Inflammation"),
            ("gut-barrier", "Gut barrier"),
            ("diet", "Diet"),
            ("stress", "Stress"),
        ]
    }
    eczema = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        slug="eczema",
        other_names=["atopic dermatitis"],
        mechanisms=[mech["gut-barrier"], mech["inflammation"]],
        tags=["itch"],
    )
    psoriasis = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Psoriasis",
        slug="psoriasis",
        mechanisms=[mech["inflammation"], mech["gut-barrier"]],
    )
    acne = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Acne",
        slug="acne",
        mechanisms=[mech["diet"], mech["inflammation"]],
    )
    rosacea = ConditionPageFactory(
        parent=site_tree.conditions, title="Rosacea", slug="rosacea"
    )
    articles = {
        "barrier": ArticlePageFactory(
            parent=site_tree.articles,
            title="Eczema and the gut barrier",
            slug="eczema-gut-barrier",
            conditions=[eczema],
            mechanisms=[mech["gut-barrier"]],
            tags=["itch", "skin barrier"],
        ),
        "close": ArticlePageFactory(
            parent=site_tree.articles,
            title="Calming eczema flares",
            slug="calming-eczema-flares",
            conditions=[eczema],
            mechanisms=[mech["gut-barrier"]],
            tags=["itch"],
        ),
        "far": ArticlePageFactory(
            parent=site_tree.articles,
            title="Inflammation explained",
            slug="inflammation-explained",
            mechanisms=[mech["gut-barrier"]],
        ),
        "unrelated": ArticlePageFactory(
            parent=site_tree.articles,
            title="Acne and diet",
            slug="acne-and-diet",
            conditions=[acne],
            mechanisms=[mech["diet"]],
        ),
    }
    return {
        "mech": mech,
        "eczema": eczema,
        "psoriasis": psoriasis,
        "acne": acne,
        "rosacea": rosacea,
        "articles": articles,
    }


@pytest.fixture(scope="module")
def shared_axis(django_db_setup, django_db_blocker):
    """The axis, built once for this module, whose every test reads it."""
    with shared_data(django_db_blocker):
        yield page_keys(build_axis(build_site_tree()))


@pytest.fixture
def axis(shared_axis, db):
    return fresh_pages(shared_axis)


def main_of(response):
    """The page's main landmark, where related material is shown."""
    return response.content.decode().split("<main")[1].split("</main>")[0]


def test_condition_shows_its_mechanisms_in_editor_order_with_notes(client, axis):
    main = main_of(client.get("/conditions/eczema/"))
    barrier = main.index('href="/mechanisms/gut-barrier/"')
    inflammation = main.index('href="/mechanisms/inflammation/"')
    assert barrier < inflammation
    assert "How Gut barrier acts." in main
    assert 'href="/mechanisms/diet/"' not in main


def test_condition_lists_its_articles_and_conditions_sharing_mechanisms(client, axis):
    eczema = axis["eczema"]
    assert list(eczema.related_articles()) == [
        axis["articles"]["close"],
        axis["articles"]["barrier"],
    ]
    related = list(eczema.related_conditions())
    assert related == [axis["psoriasis"], axis["acne"]]
    assert [page.shared_mechanisms for page in related] == [2, 1]

    main = main_of(client.get("/conditions/eczema/"))
    assert 'href="/articles/eczema-gut-barrier/"' in main
    assert 'href="/articles/calming-eczema-flares/"' in main
    assert 'href="/conditions/psoriasis/"' in main
    assert 'href="/conditions/acne/"' in main
    assert 'href="/articles/acne-and-diet/"' not in main
    assert 'href="/conditions/rosacea/"' not in main


def test_mechanism_shows_conditions_it_bears_on_and_its_articles(client, axis):
    barrier = axis["mech"]["gut-barrier"]
    assert [condition for condition, _ in barrier.linked_conditions()] == [
        axis["eczema"],
        axis["psoriasis"],
    ]
    main = main_of(client.get("/mechanisms/gut-barrier/"))
    assert 'href="/conditions/eczema/"' in main
    assert 'href="/conditions/psoriasis/"' in main
    assert 'href="/conditions/acne/"' not in main
    for slug in (
        "eczema-gut-barrier",
        "calming-eczema-flares",
        "inflammation-explained",
    ):
        assert f'href="/articles/{slug}/"' in main
    assert 'href="/articles/acne-and-diet/"' not in main


def test_article_ranks_related_articles_by_shared_links_and_tags(client, axis):
    article = axis["articles"]["barrier"]
    related = list(article.related_articles())
    # "close" shares the condition, the mechanism and a tag; "far" only the mechanism;
    # "unrelated" shares nothing and is left out.
    assert related == [axis["articles"]["close"], axis["articles"]["far"]]
    assert [page.shared for page in related] == [3, 1]

    main = main_of(client.get("/articles/eczema-gut-barrier/"))
    assert 'href="/conditions/eczema/"' in main
    assert 'href="/mechanisms/gut-barrier/"' in main
    assert main.index('href="/articles/calming-eczema-flares/"') < main.index(
        'href="/articles/inflammation-explained/"'
    )
    assert 'href="/articles/acne-and-diet/"' not in main


def hide(page, how):
    if how == "draft":
        page.unpublish()
    else:
        make_private(page)


@pytest.mark.parametrize("how", ["draft", "private"])
def test_hidden_pages_never_appear_anywhere_readers_look(client, axis, how):
    hidden_article = axis["articles"]["close"]
    hidden_condition = axis["psoriasis"]
    hidden_mechanism = axis["mech"]["inflammation"]
    for page in (hidden_article, hidden_condition, hidden_mechanism):
        hide(page, how)
    hidden_urls = [
        'href="/articles/calming-eczema-flares/"',
        'href="/conditions/psoriasis/"',
        'href="/mechanisms/inflammation/"',
    ]
    readable = [
        "/",
        "/conditions/",
        "/mechanisms/",
        "/articles/",
        "/conditions/eczema/",
        "/conditions/acne/",
        "/mechanisms/gut-barrier/",
        "/mechanisms/diet/",
        "/articles/eczema-gut-barrier/",
        "/articles/inflammation-explained/",
        "/topics/",
        "/topics/itch/",
    ]
    for url in readable:
        response = client.get(url)
        assert response.status_code == 200, url
        main = main_of(response)
        for hidden in hidden_urls:
            assert hidden not in main, f"{hidden} shown on {url}"
    assert list(axis["eczema"].related_conditions()) == []
    assert hidden_article not in axis["articles"]["barrier"].related_articles()


def test_related_material_uses_a_bounded_number_of_queries(
    client, axis, django_assert_max_num_queries
):
    for url in ("/conditions/eczema/", "/mechanisms/gut-barrier/"):
        with django_assert_max_num_queries(30):
            assert client.get(url).status_code == 200
    with django_assert_max_num_queries(30):
        assert client.get("/articles/eczema-gut-barrier/").status_code == 200
