from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared core: the content page base, blocks, tags and helpers."""

    name = "gutskin.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from . import content_version

        content_version.connect_signals()
