"""Admin for people: authors and medical reviewers (in the Library menu group)."""

from wagtail.admin.ui.tables import TitleColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person


class PersonViewSet(SnippetViewSet):
    """The authors and reviewers readers see named, each with a public profile."""

    model = Person
    icon = "user"
    menu_label = "People"
    list_display = [
        "name",
        "kind",
        "job_title",
        "credentials",
        "user",
        # Where readers find the profile, so editors can check what they see.
        TitleColumn(
            "slug",
            label="Public profile",
            get_url=lambda person: person.get_absolute_url(),
        ),
    ]
    list_filter = ["kind"]
    search_fields = ["name", "job_title", "credentials", "slug"]
    search_backend_name = None
    ordering = ["name"]
