"""The people (and teams) behind every page: who wrote it and who reviewed it.

One model serves both roles, because in a clinic the same dermatologist may write
one page and review another, and readers should find one profile listing both.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.widgets import SlugInput
from wagtail.models import Site
from wagtail.search import index

from .forms import PersonForm
from .panels import NameFieldPanel


def site_root_url(request=None):
    """The scheme and host readers reach the site on, as page URLs are built from.

    Profiles are not pages, so they take the reader's Wagtail site (or the default
    one), which keeps their addresses in step with pages' canonical URLs, the
    sitemap and the API rather than with whatever host a request named.
    """
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    return f"{request.scheme}://{request.get_host()}" if request is not None else ""


class Person(index.Indexed, models.Model):
    """An author or medical reviewer, or a team named as one, with a public profile."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        TEAM = "team", "Team"

    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.PERSON,
        help_text="A team (such as the clinic's editorial team) is never shown "
        "with personal credentials.",
    )
    name = models.CharField(
        max_length=120, help_text='As readers see it, e.g. "Dr Ada Example".'
    )
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of the profile's address, e.g. ada-example.",
    )
    credentials = models.CharField(
        max_length=60, blank=True, help_text="Post-nominal letters, e.g. MD or FNP."
    )
    job_title = models.CharField(
        max_length=120,
        blank=True,
        help_text='The role readers see, e.g. "Consultant dermatologist".',
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = models.TextField(
        max_length=1200,
        blank=True,
        help_text="A few plain sentences: training, experience, interests.",
    )
    registration_number = models.CharField(
        max_length=40,
        blank=True,
        help_text="Professional registration number, if the clinic publishes it.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The admin login whose approvals are recorded as this person.",
    )

    base_form_class = PersonForm

    panels = [
        FieldPanel("kind"),
        # The admin fills a new person's slug from the name as it is typed, as
        # for page titles; `clean` does the same for a slug left empty. Profile
        # addresses are ASCII (the URL pattern is `<slug:slug>`), unlike pages'.
        NameFieldPanel("name", placeholder=False),
        FieldPanel(
            "slug",
            widget=SlugInput(attrs={"data-w-slug-allow-unicode-value": "false"}),
        ),
        FieldRowPanel([FieldPanel("credentials"), FieldPanel("job_title")]),
        FieldPanel("photo"),
        FieldPanel("biography"),
        MultiFieldPanel(
            [FieldPanel("registration_number"), FieldPanel("user")],
            heading="Medical review",
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("job_title"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    def get_absolute_url(self):
        return reverse("person_profile", kwargs={"slug": self.slug})

    def get_full_url(self, request=None):
        """The profile's absolute address, on the same host as the site's pages."""
        return site_root_url(request) + self.get_absolute_url()

    @property
    def is_team(self):
        return self.kind == self.Kind.TEAM

    def clean(self):
        super().clean()
        if not self.slug and self.name:
            self.slug = self.unique_slug(self.name, exclude_pk=self.pk)
        if self.is_team and self.credentials:
            raise ValidationError(
                {"credentials": "A team has no credentials; name its members instead."}
            )

    @classmethod
    def for_user(cls, user):
        """The person an approving user stands for, made from their name if new."""
        person = cls.objects.filter(user=user).first()
        if person is not None:
            return person
        name = user.get_full_name() or user.get_username()
        return cls.objects.create(user=user, name=name, slug=cls.unique_slug(name))

    @classmethod
    def unique_slug(cls, name, exclude_pk=None):
        """A slug made from the name that no other person or team uses yet."""
        base = slugify(name)[:100].strip("-") or "person"
        others = cls.objects.exclude(pk=exclude_pk) if exclude_pk else cls.objects
        slug, number = base, 1
        while others.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug
