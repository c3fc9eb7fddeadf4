"""How often one reader may send feedback, and which address is theirs.

A reader is known only by their IP address, kept as a keyed hash (client_key_for).
Limits count the feedback already stored, so they hold across every process
serving the site without a shared cache.
"""

import ipaddress
import math
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import Feedback

# (answers, seconds): one answer a minute about any one page, so a double click
# counts once and a reader can still rate page after page; ten an hour across the
# site, which no reader needs to pass. FEEDBACK_RATE_LIMITS overrides either.
DEFAULT_RATE_LIMITS = {"per_page": (1, 60), "per_site": (10, 60 * 60)}


@dataclass(frozen=True)
class Wait:
    """Why a reader must wait before sending, and for how many whole seconds."""

    seconds: int
    per_page: bool


def rate_limits():
    return {**DEFAULT_RATE_LIMITS, **getattr(settings, "FEEDBACK_RATE_LIMITS", {})}


def wait_before_sending(client_key, page):
    """The Wait this client has before sending feedback about a page, or None."""
    limits = rate_limits()
    now = timezone.now()
    sent = Feedback.objects.filter(client_key=client_key)
    per_page = _seconds_to_wait(sent.filter(page=page), *limits["per_page"], now)
    per_site = _seconds_to_wait(sent, *limits["per_site"], now)
    if not (per_page or per_site):
        return None
    return Wait(seconds=max(per_page, per_site), per_page=per_page >= per_site)


def _seconds_to_wait(sent, count, seconds, now):
    window = timedelta(seconds=seconds)
    times = list(
        sent.filter(created_at__gt=now - window)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:count]
    )
    if len(times) < count:
        return 0
    # Fewer than `count` remain in the window once the count-th newest leaves it.
    return math.ceil((times[-1] + window - now).total_seconds())


def client_address(request):
    """The address of the reader who sent a request.

    REMOTE_ADDR, unless the request came from a proxy named in TRUSTED_PROXY_IPS:
    then the right-most X-Forwarded-For address that is not one of those proxies.
    Each proxy appends the address it received from, so everything to the left of
    that is whatever the client chose to send. Without the setting the header is
    ignored, since anyone can send it.
    """
    remote = request.META.get("REMOTE_ADDR") or ""
    proxies = trusted_proxies()
    if not proxies or not _is_in(remote, proxies):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _ip_address(hop)
        if address is None:
            # Not an address, where a trusted proxy should have written one: the
            # last trusted hop is the nearest to the reader that can be believed.
            return remote
        if not _is_in(address, proxies):
            return str(address)
        remote = str(address)
    return remote


def trusted_proxies():
    """The networks of TRUSTED_PROXY_IPS: addresses such as 10.0.0.5, or 10.0.0.0/8.

    An entry that is neither is skipped, so readers never see an error; the
    system check in apps.py reports it.
    """
    networks = map(_network, _trusted_proxy_entries())
    return [network for network in networks if network is not None]


def invalid_trusted_proxies():
    """The entries of TRUSTED_PROXY_IPS that are not an address or a network."""
    return [proxy for proxy in _trusted_proxy_entries() if _network(proxy) is None]


def _trusted_proxy_entries():
    entries = getattr(settings, "TRUSTED_PROXY_IPS", [])
    return [str(entry).strip() for entry in entries if str(entry).strip()]


def _network(text):
    try:
        return ipaddress.ip_network(text, strict=False)
    except ValueError:
        return None


def _is_in(address, networks):
    if isinstance(address, str):
        address = _ip_address(address)
    return address is not None and any(address in network for network in networks)


def _ip_address(text):
    """An address from a forwarding header, which some proxies give with a port."""
    text = text.strip()
    if text.startswith("["):  # [2001:db8::1]:443
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:  # 192.0.2.1:443
        text = text.partition(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None
