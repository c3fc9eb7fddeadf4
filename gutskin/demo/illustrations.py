"""The demo's pictures, drawn here with Pillow: no stock photos, no downloads.

Calm, abstract drawings in the site's palette (the tokens at the top of
static/css/site.css) and initials-on-a-circle portraits for the fictional staff.
Each drawing is a function of nothing but its name, so the same PNG comes out on
every machine. `sync_images` stores them as Wagtail images in one collection,
found again by title, and never draws what is already there.
"""

import math
import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION = "Demo illustrations"
SIZE = (1200, 675)
AVATAR_SIZE = 400

# static/css/site.css tokens.
PAGE = "#fbfaf7"
TEAL = "#0b4f5c"
TEAL_DARK = "#083a44"
TEAL_TINT = "#e5f0f1"
ACCENT = "#a84a00"
DOCTOR = "#9c2a1f"
DOCTOR_TINT = "#fcefec"
TIP = "#23663f"
TIP_TINT = "#ecf5ef"
NOTE = "#2a5d86"
NOTE_TINT = "#ecf2f8"
LINE = "#d3dbdb"
SAND = "#f1e6d6"
MICROBE_COLOURS = [TEAL, TIP, NOTE, ACCENT, "#5f8f8a", "#7c9a5a"]


def _rng(name):
    """A random source seeded by the drawing's name, so it draws the same each time."""
    return random.Random(name)  # noqa: S311 - placement of shapes, not secrets


def _canvas(background=PAGE):
    image = PillowImage.new("RGB", SIZE, background)
    return image, ImageDraw.Draw(image)


def _dots(draw, rng, box, count, radius=(6, 16), colours=MICROBE_COLOURS):
    left, top, right, bottom = box
    for _ in range(count):
        r = rng.randint(*radius)
        x, y = rng.randint(left + r, right - r), rng.randint(top + r, bottom - r)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(colours))


def _wave(x, base, amplitude, length, phase=0.0):
    return base + amplitude * math.sin(2 * math.pi * x / length + phase)


def _gut_path(left, top, width, height, turns=4):
    """Points along a tube that folds back and forth, like loops of bowel."""
    points = []
    rows = turns
    for row in range(rows):
        y = top + height * (row + 0.5) / rows
        xs = range(0, 101)
        if row % 2:
            xs = reversed(range(0, 101))
        points += [(left + width * x / 100, y + 8 * math.sin(x / 6)) for x in xs]
    return points


def _along(path, step):
    """Points every `step` pixels or so along a path, so discs drawn there touch."""
    for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
        steps = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        for i in range(steps):
            yield x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps


def _draw_gut(draw, box, rng, microbes=True):
    left, top, right, bottom = box
    path = _gut_path(left, top, right - left, bottom - top)
    # A tube drawn as overlapping discs: an outer wall, then the inside over it.
    for radius, colour in ((32, TEAL), (22, TEAL_TINT)):
        for x, y in _along(path, step=4):
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    if microbes:
        for x, y in rng.sample(path, 40):
            r = rng.randint(4, 9)
            draw.ellipse(
                (x - r, y - r, x + r, y + r), fill=rng.choice(MICROBE_COLOURS[1:])
            )


def _draw_skin(draw, box, bricks=True):
    left, top, right, bottom = box
    height = bottom - top
    layers = [(SAND, 0.0), ("#ecd3bd", 0.32), (DOCTOR_TINT, 0.62), ("#f6e2b8", 0.82)]
    for colour, start in layers:
        y0 = top + height * start
        outline = [
            (x, _wave(x, y0, 10, 260, start * 6)) for x in range(left, right + 1, 8)
        ]
        draw.polygon([*outline, (right, bottom), (left, bottom)], fill=colour)
    if bricks:
        row_height, brick = 26, 78
        for row in range(3):
            y = top + 12 + row * row_height
            offset = (row % 2) * brick // 2
            for x in range(left - offset, right, brick):
                box = (
                    max(x, left) + 3,
                    y,
                    min(x + brick, right) - 3,
                    y + row_height - 5,
                )
                draw.rounded_rectangle(
                    box,
                    radius=6,
                    fill="#f7efe4",
                    outline="#d9c2a5",
                    width=2,
                )


def gut_skin_axis():
    image, draw = _canvas()
    rng = _rng("gut-skin-axis")
    _draw_gut(draw, (80, 150, 520, 530), rng)
    _draw_skin(draw, (700, 200, 1120, 520))
    dots = [(540 + i * 16, 340 - 60 * math.sin(math.pi * i / 9)) for i in range(10)]
    for x, y in dots:
        draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill=ACCENT)
    return image


def gut_loops():
    image, draw = _canvas(TEAL_TINT)
    _draw_gut(draw, (140, 110, 1060, 570), _rng("gut-loops"))
    return image


def microbes():
    image, draw = _canvas(NOTE_TINT)
    rng = _rng("microbes")
    _dots(draw, rng, (40, 40, 1160, 635), 140, radius=(8, 34))
    return image


def skin_layers():
    image, draw = _canvas(PAGE)
    _draw_skin(draw, (0, 170, 1200, 675))
    return image


