"""Receives "Was this page helpful?" posts; a plain form, so no JavaScript needed."""

import math

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from gutskin.core.privacy import readable

from .forms import FeedbackForm
from .limits import client_address, wait_before_sending
from .models import Feedback, client_key_for

LOOKS_AUTOMATED = (
    "Your feedback was not sent because the form looked as if it had been filled "
    "in automatically. Please go back to the page and try again."
)
FROM_ANOTHER_SITE = (
    "Your feedback was not sent because the form was sent from another website. "
    "Please go back to the page on this site and send it from there."
)
SENT_ABOUT_THIS_PAGE = "You have just sent feedback about this page."
SENT_A_LOT = "You have sent a lot of feedback in a short time."
SEND_IT_LATER = "You can send this in about {wait}."
KEPT = "Your answer is kept below."
KEPT_WITH_COMMENT = "Your answer and comment are kept below."


class HttpResponseSeeOther(HttpResponseRedirect):
    """303: after a successful POST the browser fetches the page with GET."""

    status_code = 303


def in_words(seconds):
    """A wait as a reader says it: "40 seconds", "2 minutes", rounded up."""
    if seconds <= 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def refuse(request, page, messages, status, form=None):
    return render(
        request,
        "feedback/feedback_error.html",
        {"page": page, "messages_for_reader": messages, "feedback_form": form},
        status=status,
    )


def from_another_site(request):
    """Whether the browser says the form was sent from another site.

    Browsers name the page a POST comes from in Origin (and Sec-Fetch-Site); a
    client that sends neither, such as an old browser, is taken at its word.
    """
    origin = request.headers.get("Origin")
    if origin is not None:
        own = f"{request.scheme}://{request.get_host()}"
        return origin not in (own, *settings.CSRF_TRUSTED_ORIGINS)
    return request.headers.get("Sec-Fetch-Site") == "cross-site"


# The form sits on pages kept whole for every reader (gutskin/core/page_cache.py),
# so it carries no per-reader CSRF token. It signs nobody in and changes nothing
# of anyone's: a forged post could only add an anonymous answer, and the browser's
# Origin check below, the honeypot and the rate limits keep those out.
@csrf_exempt
@require_POST
def submit(request, page_id):
    """Store one reader's answer about a live, public page, then show their thanks."""
    page = get_object_or_404(readable(Page.objects.all()), pk=page_id)
    page_url = page.get_url(request=request)
    if page_url is None:  # live, but outside every site: no reader could be on it
        raise Http404("This page is not on the site.")
    if from_another_site(request):
        return refuse(request, page, [FROM_ANOTHER_SITE], status=403)
    form = FeedbackForm(request.POST)
    if form.is_bot():
        return refuse(request, page, [LOOKS_AUTOMATED], status=400)
    if not form.is_valid():
        messages = [error for errors in form.errors.values() for error in errors]
        return refuse(request, page, messages, status=400, form=form)

    client_key = client_key_for(client_address(request))
    wait = wait_before_sending(client_key, page)
    if wait:
        # The form comes back filled in, so nothing the reader wrote is lost.
        reason = SENT_ABOUT_THIS_PAGE if wait.per_page else SENT_A_LOT
        later = SEND_IT_LATER.format(wait=in_words(wait.seconds))
        kept = KEPT_WITH_COMMENT if form.cleaned_data["comment"] else KEPT
        messages = [reason, f"{later} {kept}"]
        response = refuse(request, page, messages, status=429, form=form)
        response["Retry-After"] = str(wait.seconds)
        return response

    Feedback.objects.create(
        page=page,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
        client_key=client_key,
    )
    return HttpResponseSeeOther(f"{page_url}?feedback=sent#feedback-heading")
