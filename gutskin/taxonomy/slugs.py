"""Every topic gets an address, even one whose name has no letters or digits."""

import unicodedata

from django.utils.text import slugify

SLUG_MAX_LENGTH = 100  # taggit's Tag.slug
FALLBACK_SLUG = "topic"


def spelled_out(name):
    """The symbols and punctuation in a name by their Unicode names, each once:
    "🔥" gives "fire", "?!?" gives "question mark exclamation mark"."""
    words = []
    for char in name:
        category = unicodedata.category(char)
        # Letters and digits slugify as they are; modifiers (such as skin tones),
        # joiners and variation selectors add nothing a reader would say.
        if category[0] not in "SP" or category == "Sk":
            continue
        word = unicodedata.name(char, "").lower()
        if word and word not in words:
            words.append(word)
    return " ".join(words)


def topic_slug(name, is_taken):
    """A slug for a topic name that is never empty and that is_taken(slug) refuses
    for no other topic: the name's own slug, else its symbols spelled out."""
    base = slugify(name, allow_unicode=True) or slugify(spelled_out(name))
    # Room for a "-<n>" suffix within the column.
    base = base[: SLUG_MAX_LENGTH - 8].strip("-_") or FALLBACK_SLUG
    slug, number = base, 1
    while is_taken(slug):
        number += 1
        slug = f"{base}-{number}"
    return slug
