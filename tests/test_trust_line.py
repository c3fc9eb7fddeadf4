"""Readers see at a glance who wrote a page, who checked it and how current that is.

Review states are written straight onto the live page's row: these tests are about
what the page says, not about how the workflow sets them.
"""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.apps import apps

from .factories import (
    ArticlePageFactory,
    ConditionPageFactory,
    MechanismPageFactory,
    PersonFactory,
)

TODAY = datetime.date(2026, 6, 15)

pytestmark = pytest.mark.usefixtures("frozen_today")


@pytest.fixture
def frozen_today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def reviewer(db):
    return PersonFactory(
        name="Dr Ada Example",
        credentials="MD",
        job_title="Consultant dermatologist",
    )


@pytest.fixture
def author(db):
    return PersonFactory(
        name="Sam Sample", credentials="FNP", job_title="Nurse practitioner"
    )


@pytest.fixture
def pages(site_tree, author):
    barrier = MechanismPageFactory(
        parent=site_tree.mechanisms,
        title="Gut barrier",
        author=author,
        first_published=datetime.date(2024, 2, 1),
    )
    eczema = ConditionPageFactory(
        parent=site_tree.conditions,
        title="Eczema",
        mechanisms=[barrier],
        author=author,
        first_published=datetime.date(2024, 3, 1),
    )
    article = ArticlePageFactory(
        parent=site_tree.articles,
        title="Fibre and eczema",
        author=author,
        first_published=datetime.date(2024, 4, 1),
        conditions=[eczema],
    )
    return {"condition": eczema, "mechanism": barrier, "article": article}


def set_state(page, **fields):
    """Write fields onto the live page's row, as the workflow would have left them."""
    type(page).objects.filter(pk=page.pk).update(**fields)
    return page


def reviewed(page, reviewer, on, months=12, **extra):
    due = on.replace(year=on.year + months // 12)
    return set_state(
        page,
        reviewed_by=reviewer,
        last_reviewed=on,
        review_interval_months=months,
        next_review_due=due,
        **extra,
    )


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split()).replace(" ,", ",").replace(" .", ".")


def trust_of(client, page):
    """The review panel, which sits in the page's header beside the title."""
    header = soup_of(client, page).select_one("main article header")
    return header.select_one("section.trust")


def byline_of(client, page):
    return soup_of(client, page).select_one("main article header dl.byline")


@pytest.mark.parametrize("kind", ["condition", "mechanism", "article"])
def test_current_review_names_the_reviewer_and_links_their_profile(
    client, pages, reviewer, kind
):
    page = reviewed(pages[kind], reviewer, datetime.date(2026, 2, 1))
    trust = trust_of(client, page)
    assert text(trust).startswith(
        "Medical review Medically reviewed by Dr Ada Example, MD "
        "(Consultant dermatologist) on 1 February 2026. "
        "Next review due 1 February 2027."
    )
    link = trust.find("a", string="Dr Ada Example, MD")
    assert link["href"] == "/authors/dr-ada-example/"
    assert trust.find("time", attrs={"datetime": "2026-02-01"})
    assert trust.find("time", attrs={"datetime": "2027-02-01"})
    for absent in (
        "This page is due for review",
        "changed since its last medical review",
        "not yet been medically reviewed",
        "also edited",
        "submitted it",
    ):
        assert absent not in text(trust)


def test_review_panel_is_a_labelled_region_with_a_decorative_icon(
    client, pages, reviewer
):
    trust = trust_of(client, reviewed(pages["article"], reviewer, TODAY))
    heading = trust.find(id=trust["aria-labelledby"])
    assert heading.name == "h2" and text(heading) == "Medical review"
    icon = trust.find("svg")
    assert icon["aria-hidden"] == "true" and icon["focusable"] == "false"
    # Read in order: the heading, who reviewed it, then when it is next due.
    paragraphs = [text(p) for p in trust.find_all("p")]
    assert paragraphs[0].startswith("Medically reviewed by")
    assert paragraphs[1].startswith("Next review due")


def test_overdue_review_keeps_the_stamp_and_warns(client, pages, reviewer):
    page = reviewed(pages["condition"], reviewer, datetime.date(2025, 5, 1))
    trust = trust_of(client, page)
    assert "Medically reviewed by Dr Ada Example, MD" in text(trust)
    notice = trust.select_one(".notice--warning")
    assert text(notice).startswith("This page is due for review.")
    assert "overdue" in text(notice)


