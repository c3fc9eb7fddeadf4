"""Editors see writing checks while they edit, and a report of hard-to-read pages;
the checks inform and never stop a page being saved or published."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticlePage
from gutskin.checks.checks import (
    claim_words,
    page_text,
    reading_grade,
    uncited_effect_paragraphs,
)
from gutskin.references.models import Reference

from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory

PLAIN = (
    "Fibre feeds the good bacteria in your gut. Eat fruit, beans and oats each "
    "day. Drink plenty of water."
)
DENSE = (
    "Dysregulation of intestinal epithelial permeability facilitates systemic "
    "translocation of microbial metabolites, potentiating cutaneous inflammatory "
    "cascades characteristic of psoriasis and atopic dermatitis."
)
DENSER = (
    "Immunomodulatory interventions targeting dysbiosis-associated proinflammatory "
    "cytokine signalling demonstrate heterogeneous dermatological efficacy across "
    "randomised controlled investigations, necessitating individualised "
    "therapeutic stratification."
)


def paragraphs(*texts):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


def panel(response):
    """The text of the writing checks panel on an admin page."""
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    checks = html.select_one("[data-writing-checks]")
    assert checks is not None, "the edit form should show the writing checks"
    return " ".join(checks.get_text(" ").split())


@pytest.fixture
def admin_client(client, django_user_model, site_tree):
    user = django_user_model.objects.create_superuser("admin", password="pw")
    client.force_login(user)
    return client


# The checks themselves


def test_plain_text_grades_at_target_and_dense_text_above():
    assert reading_grade(PLAIN) <= 8
    assert reading_grade(DENSE) > 12


def test_text_without_words_has_no_grade():
    assert reading_grade("") is None
    assert reading_grade("\n  \n") is None


def test_claim_words_are_found_once_each_and_sorted():
    text = "A MIRACLE cure. Cured for good, guaranteed! Another cure and a detox."
    assert claim_words(text) == ["cure", "cured", "detox", "guaranteed", "miracle"]


def test_claim_words_match_whole_words_only():
    text = "Keep the lid secure; procured creams and detoxification are not flagged."
    assert claim_words(text) == []
    assert claim_words(PLAIN) == []


def test_uncited_effect_paragraph_is_flagged_and_cited_one_is_not():
    items = "<ul><li>Eat oats</li><li>Warm baths are easing the itch</li></ul>"
    advice = "<p>If the rash does not improve in a week, call us.</p>"
    page = ArticlePage(
        title="Fibre",
        summary="Why fibre matters.",
        body=[
            *paragraphs(
                "Fibre may reduce acne flares in some people.",
                "Oats lowered redness in a small trial [1, 3].",
                'Zinc treats spots (<a href="https://example.org">[2]</a>).',
                "Fibre feeds gut bacteria.",
            ),
            ("paragraph", RichText(items)),
            (
                "callout",
                {"kind": "see-doctor", "title": "See us", "text": RichText(advice)},
            ),
        ],
    )
    # A number in brackets inside a link is part of the link, not a citation;
    # a callout's advice is not asked for citations.
    assert uncited_effect_paragraphs(page) == [
        "Fibre may reduce acne flares in some people.",
        "Zinc treats spots ([2]).",
        "Warm baths are easing the itch",
    ]


def test_long_uncited_paragraph_is_shown_as_a_short_excerpt():
    long = "Probiotics improve the skin barrier " + "and more " * 30
    page = ArticlePage(title="Probiotics", summary="", body=paragraphs(long))
    [excerpt] = uncited_effect_paragraphs(page)
    assert excerpt.startswith("Probiotics improve the skin barrier")
    assert len(excerpt.split()) == 12


def test_page_text_reads_headings_and_list_items_as_lines_without_settings():
    page = ArticlePage(
        title="Acne and diet",
        summary="What we know.",
        body=[
            ("heading", {"text": "What helps", "level": "h2"}),
            ("paragraph", RichText("<ul><li>Oats</li><li>Beans</li></ul>")),
            ("key_points", {"title": "Key points", "points": ["Eat fibre"]}),
        ],
    )
    assert page_text(page).splitlines() == [
        "Acne and diet",
        "What we know.",
        "What helps",
        "Oats",
        "Beans",
        "Key points",
        "Eat fibre",
    ]


# The panel on the edit form


def test_edit_form_shows_grade_and_warnings_for_a_page_that_earns_them(
    admin_client, site_tree
):
    page = ArticlePageFactory(
        parent=site_tree.articles,
        title="Gut repair",
        body=paragraphs(DENSE, "This miracle detox will cure eczema and reduce itch."),
    )
    text = panel(admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert f"Reading grade: {reading_grade(page_text(page)):.1f}" in text
    assert "(target: 8 or below)" in text
    assert "Avoid claim words regulators flag: cure, detox, miracle" in text
    assert "This paragraph describes an effect but cites no reference" in text
    assert "This miracle detox will cure eczema" in text


def test_edit_form_shows_no_warnings_for_a_plain_cited_page(admin_client, site_tree):
    page = ArticlePageFactory(
        parent=site_tree.articles,
        title="Fibre",
        body=paragraphs(PLAIN, "Oats can ease dry skin [1]."),
    )
    page.references = [Reference(title="Oats and dry skin", sort_order=0)]
    page.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    text = panel(response)
    assert "Reading grade:" in text
    assert (
        "Plain to read, no claim words, every effect is cited, "
        "and every citation matches a reference."
    ) in text
    assert "Avoid claim words" not in text
    assert "cites no reference" not in text
    checks = BeautifulSoup(response.content, "html.parser").select_one(
        "[data-writing-checks]"
    )
    assert not checks.select(".help-warning")


@pytest.mark.parametrize(
    "factory, section",
    [(ConditionPageFactory, "conditions"), (MechanismPageFactory, "mechanisms")],
)
def test_every_content_page_type_shows_the_checks(
    admin_client, site_tree, factory, section
):
    page = factory(
        parent=getattr(site_tree, section), body=paragraphs("A guaranteed result.")
    )
    text = panel(admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert "Avoid claim words regulators flag: guaranteed" in text


def test_edit_form_checks_the_latest_draft_not_the_live_page(admin_client, site_tree):
    page = ArticlePageFactory(parent=site_tree.articles, body=paragraphs(PLAIN))
    page.body = paragraphs("A miracle for your skin.")
    page.save_revision()
    text = panel(admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert "Avoid claim words regulators flag: miracle" in text


def test_create_form_renders_the_checks_for_an_empty_page(admin_client, site_tree):
    url = reverse(
        "wagtailadmin_pages:add",
        args=["articles", "articlepage", site_tree.articles.pk],
    )
    text = panel(admin_client.get(url))
    assert "checked once the page has some text" in text
    assert "Avoid claim words" not in text


def test_claim_words_never_block_publishing(admin_client, site_tree):
    page = ArticlePageFactory(parent=site_tree.articles, body=paragraphs(PLAIN))
    claims = "Guaranteed miracle detox cures acne and boosts your skin overnight."
    data = nested_form_data(
        {
            "title": "Miracle cure",
            "slug": page.slug,
            "summary": "A guaranteed cure.",
            "body": streamfield([("paragraph", rich_text(f"<p>{claims}</p>"))]),
            "first_published": "2025-02-01",
            "lead_image_alt": "",
            "tags": "",
            "references": inline_formset([]),
            "review_interval_months": 12,
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.live and page.title == "Miracle cure"
    assert not page.has_unpublished_changes
    assert claims in admin_client.get(page.url).content.decode()


# The reading level report

REPORT = reverse("checks_reading_level")


@pytest.fixture
def graded_pages(site_tree):
    draft = ArticlePageFactory(
        parent=site_tree.articles, title="Draft dense", live=False
    )
    draft.body = paragraphs(DENSER)
    draft.save_revision()
    return {
        "dense": ArticlePageFactory(
            parent=site_tree.articles, title="Dense", body=paragraphs(DENSE)
        ),
        "draft": draft,
        "condition": ConditionPageFactory(
            parent=site_tree.conditions, title="Dense condition", body=paragraphs(DENSE)
        ),
        "plain": ArticlePageFactory(
            parent=site_tree.articles, title="Plain", body=paragraphs(PLAIN)
        ),
    }


def report_rows(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [
        [" ".join(cell.get_text(" ").split()) for cell in row.select("td")]
        for row in html.select("#listing-results tbody tr")
    ]


def test_report_lists_live_and_draft_pages_above_grade_8_hardest_first(
    admin_client, graded_pages
):
    rows = {row[0]: row[1:] for row in report_rows(admin_client.get(REPORT))}
    assert list(rows) == sorted(rows, key=lambda title: -float(rows[title][2]))
    assert set(rows) == {"Dense", "Draft dense", "Dense condition"}
    grade = reading_grade(page_text(graded_pages["dense"]))
    assert rows["Dense"] == ["Article", "Current page status: live", f"{grade:.1f}"]
    assert rows["Draft dense"][:2] == ["Article", "Current page status: draft"]
    assert rows["Dense condition"][0] == "Condition"


def test_report_title_links_to_the_edit_form(admin_client, graded_pages):
    html = BeautifulSoup(admin_client.get(REPORT).content, "html.parser")
    links = [a["href"] for a in html.select("#listing-results tbody td.title a")]
    dense = reverse("wagtailadmin_pages:edit", args=[graded_pages["dense"].pk])
    plain = reverse("wagtailadmin_pages:edit", args=[graded_pages["plain"].pk])
    assert dense in links
    assert plain not in links


def test_report_grades_the_latest_draft_of_a_live_page(admin_client, site_tree):
    page = ArticlePageFactory(
        parent=site_tree.articles, title="Rewritten", body=paragraphs(PLAIN)
    )
    assert report_rows(admin_client.get(REPORT)) == []
    page.body = paragraphs(DENSE)
    page.save_revision()
    [row] = report_rows(admin_client.get(REPORT))
    assert row[0] == "Rewritten"
    assert row[2].endswith("live + draft")


def test_report_says_so_when_every_page_reads_at_target(admin_client, site_tree):
    ArticlePageFactory(parent=site_tree.articles, body=paragraphs(PLAIN))
    response = admin_client.get(REPORT)
    assert "Every content page reads at grade 8 or below." in response.content.decode()


def test_report_exports_csv(admin_client, graded_pages):
    response = admin_client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert "reading-level.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == ["Title", "Type", "Status", "Reading grade"]
    assert {row[0] for row in rows[1:]} == {"Dense", "Draft dense", "Dense condition"}
    grade = reading_grade(page_text(graded_pages["dense"]))
    assert ["Dense", "Article", "live", f"{grade:.1f}"] in rows


def test_report_exports_xlsx(admin_client, graded_pages):
    response = admin_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_report_is_in_the_reports_menu(admin_client, site_tree):
    assert REPORT in admin_client.get(reverse("wagtailadmin_home")).content.decode()


def test_report_is_refused_to_users_who_cannot_edit_pages(
    client, django_user_model, site_tree
):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code == 302
    assert REPORT not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_report_queries_do_not_grow_with_pages_or_drafts(
    admin_client, site_tree, django_assert_max_num_queries
):
    for number in range(12):
        page = ArticlePageFactory(
            parent=site_tree.articles, title=f"Page {number}", body=paragraphs(DENSE)
        )
        if number % 2:
            page.body = paragraphs(DENSER)
            page.save_revision()
    with django_assert_max_num_queries(15):
        assert len(report_rows(admin_client.get(REPORT))) == 12
