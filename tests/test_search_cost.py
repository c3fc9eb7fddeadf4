"""The search results page costs the same few queries however many articles there
are, and counts a query for the promotions report without writing each time."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import QueryDailyHits

from gutskin.search.hits import forget_counted

from .factories import ArticlePageFactory, ConditionPageFactory, MechanismPageFactory
from .test_search import result_urls, search

BUDGET = 12


@pytest.fixture(autouse=True)
def fresh_hit_counts():
    forget_counted()
    yield
    forget_counted()


def queries_for(client, query, **params):
    """The SQL a search runs once what it keeps per process is warm."""
    search(client, query, **params)
    with CaptureQueriesContext(connection) as captured:
        search(client, query, **params)
    return [entry["sql"] for entry in captured.captured_queries]


def add_articles(parent, count):
    start = parent.get_children().count()
    for number in range(start, start + count):
        ArticlePageFactory(
            parent=parent, title=f"Notes {number}", summary="Kefir tips."
        )


@pytest.mark.parametrize(
    "params",
    [{}, {"type": "article"}, {"condition": "kefir"}, {"page": "3"}],
    ids=["plain", "by type", "by condition", "page 3"],
)
def test_results_page_queries_do_not_grow_with_the_articles(client, site_tree, params):
    # Every results page shows a condition, a mechanism and articles.
    ConditionPageFactory(
        parent=site_tree.conditions, title="Kefir", slug="kefir", summary="Kefir."
    )
    MechanismPageFactory(parent=site_tree.mechanisms, title="Kefir and the gut")
    add_articles(site_tree.articles, 3)
    few = queries_for(client, "kefir", **params)
    add_articles(site_tree.articles, 40)
    many = queries_for(client, "kefir", **params)
    assert len(few) == len(many) <= BUDGET, many


def test_a_misspelling_costs_one_more_search_not_more_per_article(client, site_tree):
    ConditionPageFactory(parent=site_tree.conditions, title="Eczema")
    add_articles(site_tree.articles, 3)
    few = queries_for(client, "excema")
    add_articles(site_tree.articles, 30)
    many = queries_for(client, "excema")
    assert len(few) == len(many) <= BUDGET, many


def test_a_query_is_counted_once_a_day_without_writing_again(client, site_tree):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.UTC)):
        search(client, "Kefir")
        with CaptureQueriesContext(connection) as captured:
            search(client, "kefir")
            search(client, " KEFIR ")
        writes = [
            entry["sql"]
            for entry in captured.captured_queries
            if entry["sql"].startswith(("INSERT", "UPDATE"))
        ]
        assert writes == []
    with time_machine.travel(datetime.datetime(2026, 3, 3, 12, tzinfo=datetime.UTC)):
        search(client, "kefir")
    hits = QueryDailyHits.objects.filter(query__query_string="kefir")
    assert sorted(hits.values_list("date", "hits")) == [
        (datetime.date(2026, 3, 2), 1),
        (datetime.date(2026, 3, 3), 1),
    ]


def test_a_page_past_the_end_shows_the_last_page(client, site_tree):
    add_articles(site_tree.articles, 23)
    response = search(client, "kefir", page="99")
    assert response.context["results"].number == 3
    assert len(result_urls(response)) == 3
    assert b"Page 3 of 3" in response.content
    every = [
        url
        for number in (1, 2, 3)
        for url in result_urls(search(client, "kefir", page=str(number)))
    ]
    assert len(set(every)) == 23
