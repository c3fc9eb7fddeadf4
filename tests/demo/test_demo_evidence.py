"""The demo's medical content says only what its sources support, in plain words."""

import re

from bs4 import BeautifulSoup

from articles.models import ArticlePage
from conditions.models import ConditionMechanism, ConditionPage, MechanismPage
from gutskin.checks.checks import READING_GRADE_TARGET, check_page, page_text
from gutskin.demo.illustrations import COLLECTION
from gutskin.references.models import EvidenceLevel

OVERCLAIMED_NAMES = {
    "eczema": "neurodermatitis",
    "psoriasis": "plaque psoriasis",
    "rosacea": "acne rosacea",
}


def demo_pages():
    return [
        *ConditionPage.objects.live(),
        *MechanismPage.objects.live(),
        *ArticlePage.objects.live(),
    ]


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def test_every_demo_page_cites_two_to_four_traceable_graded_sources(demo, client):
    pages = demo_pages()
    assert len(pages) == 18
    for page in pages:
        references = list(page.references.all())
        assert 2 <= len(references) <= 4, page.slug
        for reference in references:
            assert reference.title and reference.publisher and reference.year
            assert reference.doi or reference.pmid, reference.title
            assert reference.evidence_level in EvidenceLevel.values, reference.title
        checks = check_page(page)
        assert checks.uncited_references == [], page.slug
        assert checks.missing_references == [], page.slug

        soup = soup_of(client, page)
        listed = soup.select(".references__list > li")
        assert len(listed) == len(references), page.slug
        assert all(item.select_one(".reference__evidence") for item in listed)
        markers = soup.select("sup.citation")
        assert markers, page.slug
        assert not soup.select(".citation--missing"), page.slug
        cited = {link["href"] for marker in markers for link in marker.find_all("a")}
        assert cited == {f"#ref-{n}" for n in range(1, len(references) + 1)}


def test_every_demo_page_reads_at_grade_8_or_below(demo):
    grades = {page.slug: check_page(page).reading_grade for page in demo_pages()}
    too_hard = {
        slug: grade
        for slug, grade in grades.items()
        if grade is None or grade > READING_GRADE_TARGET
    }
    assert too_hard == {}


def test_demo_claims_are_hedged_and_cited(demo):
    for page in demo_pages():
        checks = check_page(page)
        assert checks.claim_words == [], page.slug
        assert checks.uncited_effects == [], page.slug


def test_leaky_gut_is_never_a_diagnosis(demo, client):
    diagnosing = re.compile(
        r"(?:you|they|patients) (?:may )?have (?:a )?leaky gut"
        r"|diagnosed with leaky gut|leaky gut (?:causes|is the cause)",
        re.IGNORECASE,
    )
    mentions = 0
    for page in demo_pages():
        text = page_text(page)
        assert not diagnosing.search(text), page.slug
        if "leaky gut" in text.lower():
            mentions += 1
            assert "not a recognised" in text, page.slug
    assert mentions >= 2

    soup = soup_of(client, MechanismPage.objects.get(slug="gut-barrier"))
    assert "not a recognised medical diagnosis" in soup.main.get_text()
    assert "not reliable" in soup.main.get_text()


def test_demo_states_the_gut_and_microbe_figures_the_sources_give(demo, client):
    overview = ArticlePage.objects.get(
        slug="how-your-gut-microbiome-influences-your-skin"
    )
    text = " ".join(soup_of(client, overview).main.get_text().split())
    assert "about 5 metres long" in text
    assert "about 38 trillion bacteria" in text
    for page in demo_pages():
        assert "8 metres" not in page_text(page)
        assert "39 trillion" not in page_text(page)


def test_fermented_foods_and_gut_vitamins_are_not_oversold(demo):
    texts = {page.slug: page_text(page) for page in demo_pages()}
    assert "not always a probiotic" in texts["diet"]
    assert (
        "not the same as a probiotic"
        in texts["supporting-your-microbiome-for-healthier-skin"]
    )
    for text in texts.values():
        assert not re.search(r"fermented foods[^.]*(?:are|provide) probiotics", text)
    assert "benefit to the skin is unproven" in texts["metabolites"]


def test_mechanism_pages_say_when_to_see_a_doctor(demo, client):
    for page in MechanismPage.objects.live():
        kinds = [
            block.value["kind"] for block in page.body if block.block_type == "callout"
        ]
        assert "see-doctor" in kinds, page.slug
        titles = [t.get_text() for t in soup_of(client, page).select(".callout__title")]
        assert any("When to see a doctor" in title for title in titles), page.slug


def test_condition_pages_put_proven_treatments_first(demo, client):
    for page in ConditionPage.objects.live():
        warnings = [
            block.value
            for block in page.body
            if block.block_type == "callout" and block.value["kind"] == "warning"
        ]
        assert [w["title"] for w in warnings] == ["Proven treatments come first"]
        soup = soup_of(client, page)
        box = soup.select_one(".callout--warning")
        assert "Proven treatments come first" in box.get_text()
        assert "alongside treatment, not instead of it" in box.get_text()


def test_every_demo_page_has_an_illustration_with_alt_text(demo, client):
    for page in demo_pages():
        images = [block.value for block in page.body if block.block_type == "image"]
        if isinstance(page, ArticlePage):
            # An article's picture is its lead image; a body image is optional.
            assert page.lead_image.collection.name == COLLECTION, page.slug
            images.append({"image": page.lead_image, "alt_text": page.lead_image_alt})
        assert images, page.slug
        for image in images:
            assert image["alt_text"].strip(), page.slug
            assert image["image"].collection.name == COLLECTION
        alts = {img.get("alt") for img in soup_of(client, page).main.find_all("img")}
        assert all(image["alt_text"] in alts for image in images), page.slug


def test_other_names_are_true_synonyms_and_loose_ones_only_find_the_page(demo, client):
    for slug, loose in OVERCLAIMED_NAMES.items():
        page = ConditionPage.objects.get(slug=slug)
        assert loose not in [name.lower() for name in page.also_known_as]
        aka = soup_of(client, page).select_one(".aka")
        assert aka is None or loose not in aka.get_text().lower()

        response = client.get("/search/", {"q": loose})
        soup = BeautifulSoup(response.content, "html.parser")
        found = [a["href"] for a in soup.select(".search-result__title a")]
        assert page.url in found[:3], loose
        shown = " ".join(p.get_text() for p in soup.select(".card__aka")).lower()
        assert loose not in shown
    eczema = ConditionPage.objects.get(slug="eczema")
    assert "atopic dermatitis" in eczema.also_known_as


def test_every_mechanism_bears_on_a_condition_with_a_note(demo):
    for mechanism in MechanismPage.objects.live():
        links = ConditionMechanism.objects.filter(mechanism=mechanism)
        assert links.exists(), mechanism.slug
        assert all(link.note.strip() for link in links)
    absorption = ConditionMechanism.objects.get(mechanism__slug="nutrient-absorption")
    assert absorption.condition.slug == "psoriasis"
