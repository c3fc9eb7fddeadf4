from django.apps import AppConfig


class ConditionsConfig(AppConfig):
    """Skin conditions and the gut mechanisms behind them."""

    name = "conditions"
