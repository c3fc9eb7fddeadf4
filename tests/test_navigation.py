"""Header, footer, home and 404 links follow the page tree; cards follow page types."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from gutskin.core.templatetags.card_tags import card_templates

from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    PersonFactory,
    PolicyPageFactory,
)


@pytest.fixture
def pages(site_tree):
    mechanism = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Diet", slug="diet"
    )
    condition = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        slug="eczema",
        other_names=["atopic dermatitis"],
        mechanisms=[mechanism],
    )
    article = ArticlePageFactory(
        parent=site_tree.articles,
        title="Food and skin",
        slug="food-and-skin",
        conditions=[condition],
        mechanisms=[mechanism],
        author=PersonFactory(name="Dr Ada Lane", credentials="MRCP"),
        tags=["gut flora"],
    )
    return {"mechanism": mechanism, "condition": condition, "article": article}


def soup_of(client, url):
    response = client.get(url)
    return response, BeautifulSoup(response.content, "html.parser")


def main_nav(soup):
    nav = soup.find("nav", attrs={"aria-label": "Main"})
    return [
        (link.get_text(), link["href"], link.get("aria-current"))
        for link in nav.find_all("a")
    ]


def footer_links(soup):
    nav = soup.find("nav", attrs={"aria-label": "Footer"})
    return [(link.get_text(), link["href"]) for link in nav.find_all("a")]


def test_header_lists_the_sections_under_home_in_tree_order(client, pages):
    _, soup = soup_of(client, "/")
    assert main_nav(soup) == [
        ("Conditions", "/conditions/", None),
        ("Mechanisms", "/mechanisms/", None),
        ("Articles", "/articles/", None),
        ("Topics", "/topics/", None),
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/conditions/", {"Conditions": "page"}),
        ("/conditions/eczema/", {"Conditions": "true"}),
        ("/mechanisms/diet/", {"Mechanisms": "true"}),
        ("/articles/", {"Articles": "page"}),
        ("/articles/?condition=eczema", {"Articles": "page"}),
        ("/articles/food-and-skin/", {"Articles": "true"}),
        ("/topics/", {"Topics": "page"}),
        ("/a-z/", {}),
        ("/search/", {}),
        ("/authors/", {}),
    ],
)
def test_header_marks_the_current_section(client, pages, url, expected):
    _, soup = soup_of(client, url)
    current = {label: state for label, _, state in main_nav(soup) if state}
    assert current == expected


def test_topic_pages_mark_topics_as_the_section(client, pages):
    _, soup = soup_of(client, "/topics/gut-flora/")
    assert ("Topics", "/topics/", "true") in main_nav(soup)


def test_menu_label_is_the_kind_of_page_a_section_holds_not_its_title(
    client, site_tree
):
    site_tree.conditions.title = "Skin conditions"
    site_tree.conditions.save_revision().publish()
    _, soup = soup_of(client, "/")
    assert main_nav(soup)[0] == ("Conditions", "/conditions/", None)


def test_renamed_section_keeps_header_footer_home_and_404_links(client, pages):
    mechanisms = pages["mechanism"].get_parent().specific
    mechanisms.slug = "how-it-works"
    mechanisms.save_revision().publish()

    _, soup = soup_of(client, "/how-it-works/")
    assert ("Mechanisms", "/how-it-works/", "page") in main_nav(soup)
    assert ("Mechanisms", "/how-it-works/") in footer_links(soup)

    _, soup = soup_of(client, "/how-it-works/diet/")
    assert ("Mechanisms", "/how-it-works/", "true") in main_nav(soup)

    _, soup = soup_of(client, "/")
    assert soup.find("a", string="All mechanisms")["href"] == "/how-it-works/"

    response, soup = soup_of(client, "/mechanisms/")
    assert response.status_code == 404
    assert soup.select_one(".link-notes a[href='/how-it-works/']")


def test_sections_out_of_menus_or_unpublished_are_left_out(client, site_tree):
    site_tree.mechanisms.show_in_menus = False
    site_tree.mechanisms.save_revision().publish()
    site_tree.articles.unpublish()
    _, soup = soup_of(client, "/")
    assert [label for label, _, _ in main_nav(soup)] == ["Conditions", "Topics"]
    assert [label for label, _ in footer_links(soup)][:3] == [
        "Home",
        "Conditions",
        "Topics",
    ]


def test_policy_pages_stay_out_of_the_main_menu_unless_marked(client, site_tree):
    PolicyPageFactory(parent=site_tree.home, title="Privacy notice", slug="privacy")
    _, soup = soup_of(client, "/")
    assert "Privacy notice" not in [label for label, _, _ in main_nav(soup)]


def test_footer_links_home_sections_and_finding_aids(client, site_tree):
    _, soup = soup_of(client, "/topics/")
    assert footer_links(soup) == [
        ("Home", "/"),
        ("Conditions", "/conditions/"),
        ("Mechanisms", "/mechanisms/"),
        ("Articles", "/articles/"),
        ("Topics", "/topics/"),
        ("A to Z", "/a-z/"),
        ("Gut–skin map", "/map/"),
        ("Search", "/search/"),
    ]


def test_not_found_page_offers_the_sections_and_marks_the_one_it_is_under(
    client, site_tree
):
    response, soup = soup_of(client, "/conditions/no-such-condition/")
    assert response.status_code == 404
    assert [
        (link.get_text(), link["href"]) for link in soup.select(".link-notes a")
    ] == [
        ("Home", "/"),
        ("Conditions", "/conditions/"),
        ("Mechanisms", "/mechanisms/"),
        ("Articles", "/articles/"),
        ("Topics", "/topics/"),
    ]
    assert ("Conditions", "/conditions/", "true") in main_nav(soup)


def test_navigation_costs_one_query_however_many_sections(rf, site_tree):
    for slug in ("one", "two", "three"):
        PolicyPageFactory(parent=site_tree.home, slug=slug, show_in_menus=True)
    request = rf.get("/")
    template = Template(
        "{% load navigation_tags %}{% site_nav %}{% footer_nav %}"
        '{% section_page "conditions.ConditionIndexPage" as conditions %}'
        "{% site_root as home %}"
    )
    template.render(Context({"request": rf.get("/")}))  # content types, site roots
    with CaptureQueriesContext(connection) as queries:
        html = template.render(Context({"request": request}))
    # Finding the site (which Wagtail's serve does anyway) and the sections.
    assert len(queries) <= 2
    assert html.count('href="/one/"') == 2


def test_home_and_article_pages_add_at_most_one_query(
    client, pages, django_assert_max_num_queries
):
    for url, before in (("/", 11), ("/articles/food-and-skin/", 29)):
        client.get(url)  # warm the content type and site root caches
        with django_assert_max_num_queries(before + 1):
            assert client.get(url).status_code == 200


def render_card(page, options=""):
    request = RequestFactory().get("/")
    template = Template("{% load card_tags %}{% page_card item " + options + " %}")
    html = template.render(Context({"item": page, "request": request}))
    return BeautifulSoup(html, "html.parser").article


def test_each_page_type_has_its_own_card(pages):
    assert card_templates(pages["article"])[0] == (
        "includes/cards/articles_articlepage.html"
    )
    article = render_card(pages["article"])
    assert article["class"] == ["card", "card--article"]
    assert article.select_one(".card__author").get_text() == "Dr Ada Lane, MRCP"
    assert not render_card(pages["article"], "hide_author=True").select_one(
        ".card__author"
    )

    condition = render_card(pages["condition"], "heading_level=2 show_aliases=True")
    assert condition.h2.a["href"] == "/conditions/eczema/"
    assert condition.select_one(".card__aka").get_text() == (
        "Also known as atopic dermatitis"
    )
    assert not condition.select_one(".card__meta")

    mechanism = render_card(pages["mechanism"], "show_type=True")
    assert mechanism.select_one(".badge").get_text() == "Mechanism"
    assert mechanism.h3.get_text() == "Diet"


def test_a_page_type_without_a_card_gets_the_generic_one(site_tree):
    policy = PolicyPageFactory(parent=site_tree.home, title="Privacy", slug="privacy")
    assert card_templates(policy)[-1] == "includes/cards/page.html"
    card = render_card(policy)
    assert card.h3.a["href"] == "/privacy/"
    assert not card.select_one(".card__meta")


@pytest.mark.parametrize(
    ("url", "title", "crumb"),
    [
        ("/topics/", "Topics", "Topics"),
        ("/a-z/", "Conditions and mechanisms A to Z", "A to Z"),
        ("/map/", "The gut–skin map", "The gut–skin map"),
        ("/search/", "Search", "Search"),
        ("/authors/", "Authors and reviewers", "Authors and reviewers"),
    ],
)
def test_views_share_one_frame(client, site_tree, url, title, crumb):
    _, soup = soup_of(client, url)
    assert soup.title.get_text() == f"{title} | Gut & Skin"
    assert [h1.get_text() for h1 in soup.find_all("h1")] == [title]
    crumbs = soup.select(".breadcrumbs__list li")
    assert crumbs[0].a["href"] == "/"
    assert crumbs[-1].select_one("[aria-current=page]").get_text() == crumb
