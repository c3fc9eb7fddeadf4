from django.apps import AppConfig


class ReferencesConfig(AppConfig):
    """Numbered references and the citations that point at them."""

    name = "gutskin.references"
    label = "references"
