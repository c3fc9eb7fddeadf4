"""Admin for writing checks: the "Reading level" report in the Reports menu."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .views import ReadingLevelReportView


class ReadingLevelMenuItem(MenuItem):
    """Shown to the editors the report lets in: anyone who can work on pages."""

    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ReadingLevelReportView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def register_reading_level_menu_item():
    return ReadingLevelMenuItem(
        "Reading level",
        reverse("checks_reading_level"),
        name="reading-level",
        icon_name=ReadingLevelReportView.header_icon,
        order=1150,
    )


@hooks.register("register_admin_urls")
def register_reading_level_urls():
    return [
        path(
            "reports/reading-level/",
            ReadingLevelReportView.as_view(),
            name="checks_reading_level",
        ),
        path(
            "reports/reading-level/results/",
            ReadingLevelReportView.as_view(results_only=True),
            name="checks_reading_level_results",
        ),
    ]
