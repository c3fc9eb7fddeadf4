"""The words readers may type: page titles and synonyms, built once and cached.

The site's vocabulary is small (a few hundred titles and synonyms), so synonym
expansion, spelling help and suggestions work on it in memory. That also means
misspelling help works on SQLite, whose full-text search has no fuzzy matching.

A page made private or unpublished must leave suggestions at once, in every worker
process. So the vocabulary is kept under the content version
(gutskin/core/content_version.py), which every publish, unpublish, move, delete,
privacy change and synonym edit replaces: each request reads the version (no
SQL), and the first to find a new one rebuilds the vocabulary into the shared
cache for every other process.
"""

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page

from gutskin.core import content_version
from gutskin.core.privacy import readable
from gutskin.core.registry import patient_material_models
from gutskin.taxonomy.models import Synonym

from .common_words import COMMON_WORDS

MAX_VARIANTS = 12
SPELLING_CUTOFF = 0.75


def normalise(text):
    """Lower case, hyphens and dashes as spaces, single spaces."""
    return " ".join(re.sub(r"[-‐‑–—]", " ", text.casefold()).split())


def words_of(text):
    return re.findall(r"[^\W\d_]+", normalise(text))


@dataclass(frozen=True)
class Entry:
    """One thing a reader might type, and where it leads."""

    label: str
    title: str
    url: str
    type_label: str
    is_title: bool


@dataclass
class Vocabulary:
    entries: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    words: frozenset = frozenset()
    # The words worth offering as corrections: never "your" for "yogurt".
    corrections: tuple = ()

    def expand(self, query):
        """The query, and the query with each synonym it contains swapped in."""
        text = normalise(query)
        variants = {text: None}
        for group in self.groups:
            for term in group:
                pattern = re.compile(rf"(?<!\w){re.escape(normalise(term))}(?!\w)")
                if pattern.search(text):
                    for other in group:
                        # re.sub reads backslashes in a replacement as escapes;
                        # an editor's "itchy\skin" or "\1" goes in as typed.
                        swapped_in = normalise(other).replace("\\", r"\\")
                        variant = pattern.sub(swapped_in, text)
                        variants.setdefault(variant, None)
                    break
        return list(variants)[:MAX_VARIANTS]

    def spelling_suggestion(self, query):
        """The query with unknown words replaced by the nearest known ones, or None.

        For a query that found nothing: its words are then unknown to the
        indexed content, and a word the vocabulary does not know either is
        taken for a misspelling.
        """
        corrected, changed = [], False
        for word in words_of(query):
            if len(word) >= 4 and word not in self.words:
                close = difflib.get_close_matches(
                    word, self.corrections, 1, SPELLING_CUTOFF
                )
                if close:
                    corrected.append(close[0])
                    changed = True
                    continue
            corrected.append(word)
        return " ".join(corrected) if changed else None

    @cached_property
    def _labels(self):
        """Each entry with its label normalised and split into words, worked out
        once: suggestions read every entry, and there is one per page."""
        return [
            (label, frozenset(words_of(label)), entry)
            for entry in self.entries
            for label in [normalise(entry.label)]
        ]

    def suggest(self, query, limit=8):
        """Titles and synonyms starting with what the reader has typed so far."""
        text = normalise(query)
        if len(text) < 2:
            return []
        word_start = re.compile(rf"(?<!\w){re.escape(text)}")
        ranked = []
        for label, _, entry in self._labels:
            if label.startswith(text):
                rank = 0
            elif word_start.search(label):
                rank = 1
            else:
                continue
            ranked.append((rank, not entry.is_title, len(label), label, entry))
        if not ranked:
            ranked = self._near_misses(text)
        ranked.sort(key=lambda item: item[:4])
        found = {}
        for *_, entry in ranked:
            found.setdefault((entry.label.casefold(), entry.url), entry)
        return list(found.values())[:limit]

    def _near_misses(self, text):
        """Entries with a word close to a misspelt last word, such as "excem"."""
        last = text.split()[-1]
        if len(last) < 4:
            return []
        # Many entries share words, so each distinct word is compared once.
        close = {
            word
            for word in frozenset().union(*(words for _, words, _ in self._labels))
            if max(
                difflib.SequenceMatcher(None, last, word[:length]).ratio()
                for length in (len(last), len(last) + 1)
            )
            >= SPELLING_CUTOFF
        }
        return [
            (2, not entry.is_title, len(label), label, entry)
            for label, words, entry in self._labels
            if words & close
        ]


def _title_names(title, term):
    """Whether a page title such as "Eczema (atopic dermatitis)" starts with term."""
    title, term = normalise(title), normalise(term)
    return title == term or title.startswith(f"{term} (")


def content_page_types():
    """The page types search offers, in the order its type filter lists them."""
    return list(patient_material_models())


def build():
    """Read the vocabulary from the database: live, public pages and synonyms."""
    type_labels = {
        model._meta.label_lower: model._meta.verbose_name.capitalize()
        for model in content_page_types()
    }
    pages = {
        page.pk: page
        for page in readable(Page.objects.all())
        .type(*content_page_types())
        .select_related("content_type")
        .defer_streamfields()
    }
    vocabulary = Vocabulary()

    def page_entry(label, page, is_title):
        content_type = page.content_type
        type_label = type_labels[f"{content_type.app_label}.{content_type.model}"]
        return Entry(label, page.title, page.url, type_label, is_title)

    for page in pages.values():
        vocabulary.entries.append(page_entry(page.title, page, is_title=True))
    for synonym in Synonym.objects.all():
        terms = synonym.all_terms()
        vocabulary.groups.append(terms)
        page = pages.get(synonym.page_id)
        for term in terms:
            if page is not None and _title_names(page.title, term):
                continue  # the title already offers it
            if page is not None:
                vocabulary.entries.append(page_entry(term, page, is_title=False))
            elif synonym.page_id is None:
                url = f"{reverse('search')}?{urlencode({'q': term})}"
                vocabulary.entries.append(Entry(term, term, url, "Search", False))
    vocabulary.words = frozenset(
        word
        for entry in vocabulary.entries
        for word in words_of(f"{entry.label} {entry.title}")
        if len(word) >= 3
    )
    vocabulary.corrections = tuple(
        sorted(word for word in vocabulary.words if word not in COMMON_WORDS)
    )
    return vocabulary


def get_vocabulary():
    """The vocabulary as it is now, built once per content version."""
    return content_version.kept("search-vocabulary", build)
