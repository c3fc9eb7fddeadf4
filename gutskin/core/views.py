from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .sites import without_site

# Search result pages are endless and thin; the admin sites are not for readers.
DISALLOWED_PATHS = ["/admin/", "/django-admin/", "/search/"]


@without_site
@require_safe
def robots_txt(request):
    """Tells crawlers what to skip and where the sitemap is."""
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED_PATHS),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
