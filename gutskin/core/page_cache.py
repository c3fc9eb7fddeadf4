"""Whole pages kept for anonymous readers, never served once content has changed.

A reader without a session gets what every such reader gets, so the response to
their GET is kept under the content version (content_version.py) and today's
date (a review falls due at midnight), and served again with no SQL at all until
either changes. Anyone with a session (staff, a reader who entered a page's
password), previews, POSTs and responses marked private, no-store or carrying
cookies are never kept. Hits and misses alike carry an ETag, so a browser's
conditional GET is answered 304 by ConditionalGetMiddleware, placed before this.
https://docs.djangoproject.com/en/5.2/topics/cache/#the-per-site-cache
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, set_response_etag

from . import content_version

CACHEABLE_METHODS = ("GET", "HEAD")
# Headers that belong to one response on the wire, not to the page.
UNKEPT_HEADERS = {"set-cookie", "date", "x-page-cache"}
# What a kept response may vary on: the key holds Accept, and readers without a
# session all get the same page whatever other cookies they send.
KEYED_VARY = {"accept", "cookie"}


def page_key(request):
    """The cache key of the page a request asks for, however long its URL.

    The content API answers JSON or a browsable page by the Accept header, so
    what the client accepts is part of the key.
    """
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    asked = f"{url} {request.headers.get('Accept', '')}"
    digest = hashlib.sha256(asked.encode("utf-8", "surrogateescape")).hexdigest()
    return f"gutskin.page.{digest}"


def has_session(request):
    """A session (signed in, a page password entered) or a message waiting."""
    return any(
        name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, "messages")
    )


def may_serve_from_cache(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in CACHEABLE_METHODS
        and not has_session(request)
        and not request.path.startswith(settings.PAGE_CACHE_NEVER)
    )


def may_keep(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not response.has_header("Content-Encoding")
        and set(vary_headers(response)) <= KEYED_VARY
    )


def vary_headers(response):
    return [
        name.strip().lower()
        for name in response.get("Vary", "").split(",")
        if name.strip()
    ]


class PageCacheMiddleware:
    """Serve and keep whole responses for readers without a session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with content_version.pinned():
            return self.respond(request)

    def respond(self, request):
        if not may_serve_from_cache(request):
            response = self.get_response(request)
            response["X-Page-Cache"] = "bypass"
            return response

        key = page_key(request)
        version = (content_version.current(), timezone.localdate().isoformat())
        kept = cache.get(key)
        if kept is not None and kept[0] == version:
            return self.rebuild(kept)

        response = self.get_response(request)
        if may_keep(response):
            if not response.has_header("Cache-Control"):
                # Browsers and shared caches check back every time (cheaply,
                # with the ETag), so a page is never shown after it changed.
                patch_cache_control(
                    response,
                    public=True,
                    max_age=0,
                    must_revalidate=True,
                    s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
                )
            set_response_etag(response)
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in UNKEPT_HEADERS
            ]
            entry = (version, response.status_code, headers, response.content)
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        else:
            response["X-Page-Cache"] = "bypass"
        return response

    @staticmethod
    def rebuild(kept):
        _version, status, headers, content = kept
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
