"""Admin for synonyms; listed in the Library menu with topics and authors."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    """Editors keep the words readers type for each condition and mechanism."""

    model = Synonym
    icon = "search"
    menu_label = "Synonyms"
    list_display = ["term", "page", "other_names", "search_terms"]
    search_fields = ["term", "other_names", "search_terms"]
    search_backend_name = None
    ordering = ["term"]
