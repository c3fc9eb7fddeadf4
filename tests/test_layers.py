"""Imports run one way, and one registry says which page types publish patient material.

The layers are stated in docs/architecture.md ("Layers") and checked by the
import-linter contract in pyproject.toml; the registry is gutskin.core.registry.
"""

import json
import pathlib
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.rich_text import RichText

from articles.models import ArticlePage
from conditions.models import ConditionPage, MechanismPage
from gutskin.content.models import ContentPage
from gutskin.core.registry import patient_material_models
from gutskin.review.queries import pages_with_review_dates
from gutskin.search.vocabulary import content_page_types, get_vocabulary

from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Far above the reading-level target, so the report lists every page carrying it.
DENSE = (
    "Dysregulation of intestinal epithelial permeability facilitates systemic "
    "translocation of microbial metabolites, potentiating cutaneous inflammatory "
    "cascades characteristic of psoriasis and atopic dermatitis."
)
# How a test makes a live page of each registered type, and under which section.
MAKERS = {
    ConditionPage: (ConditionPageFactory, "conditions"),
    MechanismPage: (MechanismPageFactory, "mechanisms"),
    ArticlePage: (ArticlePageFactory, "articles"),
}


def test_import_contracts_are_kept():
    """No import runs upward and there is no import circle (`lint-imports`)."""
    lint_imports = pathlib.Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(  # noqa: S603 (a fixed command, no input)
        [lint_imports, "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_registry_holds_exactly_the_patient_material_types():
    assert patient_material_models() == (ConditionPage, MechanismPage, ArticlePage)
    assert all(issubclass(model, ContentPage) for model in patient_material_models())


def test_only_the_registry_looks_through_page_types_for_content():
    """Reports, search and profiles ask the registry rather than keep lists."""
    sources = [
        path
        for folder in ("gutskin", "articles", "conditions")
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts
    ]
    looking = [
        str(path.relative_to(ROOT))
        for path in sources
        if "get_page_models(" in path.read_text(encoding="utf-8")
    ]
    assert looking == ["gutskin/core/registry.py"]


@pytest.fixture
def one_of_each(site_tree):
    """A live page of every registered type, each hard to read."""
    pages = {}
    for model in patient_material_models():
        factory, section = MAKERS[model]
        pages[model] = factory(
            parent=getattr(site_tree, section),
            title=f"Registered {model._meta.verbose_name}",
            body=[("paragraph", RichText(f"<p>{DENSE}</p>"))],
        )
    return pages


def json_ld_nodes(response):
    html = BeautifulSoup(response.content, "html.parser")
    scripts = html.head.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)["@graph"]


def test_every_registered_type_renders_with_json_ld_of_its_own(client, one_of_each):
    for model, page in one_of_each.items():
        # The page type says what its page is about, beyond the base's node.
        assert "structured_data" in vars(model), model
        response = client.get(page.url)
        assert response.status_code == 200, model
        nodes = json_ld_nodes(response)
        webpage = next(node for node in nodes if node["@type"] == "MedicalWebPage")
        assert webpage["url"] == page.get_full_url()
        assert webpage["name"] == page.title


def test_every_registered_type_is_in_checks_review_and_search(
    admin_client, one_of_each
):
    titles = {page.title for page in one_of_each.values()}
    # The reading-level report.
    response = admin_client.get(reverse("checks_reading_level"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    listed = {
        row.select("td")[0].get_text(" ", strip=True)
        for row in html.select("#listing-results tbody tr")
    }
    assert titles <= listed
    # The review report.
    reviewed = set(pages_with_review_dates().values_list("title", flat=True))
    assert titles <= reviewed
    # Search: its type filter and its vocabulary of titles.
    assert content_page_types() == list(patient_material_models())
    vocabulary_titles = {entry.title for entry in get_vocabulary().entries}
    assert titles <= vocabulary_titles


def test_rendering_an_article_runs_the_related_articles_query_once(client, site_tree):
    condition = ConditionPageFactory(parent=site_tree.conditions, title="Acne")
    article, *others = [
        ArticlePageFactory(parent=site_tree.articles, conditions=[condition])
        for _ in range(3)
    ]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response.status_code == 200
    related = [query for query in queries if 'AS "shared"' in query["sql"]]
    assert len(related) == 1
    html = BeautifulSoup(response.content, "html.parser")
    for other in others:
        assert html.find("a", href=other.url)


def test_a_page_shares_its_related_material_between_template_and_json_ld(
    site_tree,
):
    condition = ConditionPageFactory(parent=site_tree.conditions, title="Acne")
    article = ArticlePageFactory(parent=site_tree.articles, conditions=[condition])
    page = ArticlePage.objects.get(pk=article.pk)
    assert page.live_conditions() is page.live_conditions()
    assert page.related_articles() is page.related_articles()
    # Saving or reloading the page forgets what it had worked out.
    conditions = page.live_conditions()
    page.refresh_from_db()
    assert page.live_conditions() is not conditions
