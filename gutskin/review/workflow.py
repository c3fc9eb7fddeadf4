"""Publishing at the end of the "Medical review" workflow records the review.

Wagtail calls WAGTAIL_FINISH_WORKFLOW_ACTION when the last task is approved
(https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-finish-workflow-action).
The reviewer and date go into the revision being published, so the live page
and every later draft built from it carry them.
"""

from django.utils import timezone


def publish_reviewed(workflow_state, user=None):
    """Record who approved the page and when, then publish it."""
    # Imported here: Wagtail imports this function while its own models load.
    from .models import MedicalReviewMixin, Reviewer

    revision = workflow_state.content_object.get_latest_revision()
    if user is not None and issubclass(
        revision.content_type.model_class(), MedicalReviewMixin
    ):
        revision.content["reviewed_by"] = Reviewer.for_user(user).pk
        revision.content["last_reviewed"] = timezone.localdate().isoformat()
        revision.save(update_fields=["content"])
    revision.publish(user=user)
