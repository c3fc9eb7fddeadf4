"""Two views of the whole knowledge base: the A–Z and the gut–skin map."""

import string
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count
from django.shortcuts import render
from django.utils.http import urlencode

from articles.models import ArticleIndexPage, ArticlePage

from .models import ConditionMechanism, ConditionPage, MechanismPage

OTHER_LETTER = "#"


@dataclass(frozen=True)
class AtoZEntry:
    """A name in the A–Z: a page's title, or another name pointing to it."""

    name: str
    page: object
    is_other_name: bool

    @property
    def letter(self):
        first = self.name[:1].upper()
        return first if first in string.ascii_uppercase else OTHER_LETTER


def a_to_z_entries():
    """Every live condition and mechanism, and each of its other names."""
    entries = []
    for model in (ConditionPage, MechanismPage):
        for page in model.objects.live().public().prefetch_related("synonyms"):
            entries.append(AtoZEntry(page.title, page, is_other_name=False))
            entries.extend(
                AtoZEntry(name, page, is_other_name=True)
                for name in page.also_known_as
                if name.casefold() != page.title.casefold()
            )
    return sorted(entries, key=lambda entry: (entry.name.casefold(), entry.page.title))


def a_to_z(request):
    """Conditions and mechanisms A to Z, with the other names readers know them by."""
    groups = defaultdict(list)
    for entry in a_to_z_entries():
        groups[entry.letter].append(entry)
    letters = [*string.ascii_uppercase, OTHER_LETTER]
    return render(
        request,
        "conditions/a_to_z.html",
        {
            "letters": [(letter, letter in groups) for letter in letters],
            "groups": [
                (letter, groups[letter]) for letter in letters if letter in groups
            ],
        },
    )


@dataclass(frozen=True)
class MapCell:
    """Where a condition meets a mechanism: the editors' note and the articles."""

    condition: ConditionPage
    mechanism: MechanismPage
    note: str
    article_count: int
    articles_url: str


def article_counts_by_pair():
    """How many live articles are about each (condition, mechanism) pair; one query."""
    rows = (
        ArticlePage.objects.listed()
        .order_by()
        .filter(conditions__isnull=False, mechanisms__isnull=False)
        .values_list("conditions", "mechanisms")
        .annotate(count=Count("pk", distinct=True))
    )
    return {(condition, mechanism): count for condition, mechanism, count in rows}


def gut_skin_map(request):
    """Conditions by mechanisms: each link's note and the articles on that pair."""
    conditions = list(ConditionPage.objects.live().public().order_by("path"))
    mechanisms = list(MechanismPage.objects.live().public().order_by("path"))
    links = {
        (link.condition_id, link.mechanism_id): link.note
        for link in ConditionMechanism.objects.filter(
            condition__in=conditions, mechanism__in=mechanisms
        )
    }
    counts = article_counts_by_pair()
    article_index = ArticleIndexPage.objects.live().public().first()
    index_url = article_index.url if article_index else None

    def cell(condition, mechanism):
        key = (condition.pk, mechanism.pk)
        if key not in links:
            return None
        query = urlencode({"condition": condition.slug, "mechanism": mechanism.slug})
        return MapCell(
            condition,
            mechanism,
            links[key],
            counts.get(key, 0),
            f"{index_url}?{query}" if index_url else "",
        )

    rows = [
        (condition, [cell(condition, mechanism) for mechanism in mechanisms])
        for condition in conditions
    ]
    return render(
        request,
        "conditions/gut_skin_map.html",
        {"mechanisms": mechanisms, "rows": rows, "link_count": len(links)},
    )
