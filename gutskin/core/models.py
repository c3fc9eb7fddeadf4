"""Page parts that need no feature: the shared tag link, summaries and tags.

The content page base that composes these with the features (medical review,
references, writing checks, bylines) is `gutskin.content.models.ContentPage`;
gutskin.core imports no feature and no content app (see docs/architecture.md,
"Layers").
"""

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel


class TaggedPage(TaggedItemBase):
    """Links any page to a tag in the one shared vocabulary."""

    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "page tag"
        verbose_name_plural = "page tags"


class SummaryMixin(models.Model):
    """A plain-text summary that serves listings, meta descriptions and cards."""

    summary = models.TextField(
        max_length=300,
        help_text=(
            "One or two plain sentences shown in listings, search results and "
            "shared links (at most 300 characters)."
        ),
    )

    summary_panels = [FieldPanel("summary")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary


class TagsMixin(models.Model):
    """Free tags drawn from the site-wide vocabulary shared by every page type."""

    tags = ClusterTaggableManager(
        through=TaggedPage,
        blank=True,
        help_text="Topics readers can browse by; reuse existing tags where they fit.",
    )

    class Meta:
        abstract = True

    def live_tags(self):
        return sorted(self.tags.all(), key=lambda tag: tag.name.lower())
