"""The gut–skin map: conditions by mechanisms, each link's note and its articles.

It lives with the articles because it counts them and links to the article index
filtered by condition and mechanism; the conditions app, below this one, never
imports articles.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.shortcuts import render
from django.utils.http import urlencode

from conditions.models import ConditionMechanism, ConditionPage, MechanismPage
from gutskin.core.navigation import site_sections

from .models import ArticleIndexPage, ArticlePage


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
    conditions = list(ConditionPage.objects.readable().order_by("path"))
    mechanisms = list(MechanismPage.objects.readable().order_by("path"))
    links = {
        (link.condition_id, link.mechanism_id): link.note
        for link in ConditionMechanism.objects.filter(
            condition__in=conditions, mechanism__in=mechanisms
        )
    }
    counts = article_counts_by_pair()
    # The section the header links to too: found once per request for both.
    article_index = site_sections(request).of_type(ArticleIndexPage)
    index_url = article_index.get_url(request) if article_index else None

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
