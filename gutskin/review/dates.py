"""Calendar arithmetic for review intervals counted in months."""

import calendar
import datetime

DUE_SOON_DAYS = 30


def add_months(day, months):
    """The same day `months` later, or the month's last day where it is shorter."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def due_soon_limit(today):
    return today + datetime.timedelta(days=DUE_SOON_DAYS)
