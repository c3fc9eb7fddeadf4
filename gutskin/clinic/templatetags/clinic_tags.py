"""Template helpers for the clinic's details in the header, footer and contact page."""

from django import template

from gutskin.clinic.models import ClinicSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def clinic_details(context):
    """The clinic's details for the reader's site; empty ones if none are saved yet.

    Use as `{% clinic_details as clinic %}`. The lookup is cached on the request,
    so the header, the footer and the page share one query.
    """
    return ClinicSettings.for_reader(context.get("request"))
