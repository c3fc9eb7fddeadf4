"""Which page types publish patient material, asked for in one place.

A page type says so itself with `publishes_patient_material = True` (the content
page base sets it), so the reports, search, people's profiles and anything else
that lists patient material find new page types without a list of their own,
and without importing the apps that define them.
"""

import functools

from django.apps import apps
from wagtail.models import get_page_models


@functools.cache
def patient_material_models():
    """The concrete page types that publish patient material, in `type_order`.

    The search page offers its type filter in this order. Cached once the models
    are loaded: page types cannot change while the process runs.
    """
    apps.check_models_ready()
    models = [
        model
        for model in get_page_models()
        if getattr(model, "publishes_patient_material", False)
        and not model._meta.abstract
    ]
    return tuple(
        sorted(models, key=lambda model: (model.type_order, model._meta.label))
    )


def specific_in_order(pages):
    """The specific pages for some plain pages of patient material, in order.

    One query per page type, each asked whether or not it is among the pages
    (`.specific()` asks only the types present), so a listing runs the same
    number of queries whatever mix of types a page of results holds.
    """
    ids = [page.pk for page in pages]
    found = {}
    for model in patient_material_models():
        found.update(
            model.objects.filter(pk__in=ids).select_related("author").in_bulk()
        )
    return [found[pk] for pk in ids if pk in found]
