"""The site's sections, read from the page tree once per request.

The sections are the live children of the current site's root page. Menus list
those an editor has marked "Show in menus" (Promote tab); views that link to a
section by its type (the home page's "All articles") find it here too, so
renaming or moving a section moves every link to it.
"""

from dataclasses import dataclass

from wagtail.models import Page, Site

from . import content_version

# The site's frame: Wagtail's root, the home page and the sections. Pages deeper
# down have their ancestors in it, found without a query.
FRAME_DEPTH = 3


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


def _read_frame():
    pages = Page.objects.filter(depth__lte=FRAME_DEPTH).order_by("path")
    return {page.path: page for page in pages}


def frame():
    """{path: page} for the pages of the site's frame, kept per content version."""
    return content_version.kept("page-frame", _read_frame)


def ancestors(page):
    """The page's ancestors from Wagtail's root down, as `get_ancestors()` gives."""
    step = page.steplen
    paths = [page.path[: step * depth] for depth in range(1, page.depth)]
    kept = frame()
    if all(path in kept for path in paths):
        return [kept[path] for path in paths]
    return list(page.get_ancestors())


def parent(page):
    """The page's parent, as `get_parent()` gives."""
    found = ancestors(page)
    return found[-1] if found else None


def site_sections(request):
    """The request's site root and its live children, from the kept frame."""
    if request is None:
        return Sections(None, [])
    sections = getattr(request, "_gutskin_sections", None)
    if sections is None:
        # find_for_request caches the site on the request and selects its root page.
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        sections = Sections(root, children_in_frame(root) if root else [])
        request._gutskin_sections = sections
    return sections


def children_in_frame(root):
    """The live children of a page in the frame, in tree order."""
    if root.depth >= FRAME_DEPTH:
        return list(root.get_children().live())
    return [
        page
        for path, page in frame().items()
        if page.depth == root.depth + 1 and path.startswith(root.path) and page.live
    ]


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
