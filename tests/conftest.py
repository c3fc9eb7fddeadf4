from dataclasses import dataclass

import pytest
from wagtail.models import Page, Site

from .factories import (
    ArticleIndexPageFactory,
    ConditionIndexPageFactory,
    HomePageFactory,
    MechanismIndexPageFactory,
)


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
