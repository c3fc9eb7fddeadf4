"""The numbered reference list every content page can carry."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class EvidenceLevel(models.TextChoices):
    SYSTEMATIC_REVIEW = "systematic-review", "Systematic review"
    RANDOMISED_TRIAL = "randomised-trial", "Randomised trial"
    OBSERVATIONAL = "observational", "Observational study"
    LABORATORY = "laboratory", "Laboratory or animal study"
    EXPERT_OPINION = "expert-opinion", "Expert opinion"


class Reference(Orderable):
    """One source a page cites; its position in the list is its number."""

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="references"
    )
    authors = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=400)
    publisher = models.CharField(
        "journal or publisher", max_length=255, blank=True
    )
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    doi = models.CharField("DOI", max_length=255, blank=True)
    pmid = models.CharField("PMID", max_length=12, blank=True)
    url = models.URLField("URL", max_length=500, blank=True)
    evidence_level = models.CharField(
        max_length=30, choices=EvidenceLevel.choices, blank=True
    )

    panels = [
        FieldPanel("authors"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("doi"), FieldPanel("pmid")]),
        FieldPanel("url"),
        FieldPanel("evidence_level"),
    ]

    def __str__(self):
        return self.title
