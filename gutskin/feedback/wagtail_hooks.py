"""Admin for reader feedback: reviewers read it, mark it handled, export, delete."""

import django_filters
from django.contrib.auth import get_permission_codename, get_user_model
from django.utils.text import Truncator
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet

from gutskin.core.spreadsheets import spreadsheet_text

from .models import Feedback


def yes_no(value):
    return "Yes" if value else "No"


class ReaderFeedbackPolicy(ModelPermissionPolicy):
    """Only readers create feedback: the admin adds none, not even for superusers."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


# Registered before the viewset, which would otherwise create Wagtail's default
# policy for the model (see wagtail.permissions.register_permission_policy).
register_permission_policy(Feedback, ReaderFeedbackPolicy(Feedback))


def pages_with_feedback(request):
    return Page.objects.filter(pk__in=Feedback.objects.values("page")).order_by("title")


class FeedbackFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        queryset=pages_with_feedback, label="Page", empty_label="All pages"
    )

    class Meta:
        model = Feedback
        fields = ["handled", "helpful", "page"]


class FeedbackIndexView(IndexView):
    # Exports say Yes/No rather than True/False, and keep readers' text inert in
    # a spreadsheet (XLSX cells are already written as text by Wagtail).
    custom_field_preprocess = {
        "helpful": {"csv": yes_no, "xlsx": yes_no},
        "handled": {"csv": yes_no, "xlsx": yes_no},
        "comment": {"csv": spreadsheet_text},
    }


class FeedbackInspectView(InspectView):
    def get_helpful_display_value(self):
        return yes_no(self.object.helpful)

    def get_handled_display_value(self):
        return yes_no(self.object.handled)


class AnswerPanel(FieldPanel):
    """A yes/no field shown read-only as Yes or No."""

    def format_value_for_display(self, value):
        return yes_no(value)


class FeedbackViewSet(SnippetViewSet):
    """Readers' answers to "Was this page helpful?", newest first."""

    model = Feedback
    index_view_class = FeedbackIndexView
    inspect_view_class = FeedbackInspectView
    icon = "comment"
    menu_label = "Reader feedback"
    add_to_admin_menu = True
    menu_order = 320
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["page", "helpful", "comment", "created_at", "handled"]
    list_display = [
        "page",
        Column(
            "helpful",
            label="Helpful?",
            accessor=lambda feedback: yes_no(feedback.helpful),
            sort_key="helpful",
        ),
        Column(
            "comment",
            label="Comment",
            accessor=lambda feedback: Truncator(feedback.comment).chars(80),
        ),
        DateColumn("created_at", label="Sent", sort_key="created_at"),
        Column(
            "handled",
            label="Handled",
            accessor=lambda feedback: yes_no(feedback.handled),
            sort_key="handled",
        ),
    ]
    list_export = ["page", "helpful", "comment", "created_at", "handled"]
    export_filename = "reader-feedback"
    filterset_class = FeedbackFilterSet
    search_fields = ["comment"]
    search_backend_name = None
    ordering = "-created_at"
    # Everything but "handled" is what the reader sent, so reviewers only read it.
    panels = [
        FieldPanel("page", read_only=True),
        AnswerPanel("helpful", read_only=True),
        FieldPanel("comment", read_only=True),
        FieldPanel("created_at", read_only=True),
        FieldPanel("handled"),
    ]

    def get_queryset(self, request):
        return Feedback.objects.select_related("page")

    def get_permissions_to_register(self):
        # No group should be offered "add": the policy refuses it to everyone.
        add = get_permission_codename("add", self.model_opts)
        return super().get_permissions_to_register().exclude(codename=add)


register_snippet(FeedbackViewSet)
