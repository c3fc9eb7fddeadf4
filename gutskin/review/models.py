"""Who medically reviews pages, and the review dates every content page carries."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import GroupApprovalTask, Revision

from .dates import add_months, due_soon_limit
from .permissions import RolePermissionsMixin
from .stamp import STAMP_FIELDS, same_substance


class ReviewStatus(models.TextChoices):
    NOT_REVIEWED = "not-reviewed", "Not yet reviewed"
    OVERDUE = "overdue", "Review overdue"
    DUE_SOON = "due-soon", "Review due soon"
    CURRENT = "current", "Reviewed"


class MedicalReviewMixin(RolePermissionsMixin, models.Model):
    """Who last reviewed a page and when, and when it is next due.

    The reviewer and date are written only when a Medical reviewer approves the
    page in the "Medical review" workflow (see gutskin.review.workflow), so the
    editor shows them read-only to everyone. Every other way of publishing keeps
    them only while the page says what the approved revision said
    (``with_content_json`` below).
    """

    reviewed_by = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    # The revision the reviewer approved. The stamp above is true of the live page
    # only while what it says is what that revision said.
    reviewed_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    review_included_edits = models.BooleanField(
        "reviewer edited while approving",
        default=False,
        editable=False,
        help_text="The reviewer changed the page in the same step as approving it.",
    )
    review_self_approved = models.BooleanField(
        "approved by the person who submitted it",
        default=False,
        editable=False,
    )
    changes_awaiting_review = models.BooleanField(
        "published changes not yet reviewed",
        default=False,
        editable=False,
        help_text="Set when a page is published other than by approval.",
    )
    review_interval_months = models.PositiveSmallIntegerField(
        "review every (months)",
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text="How many months a review stays current (1 to 36).",
    )
    next_review_due = models.DateField(null=True, blank=True, editable=False)

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("reviewed_by", read_only=True),
                FieldPanel("last_reviewed", read_only=True),
                FieldPanel(
                    "review_interval_months",
                    permission="review.set_review_interval",
                ),
            ],
            heading="Medical review",
            help_text=(
                "Set when a Medical reviewer approves the page in the "
                "Medical review workflow."
            ),
        )
    ]

    # A copy is a page nobody has reviewed. Wagtail also blanks these fields in the
    # copied revisions (wagtail.actions.copy_page).
    exclude_fields_in_copy = [*STAMP_FIELDS, "reviewed_revision"]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.next_review_due = self.compute_next_review_due()
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """The page as a revision describes it, carrying only a review that is true.

        Wagtail builds a page from a revision here (``Revision.as_object``) before
        it publishes it, whichever way it is published (the Publish button,
        scheduled publishing, reverting, code), and before it previews it or opens
        it in the editor. ``self`` is the page as stored, whose
        ``reviewed_revision`` is the last approval. The revision keeps that review
        only if it says what the approved revision said; otherwise it goes out
        with no review and, if the page was ever approved, marked as changed since.
        """
        page = super().with_content_json(content)
        # The approval belongs to the page, like its lock: no revision brings back
        # an older one.
        page.reviewed_revision_id = self.reviewed_revision_id
        approved = self.approved_content()
        if approved is not None and same_substance(type(self), content, approved):
            page.take_review_from(approved)
        else:
            page.clear_review(awaiting=approved is not None)
        return page

    def approved_content(self):
        """The content of the revision a Medical reviewer last approved, if any."""
        if self.reviewed_revision_id is None:
            return None
        return (
            Revision.objects.filter(pk=self.reviewed_revision_id)
            .values_list("content", flat=True)
            .first()
        )

    def take_review_from(self, approved):
        from gutskin.people.models import Person

        reviewer = approved.get("reviewed_by")
        if reviewer is not None and not Person.objects.filter(pk=reviewer).exists():
            reviewer = None
        self.reviewed_by_id = reviewer
        self.last_reviewed = self._meta.get_field("last_reviewed").to_python(
            approved.get("last_reviewed")
        )
        self.review_included_edits = bool(approved.get("review_included_edits"))
        self.review_self_approved = bool(approved.get("review_self_approved"))
        self.changes_awaiting_review = False
        self.next_review_due = self.compute_next_review_due()

    def clear_review(self, awaiting):
        self.reviewed_by = None
        self.last_reviewed = None
        self.review_included_edits = False
        self.review_self_approved = False
        self.changes_awaiting_review = awaiting
        self.next_review_due = None

    def compute_next_review_due(self):
        if self.last_reviewed is None:
            return None
        return add_months(self.last_reviewed, self.review_interval_months)

    def review_status(self, today=None):
        today = today or timezone.localdate()
        due = self.compute_next_review_due()
        if due is None:
            return ReviewStatus.NOT_REVIEWED
        if due < today:
            return ReviewStatus.OVERDUE
        if due <= due_soon_limit(today):
            return ReviewStatus.DUE_SOON
        return ReviewStatus.CURRENT

    @property
    def review_overdue(self):
        return self.review_status() == ReviewStatus.OVERDUE


SELF_APPROVAL_NOTE = (
    "Approved by the person who submitted it (self-approval is allowed on this site)."
)


class MedicalReviewTask(GroupApprovalTask):
    """The "Medical reviewers approve" step: a reviewer approves someone else's work.

    Whoever submitted the page cannot approve it, unless the clinic has one
    reviewer and sets GUTSKIN_ALLOW_SELF_APPROVAL; then the approval is recorded
    as self-approved. Until another reviewer acts, the page is locked to its
    submitter, so what the second person approves is what was submitted.
    """

    class Meta:
        verbose_name = "medical review task"
        permissions = [
            ("set_review_interval", "Can set how often a page is medically reviewed"),
        ]

    @staticmethod
    def refuses(workflow_state, user):
        """Whether this approval would be the submitter approving their own page."""
        return (
            workflow_state is not None
            and workflow_state.requested_by_id is not None
            and workflow_state.requested_by_id == user.pk
            and not getattr(settings, "GUTSKIN_ALLOW_SELF_APPROVAL", False)
        )

    def get_actions(self, obj, user):
        if self.refuses(obj.current_workflow_state, user):
            return []
        return super().get_actions(obj, user)

    def locked_for_user(self, obj, user):
        return super().locked_for_user(obj, user) or self.refuses(
            obj.current_workflow_state, user
        )

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if getattr(settings, "GUTSKIN_ALLOW_SELF_APPROVAL", False):
            return states
        return states.exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            workflow_state = task_state.workflow_state
            if self.refuses(workflow_state, user):
                raise PermissionDenied(
                    "You submitted this page, so another Medical reviewer must "
                    "approve it."
                )
            if workflow_state.requested_by_id == user.pk:
                comment = kwargs.get("comment", "")
                kwargs["comment"] = f"{comment}\n\n{SELF_APPROVAL_NOTE}".strip()
        return super().on_action(task_state, user, action_name, **kwargs)
