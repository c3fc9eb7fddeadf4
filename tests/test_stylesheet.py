"""The stylesheet keeps its stated order, one print block and a token per colour
and space."""

import re
from pathlib import Path

import pytest

SITE_CSS = Path(__file__).resolve().parent.parent / "static" / "css" / "site.css"

SECTIONS = [
    "1. Tokens",
    "2. Base",
    "3. Layout",
    "4. Components",
    "5. Utilities",
    "6. Responsive",
    "7. Print",
]

# CSS named colours a stylesheet might plausibly reach for; transparent,
# currentColor and inherit are keywords, not colours, and stay allowed.
NAMED_COLOURS = (
    "aqua|beige|black|blue|brown|crimson|cyan|darkblue|darkgray|darkgreen|darkred|"
    "gold|gray|green|grey|indigo|ivory|lightblue|lightgray|lightgreen|lightgrey|lime|"
    "magenta|maroon|navy|olive|orange|pink|purple|red|salmon|silver|tan|teal|tomato|"
    "turquoise|violet|wheat|white|whitesmoke|yellow"
)
COLOUR_LITERAL = re.compile(
    r"#[0-9a-fA-F]{3,8}\b"
    r"|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\("
    rf"|:[^;{{}}]*?(?<![\w-])(?:{NAMED_COLOURS})(?![\w-])",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def css():
    """The stylesheet with comments removed, so prose cannot trip the checks."""
    return re.sub(r"/\*.*?\*/", "", SITE_CSS.read_text(), flags=re.DOTALL)


@pytest.fixture(scope="module")
def sections():
    """Each section's text, keyed by its header, from the file as written."""
    text = SITE_CSS.read_text()
    headers = list(re.finditer(r"/\* =+\s*\n\s*(\d\. [A-Za-z]+)", text))
    return {
        match.group(1): text[
            match.start() : headers[i + 1].start() if i + 1 < len(headers) else None
        ]
        for i, match in enumerate(headers)
    }


def _root_block(css):
    match = re.search(r":root\s*\{(.*?)\}", css, flags=re.DOTALL)
    assert match, "site.css has no :root block of tokens"
    return match


def test_section_headers_appear_once_each_in_the_stated_order():
    text = SITE_CSS.read_text()
    found = re.findall(r"/\* =+\s*\n\s*(\d\. [A-Za-z]+)", text)
    assert found == SECTIONS


def test_components_are_in_alphabetical_order(sections):
    names = re.findall(r"/\* -+ (.+?) -+ \*/", sections["4. Components"])
    assert names == sorted(names, key=str.casefold)
    assert len(names) == len(set(names))


def test_exactly_one_print_block_and_it_is_in_the_print_section(css, sections):
    assert len(re.findall(r"@media\s+print\b", css)) == 1
    assert "@media print" in sections["7. Print"]


def test_width_media_queries_live_in_the_responsive_section(sections):
    for name, text in sections.items():
        if name != "6. Responsive":
            assert not re.search(r"@media[^{]*width", text), name


def test_no_colour_literal_outside_the_tokens(css):
    root = _root_block(css)
    outside = css[: root.start()] + css[root.end() :]
    for line in outside.splitlines():
        assert not COLOUR_LITERAL.search(line), f"colour literal: {line.strip()}"


def test_the_colour_check_catches_literals():
    for line in (
        "color: #fff;",
        "background: rgb(0 0 0 / 0.1);",
        "border: 1px solid hsl(10 50% 50%);",
        "color: white;",
    ):
        assert COLOUR_LITERAL.search(line), line
    for line in (
        "color: transparent;",
        "border: 1px solid currentcolor;",
        "color: inherit;",
        "white-space: nowrap;",
        ".card--teal {",
    ):
        assert not COLOUR_LITERAL.search(line), line


# Declarations that space things out: each takes its lengths from the space tokens.
SPACING = re.compile(
    r"^\s*(?:margin|padding|gap|row-gap|column-gap|inset|top|right|bottom|left)"
    r"[\w-]*\s*:\s*([^;]+);",
    re.MULTILINE,
)
LENGTH_LITERAL = re.compile(r"(?<![\w.-])\d*\.?\d+(?:rem|em|px|ch|ex)\b")
# The visually-hidden pattern's -1px margin is an idiom, not a space.
SPACING_EXCEPTIONS = {"-1px"}


def spacing_literals(css):
    """Length literals in spacing declarations outside the tokens."""
    root = _root_block(css)
    outside = css[: root.start()] + css[root.end() :]
    return [
        value.strip()
        for value in SPACING.findall(outside)
        if value.strip() not in SPACING_EXCEPTIONS
        and LENGTH_LITERAL.search(re.sub(r"var\([^)]*\)", "", value))
    ]


def test_every_space_comes_from_a_token(css):
    assert spacing_literals(css) == []


def test_the_space_check_catches_literals():
    css = (
        ":root { --space-2: 0.5rem; }\n.a {\n    padding: 0.35rem var(--space-2);\n}\n"
    )
    css += ".b {\n    margin-top: 1em;\n}\n.c {\n    gap: var(--space-2);\n}\n"
    assert spacing_literals(css) == ["0.35rem var(--space-2)", "1em"]


def test_every_custom_property_used_is_defined_on_root(css):
    defined = set(re.findall(r"(--[\w-]+)\s*:", _root_block(css).group(1)))
    used = set(re.findall(r"var\(\s*(--[\w-]+)", css))
    assert used - defined == set()
