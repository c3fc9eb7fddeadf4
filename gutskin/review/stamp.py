"""Whether a page's medical review still describes what readers see.

A review is a statement about one revision: the one a Medical reviewer approved
(``MedicalReviewMixin.reviewed_revision``). Another revision keeps the review only
when its substance, everything a reader reads, is the same as that revision's.
Only the fields below are left out of the comparison; a field nobody listed, such
as one added next year, counts as substance, so the mistake it can cause is a
review cleared too often, never a review kept on changed text.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.fields import RichTextField, StreamField

# The review itself, stored on the page.
STAMP_FIELDS = (
    "reviewed_by",
    "last_reviewed",
    "review_included_edits",
    "review_self_approved",
    "changes_awaiting_review",
    "next_review_due",
)

NOT_SUBSTANCE = frozenset(
    {
        # Wagtail's bookkeeping for the page and its tree.
        "pk",
        "id",
        "path",
        "depth",
        "numchild",
        "url_path",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "latest_revision_created_at",
        "latest_revision",
        "live_revision",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "draft_title",
        "go_live_at",
        "expire_at",
        "expired",
        "content_type",
        "translation_key",
        "locale",
        "alias_of",
        "comments",
        "wagtail_admin_comments",
        # How the page is promoted and addressed, not what it says.
        "slug",
        "seo_title",
        "search_description",
        "show_in_menus",
        # The review and its schedule.
        *STAMP_FIELDS,
        "reviewed_revision",
        "review_interval_months",
    }
)

# Keys of an inline child (a reference, a mechanism link, a tag) that identify the
# row rather than say anything; the parental key is added per relation.
CHILD_BOOKKEEPING = frozenset({"pk", "id"})
# The rich text editor's own paragraph keys, which readers never see.
BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')


def substance(model, content):
    """The part of a revision's content that readers read, in a comparable form."""
    child_relations = {
        relation.get_accessor_name(): relation.field.name
        for relation in get_all_child_relations(model)
    }
    fields = {field.name: field for field in model._meta.get_fields()}
    # A revision just saved still holds dates and the like, not their JSON text.
    content = json.loads(json.dumps(content, cls=DjangoJSONEncoder))
    result = {}
    for key, value in content.items():
        if key in NOT_SUBSTANCE:
            continue
        field = fields.get(key)
        if key in child_relations and isinstance(value, list):
            value = _children(value, ignore=CHILD_BOOKKEEPING | {child_relations[key]})
        elif isinstance(field, ParentalManyToManyField) and isinstance(value, list):
            value = sorted(value, key=str)
        elif isinstance(field, StreamField) and isinstance(value, str):
            value = _stream(_json_or_text(value))
        elif isinstance(field, RichTextField) and isinstance(value, str):
            value = BLOCK_KEY.sub("", value)
        result[key] = value
    return result


def same_substance(model, content, other_content):
    return substance(model, content) == substance(model, other_content)


def _children(rows, ignore):
    kept = [
        {key: value for key, value in row.items() if key not in ignore}
        for row in rows
        if isinstance(row, dict)
    ]
    if all("sort_order" in row for row in kept):
        return sorted(
            kept, key=lambda row: (row["sort_order"] is None, row["sort_order"] or 0)
        )
    # Rows without an order (tags) are a set: the database returns them in any order.
    return sorted(kept, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def _stream(value):
    """A StreamField's blocks without their ids and the editor's paragraph keys."""
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    if isinstance(value, list):
        return [_stream(item) for item in value]
    if isinstance(value, dict):
        is_block = (
            "type" in value
            and "value" in value
            and set(value)
            <= {
                "type",
                "value",
                "id",
            }
        )
        return {
            key: _stream(item)
            for key, item in value.items()
            if not (is_block and key == "id")
        }
    return value


def _json_or_text(value):
    try:
        return json.loads(value)
    except ValueError:
        return value
