"""Search engines and link previews read what readers see: schema.org JSON-LD,
Open Graph and Twitter card tags, built from live pages only and safe from
anything an editor types."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from wagtail_factories import ImageFactory

from gutskin.people.models import Person

from .editorial import record_review
from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    PersonFactory,
    make_private,
)

SITE_NAME = "Gut & Skin"
HOST = "http://localhost"


def head_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld_graph(response):
    """Every node of every JSON-LD script in the page's head, parsed."""
    scripts = head_of(response).find_all("script", type="application/ld+json")
    nodes = []
    for script in scripts:
        data = json.loads(script.string)
        assert data["@context"] == "https://schema.org"
        nodes += data["@graph"]
    return nodes


def node(nodes, schema_type):
    [found] = [each for each in nodes if each["@type"] == schema_type]
    return found


def meta(response, key):
    """The content of a <meta property=...> or <meta name=...> tag, or None."""
    head = head_of(response)
    tag = head.find("meta", property=key) or head.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


@pytest.fixture
def axis(site_tree):
    """Eczema linked to a factor, a pathway, a draft and a private mechanism."""
    diet = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Diet", slug="diet", kind="factor"
    )
    barrier = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Gut barrier", slug="gut-barrier"
    )
    draft = MechanismPageFactory(
        parent=site_tree.mechanisms, title="Unfinished stress", kind="factor"
    )
    hidden = MechanismPageFactory(parent=site_tree.mechanisms, title="Staff only")
    eczema = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        slug="eczema",
        summary="Dry, itchy, inflamed skin.",
        other_names=["atopic dermatitis", "neurodermatitis"],
        mechanisms=[diet, barrier, draft, hidden],
    )
    draft.unpublish()
    make_private(hidden)
    return {"diet": diet, "barrier": barrier, "eczema": eczema}


def test_condition_is_described_as_a_medical_condition_with_its_names(client, axis):
    nodes = json_ld_graph(client.get("/conditions/eczema/"))
    page = node(nodes, "MedicalWebPage")
    assert page["url"] == f"{HOST}/conditions/eczema/"
    assert page["name"] == "Eczema"
    assert page["description"] == "Dry, itchy, inflamed skin."
    assert page["inLanguage"] == "en-GB"
    assert page["medicalAudience"]["audienceType"] == "Patient"
    assert page["publisher"] == {
        "@type": "Organization",
        "name": SITE_NAME,
        "url": f"{HOST}/",
    }
    crumbs = page["breadcrumb"]["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Home", f"{HOST}/"),
        (2, "Conditions", f"{HOST}/conditions/"),
        (3, "Eczema", f"{HOST}/conditions/eczema/"),
    ]
    condition = page["about"]
    assert condition["@type"] == "MedicalCondition"
    assert condition["name"] == "Eczema"
    assert condition["url"] == f"{HOST}/conditions/eczema/"
    assert condition["alternateName"] == ["atopic dermatitis", "neurodermatitis"]


def test_condition_lists_factors_as_risk_factors_and_pathways_as_pathophysiology(
    client, axis
):
    condition = node(json_ld_graph(client.get("/conditions/eczema/")), "MedicalWebPage")
    condition = condition["about"]
    assert condition["riskFactor"] == [
        {
            "@type": "MedicalRiskFactor",
            "name": "Diet",
            "url": f"{HOST}/mechanisms/diet/",
        }
    ]
    assert condition["pathophysiology"] == "Gut barrier: How Gut barrier acts."


def test_draft_and_private_mechanisms_never_appear_in_a_conditions_json_ld(
    client, axis
):
    response = client.get("/conditions/eczema/")
    scripts = head_of(response).find_all("script", type="application/ld+json")
    text = " ".join(script.string for script in scripts)
    assert "Gut barrier" in text
    assert "Unfinished stress" not in text
    assert "unfinished-stress" not in text
    assert "Staff only" not in text
    assert "staff-only" not in text


def test_factor_mechanism_is_a_risk_factor_for_its_live_conditions(
    client, axis, site_tree
):
    hidden = ConditionPageFactory(
        parent=site_tree.conditions, title="Secret rash", mechanisms=[axis["diet"]]
    )
    make_private(hidden)
    draft = ConditionPageFactory(
        parent=site_tree.conditions, title="Draft rash", mechanisms=[axis["diet"]]
    )
    draft.unpublish()
    page = node(json_ld_graph(client.get("/mechanisms/diet/")), "MedicalWebPage")
    factor = page["about"]
    assert factor["@type"] == "MedicalRiskFactor"
    assert factor["name"] == "Diet"
    assert factor["url"] == f"{HOST}/mechanisms/diet/"
    assert factor["increasesRiskOf"] == [
        {
            "@type": "MedicalCondition",
            "name": "Eczema",
            "url": f"{HOST}/conditions/eczema/",
        }
    ]


