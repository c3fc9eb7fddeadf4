"""Every page readers can see in /sitemap.xml, read in one query at any size.

Wagtail's page sitemap fetches each page's specific type (one query per page
type) to ask it for its sitemap URLs. No page type here changes those URLs
(tests/test_sitemap.py checks that), so the plain pages serve.
https://docs.wagtail.org/en/stable/reference/contrib/sitemaps.html
"""

from wagtail.contrib.sitemaps import Sitemap

from .privacy import readable


class PageSitemap(Sitemap):
    """The live pages of the reader's site outside every private section."""

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = root.get_descendants(inclusive=True)
        return readable(pages).order_by("path").defer_streamfields()
