"""docs/adding-a-page-type.md stays true: every registered page type follows it."""

import pytest
from django.template.loader import get_template

from gutskin.content.feeds import FeedRoutesMixin
from gutskin.content.models import ContentPage
from gutskin.core.registry import patient_material_models

PAGE_TYPES = patient_material_models()


def test_every_page_type_built_on_the_content_base_is_registered():
    assert PAGE_TYPES
    assert all(issubclass(model, ContentPage) for model in PAGE_TYPES)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_has_its_own_structured_data_and_card(model):
    assert "structured_data" in vars(model), f"{model.__name__} has no JSON-LD"
    meta = model._meta
    get_template(f"includes/cards/{meta.app_label}_{meta.model_name}.html")
    get_template(model.template)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_states_its_feed_decision(model):
    assert model.feed_decision, f"{model.__name__} does not say whether it has a feed"
    if model.feed_decision.startswith("offers its own feed"):
        assert issubclass(model, FeedRoutesMixin)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_the_demo_has_a_reviewed_live_page_of_every_type_that_renders(
    model, demo, client
):
    pages = model.objects.live().public()
    assert pages.exists(), f"the demo has no {model.__name__}"
    page = pages.exclude(last_reviewed=None).first()
    assert page is not None, f"no {model.__name__} in the demo is reviewed"
    assert page.references.exists()
    response = client.get(page.url)
    assert response.status_code == 200
    assert b"application/ld+json" in response.content
