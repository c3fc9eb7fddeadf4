"""A page says "Medically reviewed" only while it says what the reviewer approved.

Only an approval in the Medical review workflow writes a review. Every other way
of publishing (the Publish button, code, scheduled publishing, reverting,
copying) keeps it only for content the same as the approved revision's; changed
content goes live without it, marked as changes awaiting review, and the page's
history says so.
"""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from articles.models import ArticlePage
from gutskin.people.models import Person

from .editorial import (
    article_form,
    as_user,
    current_task_state,
    submit_new_article,
)
from .factories import ArticlePageFactory

JUNE_1 = datetime.date(2025, 6, 1)
JULY_1 = datetime.date(2025, 7, 1)
FALSE_CLAIM = "Probiotics cure eczema in every child."
ORIGINAL_SUMMARY = "How fibre feeds the gut bacteria that help calm the skin."
PAGE_URL = "/articles/fibre-and-your-skin/"


def noon(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def approve(client, page, user):
    task_state = current_task_state(page)
    response = as_user(client, user).post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)


def approved_article(client, site_tree, editor, reviewer, day=JUNE_1):
    """An editor's article, submitted and approved by a reviewer on the day."""
    with time_machine.travel(noon(day), tick=False):
        page = submit_new_article(as_user(client, editor), site_tree)
        approve(client, page, reviewer)
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live and page.last_reviewed == day
    assert not page.review_included_edits and not page.review_self_approved
    return page


def edit(client, user, page, action="action-publish", **changes):
    # Reviewers also see the review interval field; editors do not.
    data = article_form(**{"review_interval_months": 12, **changes})
    data[action] = "yes"
    response = as_user(client, user).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), data
    )
    assert response.status_code == 302, response.context and (
        response.context["form"].errors
    )
    return ArticlePage.objects.get(pk=page.pk)


def what_readers_see(url=PAGE_URL):
    response = Client().get(url)
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def assert_not_reviewed(page, awaiting=True):
    assert page.reviewed_by is None
    assert page.last_reviewed is None
    assert page.next_review_due is None
    assert page.changes_awaiting_review is awaiting
    # The live revision says the same, so a draft started from it cannot bring
    # the old review back.
    content = page.live_revision.content
    assert content["last_reviewed"] is None and content["reviewed_by"] is None
    assert content["changes_awaiting_review"] is awaiting
    assert page.get_latest_revision_as_object().last_reviewed is None


@pytest.fixture
def superuser(django_user_model, site_tree):
    return django_user_model.objects.create_superuser(
        "admin", email="admin@clinic.test", password="pw"
    )


@pytest.fixture
def second_reviewer(django_user_model, site_tree):
    user = django_user_model.objects.create_user(
        "second-reviewer", email="second@clinic.test", password="pw"
    )
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    return user


@pytest.mark.parametrize("publisher", ["reviewer", "superuser"])
def test_publish_button_with_changed_content_clears_the_review(
    client, site_tree, editor, reviewer, superuser, publisher
):
    page = approved_article(client, site_tree, editor, reviewer)
    assert "Medically reviewed by" in what_readers_see()
    user = {"reviewer": reviewer, "superuser": superuser}[publisher]

    page = edit(client, user, page, summary=FALSE_CLAIM)

    assert page.live and page.summary == FALSE_CLAIM
    assert_not_reviewed(page)
    html = what_readers_see()
    assert FALSE_CLAIM in html
    assert "Medically reviewed by" not in html
    assert "1 June 2025" not in html

    [entry] = PageLogEntry.objects.filter(page=page, action="gutskin.review_cleared")
    assert entry.user == user
    assert entry.revision_id == page.live_revision_id
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert (
        "Published without medical review: the review of 1 June 2025 no longer "
        "applies" in " ".join(history.content.decode().split())
    )
    # The content API is read-only: no other way to publish there.
    api = f"/api/v2/pages/{page.pk}/"
    assert [Client().post(api).status_code, Client().put(api).status_code] == [405] * 2


