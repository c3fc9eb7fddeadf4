import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from modelcluster.fields import ParentalManyToManyField
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import PageManager

from conditions.models import ConditionPage, MechanismPage
from gutskin.content.feeds import FeedRoutesMixin
from gutskin.content.models import ContentPage, ContentPageQuerySet, IndexPage
from gutskin.core.memo import memoised
from gutskin.core.pagination import paginate
from gutskin.core.querystring import lookup_param
from gutskin.core.serializers import LeadImageField, PageLinksField
from gutskin.core.structured_data import (
    LANGUAGE,
    compact,
    date_modified,
    entity,
    node_id,
    organisation,
    share_image,
)
from gutskin.people.structured_data import byline_node

WORDS_PER_MINUTE = 200


class ArticleIndexPage(FeedRoutesMixin, IndexPage):
    """Lists articles, filtered by condition, mechanism and tag."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count = 1

    PER_PAGE = 10
    FILTERS = ("condition", "mechanism", "tag")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.child_of(self).listed()
        sources = {
            "condition": ConditionPage.objects.live().public(),
            "mechanism": MechanismPage.objects.live().public(),
            "tag": Tag.objects.all(),
        }
        active, unknown = {}, []
        for name in self.FILTERS:
            slug = lookup_param(request, name)
            if slug == "":
                continue
            # None: a value no slug can match, such as one holding a NUL.
            chosen = sources[name].filter(slug=slug).first() if slug else None
            if chosen is None:
                unknown.append(name)
                continue
            active[name] = chosen
        if unknown:
            articles = articles.none()
        if "condition" in active:
            articles = articles.filter(conditions=active["condition"])
        if "mechanism" in active:
            articles = articles.filter(mechanisms=active["mechanism"])
        if "tag" in active:
            articles = articles.filter(tagged_items__tag=active["tag"])
        context.update(
            articles=paginate(request, articles.distinct(), self.PER_PAGE),
            active_filters=active,
            unknown_filters=unknown,
            filter_options={
                "condition": sources["condition"].order_by("title"),
                "mechanism": sources["mechanism"].order_by("title"),
            },
        )
        return context

    def feed_items(self):
        return ArticlePage.objects.child_of(self).listed()


class ArticlePage(ContentPage):
    """A dated patient-education article with an author."""

    # Articles are what the feeds carry: the article index's and each condition's.
    feed_decision = "in the article index's and its conditions' feeds"

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        "lead image alt text",
        max_length=250,
        blank=True,
        help_text="Required with a lead image: what it shows, for screen readers.",
    )
    conditions = ParentalManyToManyField(
        "conditions.ConditionPage", blank=True, related_name="articles"
    )
    mechanisms = ParentalManyToManyField(
        "conditions.MechanismPage", blank=True, related_name="articles"
    )

    # ConditionPage and MechanismPage list their articles through this manager.
    objects = PageManager.from_queryset(ContentPageQuerySet)()

    api_fields = [
        *ContentPage.api_fields,
        APIField("reading_time"),
        APIField("lead_image", serializer=LeadImageField()),
        APIField("conditions", serializer=PageLinksField(source="live_conditions")),
        APIField("mechanisms", serializer=PageLinksField(source="live_mechanisms")),
        APIField("related_articles", serializer=PageLinksField()),
    ]

    content_panels = [
        *ContentPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")],
            heading="Lead image",
        ),
        ContentPage.taxonomy_panel(
            FieldPanel("conditions", widget=forms.CheckboxSelectMultiple),
            FieldPanel("mechanisms", widget=forms.CheckboxSelectMultiple),
        ),
    ]

    RELATED_LIMIT = 4
    type_order = 30
    open_graph_type = "article"

    class Meta:
        verbose_name = "article"

    def clean(self):
        super().clean()
        if self.lead_image and not self.lead_image_alt.strip():
            raise ValidationError(
                {"lead_image_alt": "Describe the lead image for screen-reader users."}
            )

    @property
    def reading_time(self):
        """Minutes to read at an unhurried pace, never less than one."""
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    def _ids(self, values):
        return [value.pk for value in values]

    @memoised
    def live_conditions(self):
        ids = self._ids(self.conditions.all())
        return ConditionPage.objects.live().public().filter(pk__in=ids)

    @memoised
    def live_mechanisms(self):
        ids = self._ids(self.mechanisms.all())
        return MechanismPage.objects.live().public().filter(pk__in=ids)

    @memoised
    def related_articles(self):
        """Other live articles, ranked by shared conditions, mechanisms and tags."""
        shared = {
            "conditions": self._ids(self.conditions.all()),
            "mechanisms": self._ids(self.mechanisms.all()),
            "tagged_items__tag": self._ids(self.tags.all()),
        }
        # An empty IN () would make the database drop the whole query, so only
        # what this article actually has is counted.
        counts = [
            Count(lookup, filter=Q(**{f"{lookup}__in": ids}), distinct=True)
            for lookup, ids in shared.items()
            if ids
        ]
        if not counts:
            return ArticlePage.objects.none()
        return (
            ArticlePage.objects.listed()
            .exclude(pk=self.pk)
            .annotate(shared=sum(counts[1:], counts[0]))
            .filter(shared__gt=0)
            .order_by("-shared", "-first_published", "-pk")[: self.RELATED_LIMIT]
        )

    def structured_data(self, request=None):
        """The article page and the article on it, as two nodes linked by @id.

        Validators read a MedicalWebPage whose mainEntity is an Article more
        reliably than one node typed as both.
        """
        webpage = self.medical_web_page(request)
        url = webpage.get("url")
        image = share_image(self, request)
        article = compact(
            {
                "@type": "Article",
                "@id": node_id(url, "article"),
                "mainEntityOfPage": webpage.get("@id") and {"@id": webpage["@id"]},
                "url": url,
                "headline": self.title,
                "description": self.summary,
                "inLanguage": LANGUAGE,
                "author": byline_node(self.author, request),
                "datePublished": self.first_published.isoformat(),
                "dateModified": date_modified(self),
                "image": image and image.url,
                "publisher": organisation(self, request),
                "about": [
                    entity("MedicalCondition", condition, request)
                    for condition in self.live_conditions()
                ],
            }
        )
        if "@id" in article:
            webpage["mainEntity"] = {"@id": article["@id"]}
        return [webpage, article]
