"""The site's sections, read from the page tree once per request.

The sections are the live children of the current site's root page. Menus list
those an editor has marked "Show in menus" (Promote tab); views that link to a
section by its type (the home page's "All articles") find it here too, so
renaming or moving a section moves every link to it.
"""

from dataclasses import dataclass

from wagtail.models import Page, Site


@dataclass(frozen=True)
class Sections:
    """The current site's root page and its live children, in tree order."""

    root: Page | None
    pages: list[Page]

    def of_type(self, model):
        """The first section page of a page type (or a subclass of it), or None."""
        for page in self.pages:
            if page.specific_class and issubclass(page.specific_class, model):
                return page
        return None

    def in_menus(self):
        return [page for page in self.pages if page.show_in_menus]


def site_sections(request):
    """The request's site root and its live children: one query per request."""
    if request is None:
        return Sections(None, [])
    sections = getattr(request, "_gutskin_sections", None)
    if sections is None:
        # find_for_request caches the site on the request and selects its root page.
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        pages = list(root.get_children().live()) if root else []
        sections = Sections(root, pages)
        request._gutskin_sections = sections
    return sections


def menu_label(page):
    """What menus call a section: the plural name of the one page type it holds.

    "Conditions" for the condition index, whatever its title ("Skin conditions")
    says; a page that holds no single type is called by its title.
    """
    model = page.specific_class
    children = model.allowed_subpage_models() if model else []
    if len(children) == 1:
        return children[0]._meta.verbose_name_plural.capitalize()
    return page.title
