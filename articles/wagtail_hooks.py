"""Admin for article authors (registered in the Library menu group)."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Author


class AuthorViewSet(SnippetViewSet):
    """Authors as readers see them in bylines."""

    model = Author
    icon = "user"
    menu_label = "Authors"
    list_display = ["name", "role", "credentials"]
    search_fields = ["name", "role"]
    search_backend_name = None
    ordering = ["name"]
