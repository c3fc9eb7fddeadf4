"""What search engines and link previews read about a page: the shared parts.

Each page type describes itself: `page.structured_data(request)` returns its
schema.org graph nodes, built from these helpers, so this module never names a
page type. A page without that method is a WebPage of its `schema_type`
(index pages say CollectionPage), dated by its editors' `last_updated` if it has
one. `sharing_metadata` gathers the Open Graph and Twitter card values; a page
whose `open_graph_type` is "article" also gives its publication dates. Who
publishes the site comes from the `register_structured_data_publisher` hook (the
clinic's details), so this module imports no app above it either. Linked pages
come through the same `readable()` queries (gutskin.core.privacy) the templates
use, so drafts and private pages never appear.

https://schema.org/MedicalWebPage, https://ogp.me/
"""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.utils import timezone
from wagtail import hooks
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from .navigation import ancestors

SCHEMA_CONTEXT = "https://schema.org"
LANGUAGE = "en-GB"
OPEN_GRAPH_LOCALE = "en_GB"
# The 1.91:1 size Open Graph and large Twitter cards show without cropping.
SHARE_IMAGE_SPEC = "fill-1200x630"
# Hook functions take (request, site, root_url) and return the publisher's node,
# or None to leave it to the next hook or to the site itself.
PUBLISHER_HOOK = "register_structured_data_publisher"


@dataclass(frozen=True)
class ShareImage:
    """A page's image as link previews and search results show it."""

    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class SharingMetadata:
    """The values behind a page's Open Graph and Twitter card tags."""

    type: str
    title: str
    description: str
    url: str | None
    site_name: str
    locale: str
    image: ShareImage | None
    published_time: str | None
    modified_time: str | None

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image else "summary"


def json_ld(page, request=None):
    """The page's schema.org graph as a dict, or None for anything not a page."""
    if not isinstance(page, Page):
        return None
    describe = getattr(page, "structured_data", None)
    graph = describe(request) if describe else page_graph(page, request)
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}


def sharing_metadata(page, request=None):
    """Open Graph and Twitter card values for a page, or None for non-pages."""
    if not isinstance(page, Page):
        return None
    open_graph_type = getattr(page, "open_graph_type", "website")
    is_article = open_graph_type == "article"
    return SharingMetadata(
        type=open_graph_type,
        title=page.seo_title or page.title,
        description=getattr(page, "meta_description", "") or page.search_description,
        url=page.get_full_url(request),
        site_name=settings.WAGTAIL_SITE_NAME,
        locale=OPEN_GRAPH_LOCALE,
        image=share_image(page, request),
        published_time=page.first_published.isoformat() if is_article else None,
        modified_time=date_modified(page) if is_article else None,
    )


def share_image(page, request=None):
    """The page's lead image at link-preview size, or None if it has none."""
    image = getattr(page, "lead_image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except SourceImageIOError:
        # A missing original file must not take the page down; the preview
        # simply goes without a picture.
        return None
    return ShareImage(
        url=absolute_url(page, request, rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=page.lead_image_alt,
    )


# Page types


def web_page(page, request, schema_type):
    """The node every page starts from: what it is called, where, and by whom."""
    url = page.get_full_url(request)
    return compact(
        {
            "@type": schema_type,
            "@id": node_id(url, "webpage"),
            "url": url,
            "name": page.title,
            "description": getattr(page, "summary", "") or page.search_description,
            "inLanguage": LANGUAGE,
            "publisher": organisation(page, request),
            "breadcrumb": breadcrumb(page, request),
        }
    )


def page_graph(page, request):
    """A page that describes itself no further: its schema_type, and its date.

    Policy and contact pages are dated as their editors date them.
    """
    node = web_page(page, request, getattr(page, "schema_type", "WebPage"))
    last_updated = getattr(page, "last_updated", None)
    node.update(compact({"dateModified": last_updated and last_updated.isoformat()}))
    return [node]


# Parts


def entity(schema_type, page, request):
    """A medical thing the site has a page about, named and linked."""
    return compact(
        {"@type": schema_type, "name": page.title, "url": page.get_full_url(request)}
    )


def organisation(page, request):
    """Who publishes the site: the clinic, once a hook describes it.

    Until then, the publisher is the site itself, by its name.
    """
    root_url = site_root_url(page, request)
    site = None if request is not None else page.get_site()
    node = publisher(request, site=site, root_url=root_url)
    if node:
        return node
    url = root_url and f"{root_url}/"
    return compact(
        {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME, "url": url}
    )


def publisher(request=None, site=None, root_url=None):
    """The node the first `register_structured_data_publisher` hook gives, or None."""
    for describe in hooks.get_hooks(PUBLISHER_HOOK):
        node = describe(request=request, site=site, root_url=root_url)
        if node:
            return node
    return None


def breadcrumb(page, request):
    """Home, the sections above the page, then the page: the visible breadcrumb."""
    # The home page (depth 2, under Wagtail's root) has no trail above it.
    if not page.depth or page.depth <= 2:
        return None
    trail = [*ancestors(page)[1:], page]
    items = []
    for position, crumb in enumerate(trail, start=1):
        items.append(
            compact(
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": "Home" if position == 1 else crumb.title,
                    "item": crumb.get_full_url(request),
                }
            )
        )
    return {"@type": "BreadcrumbList", "itemListElement": items}


def date_modified(page):
    """When the page was last published, or when an article first was."""
    if page.last_published_at:
        published = timezone.localtime(page.last_published_at)
        return published.isoformat(timespec="seconds")
    first_published = getattr(page, "first_published", None)
    return first_published and first_published.isoformat()


def site_root_url(page, request):
    """The scheme and host of the site the page belongs to, such as https://x.org."""
    url_parts = page.get_url_parts(request)
    return url_parts[1] if url_parts else None


def absolute_url(page, request, url):
    """A media URL made absolute on the page's own site, as previews need."""
    return absolute_media_url(site_root_url(page, request), request, url)


def absolute_media_url(root_url, request, url):
    """A media URL made absolute on the given site root, or the request's host."""
    if root_url:
        return urljoin(f"{root_url}/", url)
    return request.build_absolute_uri(url) if request else url


def node_id(url, name):
    return url and f"{url}#{name}"


def sentence(text):
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".?!" else f"{text}."


def compact(node):
    """The node without empty values, which readers would take as real claims."""
    return {key: value for key, value in node.items() if value not in (None, "", [])}
