"""The clinic behind the site: its details, typed once, and its policy pages.

Clinic details are a site setting (Settings › Clinic details). The header, the
footer, the contact page and the structured data all read them from there, so a
phone number or an address is only ever typed in one place.
https://docs.wagtail.org/en/stable/reference/contrib/settings.html
"""

import copy
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from gutskin.core import content_version
from gutskin.core.blocks import ContentBlocks
from gutskin.core.models import SummaryMixin
from gutskin.core.privacy import KeptRestrictionsMixin, readable
from gutskin.review.permissions import RolePermissionsMixin

from .blocks import OpeningHoursBlock

PHONE_CHARACTERS = RegexValidator(
    r"^\+?[0-9 ()-]+$",
    "Use digits, spaces, brackets and hyphens, with an optional + at the start, "
    "such as 01632 960 123 or +44 1632 960 123.",
)


def validate_phone(value):
    """Loosely a phone number: the characters people write them with, 6 to 15 digits."""
    PHONE_CHARACTERS(value)
    digits = len(re.sub(r"\D", "", value))
    if not 6 <= digits <= 15:
        raise ValidationError(
            "A phone number has between 6 and 15 digits; this one has %(digits)s.",
            params={"digits": digits},
        )


def page_link(help_text):
    return models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


@register_setting(icon="home")
class ClinicSettings(BaseSiteSetting):
    """The clinic's name, address, hours and policy pages, shown on every page."""

    # Links in the footer, in the order readers see them.
    POLICY_PAGE_FIELDS = [
        "editorial_policy_page",
        "privacy_page",
        "accessibility_page",
        "funding_page",
        "disclaimer_page",
        "contact_page",
    ]

    clinic_name = models.CharField(
        max_length=120,
        blank=True,
        help_text="Shown in the header and footer; the site's name is used if empty.",
    )
    tagline = models.CharField(
        max_length=120,
        blank=True,
        help_text="A short line under the name, such as “Dermatology and skin health”.",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown beside the name in the header; a wide PNG about 96px high.",
    )
    logo_alt_text = models.CharField(
        "logo alt text",
        max_length=120,
        blank=True,
        help_text=(
            "What the logo shows, for people who cannot see it, such as "
            "“Larkfield Skin Clinic logo”. Needed when there is a logo."
        ),
    )

    address_line_1 = models.CharField("address line 1", max_length=120, blank=True)
    address_line_2 = models.CharField("address line 2", max_length=120, blank=True)
    locality = models.CharField("town or city", max_length=80, blank=True)
    postcode = models.CharField(max_length=12, blank=True)
    country = models.CharField(max_length=80, blank=True, default="United Kingdom")
    phone = models.CharField(
        max_length=30,
        blank=True,
        validators=[validate_phone],
        help_text="As readers should dial it, such as 01632 960 123.",
    )
    email = models.EmailField(
        blank=True,
        help_text="For appointments and questions about the site, not medical advice.",
    )
    booking_url = models.URLField(
        "booking link",
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=(
            "Where patients book an appointment (an https:// address). When set, "
            "every page shows a “Book an appointment” button."
        ),
    )
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        blank=True,
        help_text=(
            "One row per day or run of days, in the order readers should see them, "
            "such as Monday to Friday, 9am to 5pm; leave the times empty when closed."
        ),
    )

    emergency_guidance = models.TextField(
        max_length=400,
        blank=True,
        help_text=(
            "Shown on every page and prominently on the contact page: what to do in "
            "an emergency, such as “If you have a rash with a fever or trouble "
            "breathing, call 999 or go to A&E.”"
        ),
    )
    site_notice = models.TextField(
        max_length=300,
        blank=True,
        help_text=(
            "An optional line at the foot of every page, such as a notice that the "
            "site is a demonstration."
        ),
    )

    contact_page = page_link("The page with the clinic's contact details.")
    editorial_policy_page = page_link("How pages are written, reviewed and corrected.")
    privacy_page = page_link("The privacy notice.")
    accessibility_page = page_link("The accessibility statement.")
    funding_page = page_link("Funding and conflicts of interest.")
    disclaimer_page = page_link("The medical disclaimer.")

    select_related = ["logo"]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("clinic_name"),
                FieldPanel("tagline"),
                FieldRowPanel([FieldPanel("logo"), FieldPanel("logo_alt_text")]),
            ],
            heading="Name and logo",
        ),
        MultiFieldPanel(
            [
                FieldPanel("address_line_1"),
                FieldPanel("address_line_2"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("postcode")]),
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("booking_url"),
            ],
            heading="Address and contact",
        ),
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [FieldPanel("emergency_guidance"), FieldPanel("site_notice")],
            heading="Notices",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("contact_page", "clinic.ContactPage"),
                PageChooserPanel("editorial_policy_page", "clinic.PolicyPage"),
                PageChooserPanel("privacy_page", "clinic.PolicyPage"),
                PageChooserPanel("accessibility_page", "clinic.PolicyPage"),
                PageChooserPanel("funding_page", "clinic.PolicyPage"),
                PageChooserPanel("disclaimer_page", "clinic.PolicyPage"),
            ],
            heading="Policy pages",
            help_text="Linked from the footer of every page once they are published.",
        ),
    ]

    class Meta:
        verbose_name = "Clinic details"
        verbose_name_plural = "Clinic details"

    @classmethod
    def for_reader(cls, request=None, site=None):
        """The clinic details for the reader's site, or empty ones if none are saved.

        Unlike Wagtail's `for_request`, reading never creates a row, and a request
        that matches no site (a fresh install, a stray hostname) gets empty details
        rather than an error, so every page still renders with the site's name. The
        result is cached on the request where Wagtail's own lookup caches it.
        """
        attr_name = cls.get_cache_attr_name()
        if request is not None and hasattr(request, attr_name):
            return getattr(request, attr_name)
        if site is None:
            site = Site.find_for_request(request)
        clinic = None
        if site is not None:
            # Kept per content version, which a save here replaces; each reader
            # gets a copy, since the request is set on it.
            kept = content_version.kept(
                f"clinic-settings.{site.pk}", lambda: cls._read_for_site(site)
            )
            clinic = copy.copy(kept) if kept is not None else None
        if clinic is None:
            clinic = cls()
        if request is not None:
            clinic._request = request
            setattr(request, attr_name, clinic)
        return clinic

    @classmethod
    def _read_for_site(cls, site):
        clinic = cls.base_queryset().filter(site=site).first()
        if clinic is not None:
            clinic.readable_policy_pages  # noqa: B018 (kept with the details)
        return clinic

    def clean(self):
        super().clean()
        if self.logo_id and not self.logo_alt_text.strip():
            raise ValidationError(
                {"logo_alt_text": "Describe the logo for people who cannot see it."}
            )

    @property
    def display_name(self):
        return self.clinic_name or settings.WAGTAIL_SITE_NAME

    @property
    def has_address(self):
        return any(
            (self.address_line_1, self.address_line_2, self.locality, self.postcode)
        )

    @property
    def address_lines(self):
        """The postal address, a line at a time, as it goes on an envelope."""
        if not self.has_address:
            return []
        lines = [
            self.address_line_1,
            self.address_line_2,
            self.locality,
            self.postcode,
            self.country,
        ]
        return [line for line in lines if line]

    @property
    def street_address(self):
        return ", ".join(
            line for line in (self.address_line_1, self.address_line_2) if line
        )

    @property
    def phone_uri(self):
        """The number for a tel: link: the digits and a leading plus, nothing else.

        The "(0)" written after a country code (+44 (0)1632 …) is not dialled.
        """
        if not self.phone:
            return ""
        number = (
            self.phone.replace("(0)", "") if self.phone.startswith("+") else self.phone
        )
        return "tel:" + re.sub(r"[^\d+]", "", number)

    @property
    def has_contact_details(self):
        return bool(self.has_address or self.phone or self.email or self.opening_hours)

    @property
    def schema_opening_hours(self):
        """The open days as schema.org openingHours, such as "Mo-Fr 09:00-17:00"."""
        values = (row.value.schema_value for row in self.opening_hours)
        return [value for value in values if value]

    @cached_property
    def readable_policy_pages(self):
        """{field name: page} for the pages set here that are live and public.

        One query serves the footer's links and the review panel's "How we review".
        """
        ids = {name: getattr(self, f"{name}_id") for name in self.POLICY_PAGE_FIELDS}
        wanted = [page_id for page_id in ids.values() if page_id]
        pages = readable(Page.objects.all()).in_bulk(wanted) if wanted else {}
        return {name: pages[pk] for name, pk in ids.items() if pk in pages}

    @property
    def policy_pages(self):
        """The policy and contact pages set here that are live and public, in order."""
        return list(self.readable_policy_pages.values())

    @property
    def editorial_policy(self):
        """The editorial policy, if it is set, live and public."""
        return self.readable_policy_pages.get("editorial_policy_page")


