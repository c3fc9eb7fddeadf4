"""One demo login per role, for trying the editorial workflow locally.

The "reviewer" login gets a profile of its own, Dr Morgan Trialson, rather than
becoming one of the demo content's reviewers. The demo's reviews were made by
Dr Imogen Testwell and Dr Jonah Sampleton through logins nobody can sign in with
(gutskin.demo.content.PEOPLE); keeping the sign-in login apart means that what
you approve while trying the site is stamped with a name of its own, so the
demo's history stays as the loader wrote it and no password is ever given to a
login the demo's reviews were recorded under.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from gutskin.people.models import Person

from . import illustrations


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    group: str | None = None
    superuser: bool = False
    profile: dict | None = None


REVIEWER_PROFILE = {
    "slug": "morgan-trialson",
    "name": "Dr Morgan Trialson",
    "credentials": "MD",
    "job_title": "Dermatologist (demo sign-in)",
    "biography": (
        "This is a fictional demo profile: Dr Morgan Trialson is not a real person. "
        "Pages approved through the demo's reviewer login are stamped with this "
        "name."
    ),
    "avatar": {"initials": "MT", "colour": "#083a44"},
}

DEMO_USERS = [
    DemoUser("editor", "Clinic", "editor", group="Clinic editors"),
    DemoUser(
        "reviewer",
        "Morgan",
        "Trialson",
        group="Medical reviewers",
        profile=REVIEWER_PROFILE,
    ),
    DemoUser("admin", "Site", "administrator", superuser=True),
]


@transaction.atomic
def create_demo_users():
    """Create missing demo users; return (username, role, password or None) rows.

    A password is made and returned only when its user is created, so it is shown
    once; an existing user's password is never changed.
    """
    User = get_user_model()
    rows = []
    for demo in DEMO_USERS:
        user = User.objects.filter(username=demo.username).first()
        password = None
        if user is None:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                demo.username,
                email=f"{demo.username}@clinic.invalid",
                password=password,
                first_name=demo.first_name,
                last_name=demo.last_name,
                is_staff=demo.superuser,
                is_superuser=demo.superuser,
            )
        if demo.group:
            user.groups.add(Group.objects.get(name=demo.group))
        if demo.profile is not None and not Person.objects.filter(user=user).exists():
            _create_profile(user, demo.profile)
        role = "superuser" if demo.superuser else demo.group
        rows.append((demo.username, role, password))
    return rows


def _create_profile(user, profile):
    avatar = profile["avatar"]
    photo = illustrations.sync_image(
        illustrations.demo_collection(),
        f"Demo portrait: {profile['name']}",
        lambda: illustrations.avatar(avatar["initials"], avatar["colour"]),
        f"demo-portrait-{profile['slug']}.png",
    )
    Person.objects.create(
        user=user,
        name=profile["name"],
        slug=Person.unique_slug(profile["slug"]),
        credentials=profile["credentials"],
        job_title=profile["job_title"],
        biography=profile["biography"],
        photo=photo,
    )
