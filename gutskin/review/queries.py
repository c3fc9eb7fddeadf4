"""Review dates across every page type that carries them, as one page queryset."""

from django.db.models import Case, CharField, DateField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page

from gutskin.core.registry import patient_material_models

from .dates import due_soon_limit
from .models import ReviewStatus


def _field_across_types(models, name):
    values = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values(name)[:1])
        for model in models
    ]
    if len(values) == 1:
        return values[0]
    return Coalesce(*values, output_field=DateField())


def pages_with_review_dates(today=None):
    """Live pages of the reviewed types, annotated with review dates and status.

    Review fields live on each page type's own table; subqueries bring them onto
    one Page queryset so the report can sort, filter, paginate and export it.
    """
    today = today or timezone.localdate()
    # Every page type of patient material carries a medical review.
    models = patient_material_models()
    return (
        Page.objects.live()
        .type(*models)
        .annotate(
            review_due=_field_across_types(models, "next_review_due"),
            reviewed_on=_field_across_types(models, "last_reviewed"),
        )
        .annotate(
            review_state=Case(
                When(review_due__isnull=True, then=Value(ReviewStatus.NOT_REVIEWED)),
                When(review_due__lt=today, then=Value(ReviewStatus.OVERDUE)),
                When(
                    review_due__lte=due_soon_limit(today),
                    then=Value(ReviewStatus.DUE_SOON),
                ),
                default=Value(ReviewStatus.CURRENT),
                output_field=CharField(),
            )
        )
        .select_related("content_type")
    )


def pages_needing_review(today=None):
    """Overdue, due within 30 days, or never reviewed: soonest first."""
    return (
        pages_with_review_dates(today)
        .exclude(review_state=ReviewStatus.CURRENT)
        .order_by("review_due", "title")
    )


def review_counts(today=None):
    """How many live pages are in each review state."""
    counts = dict.fromkeys(ReviewStatus.values, 0)
    for state in pages_with_review_dates(today).values_list("review_state", flat=True):
        counts[state] += 1
    return counts
