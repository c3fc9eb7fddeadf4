"""Writing checks on a content page: reading grade, claim words, uncited effects,
and citations and references that do not match.

Pure functions over a page's text. They inform editors and never refuse a save:
nothing here raises a validation error.
"""

import re
from dataclasses import dataclass, field
from html import unescape

import textstat
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail import blocks

from gutskin.references.citations import CITATION, find_citations

# Patient material should read at school grade 8 or below.
READING_GRADE_TARGET = 8

# Words health regulators flag in claims about treatments.
CLAIM_WORDS = (
    "cure",
    "cures",
    "cured",
    "curing",
    "detox",
    "detoxes",
    "detoxing",
    "guarantee",
    "guarantees",
    "guaranteed",
    "miracle",
    "miracles",
)

# Verbs that state an effect; a paragraph using one should cite a reference.
# Listed in their base form: the pattern below adds -s, -ed and -ing.
EFFECT_VERBS = (
    "reduce",
    "lower",
    "improve",
    "prevent",
    "treat",
    "heal",
    "boost",
    "increase",
    "decrease",
    "protect",
    "ease",
    "cause",
    "trigger",
    "worsen",
    "relieve",
)

EXCERPT_WORDS = 12
# Where a citation is, shown as the words either side of its marker.
EXCERPT_WORDS_BEFORE = 8
EXCERPT_WORDS_AFTER = 4
# The page fields the checks read.
CHECKED_FIELDS = ("title", "summary", "body")


def _whole_words(words):
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


def _inflections(verb):
    if verb.endswith("e"):
        return [verb, f"{verb}s", f"{verb}d", f"{verb[:-1]}ing"]
    return [verb, f"{verb}s", f"{verb}ed", f"{verb}ing"]


CLAIM_WORDS_PATTERN = _whole_words(map(re.escape, CLAIM_WORDS))
EFFECT_VERBS_PATTERN = _whole_words(
    re.escape(form) for verb in EFFECT_VERBS for form in _inflections(verb)
)
# Rich text ends a paragraph, list item, heading or quotation with its closing tag.
PARAGRAPH_END = re.compile(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)
SENTENCE_END = (".", "!", "?")


def rich_text_paragraphs(html):
    """(html, plain text) of each paragraph, list item or heading in rich text."""
    for part in PARAGRAPH_END.split(html):
        text = " ".join(unescape(strip_tags(part)).split())
        if text:
            yield part, text


def _text_blocks(block, value):
    """The blocks that hold a body block's text: a struct's fields, or the block.

    A struct's choices (a heading's level, a callout's kind) are settings, not
    text readers read, so their labels ("Section (h2)") stay out of the grade.
    """
    if isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _text_blocks(child, value[name])
    elif not isinstance(block, blocks.ChoiceBlock):
        yield block, value


def _body_texts(page):
    """(html, text) for each paragraph, list item or field of the body.

    The html is kept only for the body's text blocks, the paragraphs that carry
    claims and their citations. A callout's text is advice ("see a doctor if it
    does not improve") and is graded but not asked for citations.
    """
    for child in page.body or []:
        for block, value in _text_blocks(child.block, child.value):
            if isinstance(block, blocks.RichTextBlock):
                is_paragraph = block is child.block
                for html, text in rich_text_paragraphs(value.source):
                    yield (html if is_paragraph else None), text
            else:
                for text in block.get_searchable_content(value):
                    yield None, " ".join(strip_tags(text).split())


def _citing_paragraphs(page):
    """(html, text) of each paragraph whose citations readers see linked.

    Those are the body's text blocks and its callouts' text: the rich text the
    `cite` filter renders.
    """
    for child in page.body or []:
        for block, value in _text_blocks(child.block, child.value):
            if isinstance(block, blocks.RichTextBlock):
                yield from rich_text_paragraphs(value.source)


def draft_for_checks(page_class, content):
    """An unsaved page holding only the checked fields of a revision's content.

    Cheaper than Revision.as_object(), which also checks every foreign key and
    loads every many-to-many link the checks never read.
    """
    return page_class(
        **{name: content[name] for name in CHECKED_FIELDS if name in content}
    )


def page_text(page):
    """What a reader reads on the page, one paragraph, heading or list item a line."""
    lines = [page.title, page.summary, *(text for _, text in _body_texts(page))]
    return "\n".join(line.strip() for line in lines if line and line.strip())


