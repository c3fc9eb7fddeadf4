"""Spreadsheet exports whose cells a spreadsheet shows as text and never runs.

A cell starting with "=", "+", "-" or "@" (or a tab or carriage return) is read
as a formula by Excel, LibreOffice and Google Sheets; a leading single quote makes
it text. https://owasp.org/www-community/attacks/CSV_Injection
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text):
    """Text typed by editors or readers, kept inert in a spreadsheet."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class FormulaSafeExportMixin:
    """For a Wagtail view with CSV and Excel export: every text cell of the CSV
    made inert. Wagtail already writes Excel cells that look like formulas as text.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return spreadsheet_text(value)
        return value
