"""The benchmark's baseline: Django answering with no database or template work."""

from functools import lru_cache

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_safe

from gutskin.core.sites import without_site

DEFAULT_BYTES = 20_000
# Above any page the benchmark compares it with (the sitemap is the largest).
MAX_BYTES = 10_000_000
FILLER_LINE = b"<p>" + b"x" * 72 + b"</p>\n"


@lru_cache(maxsize=256)
def body_of(size):
    """The body of a given size, built once and kept, as a cached page would be."""
    return (FILLER_LINE * (size // len(FILLER_LINE) + 1))[:size]


@without_site
@require_safe
def baseline(request):
    """Exactly ?bytes=N bytes of filler HTML: what a page costs beyond Django's own."""
    try:
        size = int(request.GET.get("bytes", DEFAULT_BYTES))
    except ValueError:
        size = -1
    if not 0 <= size <= MAX_BYTES:
        return HttpResponseBadRequest(
            f"bytes must be a whole number from 0 to {MAX_BYTES}.",
            content_type="text/plain",
        )
    return HttpResponse(body_of(size), content_type="text/html; charset=utf-8")
