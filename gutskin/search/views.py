"""Site search and the search box's suggestions."""

import re
from dataclasses import dataclass

from django.db.models import F, Q, TextField, Value, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.functional import cached_property
from django.views.decorators.cache import cache_control
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from gutskin.core.pagination import paginate
from gutskin.core.privacy import readable
from gutskin.core.querystring import clean_text, lookup_param

from .backend import MAX_SEARCH_WORDS
from .highlight import highlight, highlight_pattern
from .hits import record_hit
from .ranking import ranked_matches
from .spellings import spellings
from .vocabulary import content_page_types, get_vocabulary, words_of

MAX_QUERY_LENGTH = 200
MAX_SUGGEST_LENGTH = 100
RESULTS_PER_PAGE = 10
MAX_PAGE_NUMBER = 1_000_000


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
        self.condition_options = self._condition_options()
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

    def _condition_options(self):
        from conditions.models import ConditionPage

        pages = ConditionPage.objects.defer_streamfields().order_by("title")
        return list(readable(pages))

    def _choose_condition(self, slug):
        if slug == "":
            return None
        # The form lists every condition a reader may choose, so the chosen one
        # is among them (None: a value no slug can match, such as one with a NUL).
        condition = next(
            (option for option in self.condition_options if option.slug == slug),
            None,
        )
        if condition is None:
            self.messages.append(
                "We couldn't find that condition, so results for every condition "
                "are shown."
            )
        return condition

    def candidates(self):
        """Pages readers may see, about the chosen condition."""
        pages = readable(Page.objects.all())
        if self.condition is not None:
            pages = pages.filter(self._about_condition(self.condition))
        return pages

    @staticmethod
    def _about_condition(condition):
        from articles.models import ArticlePage
        from conditions.models import MechanismPage

        # Subqueries, so the filter costs no queries of its own.
        return (
            Q(pk=condition.pk)
            | Q(pk__in=ArticlePage.objects.filter(conditions=condition).values("pk"))
            | Q(
                pk__in=MechanismPage.objects.filter(
                    condition_mechanism_links__condition=condition
                ).values("pk")
            )
        )

    def run(self, query):
        """The requested page of the pages matching the query or any
        synonym-swapped form of it, each word in any of its spellings, best
        first; and the forms searched for."""
        variants = self.vocabulary.expand(query)
        # Only words (letters and digits) reach the index: quotes and other
        # full-text syntax in a reader's query must not be read as query
        # operators (SQLite FTS5 fails on an unbalanced quote). A variant may
        # have no words left (a synonym such as "++" or a lone backslash): it is
        # skipped.
        terms = [
            [spellings(word) for word in re.findall(r"[^\W_]+", variant)]
            for variant in variants
        ]
        matches = ranked_matches(
            self.candidates(),
            self.models,
            terms,
            start=(self.page_number() - 1) * RESULTS_PER_PAGE,
            per_page=RESULTS_PER_PAGE,
        )
        searched = [" ".join(forms) for term in terms for forms in term]
        return matches, [*variants, *searched]

    def page_number(self):
        """The page of results asked for, as `paginate` reads it: nonsense is 1."""
        try:
            number = int(self.request.GET.get("page", 1))
        except (TypeError, ValueError):
            return 1
        # Past the last page is the last page; a bound keeps the number an
        # integer that every database takes.
        return min(max(number, 1), MAX_PAGE_NUMBER)

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
            "condition_options": self.condition_options,
            "max_query_length": MAX_QUERY_LENGTH,
            "max_query_words": MAX_SEARCH_WORDS,
            "hide_header_search": True,
        }
        if not words_of(self.query):
            return context
        matches, searched = self.run(self.query)
        suggestion = None
        if not matches:
            # Nothing on the site has these words, so one the site's vocabulary
            # does not know either may be misspelt; a correction is offered
            # only if it finds something, and its results are shown.
            suggestion = self.vocabulary.spelling_suggestion(self.query)
            if suggestion:
                matches, searched = self.run(suggestion)
                if not matches:
                    suggestion = None
        page_obj = paginate(self.request, matches, RESULTS_PER_PAGE)
        pattern = highlight_pattern(searched)
        context.update(
            {
                "results": page_obj,
                "result_items": [
                    Result(page, pattern) for page in result_pages(page_obj)
                ],
                "suggestion": suggestion,
                "showing_suggestion": suggestion is not None,
                "promotions": self.promotions(),
            }
        )
        return context

    def promotions(self):
        """Pages editors chose for this query, if readers may see them; the
        search is counted for the editors' report."""
        normalised = normalise_query_string(self.query)
        if normalised:
            record_hit(normalised)
        return list(
            SearchPromotion.objects.filter(query__query_string=normalised)
            .filter(
                Q(page__isnull=True)
                | Q(page__in=readable(Page.objects.all()).values("pk"))
            )
            .select_related("page")
        )


def result_pages(page_obj):
    """The pages of one page of results, in relevance order, each with its summary
    and synonyms: two queries, whatever the pages' number and types."""
    ids = [page_id for page_id, _ in page_obj]
    summaries = [
        F(f"{lookup_from_page(model)}__summary") for model in content_page_types()
    ]
    pages = Page.objects.filter(pk__in=ids).annotate(
        summary=Coalesce(*summaries, Value(""), output_field=TextField())
    )
    # Each page as its own type, built from what was read: its other fields are
    # left unread (a result shows none of them), so this costs no queries.
    by_id = {page.pk: page.specific_deferred for page in pages}
    found = [by_id[page_id] for page_id in ids if page_id in by_id]
    prefetch_related_objects(found, "synonyms")
    return found


def lookup_from_page(model):
    """The lookup from a Page to its row of a page type, such as "articlepage"."""
    between = model._meta.get_base_chain(Page)[:-1]
    return "__".join(m._meta.model_name for m in [*reversed(between), model])


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
