"""Each role's powers, as README "Who may do what" states them, tried through the admin.

Clinic editors write and submit; Medical reviewers also approve someone else's
work, publish, unpublish, lock and unlock; deleting anything once published,
moving pages and page privacy belong to site administrators (superusers).
"""

import datetime
import importlib

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    PageLogEntry,
    PageViewRestriction,
    TaskState,
    Workflow,
    WorkflowState,
)

from articles.models import ArticlePage
from gutskin.review.models import SELF_APPROVAL_NOTE, MedicalReviewTask

from .editorial import article_form, as_user, current_task_state, submit_new_article
from .factories import ArticleIndexPageFactory, ArticlePageFactory


@pytest.fixture
def superuser(django_user_model, site_tree):
    return django_user_model.objects.create_superuser("admin", password="pw")


@pytest.fixture
def second_editor(django_user_model, site_tree):
    user = django_user_model.objects.create_user("second-editor", password="pw")
    user.groups.add(Group.objects.get(name="Clinic editors"))
    return user


@pytest.fixture
def second_reviewer(django_user_model, site_tree):
    user = django_user_model.objects.create_user("second-reviewer", password="pw")
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    return user


@pytest.fixture
def live_page(site_tree):
    return ArticlePageFactory(parent=site_tree.articles, title="Live piece")


@pytest.fixture
def other_section(site_tree):
    # A second article section, made in code, so that moving has somewhere to go.
    return ArticleIndexPageFactory(parent=site_tree.home, slug="more-articles")


def draft_by(user, site_tree, slug):
    page = ArticlePage(
        title=slug, slug=slug, summary="A draft.", owner=user, live=False
    )
    site_tree.articles.add_child(instance=page)
    page.save_revision(user=user)
    return page


def try_delete(client, user, page):
    return as_user(client, user).post(
        reverse("wagtailadmin_pages:delete", args=[page.pk])
    )


def try_move(client, user, page, destination):
    return as_user(client, user).post(
        reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])
    )


def try_make_private(client, user, page):
    return as_user(client, user).post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": "password", "password": "secret"},
    )


def assert_refused(response):
    # The admin answers a refused action with a redirect to its dashboard.
    assert response.status_code == 403 or (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
    ), response


def still_there(page, parent):
    return Page.objects.filter(pk=page.pk).child_of(parent).exists()


def approve_url(page):
    return reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", current_task_state(page).pk],
    )


# The workflow and the permissions the migrations leave


def test_migrations_leave_one_medical_review_task_and_the_documented_permissions(db):
    workflow = Workflow.objects.get(name="Medical review")
    [task] = [task.specific for task in workflow.tasks]
    assert isinstance(task, MedicalReviewTask) and task.active
    assert task.name == "Medical reviewers approve"
    assert [group.name for group in task.groups.all()] == ["Medical reviewers"]

    def codenames(group):
        return sorted(
            GroupPagePermission.objects.filter(group__name=group).values_list(
                "permission__codename", flat=True
            )
        )

    assert codenames("Clinic editors") == ["add_page", "change_page"]
    assert codenames("Medical reviewers") == [
        "add_page",
        "change_page",
        "lock_page",
        "publish_page",
        "unlock_page",
    ]


def test_reviews_in_progress_move_to_the_medical_review_task(
    client, site_tree, editor, reviewer
):
    # The state of an install before migration review 0005: a plain group task,
    # one page already approved through it and one waiting.
    workflow = Workflow.objects.get(name="Medical review")
    new_task = workflow.tasks.get().specific
    old_task = GroupApprovalTask.objects.create(name="Medical reviewers approve")
    old_task.groups.set(new_task.groups.all())
    workflow.workflow_tasks.update(task=old_task)
    new_task.delete()
    approved = submit_new_article(as_user(client, editor), site_tree)
    as_user(client, reviewer).post(approve_url(approved), {"comment": ""})
    submit_new_article(as_user(client, editor), site_tree, slug="waiting")
    waiting = ArticlePage.objects.get(slug="waiting")
    assert current_task_state(waiting).task_id == old_task.pk

    migration = importlib.import_module(
        "gutskin.review.migrations.0005_medical_review_task_and_role_powers"
    )
    migration.use_medical_review_task(apps, None)

    [task] = [task.specific for task in workflow.tasks]
    assert isinstance(task, MedicalReviewTask) and task.active
    assert task.name == "Medical reviewers approve"
    assert list(task.groups.all()) == list(old_task.groups.all())
    assert current_task_state(waiting).task_id == task.pk
    # The finished review keeps its history, on the old task, now inactive.
    old_task.refresh_from_db()
    assert not old_task.active and "replaced" in old_task.name
    assert TaskState.objects.filter(task=old_task).count() == 1


# Editors


def test_editor_may_delete_only_their_own_never_published_draft(
    client, site_tree, editor, second_editor
):
    theirs = draft_by(second_editor, site_tree, "their-draft")
    assert_refused(try_delete(client, editor, theirs))
    assert still_there(theirs, site_tree.articles)

    mine = draft_by(editor, site_tree, "my-draft")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[mine.pk]))
    assert reverse("wagtailadmin_pages:delete", args=[mine.pk]) in edit.content.decode()
    try_delete(client, editor, mine)
    assert not still_there(mine, site_tree.articles)


