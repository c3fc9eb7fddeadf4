"""Citations cannot dangle: editors are told of numbers with no reference and of
references never cited, and readers never see a missing one pass for a citation."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText

from articles.models import ArticlePage
from gutskin.checks.checks import (
    MissingReference,
    UncitedReference,
    check_page,
    missing_references,
)
from gutskin.references.models import Reference

from .factories import ArticlePageFactory

FIBRE_TRIAL = "Dietary fibre and acne: a randomised trial"
PROBIOTIC_REVIEW = "Probiotics for atopic eczema"
MISSING = "(reference missing)"


def paragraph(html):
    return ("paragraph", RichText(html))


def callout(html):
    return ("callout", {"kind": "tip", "title": "Try this", "text": RichText(html)})


def with_references(page, *titles):
    page.references = [
        Reference(title=title, sort_order=order) for order, title in enumerate(titles)
    ]
    return page


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def admin_client(client, django_user_model, site_tree):
    user = django_user_model.objects.create_superuser("admin", password="pw")
    client.force_login(user)
    return client


def panel(admin_client, page):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    checks = BeautifulSoup(response.content, "html.parser").select_one(
        "[data-writing-checks]"
    )
    return " ".join(checks.get_text(" ").split()), response.content.decode()


def body_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("div", class_="body")


def render_cited(html, page):
    template = Template("{% load references_tags %}{{ html|cite:page }}")
    return template.render(Context({"html": mark_safe(html), "page": page}))  # noqa: S308


# The checks


def test_unmatched_number_and_uncited_reference_are_flagged_not_matched_ones():
    page = with_references(
        ArticlePage(
            title="Fibre",
            summary="",
            body=[
                paragraph("<p>Fibre may calm acne [1]. A trial agrees [3].</p>"),
                paragraph("<p>See [1, 4].</p>"),
            ],
        ),
        FIBRE_TRIAL,
        PROBIOTIC_REVIEW,
    )
    checks = check_page(page)
    assert checks.missing_references == [
        MissingReference(3, "Fibre may calm acne [1]. A trial agrees [3]."),
        MissingReference(4, "See [1, 4]."),
    ]
    assert checks.uncited_references == [UncitedReference(2, PROBIOTIC_REVIEW)]
    assert checks.has_warnings


def test_citations_in_callouts_count_and_markers_inside_links_do_not():
    page = with_references(
        ArticlePage(
            title="Fibre",
            summary="",
            body=[
                paragraph('<p>See <a href="https://example.org">[2]</a> and [5].</p>'),
                callout("<p>Oats help some people [1].</p>"),
            ],
        ),
        FIBRE_TRIAL,
        PROBIOTIC_REVIEW,
    )
    checks = check_page(page)
    assert checks.missing_references == [MissingReference(5, "See [2] and [5].")]
    assert checks.uncited_references == [UncitedReference(2, PROBIOTIC_REVIEW)]


def test_every_citation_on_a_page_without_references_is_flagged():
    page = ArticlePage(title="Fibre", summary="", body=[paragraph("<p>Oats [1].</p>")])
    checks = check_page(page)
    assert checks.missing_references == [MissingReference(1, "Oats [1].")]
    assert checks.uncited_references == []


def test_a_long_paragraph_is_shown_around_the_missing_marker():
    before = " ".join(f"a{n}" for n in range(20))
    after = " ".join(f"b{n}" for n in range(20))
    page = ArticlePage(title="Long", body=[paragraph(f"<p>{before} [7]. {after}</p>")])
    [missing] = missing_references(page, reference_count=0)
    assert missing.excerpt == "…a12 a13 a14 a15 a16 a17 a18 a19 [7]. b0 b1 b2 b3…"


def test_matched_citations_and_used_references_raise_no_warning():
    page = with_references(
        ArticlePage(
            title="Fibre", summary="", body=[paragraph("<p>Oats [1, 2] help.</p>")]
        ),
        FIBRE_TRIAL,
        PROBIOTIC_REVIEW,
    )
    checks = check_page(page)
    assert checks.missing_references == checks.uncited_references == []


# The panel editors see


def test_edit_form_names_the_missing_number_and_the_uncited_reference(
    admin_client, site_tree
):
    page = with_references(
        ArticlePageFactory(
            parent=site_tree.articles,
            body=[paragraph("<p>Fibre may calm acne [1]. A trial agrees [3].</p>")],
        ),
        FIBRE_TRIAL,
        PROBIOTIC_REVIEW,
    )
    page.save_revision()
    text, _ = panel(admin_client, page)
    assert "This citation has no reference with that number." in text
    assert "[3] in “Fibre may calm acne [1]. A trial agrees [3].”" in text
    assert "This reference is never cited in the text." in text
    assert f"[2] {PROBIOTIC_REVIEW}" in text
    assert FIBRE_TRIAL not in text
    assert "[1] in" not in text


def test_edit_form_checks_citations_against_the_drafts_references(
    admin_client, site_tree
):
    page = publish(
        with_references(
            ArticlePageFactory(
                parent=site_tree.articles, body=[paragraph("<p>Oats [1], [2].</p>")]
            ),
            FIBRE_TRIAL,
        )
    )
    assert "[2] in “Oats [1], [2].”" in panel(admin_client, page)[0]
    with_references(page, FIBRE_TRIAL, PROBIOTIC_REVIEW).save_revision()
    text, _ = panel(admin_client, page)
    assert "no reference with that number" not in text
    assert "every citation matches a reference" in text


def test_what_editors_typed_is_escaped_in_the_panel(admin_client, site_tree):
    page = with_references(
        ArticlePageFactory(
            parent=site_tree.articles,
            body=[paragraph("<p>&lt;script&gt;alert(1)&lt;/script&gt; [3]</p>")],
        ),
        "<img src=x onerror=alert(2)>",
    )
    page.save_revision()
    text, html = panel(admin_client, page)
    assert "[3] in “<script>alert(1)</script> [3]”" in text
    assert "[1] <img src=x onerror=alert(2)>" in text
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html


# What readers see


def test_reader_sees_a_missing_reference_marked_never_a_bare_number(client, site_tree):
    page = publish(
        with_references(
            ArticlePageFactory(
                parent=site_tree.articles,
                body=[paragraph("<p>Fibre may calm acne [1]. A trial agrees [3].</p>")],
            ),
            FIBRE_TRIAL,
            PROBIOTIC_REVIEW,
        )
    )
    body = body_of(client, page)
    assert "[3]" not in body.get_text()
    assert "A trial agrees [3 (reference missing)]." in body.get_text()
    [missing] = body.select("sup.citation--missing")
    assert missing.find("a") is None
    assert missing.select_one(".citation__missing").get_text() == f"3 {MISSING}"
    assert missing.select_one(".visually-hidden").get_text() == f" {MISSING}"
    assert body.find("a", href="#ref-1").get_text() == "1"


def test_a_marker_mixing_found_and_missing_numbers_links_only_the_found(
    client, site_tree
):
    page = publish(
        with_references(
            ArticlePageFactory(
                parent=site_tree.articles,
                body=[callout("<p>Reviews agree [2, 5].</p>")],
            ),
            FIBRE_TRIAL,
            PROBIOTIC_REVIEW,
        )
    )
    [marker] = body_of(client, page).find_all("sup")
    assert marker["class"] == ["citation", "citation--missing"]
    assert [a["href"] for a in marker.find_all("a")] == ["#ref-2"]
    assert marker.get_text() == f"[2, 5 {MISSING}]"


def test_text_around_a_missing_marker_stays_escaped(client, site_tree):
    page = publish(
        ArticlePageFactory(
            parent=site_tree.articles,
            body=[paragraph("<p>&lt;script&gt;alert(1)&lt;/script&gt;[4]&amp;</p>")],
        )
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert (
        '&lt;script&gt;alert(1)&lt;/script&gt;<sup class="citation citation--missing">'
    ) in html
    assert "</sup>&amp;</p>" in html


def test_on_a_page_without_references_only_citations_are_marked(site_tree):
    page = ArticlePageFactory(parent=site_tree.articles)
    unchanged = '<p data-block-key="x">Fibre &amp; skin [2020] <br>and [sic].</p>'
    assert render_cited(unchanged, page) == unchanged
    rendered = render_cited(
        '<p>See <a href="https://example.org/?q=[2]">[2]</a> and [2].</p>', page
    )
    assert rendered == (
        '<p>See <a href="https://example.org/?q=[2]">[2]</a> and '
        '<sup class="citation citation--missing">[<span class="citation__missing">'
        '2<span class="visually-hidden"> (reference missing)</span></span>]</sup>.</p>'
    )
