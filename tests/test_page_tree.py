"""Editors can only build the tree the site's URLs promise."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from articles.models import ArticleIndexPage, ArticlePage
from conditions.models import (
    ConditionIndexPage,
    ConditionPage,
    MechanismIndexPage,
    MechanismPage,
)
from gutskin.clinic.models import ContactPage, PolicyPage
from gutskin.home.models import HomePage


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_sections_and_policies(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ConditionIndexPage,
                MechanismIndexPage,
                ArticleIndexPage,
                PolicyPage,
                ContactPage,
            },
        )

    def test_sections_hold_only_their_own_pages(self):
        self.assertAllowedSubpageTypes(ConditionIndexPage, {ConditionPage})
        self.assertAllowedSubpageTypes(MechanismIndexPage, {MechanismPage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        for section in (ConditionIndexPage, MechanismIndexPage, ArticleIndexPage):
            self.assertAllowedParentPageTypes(section, {HomePage})

    def test_content_pages_live_only_in_their_section_and_have_no_children(self):
        for page_type, section in (
            (ConditionPage, ConditionIndexPage),
            (MechanismPage, MechanismIndexPage),
            (ArticlePage, ArticleIndexPage),
        ):
            self.assertAllowedParentPageTypes(page_type, {section})
            self.assertAllowedSubpageTypes(page_type, set())

    def test_an_article_cannot_be_created_under_conditions(self):
        self.assertCanNotCreateAt(ConditionIndexPage, ArticlePage)
        self.assertCanNotCreateAt(HomePage, ConditionPage)
        self.assertCanCreateAt(ArticleIndexPage, ArticlePage)
        self.assertCanCreateAt(ConditionIndexPage, ConditionPage)
        self.assertCanCreateAt(MechanismIndexPage, MechanismPage)
