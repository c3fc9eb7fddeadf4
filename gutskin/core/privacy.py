"""Which pages readers may see, without a query for the privacy settings each time.

Wagtail's `PageQuerySet.public()` reads every view restriction each time a
queryset uses it, and serving a page reads its ancestors' restrictions: several
queries per page, the same on every request. The restrictions change only when
an editor changes a page's privacy, which replaces the content version, so they
are read once per version (content_version.kept) and applied from memory.
https://docs.wagtail.org/en/stable/advanced_topics/privacy.html
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from . import content_version


def _read_restrictions():
    return list(PageViewRestriction.objects.select_related("page"))


def restrictions():
    """Every view restriction, each with its page, as of the current content."""
    return content_version.kept("view-restrictions", _read_restrictions)


def private_q():
    """Pages in a private section (a restricted page or below one)."""
    q = Q()
    for restriction in restrictions():
        q |= Q(path__startswith=restriction.page.path)
    return q if q else Q(pk__in=[])


def readable(pages):
    """The live pages of a page queryset that any reader may see."""
    return pages.live().exclude(private_q())


def restrictions_on(page):
    """The restrictions that apply to a page: its own and its ancestors'."""
    return [
        restriction
        for restriction in restrictions()
        if (page.path or "").startswith(restriction.page.path)
    ]


class KeptRestrictionsMixin:
    """Serving a public page checks its privacy without a query.

    Still a queryset, as the admin's privacy views expect; an empty one is never
    sent to the database.
    """

    def get_view_restrictions(self):
        if self.alias_of_id:
            # An alias takes its source page's restrictions: Wagtail resolves it.
            return super().get_view_restrictions()
        found = [restriction.pk for restriction in restrictions_on(self)]
        if not found:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=found)
