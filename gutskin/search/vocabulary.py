"""The words readers may type: page titles and synonyms, built once and cached.

The site's vocabulary is small (a few hundred titles and synonyms), so synonym
expansion, spelling help and suggestions work on it in memory. That also means
misspelling help works on SQLite, whose full-text search has no fuzzy matching.

A page made private or unpublished must leave suggestions at once, in every worker
process, whatever the cache. So whenever a page is published, unpublished, moved
or deleted, a privacy setting changes or a synonym changes (see signals.py), a
version number in the database is raised, and each request compares the cached
vocabulary's version with it: one small query, and a rebuild when they differ.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import F
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page

from gutskin.core.registry import patient_material_models
from gutskin.taxonomy.models import Synonym

from .models import VocabularyVersion

CACHE_KEY = "gutskin.search.vocabulary"
# The version check keeps the cached vocabulary current; this only frees memory.
CACHE_SECONDS = 24 * 60 * 60
VERSION_ROW = 1
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
        """The query with unknown words replaced by the nearest known ones, or None."""
        known = sorted(self.words)
        corrected, changed = [], False
        for word in words_of(query):
            if len(word) >= 4 and word not in self.words:
                close = difflib.get_close_matches(word, known, 1, SPELLING_CUTOFF)
                if close:
                    corrected.append(close[0])
                    changed = True
                    continue
            corrected.append(word)
        return " ".join(corrected) if changed else None

    def suggest(self, query, limit=8):
        """Titles and synonyms starting with what the reader has typed so far."""
        text = normalise(query)
        if len(text) < 2:
            return []
        ranked = []
        for entry in self.entries:
            label = normalise(entry.label)
            if label.startswith(text):
                rank = 0
            elif re.search(rf"(?<!\w){re.escape(text)}", label):
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
        ranked = []
        for entry in self.entries:
            for word in words_of(entry.label):
                ratios = (
                    difflib.SequenceMatcher(None, last, word[:length]).ratio()
                    for length in (len(last), len(last) + 1)
                )
                if max(ratios) >= SPELLING_CUTOFF:
                    label = normalise(entry.label)
                    ranked.append((2, not entry.is_title, len(label), label, entry))
                    break
        return ranked


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
        for page in Page.objects.live()
        .public()
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
    return vocabulary


def current_version():
    """The vocabulary's version in the database, read once per request."""
    versions = VocabularyVersion.objects.filter(pk=VERSION_ROW)
    return versions.values_list("number", flat=True).first() or 0


def get_vocabulary():
    """The vocabulary as it is now: cached, unless another change came since."""
    version = current_version()
    cached = cache.get(CACHE_KEY)
    if cached is not None and cached[0] == version:
        return cached[1]
    vocabulary = build()
    cache.set(CACHE_KEY, (version, vocabulary), CACHE_SECONDS)
    return vocabulary


def changed():
    """Mark every process's cached vocabulary out of date.

    Raised in the transaction that makes the change, so other processes see the
    new version and the change together, once it commits.
    """
    versions = VocabularyVersion.objects.filter(pk=VERSION_ROW)
    if not versions.update(number=F("number") + 1):
        VocabularyVersion.objects.get_or_create(pk=VERSION_ROW, defaults={"number": 1})
    cache.delete(CACHE_KEY)
