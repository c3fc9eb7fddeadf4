"""Site search and the search box's suggestions."""

import re
from dataclasses import dataclass

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.functional import cached_property
from django.views.decorators.cache import cache_control
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.query import Or, PlainText
from wagtail.search.utils import normalise_query_string

from gutskin.core.pagination import paginate
from gutskin.core.querystring import clean_text, lookup_param

from .backend import MAX_SEARCH_WORDS
from .highlight import highlight, highlight_pattern
from .vocabulary import content_page_types, get_vocabulary, words_of

MAX_QUERY_LENGTH = 200
MAX_SUGGEST_LENGTH = 100
RESULTS_PER_PAGE = 10


def type_filters():
    """?type= values readers can choose, with their labels and page models."""
    return {
        model._meta.model_name.removesuffix("page"): model
        for model in content_page_types()
    }


def clean_query(raw, limit):
    """Control characters dropped (PostgreSQL refuses NUL), whitespace collapsed,
    and the length and number of words capped, so no query is unbounded; and
    whether it was cut."""
    text, truncated = clean_text(raw, limit)
    words = text.split()
    if len(words) > MAX_SEARCH_WORDS:
        text, truncated = " ".join(words[:MAX_SEARCH_WORDS]), True
    return text, truncated


@dataclass
class Result:
    """A page as a search result: its words marked where they matched."""

    page: Page
    pattern: object

    @property
    def title(self):
        return highlight(self.page.title, self.pattern)

    @property
    def summary(self):
        return highlight(getattr(self.page, "summary", ""), self.pattern)

    @cached_property
    def matched_names(self):
        """Other names for the page that match the search, shown under its title."""
        if self.pattern is None:
            return []
        names = getattr(self.page, "also_known_as", [])
        return [
            highlight(name, self.pattern) for name in names if self.pattern.search(name)
        ]


class SiteSearch:
    """One reader's search: the query, its filters and what they found."""

    def __init__(self, request):
        self.request = request
        self.query, self.truncated = clean_query(
            request.GET.get("q", ""), MAX_QUERY_LENGTH
        )
        self.messages = []
        self.type_slug, self.models = self._choose_type(request.GET.get("type", ""))
        self.condition = self._choose_condition(lookup_param(request, "condition"))
        self.vocabulary = get_vocabulary()

    def _choose_type(self, slug):
        filters = type_filters()
        if slug in filters:
            return slug, [filters[slug]]
        if slug:
            self.messages.append(
                "That kind of page doesn't exist, so every kind is shown."
            )
        return "", list(filters.values())

    def _choose_condition(self, slug):
        from conditions.models import ConditionPage

        if slug == "":
            return None
        condition = (
            ConditionPage.objects.live().public().filter(slug=slug).first()
            if slug  # None: a value no slug can match, such as one holding a NUL
            else None
        )
        if condition is None:
            self.messages.append(
                "We couldn't find that condition, so results for every condition "
                "are shown."
            )
        return condition

    def candidates(self):
        """Live, public pages of the chosen kinds, about the chosen condition."""
        pages = Page.objects.live().public().type(*self.models)
        if self.condition is not None:
            pages = pages.filter(pk__in=self._about_condition(self.condition))
        return pages

    @staticmethod
    def _about_condition(condition):
        from articles.models import ArticlePage
        from conditions.models import MechanismPage

        return [
            condition.pk,
            *ArticlePage.objects.filter(conditions=condition).values_list(
                "pk", flat=True
            ),
            *MechanismPage.objects.filter(
                condition_mechanism_links__condition=condition
            ).values_list("pk", flat=True),
        ]

    def run(self, query):
        """Search for the query and every synonym-swapped form of it."""
        variants = self.vocabulary.expand(query)
        # Only words reach the backend: quotes and other full-text syntax in a
        # reader's query must not be read as query operators (SQLite FTS5 fails
        # on an unbalanced quote).
        # A variant may have no words left (a synonym such as "++" or a lone
        # backslash): the backend cannot compile an empty term, so it is skipped.
        words = [" ".join(re.findall(r"\w+", variant)) for variant in variants]
        terms = [PlainText(text, operator="and") for text in words if text]
        search_query = terms[0] if len(terms) == 1 else Or(terms)
        return self.candidates().search(search_query), variants

    def context(self):
        context = {
            "query": self.query,
            "truncated": self.truncated,
            "messages_for_reader": self.messages,
            "type_slug": self.type_slug,
            "type_options": [
                (slug, model._meta.verbose_name_plural.capitalize())
                for slug, model in type_filters().items()
            ],
            "condition": self.condition,
            "condition_options": self._condition_options(),
            "max_query_length": MAX_QUERY_LENGTH,
            "max_query_words": MAX_SEARCH_WORDS,
            "hide_header_search": True,
        }
        if not words_of(self.query):
            return context
        results, variants = self.run(self.query)
        suggestion = self.vocabulary.spelling_suggestion(self.query)
        showing_suggestion = False
        if suggestion:
            suggested_results, suggested_variants = self.run(suggestion)
            if not suggested_results.count():
                suggestion = None
            elif not results.count():
                # Nothing else matched: show what the reader most likely meant.
                results, variants = suggested_results, suggested_variants
                showing_suggestion = True
        page_obj = paginate(self.request, results, RESULTS_PER_PAGE)
        pattern = highlight_pattern(variants)
        context.update(
            {
                "results": page_obj,
                "result_items": [
                    Result(page, pattern) for page in specific_in_order(page_obj)
                ],
                "suggestion": suggestion,
                "showing_suggestion": showing_suggestion,
                "promotions": self.promotions(),
            }
        )
        return context

    def _condition_options(self):
        from conditions.models import ConditionPage

        return ConditionPage.objects.live().public().order_by("title")

    def promotions(self):
        """Pages editors chose for this query; recorded as a hit for their report."""
        normalised = normalise_query_string(self.query)
        if normalised:
            Query.get(normalised).add_hit()
        promoted = SearchPromotion.objects.filter(
            query__query_string=normalised
        ).select_related("page")
        readable = set(
            Page.objects.live()
            .public()
            .filter(pk__in=[p.page_id for p in promoted if p.page_id])
            .values_list("pk", flat=True)
        )
        return [p for p in promoted if p.page_id in readable or not p.page_id]


def specific_in_order(page_obj):
    """The specific pages of one page of results, in relevance order, in few queries."""
    ids = [page.pk for page in page_obj]
    pages = Page.objects.filter(pk__in=ids).specific().prefetch_related("synonyms")
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]


def search(request):
    """Search conditions, mechanisms and articles, with synonyms and spelling help."""
    return render(request, "search/search.html", SiteSearch(request).context())


# Never served from a cache unchecked: a page made private or unpublished must
# leave the suggestions at once.
@cache_control(no_cache=True)
def suggest(request):
    """JSON suggestions (titles and synonyms) for what a reader has typed so far."""
    query, _ = clean_query(request.GET.get("q", ""), MAX_SUGGEST_LENGTH)
    suggestions = get_vocabulary().suggest(query) if query else []
    return JsonResponse(
        {
            "query": query,
            "suggestions": [
                {
                    "label": entry.label,
                    "title": entry.title,
                    "url": entry.url,
                    "type": entry.type_label,
                }
                for entry in suggestions
            ],
        }
    )
