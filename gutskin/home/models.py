from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from articles.models import ArticlePage
from conditions.models import ConditionPage, MechanismPage
from gutskin.core.models import SummaryMixin
from gutskin.core.privacy import KeptRestrictionsMixin
from gutskin.core.routing import route_below
from gutskin.core.structured_data import LANGUAGE, compact, node_id, organisation
from gutskin.review.permissions import RolePermissionsMixin


class HomePage(KeptRestrictionsMixin, RolePermissionsMixin, SummaryMixin, Page):
    """The front door: the site's purpose, conditions, mechanisms, new articles."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "conditions.ConditionIndexPage",
        "conditions.MechanismIndexPage",
        "articles.ArticleIndexPage",
        "clinic.PolicyPage",
        "clinic.ContactPage",
    ]
    max_count = 1

    heading = models.CharField(
        max_length=120,
        help_text="The big line at the top of the page; the title is used if empty.",
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("heading"),
        *SummaryMixin.summary_panels,
    ]

    LATEST_ARTICLES = 4

    def route(self, request, path_components):
        """Every page of the site is under the home page: found in one query."""
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["conditions"] = ConditionPage.objects.readable()
        context["mechanism_groups"] = MechanismPage.group_by_kind(
            MechanismPage.objects.readable()
        )
        context["latest_articles"] = ArticlePage.objects.listed()[
            : self.LATEST_ARTICLES
        ]
        return context

    def structured_data(self, request=None):
        """The site itself and the clinic that publishes it."""
        url = self.get_full_url(request)
        publisher = organisation(self, request)
        if url:
            publisher["@id"] = node_id(url, "organization")
        website = compact(
            {
                "@type": "WebSite",
                "@id": node_id(url, "website"),
                "url": url,
                "name": settings.WAGTAIL_SITE_NAME,
                "description": self.summary,
                "inLanguage": LANGUAGE,
                "publisher": publisher.get("@id") and {"@id": publisher["@id"]},
            }
        )
        return [website, publisher]
