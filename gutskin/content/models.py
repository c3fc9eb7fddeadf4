"""The content page base every condition, mechanism and article is built on.

Shared fields live on one abstract base page assembled from small mixins rather
than on Wagtail 8's swappable base page model (WAGTAIL_PAGE_MODEL). The swappable
model is experimental and would put these fields on every page in the tree,
index pages and the home page included; the mixins keep them on the page types
that publish patient material. The feature-free parts (summary, blocks) come
from gutskin.core; medical review, references, writing checks, bylines, topics
and role permissions join here, above the features and below the content apps.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from gutskin.checks.panels import WritingChecksPanel
from gutskin.core.blocks import ContentBlocks
from gutskin.core.memo import forget_memoised, memoised
from gutskin.core.models import SummaryMixin
from gutskin.core.privacy import KeptRestrictionsMixin, readable
from gutskin.core.serializers import PersonSerializer, TagNamesField
from gutskin.core.structured_data import compact, date_modified, web_page
from gutskin.people.structured_data import byline_node
from gutskin.review.models import MedicalReviewMixin
from gutskin.review.permissions import RolePermissionsMixin
from gutskin.taxonomy.models import TagsMixin


class ContentPageQuerySet(PageQuerySet):
    def listed(self):
        """Pages readers may see, newest first, with what listings show."""
        # Listings show titles, summaries and bylines, never a body.
        return (
            readable(self)
            .select_related("author")
            .defer_streamfields()
            .order_by("-first_published", "-pk")
        )

    def readable(self):
        """Live pages outside every private section."""
        return readable(self)


class BylineMixin(models.Model):
    """Who wrote a page, when it first appeared and when it last changed in substance.

    "Updated" is the editor's word, or the review date, never the date a page was
    last saved: fixing a typo or re-running the demo loader is not an update.
    """

    author = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who wrote the page; their profile is linked from the byline.",
    )
    first_published = models.DateField(
        default=timezone.localdate,
        help_text="The date readers see as first published; set it for older pieces.",
    )
    content_updated = models.DateField(
        "last updated",
        null=True,
        blank=True,
        help_text=(
            "Set this when what the page says changes in substance (not for typo "
            "fixes); readers see it as “Updated”."
        ),
    )

    byline_panels = [
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldRowPanel(
                    [FieldPanel("first_published"), FieldPanel("content_updated")]
                ),
            ],
            heading="Byline",
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if (
            self.content_updated
            and self.first_published
            and self.content_updated < self.first_published
        ):
            raise ValidationError(
                {"content_updated": "An update cannot come before first publication."}
            )

    @property
    def updated_on(self):
        """The later of the editor's update and the review, if after publication."""
        dates = [d for d in (self.content_updated, self.last_reviewed) if d]
        latest = max(dates, default=None)
        if latest and self.first_published and latest > self.first_published:
            return latest
        return None


