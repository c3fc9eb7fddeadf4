"""Steps of the editorial workflow as editors and reviewers take them in the admin."""

from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticlePage


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
