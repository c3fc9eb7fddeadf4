"""Every page type renders for readers with the site's accessible frame."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.rich_text import RichText

from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory

DISCLAIMER = "not a substitute for advice from your clinician"


@pytest.fixture
def pages(site_tree):
    mechanism = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Diet", slug="diet", kind="factor"
    )
    condition = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        slug="eczema",
        other_names=["atopic dermatitis", "neurodermatitis"],
        mechanisms=[mechanism],
    )
    article = ArticlePageFactory(
        parent=site_tree.articles,
        title="Food and skin",
        slug="food-and-skin",
        first_published=datetime.date(2023, 4, 23),
        conditions=[condition],
        mechanisms=[mechanism],
        body=[
            ("heading", {"text": "What to eat", "level": "h2"}),
            ("paragraph", RichText("<p>Fibre feeds <b>gut</b> bacteria.</p>")),
            (
                "callout",
                {
                    "kind": "see-doctor",
                    "title": "When to see a doctor",
                    "text": RichText("<p>If a rash spreads quickly.</p>"),
                },
            ),
            ("key_points", {"title": "Key points", "points": ["Eat plants"]}),
            ("quote", {"text": "Variety matters.", "attribution": "Clinic team"}),
        ],
    )
    return {
        "/": site_tree.home,
        "/conditions/": site_tree.conditions,
        "/mechanisms/": site_tree.mechanisms,
        "/articles/": site_tree.articles,
        "/conditions/eczema/": condition,
        "/mechanisms/diet/": mechanism,
        "/articles/food-and-skin/": article,
        "/topics/": None,
    }


def test_every_page_type_renders_with_one_h1_and_the_frame(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        soup = BeautifulSoup(response.content, "html.parser")
        assert len(soup.find_all("h1")) == 1, url
        skip = soup.find("a")
        assert skip["href"] == "#main-content", url
        assert soup.find("main", id="main-content"), url
        assert soup.find("header") and soup.find("footer") and soup.find("nav"), url
        assert DISCLAIMER in soup.find("footer").get_text(" "), url
        assert soup.html["lang"].startswith("en"), url


def test_content_pages_have_breadcrumbs_and_meta_description(client, pages):
    soup = BeautifulSoup(client.get("/conditions/eczema/").content, "html.parser")
    crumbs = soup.find("nav", attrs={"aria-label": "Breadcrumb"})
    assert [a.get_text(strip=True) for a in crumbs.find_all("a")] == [
        "Home",
        "Conditions",
    ]
    description = soup.find("meta", attrs={"name": "description"})
    assert description["content"] == pages["/conditions/eczema/"].summary
    assert soup.find("link", rel="canonical")["href"].endswith("/conditions/eczema/")


def test_condition_page_shows_also_known_as(client, pages):
    text = BeautifulSoup(client.get("/conditions/eczema/").content, "html.parser")
    text = text.get_text(" ")
    assert "atopic dermatitis" in text
    assert "neurodermatitis" in text


def test_article_shows_byline_date_reading_time_and_every_block(client, pages):
    soup = BeautifulSoup(client.get("/articles/food-and-skin/").content, "html.parser")
    main = soup.find("main")
    text = " ".join(main.get_text(" ").split())
    assert "Clinic editorial team" in text
    assert "23 April 2023" in text
    assert main.find("time", attrs={"datetime": "2023-04-23"})
    assert "1 min read" in text
    assert main.find("h2", string="What to eat")
    assert main.find("b", string="gut")
    assert "If a rash spreads quickly." in text
    assert main.find("li", string="Eat plants")
    assert main.find("blockquote")


def test_reading_time_grows_with_the_text(pages):
    article = pages["/articles/food-and-skin/"]
    assert article.reading_time == 1
    article.body = [("paragraph", RichText("<p>" + "word " * 1000 + "</p>"))]
    assert article.reading_time == 6


def test_lead_image_needs_alt_text(pages):
    from wagtail_factories import ImageFactory

    article = pages["/articles/food-and-skin/"]
    article.lead_image = ImageFactory()
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "lead_image_alt" in error.value.message_dict
    article.lead_image_alt = "A bowl of porridge with berries"
    article.full_clean()


def test_mechanism_index_groups_pathways_first_and_skips_empty_kinds(
    client, pages, site_tree
):
    MechanismPageFactory(parent=site_tree.mechanisms, title="Gut barrier")
    response = client.get("/mechanisms/")
    groups = response.context["mechanism_groups"]
    assert [(label, [page.slug for page in pages]) for label, pages in groups] == [
        ("Biological pathway", ["gut-barrier"]),
        ("Modifiable factor", ["diet"]),
    ]
    home = client.get("/").content.decode()
    assert home.index("Biological pathway") < home.index("Modifiable factor")
