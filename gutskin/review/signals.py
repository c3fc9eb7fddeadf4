"""After any publish: the revision says what the live page says about its review,
and a review that stopped applying is written in the page's history."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.dispatch import receiver
from modelcluster.models import get_field_value
from wagtail.log_actions import log
from wagtail.signals import page_published

from .models import MedicalReviewMixin
from .stamp import STAMP_FIELDS

REVIEW_CLEARED = "gutskin.review_cleared"


@receiver(page_published)
def record_review_on_publish(sender, instance, revision, **kwargs):
    # Sent for a page scheduled to go live too; that one is handled when it does.
    if not isinstance(instance, MedicalReviewMixin) or not instance.live:
        return
    _revision_matches_live_page(instance, revision)
    if instance.changes_awaiting_review:
        approved = instance.approved_content() or {}
        log(
            instance=instance,
            action=REVIEW_CLEARED,
            revision=revision,
            data={
                "approved_revision": instance.reviewed_revision_id,
                "last_reviewed": approved.get("last_reviewed"),
            },
        )


def _revision_matches_live_page(page, revision):
    """Later drafts start from the live revision, so it carries the live review."""
    stamp = {
        name: _as_json(get_field_value(page._meta.get_field(name), page))
        for name in STAMP_FIELDS
    }
    if any(revision.content.get(name) != value for name, value in stamp.items()):
        revision.content.update(stamp)
        revision.save(update_fields=["content"])


def _as_json(value):
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))
