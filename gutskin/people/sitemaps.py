"""The authors index and profiles in /sitemap.xml, beside Wagtail's pages.

A profile is listed once at least one live, public page of the site names its
person; an empty profile has nothing for a search engine to find. Its lastmod is
when the latest of those pages was last published.
"""

from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap

from .models import Person
from .pages import tallies


class PeopleSitemap(Sitemap):
    """`/authors/` and every profile with a live, public page on the reader's site.

    Subclassing Wagtail's Sitemap gets the request (and so the Wagtail site) from
    its sitemap view; locations use that site's root URL, as pages' do, rather
    than the host Django's sites framework would give.
    """

    def items(self):
        """(path, lastmod) pairs: the index first, then profiles by name."""
        counts = tallies(self.get_wagtail_site())
        people = Person.objects.filter(pk__in=counts).order_by("name", "pk")
        profiles = [
            (person.get_absolute_url(), counts[person.pk].last_published)
            for person in people
        ]
        lastmods = [lastmod for _path, lastmod in profiles if lastmod]
        return [(reverse("person_index"), max(lastmods, default=None)), *profiles]

    def _urls(self, page, protocol, domain):
        root_url = self.get_wagtail_site().root_url
        urls = [
            {"location": f"{root_url}{path}", "lastmod": lastmod}
            for path, lastmod in self.paginator.page(page).object_list
        ]
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