def test_pathway_mechanism_is_about_the_pathway_and_its_conditions(client, axis):
    page = node(json_ld_graph(client.get("/mechanisms/gut-barrier/")), "MedicalWebPage")
    pathway, *conditions = page["about"]
    assert pathway["@type"] == "MedicalEntity"
    assert pathway["name"] == "Gut barrier"
    assert [(c["@type"], c["name"]) for c in conditions] == [
        ("MedicalCondition", "Eczema")
    ]


@pytest.fixture
def article(axis, site_tree):
    draft = ConditionPageFactory(parent=site_tree.conditions, title="Draft rash")
    draft.unpublish()
    page = ArticlePageFactory(
        parent=site_tree.articles,
        title="Food and skin",
        slug="food-and-skin",
        summary="What eating well can do for eczema.",
        first_published=datetime.date(2023, 4, 23),
        author=PersonFactory(
            name="Consultant dermatologist", job_title="Dermatology", credentials="MD"
        ),
        conditions=[axis["eczema"], draft],
        mechanisms=[axis["diet"]],
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_article_is_an_article_with_author_dates_and_conditions(client, article):
    nodes = json_ld_graph(client.get("/articles/food-and-skin/"))
    webpage, story = node(nodes, "MedicalWebPage"), node(nodes, "Article")
    assert webpage["mainEntity"] == {"@id": story["@id"]}
    assert story["mainEntityOfPage"] == {"@id": webpage["@id"]}
    assert story["headline"] == "Food and skin"
    assert story["url"] == f"{HOST}/articles/food-and-skin/"
    profile = f"{HOST}/authors/consultant-dermatologist/"
    assert story["author"] == {
        "@type": "Person",
        "@id": f"{profile}#person",
        "name": "Consultant dermatologist",
        "honorificSuffix": "MD",
        "jobTitle": "Dermatology",
        "url": profile,
    }
    assert story["datePublished"] == "2023-04-23"
    modified = datetime.datetime.fromisoformat(story["dateModified"])
    assert modified == article.last_published_at.replace(microsecond=0)
    assert webpage["dateModified"] == story["dateModified"]
    assert story["publisher"]["name"] == SITE_NAME
    assert story["about"] == [
        {
            "@type": "MedicalCondition",
            "name": "Eczema",
            "url": f"{HOST}/conditions/eczema/",
        }
    ]
    assert "image" not in story


def test_team_author_is_an_organisation(client, site_tree):
    ArticlePageFactory(parent=site_tree.articles, slug="team-piece")
    story = node(json_ld_graph(client.get("/articles/team-piece/")), "Article")
    profile = f"{HOST}/authors/clinic-editorial-team/"
    assert story["author"] == {
        "@type": "Organization",
        "@id": f"{profile}#team",
        "name": "Clinic editorial team",
        "url": profile,
    }


def test_review_appears_only_once_the_page_has_been_reviewed(client, axis):
    page = node(json_ld_graph(client.get("/conditions/eczema/")), "MedicalWebPage")
    assert "lastReviewed" not in page
    assert "reviewedBy" not in page

    eczema = axis["eczema"]
    record_review(
        eczema,
        Person.objects.create(
            name="Consultant dermatologist",
            slug="consultant-dermatologist",
            credentials="MD",
        ),
        on=datetime.date(2026, 2, 1),
    )

    page = node(json_ld_graph(client.get("/conditions/eczema/")), "MedicalWebPage")
    assert page["lastReviewed"] == "2026-02-01"
    profile = f"{HOST}/authors/consultant-dermatologist/"
    assert page["reviewedBy"] == {
        "@type": "Person",
        "@id": f"{profile}#person",
        "name": "Consultant dermatologist",
        "honorificSuffix": "MD",
        "url": profile,
    }


BREAKOUT = "</script><script>alert(1)</script><!-- & >"


def test_editor_text_cannot_break_out_of_the_json_ld(client, site_tree):
    ConditionPageFactory(
        parent=site_tree.conditions,
        title=f"Rash {BREAKOUT}",
        slug="rash",
        summary=f"Itchy {BREAKOUT}",
        other_names=[BREAKOUT],
    )
    response = client.get("/conditions/rash/")
    html = response.content.decode()
    assert "</script><script>alert(1)" not in html
    assert "<script>alert" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("script", type="application/ld+json")) == 1
    ld_json = soup.find("script", type="application/ld+json")
    assert [s for s in soup.find_all("script") if "alert" in s.text] == [ld_json]
    page = node(json_ld_graph(response), "MedicalWebPage")
    assert page["name"] == f"Rash {BREAKOUT}"
    assert page["description"] == f"Itchy {BREAKOUT}"
    assert page["about"]["alternateName"] == [BREAKOUT]
    assert meta(response, "og:title") == f"Rash {BREAKOUT}"
    assert meta(response, "twitter:description") == f"Itchy {BREAKOUT}"


