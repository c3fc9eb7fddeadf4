from wagtail import hooks

from gutskin.core.structured_data import PUBLISHER_HOOK

from .structured_data import clinic_publisher

hooks.register(PUBLISHER_HOOK, clinic_publisher)
