"""Publishing at the end of the "Medical review" workflow records the review.

Wagtail calls WAGTAIL_FINISH_WORKFLOW_ACTION when the last task is approved
(https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-finish-workflow-action).
It is the only code that writes a review: the reviewer, the date and how the
approval was given go into the approved revision, and the page records that
revision as its approval. Publishing then keeps the review because the revision
is the approved one (MedicalReviewMixin.with_content_json); every later draft
keeps it only while it says the same.
"""

from django.core.exceptions import PermissionDenied
from django.utils import timezone


def publish_reviewed(workflow_state, user=None):
    """Record who approved the page and how, then publish it."""
    # Imported here: Wagtail imports this function while its own models load.
    from wagtail.models import Revision

    from .models import MedicalReviewMixin, MedicalReviewTask

    page = workflow_state.content_object.specific
    revision = page.get_latest_revision()
    if user is not None and isinstance(page, MedicalReviewMixin):
        # The task refuses this already; this is the last guard, and it undoes
        # the approval with it (WorkflowState.finish runs in one transaction).
        if MedicalReviewTask.refuses(workflow_state, user):
            raise PermissionDenied(
                "You submitted this page, so another Medical reviewer must approve it."
            )
        record_approval(page, revision, workflow_state, user)
        # A fresh copy: the page it publishes from must be the one just updated.
        revision = Revision.objects.get(pk=revision.pk)
    revision.publish(user=user)


def record_approval(page, revision, workflow_state, user):
    from gutskin.people.models import Person

    first_task = workflow_state.task_states.order_by("pk").first()
    submitted_revision = first_task.revision_id if first_task else revision.pk
    revision.content.update(
        reviewed_by=Person.for_user(user).pk,
        last_reviewed=timezone.localdate().isoformat(),
        reviewed_revision=revision.pk,
        # The edit view's "Approve" saves the reviewer's changes as a new revision
        # first; a reviewer may also have edited while the page was sent back.
        review_included_edits=page.revisions.filter(
            user=user, pk__gt=submitted_revision, pk__lte=revision.pk
        ).exists(),
        review_self_approved=workflow_state.requested_by_id == user.pk,
        changes_awaiting_review=False,
    )
    revision.save(update_fields=["content"])
    type(page).objects.filter(pk=page.pk).update(reviewed_revision=revision)
