"""Template helpers for a page's numbered references and the citations in its text."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from gutskin.references.citations import link_citations, numbered_references

register = template.Library()


@register.simple_tag
def page_references(page):
    """The page's references in the order they are numbered, or none for non-pages."""
    if not hasattr(page, "references"):
        return []
    return numbered_references(page)


@register.filter
def cite(html, page):
    """Rich text with its citation markers, such as [1], linked to the reference list.

    Numbers the list does not reach are marked as missing references, even on a
    page with no references at all. Use after |richtext:
    `{{ value|richtext|cite:page }}`.
    """
    # Escaping first means plain text passed in by mistake can never become markup.
    html = conditional_escape(html)
    if not hasattr(page, "references"):
        # Outside a page that can carry references there is nothing to cite.
        return html
    references = numbered_references(page)
    # Safe: the input was escaped above, and BeautifulSoup escapes the text it
    # writes back; the only markup added is the citation links and marks.
    return mark_safe(link_citations(html, len(references)))  # noqa: S308


@register.filter
def sentence(text):
    """Text ending in a full stop, unless it already ends in punctuation."""
    text = str(text).strip()
    return text if not text or text[-1] in ".?!" else f"{text}."