def test_publishing_again_without_changes_keeps_the_review(
    client, site_tree, editor, reviewer, superuser
):
    page = approved_article(client, site_tree, editor, reviewer)

    page = edit(client, reviewer, page)
    page.get_latest_revision().publish(user=superuser)

    page = ArticlePage.objects.get(pk=page.pk)
    assert page.last_reviewed == JUNE_1
    assert page.reviewed_by == Person.objects.get(user=reviewer)
    assert not page.changes_awaiting_review
    # A newer revision is live; the review stays because it says the same.
    assert page.reviewed_revision is not None
    assert page.live_revision != page.reviewed_revision
    assert "Medically reviewed by" in what_readers_see()
    assert not PageLogEntry.objects.filter(action="gutskin.review_cleared").exists()


def test_publishing_changed_content_in_code_clears_the_review(
    client, site_tree, editor, reviewer
):
    page = approved_article(client, site_tree, editor, reviewer)

    page.summary = FALSE_CLAIM
    page.save_revision().publish()

    page = ArticlePage.objects.get(pk=page.pk)
    assert_not_reviewed(page)
    assert "Medically reviewed by" not in what_readers_see()
    assert PageLogEntry.objects.filter(
        page=page, action="gutskin.review_cleared"
    ).exists()


def test_publishing_through_the_admin_api_clears_the_review(
    client, site_tree, editor, reviewer
):
    page = approved_article(client, site_tree, editor, reviewer)
    edit(client, editor, page, action="action-save", summary=FALSE_CLAIM)

    response = as_user(client, reviewer).post(
        f"/admin/api/main/pages/{page.pk}/action/publish/",
        content_type="application/json",
        data={},
    )

    assert response.status_code == 200
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.summary == FALSE_CLAIM
    assert_not_reviewed(page)


def test_a_review_typed_in_code_never_reaches_readers(site_tree):
    page = ArticlePageFactory(parent=site_tree.articles, slug="typed")
    page.reviewed_by = Person.objects.create(name="Nobody", slug="nobody")
    page.last_reviewed = JUNE_1
    page.save_revision().publish()

    page = ArticlePage.objects.get(pk=page.pk)
    # Never approved, so nothing is awaiting re-review: it was never reviewed.
    assert_not_reviewed(page, awaiting=False)
    assert "Medically reviewed by" not in what_readers_see("/articles/typed/")


def test_approved_changes_scheduled_for_later_take_the_new_review_live(
    client, site_tree, editor, reviewer
):
    page = approved_article(client, site_tree, editor, reviewer)
    with time_machine.travel(noon(JULY_1), tick=False):
        edit(
            client,
            editor,
            page,
            action="action-submit",
            summary="Fibre feeds gut bacteria; the evidence for skin is early.",
            go_live_at="2025-07-10 09:00",
        )
        approve(client, page, reviewer)
        page = ArticlePage.objects.get(pk=page.pk)
        # Still the old text, with the review that was given for it.
        assert page.summary == ORIGINAL_SUMMARY and page.last_reviewed == JUNE_1

    with time_machine.travel(noon(datetime.date(2025, 7, 10)), tick=False):
        call_command("publish_scheduled")

    page = ArticlePage.objects.get(pk=page.pk)
    assert page.summary.startswith("Fibre feeds gut bacteria; the evidence")
    assert page.last_reviewed == JULY_1
    assert page.reviewed_revision == page.live_revision
    assert not page.changes_awaiting_review
    assert "Medically reviewed by" in what_readers_see()


def test_changes_scheduled_with_the_publish_button_go_live_unreviewed(
    client, site_tree, editor, reviewer
):
    page = approved_article(client, site_tree, editor, reviewer)
    with time_machine.travel(noon(JULY_1), tick=False):
        page = edit(
            client, reviewer, page, summary=FALSE_CLAIM, go_live_at="2025-07-10 09:00"
        )
        assert page.summary == ORIGINAL_SUMMARY and page.last_reviewed == JUNE_1

    with time_machine.travel(noon(datetime.date(2025, 7, 10)), tick=False):
        call_command("publish_scheduled")

    page = ArticlePage.objects.get(pk=page.pk)
    assert page.summary == FALSE_CLAIM
    assert_not_reviewed(page)
    assert "Medically reviewed by" not in what_readers_see()
    assert PageLogEntry.objects.filter(
        page=page, action="gutskin.review_cleared"
    ).exists()


def revert_and_publish(client, user, page, revision, summary):
    data = article_form(summary=summary, review_interval_months=12)
    data["action-publish"] = "Publish"
    response = as_user(client, user).post(
        reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk]),
        data,
    )
    assert response.status_code == 302
    return ArticlePage.objects.get(pk=page.pk)


