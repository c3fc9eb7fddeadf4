"""The site search's matches, best first, in one SQL query on PostgreSQL or SQLite.

The search reads the index that Wagtail's database backend keeps (modelsearch's
index entries), but not through `.search()`: on 10,000 pages that ranked every
match in a correlated subquery on SQLite (97 seconds for "gut"), matched the
concatenation of two tsvectors on PostgreSQL, which no index serves, and counted
the matches in a second query. Here one query matches through the full-text
indexes (FTS5 on SQLite, GIN on PostgreSQL), ranks the matches, counts them and
returns the page of them that the reader asked for, whatever its number.
https://www.sqlite.org/fts5.html#the_bm25_function
https://www.postgresql.org/docs/current/textsearch-controls.html#TEXTSEARCH-RANKING
"""

from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import (
    CharField,
    Count,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    Value,
    Window,
)
from django.db.models.functions import Cast, Least, RowNumber
from django.db.models.lookups import Lookup
from modelsearch.conf import get_app_config
from wagtail.search.backends import get_search_backend

# How much more a word in the title counts than one in the rest of the page,
# on SQLite (PostgreSQL weighs fields by their boosts, as modelsearch does).
SQLITE_TITLE_WEIGHT = 4.0


class RankedMatches(Sequence):
    """The matches on one page of results, standing in for all of them in Django's
    Paginator: their number is the count of every match."""

    def __init__(self, matches, count, start):
        self.matches = matches
        self.total = count
        self.start = start

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if isinstance(key, slice) and key.start == self.start:
            return self.matches
        raise IndexError("Only the page of results that was searched for is here.")


def ranked_matches(pages, models, terms, start, per_page):
    """One page of the pages of the given kinds among `pages` that match any of
    the terms, best first, as (page id, content type id) pairs, and how many
    match in all. A start past the last match gives the last page.

    Each term is a list of words that must all match, each word a list of
    spellings of which any may match: [[["yoghurt", "yogurt"], ["diet"]]].
    """
    terms = [[forms for forms in term if forms] for term in terms]
    terms = [term for term in terms if term]
    if not terms:
        return RankedMatches([], 0, 0)
    content_types = ContentType.objects.get_for_models(
        *models, for_concrete_models=False
    ).values()
    # Index entries name their object by its primary key as text.
    keys = pages.annotate(key=Cast("pk", CharField(max_length=50))).values("key")
    if connection.vendor == "postgresql":
        entries, page_id, descending = _postgres_matches(terms, content_types, keys)
    elif connection.vendor == "sqlite":
        entries, page_id, descending = _sqlite_matches(terms, content_types, keys)
    else:  # pragma: no cover (the site runs on PostgreSQL or SQLite)
        raise NotImplementedError(f"No ranked search on {connection.vendor}.")
    relevance = F("relevance").desc() if descending else F("relevance").asc()
    # One query gives the page and the count: the matches are numbered in rank
    # order, and the page's start is brought back to the last page if past it.
    entries = entries.annotate(
        position=Window(RowNumber(), order_by=[relevance, F("pk").desc()]),
        total=Window(Count("*")),
    )
    first = Least(Value(start), (F("total") - 1) / per_page * per_page)
    rows = list(
        entries.filter(position__gt=first, position__lte=first + per_page)
        .order_by("position")
        .values_list(Cast(page_id, IntegerField()), "content_type_id", "total")
    )
    if not rows:
        return RankedMatches([], 0, 0)
    count = rows[0][2]
    return RankedMatches(
        [(pk, content_type) for pk, content_type, _ in rows],
        count,
        min(start, (count - 1) // per_page * per_page),
    )


def index_entries():
    return get_app_config().get_model("IndexEntry")


def _postgres_matches(terms, content_types, keys):
    from django.contrib.postgres.search import SearchQuery, SearchRank
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    query = SearchQuery(
        tsquery(terms),
        search_type="raw",
        # The same text search configuration as the index was built with.
        config=getattr(get_search_backend(), "config", None),
    )
    weights = get_sql_weights()
    # Title and body are matched apart, each through its own GIN index; their
    # concatenation (what modelsearch matches) would be read row by row.
    entries = (
        index_entries()
        .objects.filter(Q(title=query) | Q(body=query))
        .filter(content_type__in=content_types, object_id__in=keys)
        .annotate(
            relevance=SearchRank(F("title"), query, weights=weights) * F("title_norm")
            + SearchRank(F("body"), query, weights=weights)
        )
    )
    return entries, "object_id", True


def tsquery(terms):
    """PostgreSQL's tsquery syntax for the terms; each word is quoted, so no
    reader's text is read as an operator, and stemmed by the configuration."""

    def lexeme(word):
        return "'{}'".format(word.replace("\\", "\\\\").replace("'", "''"))

    return " | ".join(
        "({})".format(
            " & ".join(
                "({})".format(" | ".join(lexeme(word) for word in forms))
                for forms in term
            )
        )
        for term in terms
    )


class FullTextMatch(Lookup):
    """`<fts table> MATCH <query>`: a lookup, so the WHERE clause has no `= true`,
    which SQLite refuses for MATCH."""

    lookup_name = "fts_match"

    def __init__(self, table, query):
        self.table = table
        self.query = query
        super().__init__(None, None)

    def as_sql(self, compiler, connection):
        return f'"{self.table}" MATCH %s', [self.query]


class BM25(Func):
    """FTS5's relevance of a match (lower is better), columns weighed apart:
    autocomplete, body and title, in the order the table declares them."""

    output_field = FloatField()

    def __init__(self, table):
        self.table = table
        super().__init__()

    def as_sql(self, compiler, connection, **extra_context):
        return (
            f'bm25("{self.table}", 0.0, 1.0, %s)',
            [SQLITE_TITLE_WEIGHT],
        )


def _sqlite_matches(terms, content_types, keys):
    fts_entries = get_app_config().get_model("SQLiteFTSIndexEntry")
    table = fts_entries._meta.db_table
    entries = (
        fts_entries.objects.filter(FullTextMatch(table, fts_query(terms)))
        .filter(
            index_entry__content_type__in=content_types,
            index_entry__object_id__in=keys,
        )
        .annotate(
            relevance=BM25(table),
            content_type_id=F("index_entry__content_type_id"),
        )
    )
    # bm25() is lower for better matches.
    return entries, "index_entry__object_id", False


def fts_query(terms):
    """An FTS5 query for the terms, over the title and body columns; each word is
    a quoted string, so nothing a reader types is read as FTS5 syntax."""

    def string(word):
        return '"{}"'.format(word.replace('"', '""'))

    alternatives = " OR ".join(
        "({})".format(
            " AND ".join(
                "({})".format(" OR ".join(string(word) for word in forms))
                for forms in term
            )
        )
        for term in terms
    )
    return f"{{title body}} : ({alternatives})"