class ContentPage(
    KeptRestrictionsMixin,
    MedicalReviewMixin,
    BylineMixin,
    SummaryMixin,
    TagsMixin,
    Page,
):
    """Abstract base for pages that publish patient material."""

    # Read by gutskin.core.registry: every page type built on this base is
    # patient material, listed by the reports, search and people's profiles.
    publishes_patient_material = True
    # Where the type comes among them, such as in the search page's type filter.
    type_order = 100
    # Whether readers can follow new pages of this type by RSS/Atom, and how: each
    # page type states it (docs/adding-a-page-type.md; tests/demo/test_recipes.py).
    feed_decision = None

    body = StreamField(ContentBlocks(), blank=True)

    # Listings, related material and the API read pages through `listed()` and
    # `readable()` (ConditionPage and MechanismPage list articles through it).
    objects = PageManager.from_queryset(ContentPageQuerySet)()
    # Fetched with the page when it is served (gutskin.core.routing): the byline
    # and the review stamp show them on every page.
    served_with = ("author", "reviewed_by")
    # And for the content API, whose bylines carry the photos.
    api_served_with = ("author__photo", "reviewed_by__photo")

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.AutocompleteField("summary"),
        # Synonyms are kept as snippets; gutskin.search reindexes the page when
        # one changes, so a search for any of its words finds the page.
        index.SearchField("synonym_text", boost=2),
        index.RelatedFields("author", [index.SearchField("name")]),
        index.FilterField("first_published"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("tags", serializer=TagNamesField()),
        APIField("body"),
        APIField("author", serializer=PersonSerializer()),
        APIField("first_published"),
        APIField("content_updated"),
        APIField("reviewed_by", serializer=PersonSerializer()),
        APIField("last_reviewed"),
        APIField("next_review_due"),
        APIField("review_interval_months"),
    ]
    # Wagtail's API shows first_published_at; readers' "updated" date is this one.
    api_meta_fields = [APIField("last_published_at")]

    content_panels = [
        *Page.content_panels,
        WritingChecksPanel(heading="Writing checks"),
        *SummaryMixin.summary_panels,
        FieldPanel("body"),
        *BylineMixin.byline_panels,
        InlinePanel(
            "references",
            heading="References",
            label="Reference",
            help_text="Cite a reference in the text by its number in brackets: [1].",
        ),
    ]
    settings_panels = [*MedicalReviewMixin.review_panels, *Page.settings_panels]

    taxonomy_panels = [FieldPanel("tags")]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        forget_memoised(self)  # what it links to may have changed
        return super().save(*args, **kwargs)

    def refresh_from_db(self, *args, **kwargs):
        forget_memoised(self)
        return super().refresh_from_db(*args, **kwargs)

    @classmethod
    def synonyms_help_panel(cls):
        return HelpPanel(
            heading="Also known as",
            content=(
                "Other names and the everyday words readers search for are kept "
                "under Library › Synonyms, linked to this page. They are shown "
                "here as “Also known as” and in the A–Z."
            ),
        )

    @classmethod
    def taxonomy_panel(cls, *panels):
        """The one "Taxonomy" panel: page-specific vocabularies, then free tags."""
        return MultiFieldPanel([*panels, *cls.taxonomy_panels], heading="Taxonomy")

    @property
    def word_count(self):
        """Words a reader reads: the summary and the text of every body block."""
        texts = [
            self.summary,
            *self.body.stream_block.get_searchable_content(self.body),
        ]
        return sum(len(strip_tags(text).split()) for text in texts)

    @property
    def also_known_as(self):
        """Other names for what this page explains, from the synonyms linked to it."""
        names = {}
        for synonym in self.synonym_list():
            for name in synonym.other_name_list:
                names.setdefault(name.casefold(), name)
        return list(names.values())

    @memoised
    def synonym_list(self):
        """The synonyms linked to this page, read once per request."""
        if self.pk is None:
            return []  # a new page being previewed has no synonyms yet
        return list(self.synonyms.all())

    def synonym_text(self):
        return " ".join(
            term for synonym in self.synonym_list() for term in synonym.all_terms()
        )

    @property
    def type_label(self):
        return self._meta.verbose_name.capitalize()

    def structured_data(self, request=None):
        """The page's schema.org nodes; page types add what the page is about."""
        return [self.medical_web_page(request)]

    def medical_web_page(self, request=None):
        """Patient material, who wrote it and who reviewed it, as a MedicalWebPage."""
        node = web_page(self, request, "MedicalWebPage")
        node.update(
            compact(
                {
                    # schema.org's Patient type is also a Person; a MedicalAudience
                    # whose audienceType is "Patient" says who the page is for
                    # without claiming the page is about a patient.
                    "medicalAudience": {
                        "@type": "MedicalAudience",
                        "audienceType": "Patient",
                    },
                    "dateModified": date_modified(self),
                    "lastReviewed": self.last_reviewed
                    and self.last_reviewed.isoformat(),
                    # A Person, or an Organization for a team, with their profile.
                    "author": byline_node(self.author, request),
                    "reviewedBy": byline_node(self.reviewed_by, request),
                }
            )
        )
        return node


class IndexPage(KeptRestrictionsMixin, RolePermissionsMixin, SummaryMixin, Page):
    """Abstract base for the section pages that list their children."""

    # Sections make the site's menus (gutskin.core.navigation): a new one is in
    # them unless an editor unticks "Show in menus" on its Promote tab.
    show_in_menus_default = True
    schema_type = "CollectionPage"  # gutskin.core.structured_data.page_graph

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    content_panels = [*Page.content_panels, *SummaryMixin.summary_panels]

    class Meta:
        abstract = True
