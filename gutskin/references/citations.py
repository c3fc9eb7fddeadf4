"""Citation markers such as [1] or [2, 3] in a page's text, and the links they become.

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

    A marker is linked only when every number in it names one of the page's
    `reference_count` references; anything else in brackets stays as it was.
    The HTML is returned unchanged, byte for byte, when nothing is linked.
    """
    if not reference_count or not CITATION.search(html):
        return html
    soup = BeautifulSoup(html, "html.parser")
    linked = False
    for string in list(_citing_strings(soup)):
        pieces = _linked_pieces(soup, string, reference_count)
        if pieces:
            string.replace_with(*pieces)
            linked = True
    return str(soup) if linked else html


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


def _linked_pieces(soup, string, reference_count):
    pieces, start = [], 0
    for match in CITATION.finditer(string):
        numbers = _numbers(match)
        if max(numbers) > reference_count:
            continue
        pieces += [string[start : match.start()], _marker(soup, numbers)]
        start = match.end()
    if not pieces:
        return []
    pieces.append(string[start:])
    return [piece for piece in pieces if piece]


def _marker(soup, numbers):
    marker = soup.new_tag("sup", attrs={"class": "citation"})
    marker.append("[")
    for position, number in enumerate(numbers):
        if position:
            marker.append(", ")
        link = soup.new_tag("a", href=f"#ref-{number}")
        link.string = str(number)
        marker.append(link)
    marker.append("]")
    return marker
