"""Public profiles of the people behind the pages, and what each wrote or reviewed."""

from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.http import Http404
from django.shortcuts import render
from wagtail.images import get_image_model

from .models import Person
from .pages import Tally, credits_for, tallies
from .structured_data import SHARE_PHOTO_SPEC, index_sharing, profile_sharing

# The renditions the templates show, fetched with the people rather than one
# query per photo.
INDEX_PHOTO_SPECS = ("fill-96x96", "fill-192x192")  # 1x and 2x screens
PROFILE_PHOTO_SPEC = "fill-240x240"

INDEX_DESCRIPTION = (
    "The clinic staff who write the pages on this site and the clinicians who "
    "medically review them."
)


def with_photos(people, *specs):
    images = get_image_model().objects.prefetch_renditions(*specs)
    return people.prefetch_related(Prefetch("photo", queryset=images))


def person_index(request):
    """Everyone named on the site as an author or reviewer: people, then teams."""
    people = with_photos(
        Person.objects.order_by(
            Case(
                When(kind=Person.Kind.PERSON, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
            "name",
        ),
        *INDEX_PHOTO_SPECS,
    )
    counts = tallies()
    for person in people:
        person.tally = counts.get(person.pk, Tally())
    return render(
        request,
        "people/person_index.html",
        {
            "people": [person for person in people if not person.is_team],
            "teams": [person for person in people if person.is_team],
            "share": index_sharing(request, INDEX_DESCRIPTION),
        },
    )


def person_profile(request, slug):
    """One person's profile, with the pages they wrote and the pages they reviewed."""
    # No slug longer than the field holds can name anyone; PostgreSQL would
    # compare it happily, but there is no need to ask.
    if len(slug) > Person._meta.get_field("slug").max_length:
        raise Http404("No such person.")
    person = with_photos(
        Person.objects.filter(slug=slug), PROFILE_PHOTO_SPEC, SHARE_PHOTO_SPEC
    ).first()
    if person is None:
        raise Http404("No such person.")
    credits = credits_for(person)
    return render(
        request,
        "people/person_profile.html",
        {
            "person": person,
            "written": credits.written,
            "reviewed": credits.reviewed,
            "share": profile_sharing(person, request),
        },
    )
