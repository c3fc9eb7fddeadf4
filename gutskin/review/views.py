"""The "Medical review due" report in the Wagtail admin."""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page

from gutskin.core.spreadsheets import FormulaSafeExportMixin

from .models import ReviewStatus
from .queries import pages_needing_review


class ReviewDueFilterSet(WagtailFilterSet):
    review_state = django_filters.ChoiceFilter(
        label="Review status",
        choices=[
            (value, label)
            for value, label in ReviewStatus.choices
            if value != ReviewStatus.CURRENT
        ],
    )

    class Meta:
        model = Page
        fields = ["review_state"]


class StatusColumn(Column):
    def get_value(self, instance):
        return ReviewStatus(instance.review_state).label


class MedicalReviewDueView(FormulaSafeExportMixin, ReportView):
    """Live pages whose medical review is overdue, due within 30 days, or missing."""

    page_title = "Medical review due"
    header_icon = "warning"
    index_url_name = "medical_review_report"
    index_results_url_name = "medical_review_report_results"
    filterset_class = ReviewDueFilterSet
    model = Page
    any_permission_required = ["add", "change", "publish"]
    default_ordering = "review_due"
    columns = [
        TitleColumn(
            "title",
            label=_("Title"),
            url_name="wagtailadmin_pages:edit",
            sort_key="title",
        ),
        Column("type", accessor="content_type.name", label="Type"),
        StatusColumn("review_state", label="Status", sort_key="review_state"),
        DateColumn("reviewed_on", label="Last reviewed", sort_key="reviewed_on"),
        DateColumn("review_due", label="Next review due", sort_key="review_due"),
    ]
    list_export = ["title", "content_type", "review_state", "reviewed_on", "review_due"]
    export_headings = {
        "content_type": "Type",
        "review_state": "Status",
        "reviewed_on": "Last reviewed",
        "review_due": "Next review due",
    }
    export_filename = "medical-review-due"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = self.custom_field_preprocess.copy()
        for name, to_text in (
            ("content_type", get_content_type_label),
            ("review_state", lambda state: ReviewStatus(state).label),
        ):
            self.custom_field_preprocess[name] = {
                self.FORMAT_CSV: to_text,
                self.FORMAT_XLSX: to_text,
            }

    def get_base_queryset(self):
        return pages_needing_review()

    def order_queryset(self, queryset):
        # Never-reviewed pages have no due date: keep them at the urgent end.
        ordering = self.ordering or self.default_ordering
        descending = ordering.startswith("-")
        field = F(ordering.lstrip("-"))
        if descending:
            return queryset.order_by(field.desc(nulls_last=True), "title")
        return queryset.order_by(field.asc(nulls_first=True), "title")