def test_reverting_to_an_older_approved_revision_does_not_bring_its_review_back(
    client, site_tree, editor, reviewer
):
    page = approved_article(client, site_tree, editor, reviewer)
    first_approved = page.reviewed_revision
    with time_machine.travel(noon(JULY_1), tick=False):
        edit(client, editor, page, action="action-submit", summary="Second version.")
        approve(client, page, reviewer)

    page = revert_and_publish(
        client, reviewer, page, first_approved, summary=ORIGINAL_SUMMARY
    )

    assert page.summary == ORIGINAL_SUMMARY
    assert_not_reviewed(page)
    html = what_readers_see()
    assert "Medically reviewed by" not in html and "1 June 2025" not in html


def test_reverting_to_the_approved_revision_brings_its_review_back(
    client, site_tree, editor, reviewer
):
    page = approved_article(client, site_tree, editor, reviewer)
    approved = page.reviewed_revision
    page = edit(client, reviewer, page, summary=FALSE_CLAIM)
    assert page.last_reviewed is None

    page = revert_and_publish(client, reviewer, page, approved, ORIGINAL_SUMMARY)

    # What readers see is again exactly what the reviewer approved on 1 June.
    assert page.last_reviewed == JUNE_1 and not page.changes_awaiting_review
    assert page.live_revision.content["last_reviewed"] == "2025-06-01"
    assert "Medically reviewed by" in what_readers_see()


@pytest.mark.parametrize("publish_copies", [True, False])
def test_a_copy_is_never_reviewed(
    client, site_tree, editor, reviewer, superuser, publish_copies
):
    page = approved_article(client, site_tree, editor, reviewer)
    data = {
        "new_title": "Fibre, copied",
        "new_slug": "fibre-copied",
        "new_parent_page": site_tree.articles.pk,
    }
    if publish_copies:
        data["publish_copies"] = "on"
    response = as_user(client, superuser).post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]), data
    )
    assert response.status_code == 302

    copy = ArticlePage.objects.get(slug="fibre-copied")
    assert copy.live is publish_copies
    assert (copy.reviewed_by, copy.last_reviewed, copy.reviewed_revision) == (
        None,
        None,
        None,
    )
    assert not copy.changes_awaiting_review
    for revision in copy.revisions.all():
        assert revision.content["last_reviewed"] is None
        assert revision.content["reviewed_by"] is None
    assert copy.get_latest_revision_as_object().last_reviewed is None
    if publish_copies:
        assert "Medically reviewed by" not in what_readers_see(
            "/articles/fibre-copied/"
        )
    # The original keeps its review.
    assert ArticlePage.objects.get(pk=page.pk).last_reviewed == JUNE_1


def test_a_copy_made_in_code_is_never_reviewed(client, site_tree, editor, reviewer):
    page = approved_article(client, site_tree, editor, reviewer)

    copy = page.copy(update_attrs={"slug": "fibre-copied", "title": "Copied"})

    copy = ArticlePage.objects.get(pk=copy.pk)
    assert copy.live
    assert (copy.reviewed_by, copy.last_reviewed, copy.reviewed_revision) == (
        None,
        None,
        None,
    )
    assert all(r.content["last_reviewed"] is None for r in copy.revisions.all())
    assert "Medically reviewed by" not in what_readers_see("/articles/fibre-copied/")


def test_reviewer_who_edits_while_approving_is_recorded_as_such(
    client, site_tree, editor, reviewer
):
    with time_machine.travel(noon(JUNE_1), tick=False):
        page = submit_new_article(as_user(client, editor), site_tree)
        page = edit(
            client,
            reviewer,
            page,
            action="action-workflow-action",
            summary="Fibre feeds gut bacteria, which may help calm the skin.",
            **{"workflow-action-name": "approve", "workflow-action-extra-data": "{}"},
        )

    assert page.live
    assert page.summary == "Fibre feeds gut bacteria, which may help calm the skin."
    assert page.last_reviewed == JUNE_1
    assert page.reviewed_by == Person.objects.get(user=reviewer)
    assert page.review_included_edits
    assert not page.review_self_approved
    assert page.reviewed_revision == page.live_revision
