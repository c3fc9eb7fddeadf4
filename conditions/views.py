"""The A–Z of the knowledge base: conditions and mechanisms by every name.

The gut–skin map, which also counts articles, is articles.views.gut_skin_map.
"""

import string
from collections import defaultdict
from dataclasses import dataclass

from django.shortcuts import render

from .models import ConditionPage, MechanismPage

OTHER_LETTER = "#"


@dataclass(frozen=True)
class AtoZEntry:
    """A name in the A–Z: a page's title, or another name pointing to it."""

    name: str
    page: object
    is_other_name: bool

    @property
    def letter(self):
        first = self.name[:1].upper()
        return first if first in string.ascii_uppercase else OTHER_LETTER


def a_to_z_entries():
    """Every live condition and mechanism, and each of its other names."""
    entries = []
    for model in (ConditionPage, MechanismPage):
        for page in model.objects.readable().prefetch_related("synonyms"):
            entries.append(AtoZEntry(page.title, page, is_other_name=False))
            entries.extend(
                AtoZEntry(name, page, is_other_name=True)
                for name in page.also_known_as
                if name.casefold() != page.title.casefold()
            )
    return sorted(entries, key=lambda entry: (entry.name.casefold(), entry.page.title))


def a_to_z(request):
    """Conditions and mechanisms A to Z, with the other names readers know them by."""
    groups = defaultdict(list)
    for entry in a_to_z_entries():
        groups[entry.letter].append(entry)
    letters = [*string.ascii_uppercase, OTHER_LETTER]
    return render(
        request,
        "conditions/a_to_z.html",
        {
            "letters": [(letter, letter in groups) for letter in letters],
            "groups": [
                (letter, groups[letter]) for letter in letters if letter in groups
            ],
        },
    )
