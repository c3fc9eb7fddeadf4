"""Topic pages: every tag in use, and everything that carries one."""

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import render
from taggit.models import Tag
from wagtail.models import Page

from gutskin.core.pagination import paginate
from gutskin.core.privacy import readable
from gutskin.core.querystring import clean_lookup
from gutskin.core.registry import specific_in_order

TOPIC_PAGE_SIZE = 30


def readable_pages():
    return readable(Page.objects.all())


def tags_in_use():
    """Tags on at least one live public page, with how many such pages carry each."""
    pages = Q(taxonomy_taggedpage_items__content_object__in=readable_pages())
    return (
        # A tag without a slug has no address to link to (signals.py gives every
        # new tag one; a migration repaired older ones), so it is never listed.
        Tag.objects.exclude(slug="")
        .annotate(
            page_count=Count("taxonomy_taggedpage_items", filter=pages, distinct=True)
        )
        .filter(page_count__gt=0)
        .order_by("name")
    )


def topic_index(request):
    """All topics readers can browse, with counts."""
    return render(request, "taxonomy/topic_index.html", {"topics": tags_in_use()})


def topic_detail(request, slug):
    """Conditions, mechanisms and articles that share one topic, labelled by type."""
    slug = clean_lookup(slug)
    tag = tags_in_use().filter(slug=slug).first() if slug else None
    if tag is None:
        raise Http404("No published page carries this topic.")
    pages = (
        readable_pages().filter(tagged_items__tag=tag).order_by("content_type", "title")
    )
    listed = paginate(request, pages, TOPIC_PAGE_SIZE)
    listed.object_list = specific_in_order(listed.object_list)
    return render(
        request, "taxonomy/topic_detail.html", {"topic": tag, "pages": listed}
    )
