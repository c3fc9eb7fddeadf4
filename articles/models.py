import functools
import math
import operator

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, Func, OuterRef, Subquery
from django.db.models.functions import Coalesce
from modelcluster.fields import ParentalManyToManyField
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField

from conditions.models import ConditionPage, MechanismPage
from gutskin.content.feeds import FeedRoutesMixin
from gutskin.content.models import ContentPage, IndexPage
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
from gutskin.taxonomy.models import TaggedPage

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
            "condition": ConditionPage.objects.readable(),
            "mechanism": MechanismPage.objects.readable(),
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
            # Only a filter's join could repeat an article; without one, the
            # newest-first index serves the page without sorting the library.
            articles=paginate(
                request, articles.distinct() if active else articles, self.PER_PAGE
            ),
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

    served_with = (*ContentPage.served_with, "lead_image")

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
    RELATED_CANDIDATES = 500
    type_order = 30
    open_graph_type = "article"

    class Meta:
        verbose_name = "article"
        indexes = [
            # Listings and related articles walk the library newest first and
            # stop early, rather than sorting every article.
            models.Index(
                fields=["-first_published", "-page_ptr"], name="article_newest_first"
            )
        ]

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

    # The links as they stand (in a preview, the editor's unsaved ones), read
    # once each however many parts of the page use them.
    # Ids only: loading whole condition pages (their bodies too) costs far more.
    @memoised
    def condition_ids(self):
        return list(self.conditions.all().values_list("id", flat=True))

    @memoised
    def mechanism_ids(self):
        return list(self.mechanisms.all().values_list("id", flat=True))

    @memoised
    def live_conditions(self):
        conditions = ConditionPage.objects.readable().defer_streamfields()
        return conditions.filter(pk__in=self.condition_ids())

    @memoised
    def live_mechanisms(self):
        mechanisms = MechanismPage.objects.readable().defer_streamfields()
        return mechanisms.filter(pk__in=self.mechanism_ids())

    @memoised
    def related_articles(self):
        """Other live articles, ranked by shared conditions, mechanisms and tags.

        Ranking counts each article's shared links, so it is done among the
        RELATED_CANDIDATES newest articles that share at least one (an indexed
        walk down the newest articles), not over the whole library: one query
        whose cost stays the same at any size. Ties go to the newer article.
        """
        shared = [
            (self.conditions.through, "conditionpage_id", self.condition_ids()),
            (self.mechanisms.through, "mechanismpage_id", self.mechanism_ids()),
            (TaggedPage, "tag_id", [tag.pk for tag in self.live_tags()]),
        ]
        # An empty IN () would make the database drop the whole query, so only
        # what this article actually has is counted.
        links = [
            (through, field, ids, self._link_owner(through))
            for through, field, ids in shared
            if ids
        ]
        if not links:
            return ArticlePage.objects.none()
        sharing = [
            through.objects.filter(
                **{owner: OuterRef("pk"), f"{field}__in": ids}
            ).values(owner)
            for through, field, ids, owner in links
        ]
        candidates = (
            ArticlePage.objects.readable()
            .exclude(pk=self.pk)
            .filter(functools.reduce(operator.or_, (Exists(q) for q in sharing)))
            .order_by("-first_published", "-pk")
            .values("pk")[: self.RELATED_CANDIDATES]
        )
        counts = [
            Coalesce(
                Subquery(
                    q.annotate(found=Func(F(owner), function="COUNT")).values("found")
                ),
                0,
            )
            for q, (_through, _field, _ids, owner) in zip(sharing, links, strict=True)
        ]
        shared = functools.reduce(operator.add, counts)
        order = ("-shared", "-first_published", "-pk")
        # Ranked on the articles' own table alone; only the few chosen are then
        # read whole (and counted again, four rows, to keep their order).
        chosen = (
            ArticlePage.objects.filter(pk__in=candidates)
            .annotate(shared=shared)
            .order_by(*order)
            .values("pk")[: self.RELATED_LIMIT]
        )
        return (
            ArticlePage.objects.filter(pk__in=chosen)
            .select_related("author")
            .defer_streamfields()
            .annotate(shared=shared)
            .order_by(*order)
        )

    @staticmethod
    def _link_owner(through):
        """The field of a link table that names the article (or tagged page)."""
        return "content_object_id" if through is TaggedPage else "articlepage_id"

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
