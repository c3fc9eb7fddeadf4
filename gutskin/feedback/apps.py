from django.apps import AppConfig
from django.core import checks


class FeedbackConfig(AppConfig):
    """ "Was this page helpful?" answers from readers, for reviewers to act on."""

    name = "gutskin.feedback"
    label = "feedback"

    def ready(self):
        checks.register(check_trusted_proxies)


def check_trusted_proxies(app_configs, **kwargs):
    """A mistyped proxy address would quietly lump every reader together."""
    from .limits import invalid_trusted_proxies

    return [
        checks.Error(
            f"TRUSTED_PROXY_IPS holds {proxy!r}, which is not an IP address or "
            "network.",
            hint="Give addresses such as 10.0.0.5 or networks such as 10.0.0.0/8, "
            "separated by commas.",
            id="feedback.E001",
        )
        for proxy in invalid_trusted_proxies()
    ]
