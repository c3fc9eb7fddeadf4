"""Reviews cannot quietly go stale: readers, the report, the dashboard and the
daily reminder all count from the same dates."""

import datetime
import io

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from gutskin.people.models import Person
from gutskin.review.dates import add_months
from gutskin.review.models import ReviewStatus

from .editorial import record_review
from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory

TODAY = datetime.date(2026, 6, 15)


def reviewed(page, on, months=12):
    page.review_interval_months = months
    reviewer = Person.objects.get_or_create(
        slug="consultant-dermatologist",
        defaults={"name": "Consultant dermatologist", "credentials": "MD"},
    )[0]
    return record_review(page, reviewer, on=on)


@pytest.fixture
def pages(site_tree):
    return {
        # Due 2026-05-01: overdue.
        "overdue": reviewed(
            ConditionPageFactory(parent=site_tree.conditions, title="Overdue"),
            datetime.date(2025, 5, 1),
        ),
        # Due 2026-07-01: within 30 days.
        "due-soon": reviewed(
            MechanismPageFactory(parent=site_tree.mechanisms, title="Due soon"),
            datetime.date(2026, 1, 1),
            months=6,
        ),
        # Due 2027-02-01: fresh.
        "fresh": reviewed(
            ArticlePageFactory(parent=site_tree.articles, title="Fresh"),
            datetime.date(2026, 2, 1),
        ),
        "never": ArticlePageFactory(parent=site_tree.articles, title="Never reviewed"),
    }


@pytest.mark.parametrize(
    ("start", "months", "due"),
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 2, 29), 12, datetime.date(2025, 2, 28)),
        (datetime.date(2026, 11, 15), 3, datetime.date(2027, 2, 15)),
        (datetime.date(2026, 6, 15), 36, datetime.date(2029, 6, 15)),
    ],
)
def test_next_review_due_counts_calendar_months(start, months, due):
    assert add_months(start, months) == due


@time_machine.travel(TODAY, tick=False)
def test_each_page_knows_its_review_status(pages):
    assert {key: page.review_status() for key, page in pages.items()} == {
        "overdue": ReviewStatus.OVERDUE,
        "due-soon": ReviewStatus.DUE_SOON,
        "fresh": ReviewStatus.CURRENT,
        "never": ReviewStatus.NOT_REVIEWED,
    }


@time_machine.travel(TODAY, tick=False)
def test_readers_see_the_review_line_and_the_overdue_notice(client, pages):
    fresh = " ".join(client.get(pages["fresh"].url).content.decode().split())
    # The reviewer's name links to their profile (templates/review/review_line.html).
    assert (
        'Medically reviewed by <a href="/authors/consultant-dermatologist/">'
        "Consultant dermatologist, MD</a> on "
        '<time datetime="2026-02-01">1 February 2026</time>.' in fresh
    )
    assert '<time datetime="2027-02-01">1 February 2027</time>' in fresh
    assert "This page is due for review" not in fresh

    overdue = client.get(pages["overdue"].url).content.decode()
    assert "This page is due for review" in overdue
    never = client.get(pages["never"].url).content.decode()
    assert "not yet been medically reviewed" in never


@pytest.fixture
def reviewer_client(client, django_user_model, site_tree):
    user = django_user_model.objects.create_user(
        "reviewer", email="reviewer@clinic.test", password="pw"
    )
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    client.force_login(user)
    return client


@time_machine.travel(TODAY, tick=False)
def test_report_lists_overdue_due_soon_and_unreviewed_pages(reviewer_client, pages):
    response = reviewer_client.get("/admin/reports/medical-review/")
    assert response.status_code == 200
    listed = [page.title for page in response.context["object_list"]]
    assert listed == ["Never reviewed", "Overdue", "Due soon"]
    html = response.content.decode()
    assert "Review overdue" in html and "Review due soon" in html
    assert "Fresh" not in listed

    newest_first = reviewer_client.get(
        "/admin/reports/medical-review/?ordering=-review_due"
    )
    assert [page.title for page in newest_first.context["object_list"]] == [
        "Due soon",
        "Overdue",
        "Never reviewed",
    ]
    only_overdue = reviewer_client.get(
        "/admin/reports/medical-review/?review_state=overdue"
    )
    assert [p.title for p in only_overdue.context["object_list"]] == ["Overdue"]


@time_machine.travel(TODAY, tick=False)
def test_report_exports_like_wagtails_own_reports(reviewer_client, pages):
    response = reviewer_client.get("/admin/reports/medical-review/?export=csv")
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0].split(",")[:3] == ["Title", "Type", "Status"]
    assert any(
        row.startswith("Overdue,Condition,Review overdue,2025-05-01,2026-05-01")
        for row in rows
    )
    assert not any(row.startswith("Fresh,") for row in rows)
    xlsx = reviewer_client.get("/admin/reports/medical-review/?export=xlsx")
    assert xlsx.status_code == 200


@time_machine.travel(TODAY, tick=False)
def test_dashboard_shows_the_counts(reviewer_client, pages):
    html = reviewer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<strong data-count="overdue">1</strong>' in html
    assert '<strong data-count="due-soon">1</strong>' in html
    assert '<strong data-count="not-reviewed">1</strong>' in html
    assert '<strong data-count="current">1</strong>' in html


def test_report_is_closed_to_readers_and_admins_without_page_rights(
    client, django_user_model, site_tree
):
    assert client.get("/admin/reports/medical-review/").status_code == 302
    user = django_user_model.objects.create_user("nobody", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/reports/medical-review/")
    assert response.status_code in (302, 403)


@time_machine.travel(TODAY, tick=False)
def test_review_reminders_email_reviewers_the_due_list(
    django_user_model, site_tree, pages
):
    reviewers = Group.objects.get(name="Medical reviewers")
    for name, email in [("a", "a@clinic.test"), ("b", "b@clinic.test"), ("c", "")]:
        django_user_model.objects.create_user(name, email=email).groups.add(reviewers)
    django_user_model.objects.create_user("ed", email="ed@clinic.test").groups.add(
        Group.objects.get(name="Clinic editors")
    )
    out = io.StringIO()
    call_command("review_reminders", stdout=out)
    [message] = mail.outbox
    assert sorted(message.to) == ["a@clinic.test", "b@clinic.test"]
    assert "Overdue (condition): overdue since 1 May 2026" in message.body
    assert "Due soon (mechanism): due 1 July 2026" in message.body
    assert "Never reviewed (article): not yet reviewed" in message.body
    assert "Fresh" not in message.body
    assert "Sent the list of 3 pages to 2 reviewers." in out.getvalue()


@time_machine.travel(TODAY, tick=False)
def test_review_reminders_send_nothing_when_all_is_current(site_tree):
    reviewed(
        ArticlePageFactory(parent=site_tree.articles, title="Fresh"),
        datetime.date(2026, 6, 1),
    )
    out = io.StringIO()
    call_command("review_reminders", stdout=out)
    assert mail.outbox == []
    assert "No pages are due" in out.getvalue()
