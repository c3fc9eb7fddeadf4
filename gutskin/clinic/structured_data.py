"""The clinic as the publisher search engines read on every page.

Given to gutskin.core.structured_data through the
`register_structured_data_publisher` hook (wagtail_hooks.py), so the core never
imports the clinic.
"""

from wagtail.images.models import SourceImageIOError

from gutskin.core.structured_data import absolute_media_url, compact

from .models import ClinicSettings

# The same rendition the header shows, so no second one is made.
CLINIC_LOGO_SPEC = "height-96"


def clinic_publisher(request=None, site=None, root_url=None):
    """The clinic as a MedicalClinic, or None until its details name it."""
    clinic = ClinicSettings.for_reader(request, site=site)
    if not clinic.clinic_name:
        return None
    return compact(
        {
            "@type": "MedicalClinic",
            "name": clinic.clinic_name,
            "url": root_url and f"{root_url}/",
            "logo": clinic_logo(clinic, request, root_url),
            "address": postal_address(clinic),
            "telephone": clinic.phone,
            "email": clinic.email,
            "openingHours": clinic.schema_opening_hours,
        }
    )


def postal_address(clinic):
    if not clinic.has_address:
        return None
    return compact(
        {
            "@type": "PostalAddress",
            "streetAddress": clinic.street_address,
            "addressLocality": clinic.locality,
            "postalCode": clinic.postcode,
            "addressCountry": clinic.country,
        }
    )


def clinic_logo(clinic, request, root_url):
    """The logo's address at the size the header shows it, or None without one."""
    if clinic.logo is None:
        return None
    try:
        rendition = clinic.logo.get_rendition(CLINIC_LOGO_SPEC)
    except SourceImageIOError:
        return None  # a missing file costs the logo, never the page
    return absolute_media_url(root_url, request, rendition.url)
