"""The vocabularies pages share: the words readers type for what the site explains.

Topics (tags) are django-taggit's `Tag`, linked to pages through `TaggedPage` and
given to a page type by `TagsMixin`; synonyms live here too.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from gutskin.core.memo import memoised

TERM_MAX_LENGTH = 80


def split_terms(text):
    """One term per line (commas also separate), trimmed, without repeats."""
    seen = {}
    for raw in re.split(r"[\n,]", text or ""):
        term = " ".join(raw.split())
        if term and term.casefold() not in seen:
            seen[term.casefold()] = term
    return list(seen.values())


class TaggedPage(TaggedItemBase):
    """Links any page to a tag in the one shared vocabulary.

    The table keeps the name it was created with (core_taggedpage) when the
    model moved here; migration 0003 explains.
    """

    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        db_table = "core_taggedpage"
        verbose_name = "page tag"
        indexes = [
            # Related articles ask, page by page, whether it has one of a few tags.
            models.Index(fields=["content_object", "tag"], name="taggedpage_page_tag")
        ]
        verbose_name_plural = "page tags"


class TagsMixin(models.Model):
    """Free tags drawn from the site-wide vocabulary shared by every page type."""

    tags = ClusterTaggableManager(
        through=TaggedPage,
        blank=True,
        help_text="Topics readers can browse by; reuse existing tags where they fit.",
    )

    class Meta:
        abstract = True

    @memoised
    def live_tags(self):
        """The page's tags, A to Z; read once however many places use them."""
        return sorted(self.tags.all(), key=lambda tag: tag.name.lower())


class Synonym(index.Indexed, models.Model):
    """A word and the other words readers use for it, such as eczema and
    atopic dermatitis; linked to the page that explains it."""

    term = models.CharField(
        max_length=TERM_MAX_LENGTH,
        help_text="The word the site uses, such as “eczema” or “gut barrier”.",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="synonyms",
        help_text=(
            "The condition or mechanism page these words name, if any. Searching "
            "for any of them finds this page."
        ),
    )
    other_names = models.TextField(
        blank=True,
        help_text=(
            "Other names for the same thing, one per line (such as “atopic "
            "dermatitis”). Shown on the page as “Also known as” and in the A–Z."
        ),
    )
    search_terms = models.TextField(
        blank=True,
        help_text=(
            "Everyday words, abbreviations and related terms readers type, one per "
            "line (such as “itchy skin” or “SCFA”). Used by search only."
        ),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("page"),
        MultiFieldPanel(
            [FieldPanel("other_names"), FieldPanel("search_terms")],
            heading="Words readers use",
        ),
    ]

    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("other_names"),
        index.SearchField("search_terms"),
    ]

    class Meta:
        # The table kept its name when synonyms moved here from gutskin.search
        # (migrations taxonomy 0002 and search 0004).
        db_table = "search_synonym"
        ordering = ["term"]
        verbose_name = "synonym"
        verbose_name_plural = "synonyms"

    def __str__(self):
        return self.term

    @property
    def other_name_list(self):
        return split_terms(self.other_names)

    @property
    def search_term_list(self):
        return split_terms(self.search_terms)

    def all_terms(self):
        """The term and every other word for it, each once."""
        return split_terms("\n".join([self.term, self.other_names, self.search_terms]))

    def clean(self):
        super().clean()
        self.term = " ".join(self.term.split())
        errors = {}
        for field in ("other_names", "search_terms"):
            too_long = [
                term
                for term in split_terms(getattr(self, field))
                if len(term) > TERM_MAX_LENGTH
            ]
            if too_long:
                errors[field] = (
                    f"Keep each term under {TERM_MAX_LENGTH} characters, one per "
                    f"line: “{too_long[0][:40]}…” is too long."
                )
        if not errors and len(self.all_terms()) < 2:
            errors["other_names"] = (
                "Add at least one other name or search term: a synonym links two "
                "or more words."
            )
        if errors:
            raise ValidationError(errors)
