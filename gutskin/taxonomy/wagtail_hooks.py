"""Admin for the shared vocabularies: topics (tags) and synonyms, with people."""

from django.urls import path
from django.views.generic import RedirectView
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from gutskin.people.wagtail_hooks import PersonViewSet

from .models import Synonym


class TopicViewSet(SnippetViewSet):
    """Topics are the site-wide tags; renaming one renames it on every page."""

    model = Tag
    icon = "tag"
    menu_label = "Topics"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


class SynonymViewSet(SnippetViewSet):
    """Editors keep the words readers type for each condition and mechanism."""

    model = Synonym
    icon = "search"
    menu_label = "Synonyms"
    list_display = ["term", "page", "other_names", "search_terms"]
    search_fields = ["term", "other_names", "search_terms"]
    search_backend_name = None
    ordering = ["term"]


class LibraryGroup(SnippetViewSetGroup):
    """Topics, synonyms and people, the shared material pages refer to."""

    menu_label = "Library"
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (TopicViewSet, SynonymViewSet, PersonViewSet)


register_snippet(LibraryGroup)


@hooks.register("register_admin_urls")
def redirect_former_synonym_urls():
    """Synonyms were kept under gutskin.search; editors' bookmarks still work."""
    return [
        path(
            "snippets/search/synonym/",
            RedirectView.as_view(pattern_name="wagtailsnippets_taxonomy_synonym:list"),
            name="former_synonym_list",
        ),
    ]