class PolicyPage(KeptRestrictionsMixin, RolePermissionsMixin, SummaryMixin, Page):
    """A page about how the site and the clinic work, such as the privacy notice."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    body = StreamField(ContentBlocks(), blank=True)
    last_updated = models.DateField(
        default=timezone.localdate,
        help_text=(
            "The date readers see as “Last updated”: change it when what the policy "
            "says changes, not for a typo."
        ),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    api_fields = [APIField("summary"), APIField("body"), APIField("last_updated")]

    content_panels = [
        *Page.content_panels,
        *SummaryMixin.summary_panels,
        FieldPanel("last_updated"),
        FieldPanel("body"),
    ]

    # What structured data calls the page (https://schema.org/WebPage).
    schema_type = "WebPage"

    class Meta:
        verbose_name = "policy page"


class ContactPage(KeptRestrictionsMixin, RolePermissionsMixin, SummaryMixin, Page):
    """How to reach the clinic (from Clinic details) and what to do in an emergency."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=(
            "A few lines before the clinic's details, which come from Settings › "
            "Clinic details."
        ),
    )
    advice_note = models.TextField(
        "note about medical advice",
        max_length=400,
        default=(
            "We cannot give personal medical advice by email or through this "
            "website. If you have questions about your own skin or health, please "
            "book an appointment or speak to your GP or pharmacist."
        ),
        help_text="Shown beside the email address.",
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]

    api_fields = [APIField("summary"), APIField("intro")]

    content_panels = [
        *Page.content_panels,
        *SummaryMixin.summary_panels,
        FieldPanel("intro"),
        FieldPanel("advice_note"),
    ]

    schema_type = "ContactPage"

    class Meta:
        verbose_name = "contact page"
