"""Citation markers such as [1] or [2, 3] in a page's text, and the links they become.

A number with no reference behind it (a [4] on a page with three) is never shown
as if it were a citation: it is marked as a missing reference.

Editors cite a source by its number in the page's reference list, typed in square
brackets. Only text is read, never tags or their attributes, and text inside a link
is left alone: a marker there is part of the link, and links cannot nest.
"""

import re

from bs4 import BeautifulSoup, NavigableString

# One or more numbers from 1 to 999, comma-separated, in square brackets. Wider
# numbers such as [2020] are more likely years than one of a page's references.
CITATION = re.compile(r"\[\s*([1-9][0-9]{0,2}(?:\s*,\s*[1-9][0-9]{0,2})*)\s*\]")


def find_citations(text: str) -> list[int]:
    """The reference numbers a text cites, each once, in the order first cited.

    The text may be plain or HTML (rendered or as stored by a rich text field).
    """
    if not CITATION.search(text):
        return []
    numbers = []
    for string in _citing_strings(BeautifulSoup(text, "html.parser")):
        for match in CITATION.finditer(string):
            numbers += [n for n in _numbers(match) if n not in numbers]
    return numbers


def link_citations(html, reference_count):
    """Rendered rich text with its markers linked to the numbered references.

    Each number in a marker that names one of the page's `reference_count`
    references links to it. A number past the end of the list is marked as a
    missing reference rather than left looking like a citation; anything else in
    brackets stays as it was. The HTML is returned unchanged, byte for byte, when
    it holds no citation outside a link.
    """
    if not CITATION.search(html):
        return html
    soup = BeautifulSoup(html, "html.parser")
    strings = list(_citing_strings(soup))
    if not strings:
        return html
    for string in strings:
        string.replace_with(*_marked_pieces(soup, string, reference_count))
    return str(soup)


def numbered_references(page):
    """The page's references in list order, so a reference's number is its index + 1.

    Kept on the page object so every paragraph that links citations, and the
    reference list itself, share one query per request.
    """
    try:
        return page._numbered_references
    except AttributeError:
        page._numbered_references = list(page.references.all())
        return page._numbered_references


def _numbers(match):
    return [int(number) for number in match.group(1).split(",")]


def _citing_strings(soup):
    # Exact type: comments, doctypes and CDATA are NavigableString subclasses.
    for string in soup.find_all(string=CITATION):
        if type(string) is NavigableString and string.find_parent("a") is None:
            yield string


def _marked_pieces(soup, string, reference_count):
    pieces, start = [], 0
    for match in CITATION.finditer(string):
        marker = _marker(soup, _numbers(match), reference_count)
        pieces += [string[start : match.start()], marker]
        start = match.end()
    pieces.append(string[start:])
    return [piece for piece in pieces if piece]


def _marker(soup, numbers, reference_count):
    missing = any(number > reference_count for number in numbers)
    classes = "citation citation--missing" if missing else "citation"
    marker = soup.new_tag("sup", attrs={"class": classes})
    marker.append("[")
    for position, number in enumerate(numbers):
        if position:
            marker.append(", ")
        if number > reference_count:
            marker.append(_missing_number(soup, number))
        else:
            link = soup.new_tag("a", href=f"#ref-{number}")
            link.string = str(number)
            marker.append(link)
    marker.append("]")
    return marker


def _missing_number(soup, number):
    """A cited number with no reference: marked for sight, and said aloud."""
    missing = soup.new_tag("span", attrs={"class": "citation__missing"})
    missing.string = str(number)
    note = soup.new_tag("span", attrs={"class": "visually-hidden"})
    note.string = " (reference missing)"
    missing.append(note)
    return missing
