"""The rows of the clinic's opening hours, such as "Monday to Friday, 9am to 5pm"."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

# Stored as schema.org's two-letter day codes, so the JSON-LD can use them as they are.
# https://schema.org/openingHours
DAYS = [
    ("Mo", "Monday"),
    ("Tu", "Tuesday"),
    ("We", "Wednesday"),
    ("Th", "Thursday"),
    ("Fr", "Friday"),
    ("Sa", "Saturday"),
    ("Su", "Sunday"),
]
DAY_NAMES = dict(DAYS)
DAY_ORDER = [code for code, _name in DAYS]


def clock(time):
    """A time as readers say it: 9am, 5:30pm, 12pm."""
    hour = time.hour % 12 or 12
    minutes = f":{time.minute:02d}" if time.minute else ""
    return f"{hour}{minutes}{'am' if time.hour < 12 else 'pm'}"


class OpeningHoursValue(blocks.StructValue):
    """One row of opening hours, worded for readers and for schema.org."""

    @property
    def is_closed(self):
        return not (self.get("opens") and self.get("closes"))

    @property
    def days_label(self):
        first, last = self.get("first_day"), self.get("last_day")
        if last and last != first:
            return f"{DAY_NAMES[first]} to {DAY_NAMES[last]}"
        return DAY_NAMES.get(first, "")

    @property
    def hours_label(self):
        if self.is_closed:
            return "Closed"
        return f"{clock(self['opens'])} to {clock(self['closes'])}"

    @property
    def schema_value(self):
        """Such as "Mo-Fr 09:00-17:00"; None for a closed day, which schema omits."""
        if self.is_closed:
            return None
        first, last = self["first_day"], self.get("last_day")
        days = f"{first}-{last}" if last and last != first else first
        return f"{days} {self['opens']:%H:%M}-{self['closes']:%H:%M}"


class OpeningHoursBlock(blocks.StructBlock):
    """A day or a run of days and the hours the clinic is open on them."""

    first_day = blocks.ChoiceBlock(choices=DAYS, label="From")
    last_day = blocks.ChoiceBlock(
        choices=DAYS,
        required=False,
        label="To",
        help_text="Leave empty for a single day.",
    )
    opens = blocks.TimeBlock(
        required=False, help_text="Leave both times empty if the clinic is closed."
    )
    closes = blocks.TimeBlock(required=False)

    class Meta:
        icon = "time"
        template = "clinic/opening_hours_block.html"
        label = "Opening hours"
        value_class = OpeningHoursValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        first, last = value.get("first_day"), value.get("last_day")
        if first and last and DAY_ORDER.index(last) < DAY_ORDER.index(first):
            errors["last_day"] = ValidationError(
                "Choose a day after the first day, or leave this empty."
            )
        opens, closes = value.get("opens"), value.get("closes")
        if bool(opens) != bool(closes):
            missing = "closes" if opens else "opens"
            errors[missing] = ValidationError(
                "Give both times, or leave both empty for a day the clinic is closed."
            )
        elif opens and closes and closes <= opens:
            errors["closes"] = ValidationError(
                "The closing time must be after the opening time."
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value
