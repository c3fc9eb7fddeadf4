"""The numbered reference list every content page can carry."""

from urllib.parse import quote, urlsplit

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .validators import normalise_doi, normalise_pmid, validate_doi, validate_pmid


class EvidenceLevel(models.TextChoices):
    """The kinds of source pages cite, strongest kind of evidence first."""

    GUIDELINE = "guideline", "Clinical guideline"
    SYSTEMATIC_REVIEW = "systematic-review", "Systematic review or meta-analysis"
    RANDOMISED_TRIAL = "randomised-trial", "Randomised controlled trial"
    OBSERVATIONAL = "observational", "Observational study"
    NARRATIVE_REVIEW = "narrative-review", "Narrative review"
    LABORATORY = "laboratory", "Laboratory or animal study"
    EXPERT_OPINION = "expert-opinion", "Expert opinion"


class Reference(Orderable):
    """One source a page cites; its position in the list is its number."""

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="references"
    )
    authors = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=400)
    publisher = models.CharField("journal or publisher", max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    doi = models.CharField(
        "DOI",
        max_length=255,
        blank=True,
        validators=[validate_doi],
        help_text="For example 10.1038/s41586-020-2649-2; a doi.org link also works.",
    )
    # Long enough for a pasted PubMed link; clean() keeps only the number.
    pmid = models.CharField(
        "PMID",
        max_length=60,
        blank=True,
        validators=[validate_pmid],
        help_text="The PubMed ID, for example 30042740; a PubMed link also works.",
    )
    url = models.URLField(
        "URL",
        max_length=500,
        blank=True,
        help_text="A web page for sources with no DOI or PMID, such as guidelines.",
    )
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

    def clean(self):
        super().clean()
        self.doi = normalise_doi(self.doi)
        self.pmid = normalise_pmid(self.pmid)

    @property
    def doi_url(self):
        """The DOI's resolver link, with characters a URL cannot carry encoded."""
        if not self.doi:
            return ""
        return "https://doi.org/" + quote(normalise_doi(self.doi), safe="/:;()")

    @property
    def pubmed_url(self):
        if not self.pmid:
            return ""
        return f"https://pubmed.ncbi.nlm.nih.gov/{normalise_pmid(self.pmid)}/"

    @property
    def link_url(self):
        """Where the source is best read: its DOI, else PubMed, else its web page."""
        return self.doi_url or self.pubmed_url or self.url

    @property
    def website(self):
        """The web page's site as readers recognise it, such as nice.org.uk."""
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")
