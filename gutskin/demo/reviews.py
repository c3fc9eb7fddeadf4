"""The demo's medical reviews, made the way clinic staff make them.

Every demo page is submitted to the "Medical review" workflow by the demo editor
and approved by a demo reviewer, a different person, through Wagtail's workflow
API (https://docs.wagtail.org/en/stable/extending/custom_tasks.html). Approval
runs gutskin.review.workflow.publish_reviewed, as it does in the admin, so the
review stamp, the approved revision and the publication are the site's own.

Only the dates are the demo's: a review made by the loader is dated back to the
day the demo says it happened (most a few weeks or months ago, one more than a
year ago so that it shows as overdue), because a whole site reviewed "today" is
neither realistic nor what "Updated" should ever say.
"""

import datetime

from django.utils import timezone
from wagtail.models import WorkflowState

from gutskin.review.dates import add_months

# The hour of day a back-dated review and publication are recorded at.
REVIEW_HOUR = datetime.time(10, 0)


class ReviewError(Exception):
    """The workflow did not let the demo's review through."""


def in_review(page):
    """Whether the page has a workflow in progress (or sent back for changes)."""
    return WorkflowState.objects.active().for_instance(page).exists()


def submit_and_approve(page, editor, reviewer):
    """Submit the page's latest revision as `editor`; approve it as `reviewer`."""
    workflow = page.get_workflow()
    if workflow is None:
        raise ReviewError(
            f"{page.url_path} is not covered by a workflow; the demo's pages are "
            "reviewed in the Medical review workflow."
        )
    state = workflow.start(page, editor)
    # One approval per task: the Medical review workflow has one.
    while state.status == WorkflowState.STATUS_IN_PROGRESS:
        task_state = state.current_task_state.specific
        task_state.task.specific.on_action(task_state, reviewer, "approve")
        state.refresh_from_db()
    if state.status != WorkflowState.STATUS_APPROVED:
        raise ReviewError(f"The review of {page.url_path} ended as {state.status}.")


def submit(page, editor):
    """Send the page's latest revision for review and leave it waiting there."""
    page.get_workflow().start(page, editor)


def date_review(page, reviewed_on, first_published):
    """Date the approval just made, and its publication, on the demo's review day.

    The approval itself ran today, through the workflow. The loader then moves its
    date back: on the page (what readers see) and in the approved revision (what
    every later draft and publication is built from), so the two agree. The next
    review falls due the usual interval after that day.
    """
    page = type(page).objects.get(pk=page.pk)
    due = add_months(reviewed_on, page.review_interval_months)
    published = _at(max(reviewed_on, first_published))
    type(page).objects.filter(pk=page.pk).update(
        last_reviewed=reviewed_on,
        next_review_due=due,
        first_published_at=_at(first_published),
        last_published_at=published,
    )
    revision = page.live_revision
    revision.content.update(
        last_reviewed=reviewed_on.isoformat(), next_review_due=due.isoformat()
    )
    revision.save(update_fields=["content"])


def _at(day):
    return timezone.make_aware(datetime.datetime.combine(day, REVIEW_HOUR))
