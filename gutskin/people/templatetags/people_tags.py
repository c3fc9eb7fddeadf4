"""Template helpers for profile pages: their schema.org JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from gutskin.people.structured_data import profile_graph

register = template.Library()

# As in gutskin.core.templatetags.seo_tags: the characters that could end the
# script element or open a comment inside it, as JSON escapes, so nothing typed
# into a name or biography can break out of the JSON-LD.
SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
}


@register.simple_tag(takes_context=True)
def profile_json_ld(context, person):
    """The profile's ProfilePage in a JSON-LD script: `{% profile_json_ld person %}`."""
    data = profile_graph(person, context.get("request"))
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # Safe: every <, > and & is escaped above; nothing else in JSON can
        # end a script element.
        mark_safe(text.translate(SCRIPT_ESCAPES)),  # noqa: S308
    )
