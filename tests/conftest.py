from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Page, Site

from gutskin.people.models import Person

from .factories import (
    ArticleIndexPageFactory,
    ConditionIndexPageFactory,
    HomePageFactory,
    MechanismIndexPageFactory,
)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Cached values (such as the search vocabulary) never outlive a test's data."""
    cache.clear()
    yield
    cache.clear()


@dataclass
class SiteTree:
    home: Page
    conditions: Page
    mechanisms: Page
    articles: Page


@pytest.fixture
def site_tree(db):
    """The site's fixed sections, with the home page as the default site's root."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return SiteTree(
        home=home,
        conditions=ConditionIndexPageFactory(parent=home),
        mechanisms=MechanismIndexPageFactory(parent=home),
        articles=ArticleIndexPageFactory(parent=home),
    )


@pytest.fixture
def editor(django_user_model, site_tree):
    user = django_user_model.objects.create_user(
        "editor", email="editor@clinic.test", password="pw", first_name="Casey"
    )
    user.groups.add(Group.objects.get(name="Clinic editors"))
    return user


@pytest.fixture
def reviewer(django_user_model, site_tree):
    user = django_user_model.objects.create_user(
        "reviewer",
        email="reviewer@clinic.test",
        password="pw",
        first_name="Consultant",
        last_name="dermatologist",
    )
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    Person.objects.create(
        name="Consultant dermatologist",
        slug="consultant-dermatologist",
        credentials="MD",
        user=user,
    )
    return user
