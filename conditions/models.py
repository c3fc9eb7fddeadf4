from django.db import models
from django.db.models import Count
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.models import Orderable

from gutskin.content.feeds import FeedRoutesMixin
from gutskin.content.models import ContentPage, IndexPage
from gutskin.core.memo import memoised
from gutskin.core.serializers import NotedPageLinksField, PageLinksField
from gutskin.core.structured_data import compact, entity, sentence


class MechanismIndexPage(IndexPage):
    """Lists the ways the gut influences the skin."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["conditions.MechanismPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        mechanisms = MechanismPage.objects.child_of(self).readable()
        context["mechanism_groups"] = MechanismPage.group_by_kind(mechanisms)
        return context


class MechanismPage(ContentPage):
    """One way the gut influences the skin, such as the gut barrier or diet."""

    # Mechanisms change rarely; readers follow the articles about them instead.
    feed_decision = "none: its articles are in the article feeds"

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

    type_order = 20

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

    @memoised
    def linked_conditions(self):
        """(condition, note) for each live condition this mechanism bears on."""
        if self.pk is None:
            return []  # a new page shown in preview
        links = (
            self.condition_mechanism_links.filter(
                condition__in=ConditionPage.objects.readable()
            )
            .select_related("condition")
            .order_by("condition__path")
        )
        return [(link.condition, link.note) for link in links]

    @memoised
    def related_articles(self):
        """Live articles about this mechanism, newest first."""
        return articles_about(self)

    def structured_data(self, request=None):
        """A mechanism page, about the mechanism and the live conditions it bears on.

        A modifiable factor is a MedicalRiskFactor, which names the conditions it
        raises the risk of. A pathway has no closer schema.org type than
        MedicalEntity and no property linking it to a condition, so the page is
        about the pathway and each of those conditions.
        """
        conditions = [
            entity("MedicalCondition", condition, request)
            for condition, _note in self.linked_conditions()
        ]
        node = self.medical_web_page(request)
        if self.kind == self.Kind.FACTOR:
            factor = entity("MedicalRiskFactor", self, request)
            factor.update(
                compact({"description": self.summary, "increasesRiskOf": conditions})
            )
            node["about"] = factor
        else:
            pathway = entity("MedicalEntity", self, request)
            pathway.update(compact({"description": self.summary}))
            node["about"] = [pathway, *conditions]
        return [node]


class ConditionIndexPage(IndexPage):
    """Lists the skin conditions the site covers."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["conditions.ConditionPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["conditions"] = (
            ConditionPage.objects.child_of(self).readable().prefetch_related("synonyms")
        )
        return context


class ConditionPage(FeedRoutesMixin, ContentPage):
    """A skin condition, the mechanisms behind it and what to read about it."""

    feed_decision = "offers its own feed of new articles about it"

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

    type_order = 10

    class Meta:
        verbose_name = "condition"

    @memoised
    def mechanism_link_list(self):
        """The links to mechanisms, read once per request."""
        return list(self.mechanism_links.all())

    @memoised
    def linked_mechanisms(self):
        """(mechanism, note) for each live linked mechanism, in the editors' order.

        In a preview the links are the editor's unsaved ones, held in memory by
        modelcluster, which cannot filter them across a relation; so the links are
        read as they stand and checked against one query for the live mechanisms.
        """
        links = self.mechanism_link_list()
        if not links:
            return []
        live = MechanismPage.objects.readable().in_bulk(
            [link.mechanism_id for link in links]
        )
        return [
            (live[link.mechanism_id], link.note)
            for link in links
            if link.mechanism_id in live
        ]

    @memoised
    def related_articles(self):
        """Live articles about this condition, newest first."""
        return articles_about(self)

    def feed_items(self):
        return self.related_articles()

    def feed_title(self):
        return f"Articles about {self.title}"

    def feed_about(self):
        return f"New articles about {self.title}: {self.summary}"

    @memoised
    def related_conditions(self):
        """Other live conditions sharing live mechanisms, most shared first."""
        # The links as they stand, so a preview follows the editor's unsaved ones.
        mechanism_ids = [link.mechanism_id for link in self.mechanism_link_list()]
        if not mechanism_ids:
            return ConditionPage.objects.none()
        mechanisms = MechanismPage.objects.readable().filter(pk__in=mechanism_ids)
        return (
            ConditionPage.objects.readable()
            .exclude(pk=self.pk)
            .filter(mechanism_links__mechanism__in=mechanisms)
            .annotate(shared_mechanisms=Count("mechanism_links", distinct=True))
            .order_by("-shared_mechanisms", "path")
        )

    def structured_data(self, request=None):
        """A condition page, about the condition and the live mechanisms behind it.

        Modifiable factors (diet, stress) are schema.org risk factors: "a modifiable
        or non-modifiable factor that increases the risk of a patient contracting
        this condition". Pathways (the gut barrier, inflammation) are not causes
        (MedicalCause claims a causative agent) nor anatomy (associatedAnatomy is
        for body structures), so they go into `pathophysiology`, the text for
        "changes in the normal ... functions that are associated with this
        condition", built from each pathway's name and the editors' note.
        """
        factors, pathways = [], []
        for mechanism, note in self.linked_mechanisms():
            if mechanism.kind == MechanismPage.Kind.FACTOR:
                factors.append(entity("MedicalRiskFactor", mechanism, request))
            else:
                pathways.append(f"{mechanism.title}: {sentence(note)}")
        condition = entity("MedicalCondition", self, request)
        condition.update(
            compact(
                {
                    "alternateName": self.also_known_as,
                    "description": self.summary,
                    "riskFactor": factors,
                    "pathophysiology": " ".join(pathways),
                }
            )
        )
        node = self.medical_web_page(request)
        node["about"] = condition
        return [node]


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


def articles_about(page):
    """The live articles linked to a condition or mechanism, newest first.

    Read through the reverse side of ArticlePage's own links, so this app never
    imports the articles app (which imports this one); `listed()` is the content
    page base's.
    """
    articles = page._meta.get_field("articles").related_model.objects
    if page.pk is None:
        return articles.none()  # a new page shown in preview
    return page.articles.listed()