def test_condition_has_canonical_open_graph_and_twitter_tags(client, axis):
    response = client.get("/conditions/eczema/")
    url = axis["eczema"].full_url
    assert url == f"{HOST}/conditions/eczema/"
    assert [link["href"] for link in head_of(response).find_all(rel="canonical")] == [
        url
    ]
    assert meta(response, "description") == "Dry, itchy, inflamed skin."
    assert meta(response, "og:type") == "website"
    assert meta(response, "og:title") == "Eczema"
    assert meta(response, "og:description") == "Dry, itchy, inflamed skin."
    assert meta(response, "og:url") == url
    assert meta(response, "og:site_name") == SITE_NAME
    assert meta(response, "og:locale") == "en_GB"
    assert meta(response, "og:image") is None
    assert meta(response, "twitter:card") == "summary"
    assert meta(response, "twitter:title") == "Eczema"
    assert meta(response, "twitter:description") == "Dry, itchy, inflamed skin."
    assert meta(response, "article:published_time") is None


def test_article_sharing_tags_carry_its_dates(client, article):
    response = client.get("/articles/food-and-skin/")
    assert meta(response, "og:type") == "article"
    assert meta(response, "og:title") == "Food and skin"
    assert meta(response, "article:published_time") == "2023-04-23"
    modified = datetime.datetime.fromisoformat(meta(response, "article:modified_time"))
    assert modified == article.last_published_at.replace(microsecond=0)
    assert meta(response, "twitter:card") == "summary"


def test_lead_image_is_shared_as_an_absolute_rendition_with_its_alt_text(
    client, article
):
    article.lead_image = ImageFactory()
    article.lead_image_alt = "A bowl of porridge with berries"
    article.save_revision().publish()
    response = client.get("/articles/food-and-skin/")
    image_url = meta(response, "og:image")
    assert image_url.startswith(f"{HOST}/media/images/")
    assert meta(response, "og:image:alt") == "A bowl of porridge with berries"
    assert int(meta(response, "og:image:width")) > 0
    assert meta(response, "twitter:card") == "summary_large_image"
    story = node(json_ld_graph(response), "Article")
    assert story["image"] == image_url


def test_home_is_the_website_and_its_publisher(client, site_tree):
    nodes = json_ld_graph(client.get("/"))
    website, publisher = node(nodes, "WebSite"), node(nodes, "Organization")
    assert website["name"] == SITE_NAME
    assert website["url"] == f"{HOST}/"
    assert website["publisher"] == {"@id": publisher["@id"]}
    assert publisher["name"] == SITE_NAME


def test_section_pages_are_collection_pages(client, site_tree):
    for url in ("/conditions/", "/mechanisms/", "/articles/"):
        page = node(json_ld_graph(client.get(url)), "CollectionPage")
        assert page["url"] == f"{HOST}{url}"


def test_views_without_a_page_render_without_page_metadata(client, axis):
    for url in ("/topics/", "/no-such-page/"):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        head = BeautifulSoup(response.content, "html.parser").head
        assert head.find("script", type="application/ld+json") is None, url
        assert head.find("meta", property="og:url") is None, url


def test_private_page_shows_none_of_its_metadata(client, axis):
    make_private(axis["eczema"])
    response = client.get("/conditions/eczema/")
    assert b"Dry, itchy" not in response.content
    assert b"application/ld+json" not in response.content


def test_missing_lead_image_file_leaves_the_preview_without_a_picture(client, article):
    image = ImageFactory()
    image.file.storage.delete(image.file.name)
    article.lead_image = image
    article.lead_image_alt = "A bowl of porridge with berries"
    article.save_revision().publish()
    response = client.get("/articles/food-and-skin/")
    assert meta(response, "og:image") is None
    assert meta(response, "twitter:card") == "summary"
    assert "image" not in node(json_ld_graph(response), "Article")
