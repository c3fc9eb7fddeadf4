"""Editors can create and edit every page type through the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticlePage
from conditions.models import ConditionPage

from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory


@pytest.fixture
def admin_client(client, django_user_model, site_tree):
    user = django_user_model.objects.create_superuser("admin", password="pw")
    client.force_login(user)
    return client


@pytest.fixture
def pages(site_tree):
    mechanism = MechanismPageFactory(parent=site_tree.mechanisms, title="Diet")
    condition = ConditionPageFactory(
        parent=site_tree.conditions, title="Acne", mechanisms=[mechanism]
    )
    article = ArticlePageFactory(parent=site_tree.articles, conditions=[condition])
    return {"mechanism": mechanism, "condition": condition, "article": article}


def test_add_and_edit_forms_render_for_every_page_type(admin_client, site_tree, pages):
    for parent, model in [
        (site_tree.conditions, "conditionpage"),
        (site_tree.mechanisms, "mechanismpage"),
        (site_tree.articles, "articlepage"),
    ]:
        app = "articles" if model == "articlepage" else "conditions"
        url = reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])
        assert admin_client.get(url).status_code == 200, url
    for page in [*pages.values(), site_tree.home, site_tree.articles]:
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert admin_client.get(url).status_code == 200, url


def test_editor_creates_an_article_with_links_tags_and_body(
    admin_client, site_tree, pages
):
    url = reverse(
        "wagtailadmin_pages:add",
        args=["articles", "articlepage", site_tree.articles.pk],
    )
    data = nested_form_data(
        {
            "title": "Fibre and skin",
            "slug": "fibre-and-skin",
            "summary": "Why fibre matters.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Fibre feeds gut bacteria.</p>"))]
            ),
            "first_published": "2025-02-01",
            "lead_image_alt": "",
            "tags": "fibre, diet",
            "references": inline_formset([]),
            "review_interval_months": 12,
            "comments": inline_formset([]),
        }
    )
    # Checkbox lists post one value per ticked box (nested_form_data would number them).
    data["conditions"] = [pages["condition"].pk]
    data["mechanisms"] = [pages["mechanism"].pk]
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    article = ArticlePage.objects.get(slug="fibre-and-skin")
    assert article.live
    assert list(article.conditions.all()) == [pages["condition"]]
    assert list(article.mechanisms.all()) == [pages["mechanism"]]
    assert sorted(tag.name for tag in article.tags.all()) == ["diet", "fibre"]
    page = admin_client.get("/articles/fibre-and-skin/").content.decode()
    assert "Fibre feeds gut bacteria." in page


def test_duplicate_mechanism_link_is_refused_with_a_message(admin_client, pages):
    condition = pages["condition"]
    mechanism = pages["mechanism"]
    url = reverse("wagtailadmin_pages:edit", args=[condition.pk])
    link = {"mechanism": mechanism.pk, "note": "Food shapes the microbiome."}
    data = nested_form_data(
        {
            "title": condition.title,
            "slug": condition.slug,
            "summary": condition.summary,
            "body": streamfield([]),
            "mechanism_links": inline_formset([link, link]),
            "tags": "",
            "references": inline_formset([]),
            "review_interval_months": 12,
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert ConditionPage.objects.get(pk=condition.pk).mechanism_links.count() == 1
    errors = response.context["form"].formsets["mechanism_links"].non_form_errors()
    assert errors, "the editor should be told why the save was refused"


@pytest.mark.parametrize(
    ("model", "parent"),
    [
        ("conditionpage", "conditions"),
        ("mechanismpage", "mechanisms"),
        ("articlepage", "articles"),
    ],
)
def test_new_page_previews_before_its_first_save(
    admin_client, site_tree, model, parent
):
    app = "articles" if model == "articlepage" else "conditions"
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=[app, model, getattr(site_tree, parent).pk],
    )
    data = nested_form_data(
        {
            "title": "Fresh page",
            "slug": "fresh-page",
            "summary": "A page not saved yet.",
            "body": streamfield([]),
            "mechanism_links": inline_formset([]),
            "tags": "",
            "references": inline_formset([]),
            "review_interval_months": 12,
            "comments": inline_formset([]),
            "first_published": "2026-01-01",
        }
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b"A page not saved yet." in response.content