def test_editor_cannot_delete_move_or_restrict_their_page_once_published(
    client, site_tree, editor, reviewer, other_section
):
    page = submit_new_article(as_user(client, editor), site_tree)
    as_user(client, reviewer).post(approve_url(page), {"comment": ""})
    page.refresh_from_db()
    assert page.live and page.owner == editor

    assert_refused(try_delete(client, editor, page))
    assert_refused(try_move(client, editor, page, other_section))
    assert_refused(try_make_private(client, editor, page))
    # Not even once a reviewer has taken it offline: it has been published.
    as_user(client, reviewer).post(
        reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    )
    assert_refused(try_delete(client, editor, page))
    assert still_there(page, site_tree.articles)
    assert not PageViewRestriction.objects.exists()


# Reviewers and site administrators


def test_only_a_site_administrator_deletes_moves_or_restricts_a_live_page(
    client, site_tree, reviewer, superuser, live_page, other_section
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[live_page.pk])
    delete_url = reverse("wagtailadmin_pages:delete", args=[live_page.pk])
    assert delete_url not in as_user(client, reviewer).get(edit_url).content.decode()
    assert_refused(try_delete(client, reviewer, live_page))
    client.post(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={live_page.pk}"
    )
    assert_refused(try_move(client, reviewer, live_page, other_section))
    assert_refused(try_make_private(client, reviewer, live_page))
    assert still_there(live_page, site_tree.articles)
    assert not PageViewRestriction.objects.exists()

    assert delete_url in as_user(client, superuser).get(edit_url).content.decode()
    try_make_private(client, superuser, live_page)
    assert PageViewRestriction.objects.filter(page=live_page).exists()
    try_move(client, superuser, live_page, other_section)
    assert still_there(live_page, other_section)
    try_delete(client, superuser, live_page)
    assert not Page.objects.filter(pk=live_page.pk).exists()


def test_reviewer_may_unpublish_and_unlock_a_colleagues_lock_but_not_then_delete(
    client, site_tree, editor, reviewer, second_reviewer, live_page
):
    lock = reverse("wagtailadmin_pages:lock", args=[live_page.pk])
    unlock = reverse("wagtailadmin_pages:unlock", args=[live_page.pk])
    assert_refused(as_user(client, editor).post(lock))
    as_user(client, second_reviewer).post(lock)
    assert_refused(as_user(client, editor).post(unlock))
    live_page.refresh_from_db()
    assert live_page.locked and live_page.locked_by == second_reviewer

    as_user(client, reviewer).post(unlock)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[live_page.pk]))
    live_page.refresh_from_db()
    assert not live_page.locked and not live_page.live

    assert_refused(try_delete(client, reviewer, live_page))
    assert still_there(live_page, site_tree.articles)


# A second person approves


def test_reviewer_cannot_approve_a_page_they_submitted(
    client, site_tree, reviewer, second_reviewer
):
    page = submit_new_article(
        as_user(client, reviewer), site_tree, review_interval_months=12
    )
    task_state = current_task_state(page)
    assert task_state.task.specific.get_actions(page, reviewer) == []
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert approve_url(page) not in home

    assert_refused(client.post(approve_url(page), {"comment": ""}))
    # Nor through the editor's own "Approve" button.
    data = article_form(review_interval_months=12)
    data.update({"action-workflow-action": "yes", "workflow-action-name": "approve"})
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    page.refresh_from_db()
    assert not page.live
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS

    # Another reviewer can.
    home = as_user(client, second_reviewer).get(reverse("wagtailadmin_home"))
    assert approve_url(page) in home.content.decode()
    client.post(approve_url(page), {"comment": ""})
    page.refresh_from_db()
    assert page.live and not page.review_self_approved
    assert page.reviewed_by.user == second_reviewer


def test_a_forged_self_approval_is_refused_at_the_last_step(
    client, site_tree, reviewer
):
    page = submit_new_article(
        as_user(client, reviewer), site_tree, review_interval_months=12
    )
    task_state = current_task_state(page)
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, reviewer, "approve")
    # Even past the task, publishing the workflow refuses it and undoes the step.
    workflow_state = task_state.workflow_state
    with pytest.raises(PermissionDenied):
        workflow_state.finish(user=reviewer)
    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert not page.live and page.last_reviewed is None


def test_a_one_reviewer_clinic_may_allow_self_approval_and_it_is_recorded(
    client, site_tree, reviewer, settings
):
    settings.GUTSKIN_ALLOW_SELF_APPROVAL = True
    today = timezone.make_aware(datetime.datetime(2026, 3, 10, 12))
    with time_machine.travel(today, tick=False):
        page = submit_new_article(
            as_user(client, reviewer), site_tree, review_interval_months=12
        )
        client.post(approve_url(page), {"comment": "Checked the fibre trial."})

    page.refresh_from_db()
    assert page.live and page.review_self_approved
    assert page.last_reviewed == datetime.date(2026, 3, 10)
    approval = PageLogEntry.objects.get(page=page, action="wagtail.workflow.approve")
    assert approval.data["comment"] == (
        f"Checked the fibre trial.\n\n{SELF_APPROVAL_NOTE}"
    )
    history = as_user(client, reviewer).get(
        reverse("wagtailadmin_pages:history", args=[page.pk])
    )
    assert "self-approval is allowed on this site" in history.content.decode()


def test_sections_and_home_follow_the_same_rules_as_content_pages(
    client, site_tree, reviewer, editor
):
    """A reviewer cannot make a whole section private, or delete an empty one."""
    empty_section = site_tree.mechanisms  # no child pages in this tree
    for user in (reviewer, editor):
        for page in (site_tree.conditions, site_tree.home, empty_section):
            assert_refused(try_make_private(client, user, page))
        assert_refused(try_delete(client, user, empty_section))
    assert still_there(empty_section, site_tree.home)
    assert not PageViewRestriction.objects.exists()
