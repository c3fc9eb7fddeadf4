import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from modelcluster.fields import ParentalManyToManyField
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import PageManager, PageQuerySet

from conditions.models import ConditionPage, MechanismPage
from gutskin.core.models import ContentPage, IndexPage
from gutskin.core.pagination import paginate
from gutskin.core.querystring import lookup_param
from gutskin.core.serializers import LeadImageField, PageLinksField

WORDS_PER_MINUTE = 200


class ArticleQuerySet(PageQuerySet):
    def listed(self):
        """Articles readers may see, newest first, with what listings show."""
        return (
            self.live()
            .public()
            .select_related("author")
            .order_by("-first_published", "-pk")
        )


class ArticleIndexPage(RoutablePageMixin, IndexPage):
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

    # The feeds module imports these models, so the feed views load on first use.
    @path("feed/", name="rss_feed")
    def rss_feed(self, request):
        """The newest articles as RSS 2.0."""
        from articles.feeds import ArticleFeed

        return ArticleFeed()(request, page=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        """The newest articles as Atom 1.0."""
        from articles.feeds import AtomArticleFeed

        return AtomArticleFeed()(request, page=self)


class ArticlePage(ContentPage):
    """A dated patient-education article with an author."""

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

    objects = PageManager.from_queryset(ArticleQuerySet)()

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

    def live_conditions(self):
        ids = self._ids(self.conditions.all())
        return ConditionPage.objects.live().public().filter(pk__in=ids)

    def live_mechanisms(self):
        ids = self._ids(self.mechanisms.all())
        return MechanismPage.objects.live().public().filter(pk__in=ids)

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
