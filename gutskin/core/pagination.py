"""Pagination that never fails on what a reader or a crawler puts in ?page=."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """Return the requested page; nonsense gives page 1, past the end the last page."""
    paginator = Paginator(items, per_page)
    try:
        number = int(request.GET.get("page", 1))
    except (TypeError, ValueError):
        number = 1
    number = min(max(number, 1), paginator.num_pages)
    return paginator.page(number)
