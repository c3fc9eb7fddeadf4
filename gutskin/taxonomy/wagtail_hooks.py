"""Admin for the shared vocabulary: the topics (tags) every page type draws on."""

from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from gutskin.people.wagtail_hooks import PersonViewSet
from gutskin.search.wagtail_hooks import SynonymViewSet


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


class LibraryGroup(SnippetViewSetGroup):
    """Topics, synonyms and people, the shared material pages refer to."""

    menu_label = "Library"
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (TopicViewSet, SynonymViewSet, PersonViewSet)


register_snippet(LibraryGroup)
