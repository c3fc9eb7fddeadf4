"""What readers and crawlers put in a query string, made safe to look up.

Every view that reads a query-string value goes through one of these, so no value
reaches the database unchecked: PostgreSQL refuses a NUL character in any query,
and SQLite refuses a LIKE pattern of 50,000 bytes or more.
"""

import re

# C0 and C1 control characters, NUL among them: nothing stored contains them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Page slugs are at most 255 characters, topic slugs and names 100.
LOOKUP_MAX_LENGTH = 255


def clean_text(raw, max_length):
    """Free text such as a search: control characters as spaces, whitespace
    collapsed, cut to max_length; and whether it was cut."""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", raw or "").split())
    return text[:max_length], len(text) > max_length


def clean_lookup(raw, max_length=LOOKUP_MAX_LENGTH):
    """A slug or name to look something up by, trimmed; "" when none was given.

    None when nothing stored can match it (it holds a control character or is
    longer than any slug or name), so the caller answers "unknown" without
    asking the database.
    """
    value = (raw or "").strip()
    if CONTROL_CHARACTERS.search(value) or len(value) > max_length:
        return None
    return value


def lookup_param(request, name, max_length=LOOKUP_MAX_LENGTH):
    """?name= as a slug or name to look up: see clean_lookup."""
    return clean_lookup(request.GET.get(name, ""), max_length)
