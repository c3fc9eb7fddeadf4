"""RSS and Atom feeds of new patient material, served by the pages they belong to.

A page that offers a feed (the article index, each condition) takes
`FeedRoutesMixin` and says what goes in it with `feed_items()`, so the feed lives
under its page's real URL and Wagtail's privacy checks on that page apply to the
feed as well. The feed only reads fields every content page has.
https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

FEED_LENGTH = 20


class FeedRoutesMixin(RoutablePageMixin):
    """`feed/` (RSS 2.0) and `feed/atom/` (Atom 1.0) under the page's own URL."""

    def feed_items(self):
        """The live, public content pages the feed offers, newest first."""
        raise NotImplementedError

    def feed_title(self):
        return self.title

    def feed_about(self):
        """What the feed offers, in plain text as editors typed it."""
        return self.summary

    @path("feed/", name="rss_feed")
    def rss_feed(self, request):
        """The newest pages as RSS 2.0."""
        return PageFeed()(request, page=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        """The newest pages as Atom 1.0."""
        return AtomPageFeed()(request, page=self)


class PageFeed(Feed):
    """The newest pages a page offers (its `feed_items()`), as RSS 2.0."""

    feed_type = Rss201rev2Feed
    route_name = "rss_feed"
    item_guid_is_permalink = True

    def __call__(self, request, page):
        # One feed object serves one request, so it can keep the request for
        # the absolute URLs Wagtail builds from the page's site.
        self.request = request
        return super().__call__(request, page=page)

    def get_object(self, request, page):
        return page

    def title(self, page):
        return f"{page.feed_title()} | {settings.WAGTAIL_SITE_NAME}"

    def description(self, page):
        # Feed readers render an RSS channel's description as HTML, and titles and
        # summaries are plain text: a "<" in them is shown, never run.
        return escape(page.feed_about())

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return self.link(page) + page.reverse_subpage(self.route_name)

    def author_name(self, page):
        # Atom needs an author for every entry; the site stands in for a page
        # whose author was removed.
        return settings.WAGTAIL_SITE_NAME

    def items(self, page):
        return page.feed_items().prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers render descriptions as HTML; the summary is plain text.
        return escape(item.summary)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_author_name(self, item):
        return item.author.name if item.author else None

    def item_pubdate(self, item):
        # A date, so midnight in the site's time zone (Feed makes it aware).
        return datetime.datetime.combine(item.first_published, datetime.time.min)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return sorted((tag.name for tag in item.tags.all()), key=str.lower)


class AtomPageFeed(PageFeed):
    """A page's feed as Atom 1.0."""

    feed_type = Atom1Feed
    route_name = "atom_feed"

    def subtitle(self, page):
        # Django writes the subtitle without a type, which Atom reads as plain
        # text (RFC 4287, 3.1.1), so it is not HTML-escaped as well.
        return page.feed_about()
