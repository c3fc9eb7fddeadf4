"""RSS and Atom feeds of new articles, served by the pages they belong to.

The article index and each condition page route their feeds themselves
(RoutablePageMixin), so a feed lives under its page's real URL and Wagtail's
privacy checks on that page apply to the feed as well.
https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from articles.models import ArticlePage

FEED_LENGTH = 20


class ArticleFeed(Feed):
    """The newest live, public articles in the article index, as RSS 2.0."""

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

    def articles(self, page):
        return ArticlePage.objects.child_of(page).listed()

    def title(self, page):
        return f"{page.title} | {settings.WAGTAIL_SITE_NAME}"

    def about(self, page):
        """What the feed offers, in plain text as editors typed it."""
        return page.summary

    def description(self, page):
        # Feed readers render an RSS channel's description as HTML, and titles and
        # summaries are plain text: a "<" in them is shown, never run.
        return escape(self.about(page))

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return self.link(page) + page.reverse_subpage(self.route_name)

    def author_name(self, page):
        # Atom needs an author for every entry; the site stands in for an
        # article whose author was removed.
        return settings.WAGTAIL_SITE_NAME

    def items(self, page):
        return self.articles(page).prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # Feed readers render descriptions as HTML; the summary is plain text.
        return escape(article.summary)

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_author_name(self, article):
        return article.author.name if article.author else None

    def item_pubdate(self, article):
        # A date, so midnight in the site's time zone (Feed makes it aware).
        return datetime.datetime.combine(article.first_published, datetime.time.min)

    def item_updateddate(self, article):
        return article.last_published_at or self.item_pubdate(article)

    def item_categories(self, article):
        return sorted((tag.name for tag in article.tags.all()), key=str.lower)


class AtomArticleFeed(ArticleFeed):
    """The article index feed as Atom 1.0."""

    feed_type = Atom1Feed
    route_name = "atom_feed"

    def subtitle(self, page):
        # Django writes the subtitle without a type, which Atom reads as plain
        # text (RFC 4287, 3.1.1), so it is not HTML-escaped as well.
        return self.about(page)


class ConditionArticleFeed(ArticleFeed):
    """The newest live, public articles about one condition, as RSS 2.0."""

    def articles(self, page):
        return page.related_articles()

    def title(self, page):
        return f"Articles about {page.title} | {settings.WAGTAIL_SITE_NAME}"

    def about(self, page):
        return f"New articles about {page.title}: {page.summary}"


class AtomConditionArticleFeed(ConditionArticleFeed):
    """A condition's feed as Atom 1.0."""

    feed_type = Atom1Feed
    route_name = "atom_feed"

    def subtitle(self, page):
        return self.about(page)  # plain text, as in AtomArticleFeed
