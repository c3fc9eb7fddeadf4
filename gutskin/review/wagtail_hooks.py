"""Admin for medical review: reviewers, the due report and the dashboard counts."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Reviewer, ReviewStatus
from .queries import review_counts
from .views import MedicalReviewDueView


def can_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(
        user, ["add", "change", "publish"]
    )


class ReviewerViewSet(SnippetViewSet):
    """The clinicians named as medical reviewers on pages."""

    model = Reviewer
    icon = "user"
    menu_label = "Reviewers"
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "credentials", "registration_number", "user"]
    search_fields = ["name", "credentials"]
    search_backend_name = None


register_snippet(ReviewerViewSet)


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