def gut_lining():
    image, draw = _canvas(TEAL_TINT)
    rng = _rng("gut-lining")
    cell_width, top, bottom = 80, 260, 520
    for x in range(20, 1180, cell_width):
        draw.rounded_rectangle(
            (x + 3, top, x + cell_width - 3, bottom), radius=22, fill="#cfe3e5"
        )
        middle = x + cell_width // 2
        draw.ellipse((middle - 14, 420, middle + 14, 448), fill=TEAL)
        draw.line((x + cell_width - 3, top + 10, x + cell_width - 3, top + 40), TEAL, 5)
    _dots(draw, rng, (40, 60, 1160, 230), 45, radius=(5, 12))
    return image


def fibre_plate():
    image, draw = _canvas(TIP_TINT)
    rng = _rng("fibre-plate")
    draw.ellipse((300, 40, 900, 640), fill="#ffffff", outline=LINE, width=6)
    draw.ellipse((350, 90, 850, 590), fill="#f7f5ef")
    for _ in range(14):
        x, y = rng.randint(400, 600), rng.randint(140, 330)
        leaf = rng.choice([TIP, "#4f8a3d"])
        draw.ellipse((x - 46, y - 20, x + 46, y + 20), fill=leaf)
    for _ in range(34):
        x, y = rng.randint(600, 780), rng.randint(260, 480)
        draw.ellipse((x - 14, y - 9, x + 14, y + 9), fill=rng.choice([DOCTOR, ACCENT]))
    for _ in range(60):
        x, y = rng.randint(420, 620), rng.randint(380, 540)
        draw.ellipse((x - 7, y - 4, x + 7, y + 4), fill="#d8b36a")
    return image


def villi():
    image, draw = _canvas(DOCTOR_TINT)
    rng = _rng("villi")
    base = 560
    for x in range(40, 1160, 70):
        height = rng.randint(230, 300)
        draw.rounded_rectangle(
            (x, base - height, x + 46, base + 40), radius=23, fill="#e8b9a8"
        )
    draw.rectangle((0, base + 20, 1200, 675), fill="#e8b9a8")
    nutrients = [TIP, NOTE, ACCENT]
    _dots(draw, rng, (40, 30, 1160, 230), 55, radius=(5, 10), colours=nutrients)
    return image


def calm_waves():
    image, draw = _canvas(NOTE_TINT)
    centre = (600, 338)
    for step, colour in enumerate([NOTE, "#4f7ea6", "#7ea3c2", "#a9c3d9", "#cddceb"]):
        r = 70 + step * 62
        draw.ellipse(
            (centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r),
            outline=colour,
            width=10,
        )
    return image


def inflammation():
    image, draw = _canvas(DOCTOR_TINT)
    centre = (600, 338)
    for step, colour in enumerate(["#f3d9c9", "#efc3a5", "#e9a679", ACCENT]):
        r = 300 - step * 70
        draw.ellipse(
            (centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r), fill=colour
        )
    draw.ellipse((560, 298, 640, 378), fill=DOCTOR)
    return image


def immune_cells():
    image, draw = _canvas(TEAL_TINT)
    rng = _rng("immune-cells")
    draw.ellipse((450, 188, 750, 488), fill="#cfe3e5", outline=TEAL, width=8)
    draw.ellipse((560, 298, 640, 378), fill=TEAL)
    for step in range(12):
        angle = 2 * math.pi * step / 12
        x, y = 600 + 230 * math.cos(angle), 338 + 230 * math.sin(angle)
        r = rng.randint(26, 40)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice([NOTE, TIP, ACCENT]))
    return image


DRAWINGS = {
    "gut-skin-axis": gut_skin_axis,
    "gut-loops": gut_loops,
    "microbes": microbes,
    "skin-layers": skin_layers,
    "gut-lining": gut_lining,
    "fibre-plate": fibre_plate,
    "villi": villi,
    "calm-waves": calm_waves,
    "inflammation": inflammation,
    "immune-cells": immune_cells,
}


def avatar(initials, colour):
    """A portrait stand-in: initials in white on a coloured circle."""
    image = PillowImage.new("RGB", (AVATAR_SIZE, AVATAR_SIZE), PAGE)
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, AVATAR_SIZE - 8, AVATAR_SIZE - 8), fill=colour)
    # Pillow's own scalable font, so no system font is needed.
    font = ImageFont.load_default(size=150)
    draw.text(
        (AVATAR_SIZE / 2, AVATAR_SIZE / 2),
        initials,
        fill="#ffffff",
        font=font,
        anchor="mm",
    )
    return image


def _png(image):
    data = BytesIO()
    image.save(data, format="PNG", optimize=True)
    data.seek(0)
    return data


def demo_collection():
    """The "Demo illustrations" collection under the root, made once."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION).first()
    return collection or root.add_child(name=COLLECTION)


def sync_image(collection, title, draw, filename, report=None):
    """The image with this title in the collection; drawn and stored only if new.

    `draw` makes the picture (a Pillow image) and is called only when needed.
    """
    # Imported here: the loader imports this module.
    from .loader import CREATED, UNCHANGED

    Image = get_image_model()
    image = Image.objects.filter(collection=collection, title=title).first()
    outcome = UNCHANGED
    if image is None:
        image = Image.objects.create(
            title=title,
            collection=collection,
            file=ImageFile(_png(draw()), name=filename),
        )
        outcome = CREATED
    if report is not None:
        report.record("images", outcome)
    return image
