"""The read-only "Writing checks" panel on every content page's edit form."""

from wagtail.admin.panels import Panel

from .checks import READING_GRADE_TARGET, check_page


class WritingChecksPanel(Panel):
    """Shows the writing checks for the page being edited; it has no form fields.

    The edit view binds the panel to the latest draft, so the checks describe the
    page as last saved; on the create view the page is new and still empty.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "checks/writing_checks_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["checks"] = check_page(self.instance)
            context["target_grade"] = READING_GRADE_TARGET
            return context
