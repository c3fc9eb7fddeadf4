"""Readers see a page's numbered references, and citations in the text link to them."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticlePage
from gutskin.references.citations import find_citations
from gutskin.references.models import EvidenceLevel, Reference

from .factories import ArticlePageFactory

DOI_MESSAGE = "Enter a DOI such as 10.1038/s41586-020-2649-2."
PMID_MESSAGE = "A PMID is a number of up to 8 digits, such as 30042740."


def publish_with_references(page, *references):
    """Give a page its reference list, in order, as an editor publishing it would."""
    page.references = [
        Reference(sort_order=order, **fields) for order, fields in enumerate(references)
    ]
    page.save_revision().publish()
    return page


def paragraph(html):
    return ("paragraph", RichText(html))


def reader_view(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def render_cited(html, page):
    template = Template("{% load references_tags %}{{ html|cite:page }}")
    return template.render(Context({"html": mark_safe(html), "page": page}))  # noqa: S308


FIBRE_TRIAL = {
    "authors": "Smith J, Patel R",
    "title": "Dietary fibre and acne: a randomised trial",
    "publisher": "British Journal of Dermatology",
    "year": 2021,
    "doi": "10.1111/bjd.19876",
    "evidence_level": EvidenceLevel.RANDOMISED_TRIAL,
}
PROBIOTIC_REVIEW = {
    "title": "Probiotics for atopic eczema",
    "publisher": "Cochrane Database of Systematic Reviews",
    "year": 2018,
    "pmid": "30042740",
    "evidence_level": EvidenceLevel.SYSTEMATIC_REVIEW,
}
ECZEMA_GUIDELINE = {
    "title": "Atopic eczema in under 12s",
    "publisher": "NICE",
    "url": "https://www.nice.org.uk/guidance/cg57",
}


@pytest.fixture
def article(site_tree):
    page = ArticlePageFactory(
        parent=site_tree.articles,
        title="Fibre and skin",
        slug="fibre-and-skin",
        body=[
            paragraph(
                "<p>Fibre may calm acne [1]. Reviews agree [1, 3], "
                "but see [4], [sic] and [0].</p>"
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Probiotics",
                    "text": RichText("<p>Some help eczema [2].</p>"),
                },
            ),
        ],
    )
    return publish_with_references(
        page, FIBRE_TRIAL, PROBIOTIC_REVIEW, ECZEMA_GUIDELINE
    )


# Reading the reference list


def test_references_are_listed_in_order_with_links_and_evidence(client, article):
    section = reader_view(client, article).find("section", class_="references")
    assert section["aria-labelledby"] == "references-heading"
    assert section.find("h2", id="references-heading").get_text() == "References"

    items = section.find("ol").find_all("li", recursive=False)
    assert [item["id"] for item in items] == ["ref-1", "ref-2", "ref-3"]
    assert [item.cite.get_text() for item in items] == [
        "Dietary fibre and acne: a randomised trial.",
        "Probiotics for atopic eczema.",
        "Atopic eczema in under 12s.",
    ]
    first, second, third = (" ".join(item.get_text().split()) for item in items)
    assert first.startswith(
        "Smith J, Patel R. Dietary fibre and acne: a randomised trial. "
        "British Journal of Dermatology, 2021."
    )
    assert "Evidence: Randomised controlled trial" in first
    assert "Evidence: Systematic review" in second
    assert "Evidence" not in third

    links = {a.get_text(): a for a in section.find_all("a")}
    assert links["DOI 10.1111/bjd.19876"]["href"] == "https://doi.org/10.1111/bjd.19876"
    assert (
        links["PubMed 30042740"]["href"] == "https://pubmed.ncbi.nlm.nih.gov/30042740/"
    )
    assert links["nice.org.uk"]["href"] == "https://www.nice.org.uk/guidance/cg57"
    assert all(a["rel"] == ["noopener"] for a in links.values())


def test_page_without_references_has_no_reference_section(client, site_tree):
    page = ArticlePageFactory(
        parent=site_tree.articles, body=[paragraph("<p>Plain text [1].</p>")]
    )
    soup = reader_view(client, page)
    assert soup.find("section", class_="references") is None
    # With no list at all, a cited number still cannot pass for a citation.
    [marker] = soup.find("div", class_="body").find_all("sup")
    assert marker["class"] == ["citation", "citation--missing"]
    assert marker.find("a") is None
    assert marker.get_text() == "[1 (reference missing)]"


def test_unpublished_reference_changes_stay_off_the_live_page(client, article):
    article.references = [Reference(title="A draft-only source", sort_order=0)]
    article.save_revision()
    soup = reader_view(client, article)
    assert "A draft-only source" not in soup.get_text()
    assert len(soup.find("ol", class_="references__list").find_all("li")) == 3


def test_reference_text_is_escaped(client, site_tree):
    page = publish_with_references(
        ArticlePageFactory(parent=site_tree.articles),
        {"title": "<script>alert(1)</script> & friends", "authors": '<b>"Bold"</b>'},
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends" in html
    reference = BeautifulSoup(html, "html.parser").find("li", id="ref-1")
    assert reference.find("b") is None
    assert reference.cite.get_text() == "<script>alert(1)</script> & friends."


# Citations in the text


def test_citation_markers_link_to_their_references(client, article):
    soup = reader_view(client, article)
    citations = soup.find("div", class_="body").select(
        "sup.citation:not(.citation--missing)"
    )
    assert [str(sup) for sup in citations] == [
        '<sup class="citation">[<a href="#ref-1">1</a>]</sup>',
        '<sup class="citation">[<a href="#ref-1">1</a>, <a href="#ref-3">3</a>]</sup>',
        '<sup class="citation">[<a href="#ref-2">2</a>]</sup>',
    ]
    callout = soup.find("aside", class_="callout")
    assert callout.find("a", href="#ref-2").get_text() == "2"
    for citation in citations:
        for link in citation.find_all("a"):
            assert soup.find(id=link["href"].removeprefix("#")).name == "li"


def test_unknown_numbers_are_marked_missing_and_other_brackets_left_as_text(
    client, article
):
    text = reader_view(client, article).find("div", class_="rich-text")
    assert "but see [4 (reference missing)], [sic] and [0]." in text.get_text()
    assert text.find("a", href="#ref-4") is None
    [missing] = text.select("sup.citation--missing")
    assert str(missing) == (
        '<sup class="citation citation--missing">[<span class="citation__missing">'
        '4<span class="visually-hidden"> (reference missing)</span></span>]</sup>'
    )


def test_markers_in_attributes_and_links_are_not_touched(site_tree, article):
    html = (
        '<p title="[1]">See <a href="https://example.org/?q=[2]">[2]</a>'
        " and <b>[2]</b>; &lt;i&gt;[3]&lt;/i&gt;</p>"
    )
    rendered = render_cited(html, article)
    soup = BeautifulSoup(rendered, "html.parser")
    assert soup.p["title"] == "[1]"
    external = soup.find("a", href="https://example.org/?q=[2]")
    assert external.get_text() == "[2]" and external.find("sup") is None
    assert soup.b.find("a", href="#ref-2")
    # Escaped markup in the text stays escaped when its citation is linked.
    assert '&lt;i&gt;<sup class="citation">[<a href="#ref-3">3</a>]' in rendered


def test_text_without_a_page_or_citations_is_unchanged(article):
    html = '<p data-block-key="x">Fibre &amp; skin [2020] <br>and [sic].</p>'
    assert render_cited(html, article) == html
    assert render_cited("<p>[1]</p>", None) == "<p>[1]</p>"
    plain = Template("{% load references_tags %}{{ text|cite:page }}")
    context = Context({"text": "<b>[1]</b>", "page": article})
    assert plain.render(context) == "&lt;b&gt;" + (
        '<sup class="citation">[<a href="#ref-1">1</a>]</sup>&lt;/b&gt;'
    )


def test_reference_lookups_do_not_grow_with_paragraphs(
    client, site_tree, django_assert_max_num_queries
):
    def cited_article(paragraphs):
        page = ArticlePageFactory(
            parent=site_tree.articles,
            body=[paragraph(f"<p>Claim {n} [1, 2].</p>") for n in range(paragraphs)],
        )
        return publish_with_references(page, FIBRE_TRIAL, PROBIOTIC_REVIEW)

    short, long = cited_article(1), cited_article(30)
    with CaptureQueriesContext(connection) as baseline:
        assert client.get(short.url).status_code == 200
    with django_assert_max_num_queries(len(baseline)):
        soup = reader_view(client, long)
    assert len(soup.find_all("sup", class_="citation")) == 30


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Fibre helps [2]. Trials [1, 3] and again [2,4].", [2, 1, 3, 4]),
        ("<p>See [1]</p><!-- [9] --><p title='[5]'>[ 6 ]</p>", [1, 6]),
        ('<a href="/x">[7]</a> is a link, not a citation [8].', [8]),
        ("No citations: [sic], [0], [2020], [a, b], [1-3].", []),
        ("", []),
    ],
)
def test_find_citations_reads_the_numbers_a_text_cites(text, numbers):
    assert find_citations(text) == numbers


# Entering references


def reference(**fields):
    return Reference(title="A source", **fields)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("doi", "10.12/abc", DOI_MESSAGE),
        ("doi", "doi.org/10.1038", DOI_MESSAGE),
        ("doi", "10.1038/has space", DOI_MESSAGE),
        ("doi", "https://example.com/10.1038/abc", DOI_MESSAGE),
        ("pmid", "123456789", PMID_MESSAGE),
        ("pmid", "PMC1234567", PMID_MESSAGE),
        ("pmid", "12a45", PMID_MESSAGE),
    ],
)
def test_malformed_identifiers_are_refused_with_a_clear_message(field, value, message):
    with pytest.raises(ValidationError) as refused:
        reference(**{field: value}).full_clean(exclude=["page"])
    assert refused.value.message_dict == {field: [message]}


@pytest.mark.parametrize(
    ("field", "pasted", "stored"),
    [
        (
            "doi",
            "https://doi.org/10.1038/s41586-020-2649-2",
            "10.1038/s41586-020-2649-2",
        ),
        ("doi", "http://dx.doi.org/10.1002/%28SICI%291", "10.1002/(SICI)1"),
        ("doi", " DOI: 10.1111/bjd.19876 ", "10.1111/bjd.19876"),
        ("doi", "doi.org/10.1111/bjd.19876", "10.1111/bjd.19876"),
        ("doi", "10.1111/bjd.19876", "10.1111/bjd.19876"),
        ("pmid", "PMID: 30042740", "30042740"),
        ("pmid", "pmid 123", "123"),
        ("pmid", "https://pubmed.ncbi.nlm.nih.gov/30042740/", "30042740"),
        ("pmid", "30042740", "30042740"),
    ],
)
def test_pasted_identifiers_are_stored_bare(field, pasted, stored):
    cited = reference(**{field: pasted})
    cited.full_clean(exclude=["page"])
    assert getattr(cited, field) == stored


def test_a_reference_needs_a_title():
    with pytest.raises(ValidationError) as refused:
        Reference(doi="10.1111/bjd.19876").full_clean(exclude=["page"])
    assert list(refused.value.message_dict) == ["title"]


def test_links_prefer_the_doi_then_pubmed_then_the_web_page():
    both = reference(doi="10.1002/(SICI)1<1::AID>3.0.CO;2-V", pmid="30042740")
    assert both.doi_url == "https://doi.org/10.1002/(SICI)1%3C1::AID%3E3.0.CO;2-V"
    assert both.pubmed_url == "https://pubmed.ncbi.nlm.nih.gov/30042740/"
    assert both.link_url == both.doi_url
    pubmed_only = reference(pmid="30042740", url="https://example.org/")
    assert pubmed_only.link_url == pubmed_only.pubmed_url
    assert reference(url="https://example.org/").link_url == "https://example.org/"
    assert reference().link_url == "" == reference().doi_url == reference().pubmed_url


# Editing references in the Wagtail admin


@pytest.fixture
def admin_client(client, django_user_model, site_tree):
    user = django_user_model.objects.create_superuser("admin", password="pw")
    client.force_login(user)
    return client


def edit_article(admin_client, page, references):
    """Publish the article from its edit form, as an editor would."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([("paragraph", rich_text("<p>Fibre helps [1].</p>"))]),
            "first_published": page.first_published.isoformat(),
            "lead_image_alt": "",
            "tags": "",
            "references": inline_formset(references),
            "review_interval_months": 12,
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return admin_client.post(url, data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("doi", "10.1038", DOI_MESSAGE), ("pmid", "PMID: 123456789", PMID_MESSAGE)],
)
def test_editor_is_told_why_a_bad_identifier_was_refused(
    admin_client, site_tree, field, value, message
):
    page = ArticlePageFactory(parent=site_tree.articles)
    revisions = page.revisions.count()
    response = edit_article(
        admin_client, page, [{"title": "Fibre trial", field: value}]
    )
    assert response.status_code == 200
    form = response.context["form"].formsets["references"].forms[0]
    assert form.errors == {field: [message]}
    assert message in response.content.decode()
    assert not Reference.objects.exists()
    assert page.revisions.count() == revisions


def test_editor_can_paste_a_doi_link_and_it_is_saved_bare(
    admin_client, client, site_tree
):
    page = ArticlePageFactory(parent=site_tree.articles)
    response = edit_article(
        admin_client,
        page,
        [
            {
                "title": "Fibre trial",
                "doi": "https://doi.org/10.1111/BJD.19876",
                "pmid": "PMID: 30042740",
                "evidence_level": EvidenceLevel.RANDOMISED_TRIAL,
            }
        ],
    )
    assert response.status_code == 302
    saved = ArticlePage.objects.get(pk=page.pk).references.get()
    assert (saved.doi, saved.pmid) == ("10.1111/BJD.19876", "30042740")
    soup = reader_view(client, page)
    assert soup.find("a", href="https://doi.org/10.1111/BJD.19876")
    assert soup.find("sup", class_="citation").a["href"] == "#ref-1"
