"""Searches counted for the search promotions report, with few writes.

Wagtail's report counts a query's searches per day (QueryDailyHits), which costs
three queries, one of them a write, on every search. Each worker process counts
a query at most once a day instead: the report still shows which queries readers
use on which days, and a search never waits for a write it already made.
https://docs.wagtail.org/en/stable/reference/contrib/searchpromotions.html
"""

import threading

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

# Forgotten when it grows this large, so a crawler's stream of distinct queries
# cannot grow a worker's memory; some queries are then counted twice in a day.
MAX_REMEMBERED = 10_000

_lock = threading.Lock()
_day = None
_counted = set()


def record_hit(normalised_query):
    """Count the query for today, unless this process already has."""
    global _day
    today = timezone.localdate()
    with _lock:
        if today != _day or len(_counted) >= MAX_REMEMBERED:
            _day = today
            _counted.clear()
        if normalised_query in _counted:
            return
        _counted.add(normalised_query)
    Query.get(normalised_query).add_hit(date=today)


def forget_counted():
    """Count every query again, as a new process would (for tests)."""
    global _day
    with _lock:
        _day = None
        _counted.clear()
