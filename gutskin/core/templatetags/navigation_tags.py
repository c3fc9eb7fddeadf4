"""Navigation drawn from the page tree (gutskin.core.navigation) for the site's frame.

`{% site_nav %}` and `{% footer_nav %}` draw the header's and footer's links,
`{% section_page %}` and `{% site_root %}` give other templates a section to
link to. Links are written with pageurl, so a renamed section keeps them.
"""

from dataclasses import dataclass

from django import template
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page

from gutskin.core.navigation import ancestors, menu_label, parent, site_sections

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    """One section in a menu: its page, its label and its aria-current value."""

    page: Page
    label: str
    current: str | None


def current_for_page(section, context):
    """aria-current for a link to a section: "page" on it, "true" anywhere below it.

    On a Wagtail page the answer comes from the page's ancestors (treebeard's
    path, so no query); views that are not pages (topics, errors) are matched by
    their URL against the section's URL.
    """
    page = context.get("page")
    if isinstance(page, Page) and page.path:
        if page.pk == section.pk:
            return "page"
        return "true" if page.is_descendant_of(section) else None
    request = context.get("request")
    return current_for_url(request, section.get_url(request))


def current_for_url(request, url):
    """aria-current for a link to url, from the request's path."""
    if request is None or not url:
        return None
    if request.path == url:
        return "page"
    return "true" if request.path.startswith(url) else None


def menu_items(context):
    sections = site_sections(context.get("request"))
    return [
        MenuItem(page, menu_label(page), current_for_page(page, context))
        for page in sections.in_menus()
    ]


@register.filter
def trail(page):
    """The pages a breadcrumb lists above a page: home and the sections."""
    return ancestors(page)[1:]


@register.filter
def parent_page(page):
    """The page a page sits in, such as the article index an article is in."""
    return parent(page)


@register.filter
def page_url(page):
    """A page's URL, as `page.url` gives, for a filter chain."""
    return page.url if page is not None else ""


@register.inclusion_tag("includes/navigation/site_nav.html", takes_context=True)
def site_nav(context):
    """The header's main navigation: the sections in menus, then Topics."""
    request = context.get("request")
    return {
        "request": request,
        "items": menu_items(context),
        "topics_current": current_for_url(request, reverse("topic_index")),
    }


@register.inclusion_tag("includes/navigation/footer_nav.html", takes_context=True)
def footer_nav(context):
    """The footer's links: home, the sections in menus, and the finding aids."""
    request = context.get("request")
    return {
        "request": request,
        "root": site_sections(request).root,
        "items": menu_items(context),
    }


@register.simple_tag(takes_context=True)
def site_root(context):
    """The current site's home page: `{% site_root as home %}`."""
    return site_sections(context.get("request")).root


@register.simple_tag(takes_context=True)
def section_page(context, model_label):
    """The site's live section page of a type, or None.

    Use as `{% section_page "conditions.ConditionIndexPage" as conditions_index %}`.
    """
    sections = site_sections(context.get("request"))
    return sections.of_type(apps.get_model(model_label))