def test_changes_awaiting_review_replace_the_reviewed_stamp(client, pages):
    # As a publish outside the workflow leaves it: the stamp emptied, the flag set.
    page = set_state(
        pages["article"],
        reviewed_by=None,
        last_reviewed=None,
        next_review_due=None,
        changes_awaiting_review=True,
    )
    trust = trust_of(client, page)
    assert text(trust) == (
        "Medical review This page has changed since its last medical review. "
        "The changes are waiting for review."
    )
    assert "Dr Ada Example" not in str(trust)


def test_never_reviewed_page_says_so_plainly(client, pages):
    trust = trust_of(client, pages["mechanism"])
    assert text(trust) == (
        "Medical review This page has not yet been medically reviewed."
    )
    assert not trust.find("time")


def test_review_that_included_the_reviewers_edits_says_so(client, pages, reviewer):
    page = reviewed(pages["condition"], reviewer, TODAY, review_included_edits=True)
    trust = trust_of(client, page)
    assert "The reviewer also edited this page." in text(trust)
    assert "Approved by the person who submitted it." not in text(trust)


def test_self_approved_review_says_the_submitter_approved_it(client, pages, reviewer):
    page = reviewed(pages["article"], reviewer, TODAY, review_self_approved=True)
    trust = trust_of(client, page)
    assert "Approved by the person who submitted it." in text(trust)
    assert "Medically reviewed by Dr Ada Example, MD" in text(trust)
    assert "The reviewer also edited this page." not in text(trust)


def test_how_we_review_links_the_live_editorial_policy(client, pages, site_tree):
    try:
        clinic_settings = apps.get_model("clinic", "ClinicSettings")
        policy_model = apps.get_model("clinic", "PolicyPage")
    except LookupError:
        pytest.skip("the clinic app (editorial policy page) is not installed")
    assert not trust_of(client, pages["condition"]).find("a", string="How we review")

    policy = site_tree.home.add_child(
        instance=policy_model(
            title="How we write and review", slug="editorial-policy", summary="How."
        )
    )
    site = site_tree.home.get_site()
    clinic_settings.objects.update_or_create(
        site=site, defaults={"editorial_policy_page": policy}
    )
    link = trust_of(client, pages["condition"]).find("a", string="How we review")
    assert link["href"] == "/editorial-policy/"

    policy.unpublish()
    assert not trust_of(client, pages["condition"]).find("a", string="How we review")


@pytest.mark.parametrize("kind", ["condition", "mechanism", "article"])
def test_every_content_page_has_a_byline_linking_the_author(client, pages, kind):
    byline = byline_of(client, pages[kind])
    written = byline.find("dt", string="Written by").find_next_sibling("dd")
    assert text(written) == "Sam Sample, FNP (Nurse practitioner)"
    assert written.find("a")["href"] == "/authors/sam-sample/"
    assert written.find("a").get_text() == "Sam Sample"
    published = byline.find("dt", string="Published").find_next_sibling("dd")
    expected = pages[kind].first_published
    assert published.find("time")["datetime"] == expected.isoformat()
    assert ("Reading time" in text(byline)) == (kind == "article")


def test_team_byline_shows_no_credentials(client, site_tree):
    team = PersonFactory(name="Clinic editorial team", job_title="Patient education")
    # Even credentials typed onto a team before the rule existed stay hidden.
    type(team).objects.filter(pk=team.pk).update(credentials="MD")
    page = ConditionPageFactory(parent=site_tree.conditions, author=team)
    written = byline_of(client, page).find("dt", string="Written by")
    assert text(written.find_next_sibling("dd")) == (
        "Clinic editorial team (Patient education)"
    )


def test_byline_shows_the_editors_update_date(client, pages):
    page = set_state(pages["condition"], content_updated=datetime.date(2025, 9, 8))
    byline = byline_of(client, page)
    updated = byline.find("dt", string="Updated").find_next_sibling("dd")
    assert updated.find("time")["datetime"] == "2025-09-08"
    assert text(updated) == "8 September 2025"


def test_republishing_today_does_not_show_today_as_updated(client, pages):
    page = pages["article"]
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.last_published_at.date() == TODAY
    byline = byline_of(client, page)
    assert not byline.find("dt", string="Updated")
    assert "15 June 2026" not in text(byline)
    assert not byline.find("time", attrs={"datetime": TODAY.isoformat()})
