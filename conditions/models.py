from django.db import models
from django.db.models import Count
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable

from gutskin.core.models import ContentPage, IndexPage
from gutskin.core.serializers import NotedPageLinksField, PageLinksField


class MechanismIndexPage(IndexPage):
    """Lists the ways the gut influences the skin."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["conditions.MechanismPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        mechanisms = MechanismPage.objects.child_of(self).live().public()
        context["mechanism_groups"] = MechanismPage.group_by_kind(mechanisms)
        return context


class MechanismPage(ContentPage):
    """One way the gut influences the skin, such as the gut barrier or diet."""

    parent_page_types = ["conditions.MechanismIndexPage"]
    subpage_types = []

    class Kind(models.TextChoices):
        PATHWAY = "pathway", "Biological pathway"
        FACTOR = "factor", "Modifiable factor"

    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.PATHWAY,
        help_text=(
            "A biological pathway (such as inflammation or the gut barrier) or "
            "something a reader can change (such as diet or stress)."
        ),
    )

    api_fields = [
        *ContentPage.api_fields,
        APIField("kind"),
        APIField(
            "conditions", serializer=NotedPageLinksField(source="linked_conditions")
        ),
        APIField("related_articles", serializer=PageLinksField()),
    ]

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("kind"),
        ContentPage.taxonomy_panel(),
    ]

    class Meta:
        verbose_name = "mechanism"

    @classmethod
    def group_by_kind(cls, mechanisms):
        """(label, mechanisms) pairs, pathways first, leaving out empty kinds."""
        groups = [
            (label, [page for page in mechanisms if page.kind == kind])
            for kind, label in cls.Kind.choices
        ]
        return [(label, pages) for label, pages in groups if pages]

    def linked_conditions(self):
        """(condition, note) for each live condition this mechanism bears on."""
        if self.pk is None:
            return []  # a new page shown in preview
        links = (
            self.condition_mechanism_links.filter(
                condition__in=ConditionPage.objects.live().public()
            )
            .select_related("condition")
            .order_by("condition__path")
        )
        return [(link.condition, link.note) for link in links]

    def related_articles(self):
        from articles.models import ArticlePage

        if self.pk is None:
            return ArticlePage.objects.none()
        return ArticlePage.objects.listed().filter(mechanisms=self)


class ConditionIndexPage(IndexPage):
    """Lists the skin conditions the site covers."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["conditions.ConditionPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["conditions"] = (
            ConditionPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related("synonyms")
        )
        return context


class ConditionPage(RoutablePageMixin, ContentPage):
    """A skin condition, the mechanisms behind it and what to read about it."""

    parent_page_types = ["conditions.ConditionIndexPage"]
    subpage_types = []

    api_fields = [
        *ContentPage.api_fields,
        APIField("also_known_as"),
        APIField(
            "mechanisms", serializer=NotedPageLinksField(source="linked_mechanisms")
        ),
        APIField("related_articles", serializer=PageLinksField()),
        APIField("related_conditions", serializer=PageLinksField()),
    ]

    content_panels = [
        *ContentPage.content_panels,
        ContentPage.synonyms_help_panel(),
        InlinePanel(
            "mechanism_links",
            heading="Mechanisms",
            label="Mechanism",
            help_text="How the gut influences this condition, most important first.",
        ),
        ContentPage.taxonomy_panel(),
    ]

    class Meta:
        verbose_name = "condition"

    def linked_mechanisms(self):
        """(mechanism, note) for each live linked mechanism, in the editors' order.

        In a preview the links are the editor's unsaved ones, held in memory by
        modelcluster, which cannot filter them across a relation; so the links are
        read as they stand and checked against one query for the live mechanisms.
        """
        links = list(self.mechanism_links.all())
        if not links:
            return []
        live = (
            MechanismPage.objects.live()
            .public()
            .in_bulk([link.mechanism_id for link in links])
        )
        return [
            (live[link.mechanism_id], link.note)
            for link in links
            if link.mechanism_id in live
        ]

    def related_articles(self):
        from articles.models import ArticlePage

        if self.pk is None:
            return ArticlePage.objects.none()  # a new page shown in preview
        return ArticlePage.objects.listed().filter(conditions=self)

    @path("feed/", name="rss_feed")
    def rss_feed(self, request):
        """New articles about this condition as RSS 2.0."""
        from articles.feeds import ConditionArticleFeed

        return ConditionArticleFeed()(request, page=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        """New articles about this condition as Atom 1.0."""
        from articles.feeds import AtomConditionArticleFeed

        return AtomConditionArticleFeed()(request, page=self)

    def related_conditions(self):
        """Other live conditions sharing live mechanisms, most shared first."""
        # The links as they stand, so a preview follows the editor's unsaved ones.
        mechanism_ids = [link.mechanism_id for link in self.mechanism_links.all()]
        if not mechanism_ids:
            return ConditionPage.objects.none()
        mechanisms = MechanismPage.objects.live().public().filter(pk__in=mechanism_ids)
        return (
            ConditionPage.objects.live()
            .public()
            .exclude(pk=self.pk)
            .filter(mechanism_links__mechanism__in=mechanisms)
            .annotate(shared_mechanisms=Count("mechanism_links", distinct=True))
            .order_by("-shared_mechanisms", "path")
        )


class ConditionMechanism(Orderable):
    """The link between a condition and a mechanism, with how the two connect."""

    condition = ParentalKey(
        ConditionPage, on_delete=models.CASCADE, related_name="mechanism_links"
    )
    mechanism = models.ForeignKey(
        MechanismPage,
        on_delete=models.CASCADE,
        related_name="condition_mechanism_links",
    )
    note = models.TextField(
        max_length=400,
        help_text="One or two sentences on how this mechanism bears on the condition.",
    )

    panels = [FieldPanel("mechanism"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["condition", "mechanism"], name="unique_condition_mechanism"
            )
        ]

    def __str__(self):
        return f"{self.condition} – {self.mechanism}"
