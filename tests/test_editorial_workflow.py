"""Clinic editors write and submit; Medical reviewers approve, and their approval
is what readers see as the page's medical review."""

import datetime
from urllib.parse import urlparse

import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState

from articles.models import ArticlePage
from gutskin.people.models import Person

from .editorial import (
    add_url,
    article_form,
    as_user,
    current_task_state,
    submit_new_article,
)
from .factories import ArticlePageFactory

TODAY = datetime.date(2026, 3, 10)


def test_the_roles_and_the_medical_review_workflow_exist(db):
    from wagtail.models import Page, Workflow

    workflow = Workflow.objects.get(name="Medical review")
    assert workflow.active
    [task] = [t.specific for t in workflow.tasks]
    assert [g.name for g in task.groups.all()] == ["Medical reviewers"]
    root = Page.get_first_root_node()
    assert root.get_workflow() == workflow
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_editor_submits_an_article_and_reviewers_are_emailed(
    client, site_tree, editor, reviewer
):
    page = submit_new_article(as_user(client, editor), site_tree)
    assert not page.live
    assert current_task_state(page).task.name == "Medical reviewers approve"
    recipients = {address for message in mail.outbox for address in message.to}
    assert "reviewer@clinic.test" in recipients
    assert "editor@clinic.test" not in recipients


def test_editor_cannot_publish_their_article(client, site_tree, editor):
    data = article_form()
    data["action-publish"] = "Publish"
    as_user(client, editor).post(add_url(site_tree), data)
    page = ArticlePage.objects.get(slug="fibre-and-your-skin")
    assert not page.live
    assert client.get("/articles/fibre-and-your-skin/").status_code == 404


def test_editor_cannot_set_review_fields(client, site_tree, editor, reviewer):
    fake = Person.objects.get(user=reviewer)
    page = submit_new_article(
        as_user(client, editor),
        site_tree,
        last_reviewed="2026-01-01",
        reviewed_by=fake.pk,
        review_interval_months=36,
    )
    draft = page.get_latest_revision_as_object()
    assert (draft.last_reviewed, draft.reviewed_by, draft.review_interval_months) == (
        None,
        None,
        12,
    )
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert 'name="review_interval_months"' not in edit.content.decode()
    assert 'name="last_reviewed"' not in edit.content.decode()


def test_editor_cannot_unpublish_delete_live_pages_or_manage_users(
    client, site_tree, editor
):
    live = ArticlePageFactory(parent=site_tree.articles, title="Live piece")
    as_user(client, editor)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[live.pk]))
    client.post(reverse("wagtailadmin_pages:delete", args=[live.pk]))
    live.refresh_from_db()
    assert live.live
    for url in ("/admin/users/", "/admin/groups/", "/django-admin/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert urlparse(response["Location"]).path != url, url


@time_machine.travel(TODAY, tick=False)
def test_reviewer_approval_publishes_and_records_the_review(
    client, site_tree, editor, reviewer
):
    page = submit_new_article(as_user(client, editor), site_tree)
    task_state = current_task_state(page)
    as_user(client, reviewer)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.last_reviewed == TODAY
    assert page.reviewed_by == Person.objects.get(user=reviewer)
    assert page.next_review_due == datetime.date(2027, 3, 10)
    # The next draft starts from the reviewed revision, so a later edit keeps it.
    assert page.get_latest_revision_as_object().last_reviewed == TODAY

    client.logout()
    html = client.get("/articles/fibre-and-your-skin/").content.decode()
    # The reviewer's name links to their profile (templates/review/review_line.html).
    assert (
        'Medically reviewed by <a href="/authors/consultant-dermatologist/">'
        "Consultant dermatologist, MD</a> on" in " ".join(html.split())
    )
    assert "10 March 2026" in html
    assert "Next review due" in html and "10 March 2027" in html


def test_reviewer_rejection_leaves_the_page_unpublished_with_the_comment(
    client, site_tree, editor, reviewer
):
    page = submit_new_article(as_user(client, editor), site_tree)
    task_state = current_task_state(page)
    mail.outbox.clear()
    as_user(client, reviewer).post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "reject", task_state.pk],
        ),
        {"comment": "Please cite the fibre trial."},
    )
    page.refresh_from_db()
    assert not page.live
    assert page.last_reviewed is None
    task_state = TaskState.objects.get(pk=task_state.pk)
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Please cite the fibre trial."
    assert any("editor@clinic.test" in message.to for message in mail.outbox)


def test_anonymous_readers_never_see_drafts_or_the_admin(client, site_tree, editor):
    page = submit_new_article(as_user(client, editor), site_tree)
    client.logout()
    assert client.get("/articles/fibre-and-your-skin/").status_code == 404
    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        "/admin/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response["Location"], url
    assert b"Fibre feeds gut bacteria" not in client.get("/articles/").content


def test_editor_may_preview_their_draft(client, site_tree, editor):
    page = submit_new_article(as_user(client, editor), site_tree)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    assert b"Fibre feeds gut bacteria" in response.content
