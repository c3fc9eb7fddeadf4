"""The search backend: Wagtail's database backend, with the words of a query capped.

The database backends nest one expression per word of a query (SQLite FTS5 and
PostgreSQL full-text search alike), and compiling that recurses as deep: about 150
words exhaust Python's recursion limit on PostgreSQL, about 450 on SQLite. The
content API's search, the admin's page search and its choosers go through the
backend, so the cap lives here, set by WAGTAILSEARCH_BACKENDS. (The site's search
page reads the same index through ranking.py, which builds no nested expressions;
its views cap the words a reader types.)
https://docs.wagtail.org/en/stable/topics/search/backends.html
"""

import copy
from functools import cache

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

# More words than anyone types to find a page; the rest are dropped.
MAX_SEARCH_WORDS = 32


def cap_words(query, limit=MAX_SEARCH_WORDS):
    """The query with at most `limit` words in each term and `limit` terms in
    each combination, as a string or a wagtail.search.query object."""
    if isinstance(query, str):
        words = query.split()
        return " ".join(words[:limit]) if len(words) > limit else query
    capped = copy.copy(query)
    if isinstance(getattr(query, "query_string", None), str):  # PlainText, Phrase…
        capped.query_string = cap_words(query.query_string, limit)
    if isinstance(getattr(query, "subqueries", None), list | tuple):  # And, Or
        capped.subqueries = [cap_words(sub, limit) for sub in query.subqueries[:limit]]
    if getattr(query, "subquery", None) is not None:  # Not, Boost
        capped.subquery = cap_words(query.subquery, limit)
    return capped


class WordCapMixin:
    """Caps every search and autocomplete query before it is compiled."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(
            query_compiler_class, cap_words(query), model_or_queryset, **kwargs
        )


@cache
def with_word_cap(backend_class):
    return type(
        backend_class.__name__,
        (WordCapMixin, backend_class),
        {"__module__": __name__, "__doc__": backend_class.__doc__},
    )


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks a backend up by)
    """The database backend Wagtail picks for this database, with words capped."""
    # Wagtail chooses the class by database vendor (and SQLite's FTS5 support).
    backend_class = type(DatabaseSearchBackend(params))
    return with_word_cap(backend_class)(params)