def reading_grade(text):
    """The Flesch-Kincaid grade of a text, to one decimal; None if it has no words.

    Each line counts as a sentence even without a full stop, so headings and list
    items do not run on into the next line and inflate the grade.
    """
    sentences = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.rstrip("\"')]”’").endswith(SENTENCE_END):
            line += "."
        sentences.append(line)
    if not any(re.search(r"\w", line) for line in sentences):
        return None
    # Very short, plain sentences can score below zero; nobody reads below grade 0.
    return max(0.0, round(textstat.flesch_kincaid_grade(" ".join(sentences)), 1))


def claim_words(text):
    """The claim words a text uses, lowercased and sorted, each once."""
    return sorted({word.lower() for word in CLAIM_WORDS_PATTERN.findall(text)})


def states_an_effect(text):
    return bool(EFFECT_VERBS_PATTERN.search(text))


def uncited_effect_paragraphs(page):
    """The opening words of each body paragraph that states an effect uncited.

    Citations are looked for in the paragraph's HTML, as they are when linked for
    readers: a bracketed number inside a link is part of the link, not a citation.
    """
    return [
        Truncator(text).words(EXCERPT_WORDS)
        for html, text in _body_texts(page)
        if html is not None and states_an_effect(text) and not find_citations(html)
    ]


@dataclass(frozen=True)
class MissingReference:
    """A number cited in the text that the reference list does not reach."""

    number: int
    excerpt: str


@dataclass(frozen=True)
class UncitedReference:
    """A reference the text never cites, by its number and title."""

    number: int
    title: str


def citation_excerpt(text, number):
    """The words around the first marker in a paragraph that cites a number."""
    for match in CITATION.finditer(text):
        if number in (int(cited) for cited in match.group(1).split(",")):
            words = [word.span() for word in re.finditer(r"\S+", text)]
            first = next(i for i, (_, end) in enumerate(words) if end > match.start())
            last = next(i for i, (_, end) in enumerate(words) if end >= match.end())
            start = max(0, first - EXCERPT_WORDS_BEFORE)
            stop = min(len(words) - 1, last + EXCERPT_WORDS_AFTER)
            excerpt = text[words[start][0] : words[stop][1]]
            before = "…" if start > 0 else ""
            after = "…" if stop < len(words) - 1 else ""
            return f"{before}{excerpt}{after}"
    return Truncator(text).words(EXCERPT_WORDS)


def missing_references(page, reference_count):
    """Each citation of a number past the page's `reference_count` references.

    One entry per number and paragraph, with the words around its marker,
    so an editor can find it; readers see such a marker flagged as missing.
    """
    return [
        MissingReference(number, citation_excerpt(text, number))
        for html, text in _citing_paragraphs(page)
        for number in find_citations(html)
        if number > reference_count
    ]


def uncited_references(page, references):
    """The references, numbered in list order, that no paragraph cites."""
    cited = {
        number
        for html, _ in _citing_paragraphs(page)
        for number in find_citations(html)
    }
    return [
        UncitedReference(number, reference.title)
        for number, reference in enumerate(references, start=1)
        if number not in cited
    ]


@dataclass(frozen=True)
class WritingChecks:
    """What the checks found on one page."""

    reading_grade: float | None
    claim_words: list[str] = field(default_factory=list)
    uncited_effects: list[str] = field(default_factory=list)
    missing_references: list[MissingReference] = field(default_factory=list)
    uncited_references: list[UncitedReference] = field(default_factory=list)

    @property
    def above_target_grade(self):
        return (
            self.reading_grade is not None and self.reading_grade > READING_GRADE_TARGET
        )

    @property
    def has_warnings(self):
        return bool(
            self.above_target_grade
            or self.claim_words
            or self.uncited_effects
            or self.missing_references
            or self.uncited_references
        )


def check_page(page):
    """Run every writing check on a page as it was last saved.

    A draft's references come from the same revision as its text, so the
    citations are checked against the list the editor last saved.
    """
    text = page_text(page)
    references = list(page.references.all()) if hasattr(page, "references") else []
    return WritingChecks(
        reading_grade=reading_grade(text),
        claim_words=claim_words(text),
        uncited_effects=uncited_effect_paragraphs(page),
        missing_references=missing_references(page, len(references)),
        uncited_references=uncited_references(page, references),
    )
