"""Steps of the editorial workflow as editors and reviewers take them in the admin."""

import datetime

import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticlePage
from gutskin.people.models import Person


def as_user(client, user):
    client.force_login(user)
    return client


def article_form(**overrides):
    data = nested_form_data(
        {
            "title": "Fibre and your skin",
            "slug": "fibre-and-your-skin",
            "summary": "How fibre feeds the gut bacteria that help calm the skin.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Fibre feeds gut bacteria.</p>"))]
            ),
            "first_published": "2026-03-01",
            "lead_image_alt": "",
            "tags": "fibre",
            "references": inline_formset([]),
            "comments": inline_formset([]),
            **overrides,
        }
    )
    return data


def add_url(site_tree):
    return reverse(
        "wagtailadmin_pages:add",
        args=["articles", "articlepage", site_tree.articles.pk],
    )


def submit_new_article(client, site_tree, **overrides):
    data = article_form(**overrides)
    data["action-submit"] = "Submit for moderation"
    response = client.post(add_url(site_tree), data)
    assert response.status_code == 302, (
        response.context and response.context["form"].errors
    )
    return ArticlePage.objects.get(slug="fibre-and-your-skin")


def current_task_state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page",
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).current_task_state


def record_review(page, reviewer, on):
    """Review a page the only way the site allows: one person submits it to the
    Medical review workflow, and a reviewer (a Person or a user) approves it on
    the day given. What the page holds in memory is what gets reviewed."""
    User = get_user_model()
    if isinstance(reviewer, Person):
        person, reviewer = reviewer, reviewer.user
        if reviewer is None:
            reviewer = User.objects.create_user(f"reviewer-{person.slug}")
            person.user = reviewer
            person.save()
    reviewer.groups.add(Group.objects.get(name="Medical reviewers"))
    submitter, _ = User.objects.get_or_create(username="review-submitter")
    submitter.groups.add(Group.objects.get(name="Clinic editors"))
    noon = timezone.make_aware(datetime.datetime.combine(on, datetime.time(12)))
    with time_machine.travel(noon, tick=False):
        page.save_revision(user=submitter)
        page.get_workflow().start(page, submitter)
        task_state = current_task_state(page)
        task_state.task.specific.on_action(task_state, reviewer, "approve")
    page.refresh_from_db()
    return page
