"""Find the page a URL names in one query, instead of one query per path segment.

Wagtail walks the tree one level at a time, two queries a level (the child by its
slug, then its specific type). Every page's full path is stored on it
(`url_path`), so the deepest page whose path starts the URL is found at once;
whatever follows it (a feed route on a routable page) is routed by that page.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.route
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page


def route_below(root, request, components):
    """The route to the page under `root` that the (non-empty) components name."""
    candidates = {
        f"{root.url_path}{'/'.join(components[:length])}/": length
        for length in range(len(components), 0, -1)
    }
    found = (
        # The slug is indexed; the full path then tells pages of one slug apart.
        Page.objects.filter(slug__in=components, url_path__in=candidates)
        .filter(path__startswith=root.path, depth__gt=root.depth)
        .order_by("-depth")
        .values_list("pk", "content_type_id", "url_path")
        .first()
    )
    if found is None:
        raise Http404
    pk, content_type_id, url_path = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    served = model.objects.select_related(*getattr(model, "served_with", ()))
    page = served.get(pk=pk)
    return page.route(request, components[candidates[url_path] :])
