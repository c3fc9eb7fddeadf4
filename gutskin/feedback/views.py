"""Receives "Was this page helpful?" posts; a plain form, so no JavaScript needed."""

from datetime import timedelta

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .forms import FeedbackForm
from .models import Feedback, client_key_for

RATE_LIMIT = timedelta(seconds=60)
LOOKS_AUTOMATED = (
    "Your feedback was not sent because the form looked as if it had been filled "
    "in automatically. Please go back to the page and try again."
)
TOO_SOON = "You've just sent feedback; please wait a minute before sending more."


class HttpResponseSeeOther(HttpResponseRedirect):
    """303: after a successful POST the browser fetches the page with GET."""

    status_code = 303


def client_address(request):
    # REMOTE_ADDR only: X-Forwarded-For is whatever the client chose to send
    # unless a trusted proxy sets it, and nothing in the settings says one does.
    return request.META.get("REMOTE_ADDR") or ""


def refuse(request, page, messages, status, form=None):
    return render(
        request,
        "feedback/feedback_error.html",
        {"page": page, "messages_for_reader": messages, "feedback_form": form},
        status=status,
    )


@require_POST
def submit(request, page_id):
    """Store one reader's answer about a live, public page, then show their thanks."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    page_url = page.get_url(request=request)
    if page_url is None:  # live, but outside every site: no reader could be on it
        raise Http404("This page is not on the site.")
    form = FeedbackForm(request.POST)
    if form.is_bot():
        return refuse(request, page, [LOOKS_AUTOMATED], status=400)
    if not form.is_valid():
        messages = [error for errors in form.errors.values() for error in errors]
        return refuse(request, page, messages, status=400, form=form)

    client_key = client_key_for(client_address(request))
    recent = Feedback.objects.filter(
        client_key=client_key, created_at__gte=timezone.now() - RATE_LIMIT
    )
    if recent.exists():
        response = refuse(request, page, [TOO_SOON], status=429)
        response["Retry-After"] = str(int(RATE_LIMIT.total_seconds()))
        return response

    Feedback.objects.create(
        page=page,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
        client_key=client_key,
    )
    return HttpResponseSeeOther(f"{page_url}?feedback=sent#feedback-heading")
