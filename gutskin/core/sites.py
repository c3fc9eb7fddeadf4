"""The request's Wagtail Site, found without a query on each request.

Wagtail looks the site up by hostname on every request, then reads the home
page's own fields. Both change only with content, so they are kept under the
content version (content_version.kept); each request gets its own copy, so
nothing one request sets on them reaches another.
https://docs.wagtail.org/en/stable/reference/models.html#wagtail.models.Site.find_for_request
"""

import copy

from django.http.request import split_domain_port
from wagtail.models import Site

from . import content_version


def _read_site(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 (kept with the site: no query to serve it)
    return site


def site_for(request):
    hostname = split_domain_port(request.get_host())[0]
    name = f"site.{hostname}.{request.get_port()}"
    return copy.deepcopy(content_version.kept(name, lambda: _read_site(request)))


def without_site(view):
    """Mark a view that never asks for the Wagtail site, so none is looked up."""
    view.needs_no_site = True
    return view


class KeptSiteMiddleware:
    """Sets the site Wagtail would find, from what is kept, before the view runs
    (and after CommonMiddleware, which has refused hosts outside ALLOWED_HOSTS)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "needs_no_site", False):
            return None
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for(request)
        return None
