"""The "Reading level" report: content pages that read above the target grade."""

from wagtail.admin.views.reports import PageReportView
from wagtail.models import Revision

from gutskin.core.registry import patient_material_models
from gutskin.core.spreadsheets import FormulaSafeExportMixin

from .checks import READING_GRADE_TARGET, draft_for_checks, page_text, reading_grade


class ReadingLevelReportView(FormulaSafeExportMixin, PageReportView):
    """Live and draft content pages above the target reading grade, hardest first."""

    page_title = "Reading level"
    header_icon = "glasses"
    results_template_name = "checks/reading_level_report_results.html"
    index_url_name = "checks_reading_level"
    index_results_url_name = "checks_reading_level_results"
    any_permission_required = ["add", "change", "publish"]
    export_filename = "reading-level"
    target_grade = READING_GRADE_TARGET
    list_export = [
        "get_admin_display_title",
        "type_label",
        "status_string",
        "reading_grade",
    ]
    # The report lists pages rather than a queryset, so every heading is given here.
    export_headings = {
        "get_admin_display_title": "Title",
        "type_label": "Type",
        "status_string": "Status",
        "reading_grade": "Reading grade",
    }

    def get_queryset(self):
        pages = list(
            self.permission_policy.instances_user_has_permission_for(
                self.request.user, "change"
            )
            .type(*patient_material_models())
            .annotate_approved_schedule()
            .specific()
            .prefetch_workflow_states()
        )
        # Grade what the editor last saved, as the edit form's checks panel does:
        # a page with unpublished changes is graded on its latest draft. The drafts
        # come in one query, read as text only rather than as whole pages.
        drafts = Revision.objects.in_bulk(
            [page.latest_revision_id for page in pages if page.has_unpublished_changes]
        )
        above_target = []
        for page in pages:
            draft = drafts.get(page.latest_revision_id)
            as_saved = draft_for_checks(type(page), draft.content) if draft else page
            page.reading_grade = grade = reading_grade(page_text(as_saved))
            if grade is not None and grade > self.target_grade:
                above_target.append(page)
        return sorted(
            above_target, key=lambda page: (-page.reading_grade, page.draft_title)
        )
