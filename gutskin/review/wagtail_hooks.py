"""Admin for medical review: the due report, the dashboard counts and the history."""

import datetime

from django.urls import path, reverse
from django.utils.dateformat import format as format_date
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ReviewStatus
from .queries import review_counts
from .signals import REVIEW_CLEARED
from .views import MedicalReviewDueView


def can_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(
        user, ["add", "change", "publish"]
    )


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/medical-review/",
            MedicalReviewDueView.as_view(),
            name="medical_review_report",
        ),
        path(
            "reports/medical-review/results/",
            MedicalReviewDueView.as_view(results_only=True),
            name="medical_review_report_results",
        ),
    ]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_edit_pages(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReviewReportMenuItem(
        "Medical review due",
        reverse("medical_review_report"),
        name="medical-review-due",
        icon_name="warning",
        order=650,
    )


class MedicalReviewPanel(Component):
    """Dashboard counts of pages whose review is overdue or due soon."""

    name = "medical_review"
    template_name = "review/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        counts = review_counts()
        return {
            "overdue": counts[ReviewStatus.OVERDUE],
            "due_soon": counts[ReviewStatus.DUE_SOON],
            "not_reviewed": counts[ReviewStatus.NOT_REVIEWED],
            "current": counts[ReviewStatus.CURRENT],
            "report_url": reverse("medical_review_report"),
        }


@hooks.register("construct_homepage_panels")
def add_medical_review_panel(request, panels):
    if can_edit_pages(request.user):
        panels.append(MedicalReviewPanel())


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    @actions.register_action(REVIEW_CLEARED)
    class ReviewClearedFormatter(LogFormatter):
        label = "Medical review no longer applies"

        def format_message(self, log_entry):
            try:
                day = datetime.date.fromisoformat(log_entry.data["last_reviewed"])
            except (KeyError, TypeError, ValueError):
                return (
                    "Published without medical review: readers see that its "
                    "changes are not yet reviewed"
                )
            return (
                "Published without medical review: the review of "
                f"{format_date(day, 'j F Y')} no longer applies, and readers see "
                "that its changes are not yet reviewed"
            )
