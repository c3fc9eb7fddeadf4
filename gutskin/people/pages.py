"""What people wrote and reviewed, from the live, public content pages only.

Content page types come from the page-type registry
(`gutskin.core.registry`), so this app never imports the content apps.
Each function makes one query per page type (and one for view restrictions),
however many pages or people there are.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.db.models.functions import Coalesce
from wagtail.models import Page

from gutskin.core.privacy import readable
from gutskin.core.registry import patient_material_models


def readable_page_ids(site=None):
    """The ids of live pages no login or password hides, as a subquery."""
    pages = readable(Page.objects.all())
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages.values("pk")


@dataclass
class Credits:
    """One person's live, public pages: those they wrote and those they reviewed."""

    written: list
    reviewed: list


def credits_for(person):
    """The pages a person wrote (newest first) and reviewed (latest review first)."""
    readable = readable_page_ids()
    written, reviewed = [], []
    for model in patient_material_models():
        pages = (
            model.objects.filter(pk__in=readable)
            .filter(Q(author=person) | Q(reviewed_by=person))
            .defer_streamfields()
        )
        for page in pages:
            if page.author_id == person.pk:
                written.append(page)
            if page.reviewed_by_id == person.pk:
                reviewed.append(page)
    written.sort(key=lambda page: (page.first_published, page.pk), reverse=True)
    reviewed.sort(
        key=lambda page: (page.last_reviewed or datetime.date.min, page.pk),
        reverse=True,
    )
    return Credits(written=written, reviewed=reviewed)


@dataclass
class Tally:
    """A person's live, public pages written and reviewed, and the latest change."""

    written: int = 0
    reviewed: int = 0
    last_published: datetime.datetime | None = None

    def add(self, role, published):
        setattr(self, role, getattr(self, role) + 1)
        if published and (
            self.last_published is None or published > self.last_published
        ):
            self.last_published = published


def tallies(site=None):
    """{person id: Tally} for everyone named on a live, public page (of one site)."""
    readable = readable_page_ids(site)
    found = defaultdict(Tally)
    for model in patient_material_models():
        rows = (
            model.objects.filter(pk__in=readable)
            .filter(Q(author__isnull=False) | Q(reviewed_by__isnull=False))
            .order_by()
            # As Wagtail's sitemap dates pages: by their last publication, or
            # their latest revision for pages published before that was kept.
            .values_list(
                "author_id",
                "reviewed_by_id",
                Coalesce("last_published_at", "latest_revision_created_at"),
            )
        )
        for author_id, reviewer_id, published in rows:
            if author_id is not None:
                found[author_id].add("written", published)
            if reviewer_id is not None:
                found[reviewer_id].add("reviewed", published)
    return dict(found)
