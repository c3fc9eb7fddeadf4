"""Template helpers for what search engines and link previews read about a page."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from gutskin.core import structured_data

register = template.Library()

# The characters that could end the script element or open a comment inside it,
# written as JSON escapes the way django.utils.html.json_script writes them, so
# no title or summary an editor types can break out of the JSON-LD.
SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
}


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """The page's schema.org description in a JSON-LD script, or nothing for non-pages.

    Use in <head>: `{% json_ld page %}`.
    """
    data = structured_data.json_ld(page, context.get("request"))
    if data is None:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # Safe: every <, > and & is escaped above; nothing else in JSON can
        # end a script element.
        mark_safe(text.translate(SCRIPT_ESCAPES)),  # noqa: S308
    )


@register.simple_tag(takes_context=True)
def sharing_metadata(context, page):
    """Open Graph and Twitter card values, or None for views without a page.

    Use as `{% sharing_metadata page as share %}`.
    """
    return structured_data.sharing_metadata(page, context.get("request"))
