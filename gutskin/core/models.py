"""The page part that needs no feature: the plain-text summary.

The content page base that composes it with the features (medical review,
references, writing checks, bylines, topics) is
`gutskin.content.models.ContentPage`; gutskin.core imports no feature and no
content app (see docs/architecture.md, "Layers").
"""

from django.db import models
from wagtail.admin.panels import FieldPanel


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
