"""One page in a listing, drawn by the card template of its page type."""

from django import template

register = template.Library()

GENERIC_CARD = "includes/cards/page.html"


def card_templates(page):
    """The card templates to try for a page: its type's own, then the generic one."""
    model = page.specific_class
    if model is None:
        return [GENERIC_CARD]
    meta = model._meta
    return [f"includes/cards/{meta.app_label}_{meta.model_name}.html", GENERIC_CARD]


@register.simple_tag(takes_context=True)
def page_card(context, page, **options):
    """Render `page` as a card: `{% page_card item heading_level=2 show_type=True %}`.

    Options: heading_level=2 when the list sits straight under the h1 (default h3),
    show_type=True to label the page's type, show_aliases=True for other names
    (prefetch the synonyms), hide_author=True where authors were not fetched.
    """
    card = context.template.engine.select_template(card_templates(page))
    return card.render(
        context.new({"request": context.get("request"), "item": page, **options})
    )
