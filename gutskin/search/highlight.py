"""Marks the words a reader searched for, escaping everything else."""

import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .common_words import COMMON_WORDS
from .vocabulary import words_of


def highlight_pattern(queries):
    """A pattern matching the start of any meaningful word in the queries."""
    words = {
        word
        for query in queries
        for word in words_of(query)
        if len(word) >= 3 and word not in COMMON_WORDS
    }
    if not words:
        return None
    alternatives = "|".join(
        re.escape(word) for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text, pattern):
    """The text as safe HTML with matching words in <mark>; the rest escaped."""
    if pattern is None:
        return escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(format_html("<mark>{}</mark>", match.group(0)))
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 (every part is escaped above)
