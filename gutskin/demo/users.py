"""One demo login per role, for trying the editorial workflow locally."""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from gutskin.review.models import Reviewer


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    group: str | None = None
    superuser: bool = False
    reviewer_credentials: str | None = None


DEMO_USERS = [
    DemoUser("editor", "Clinic", "editor", group="Clinic editors"),
    DemoUser(
        "reviewer",
        "Consultant",
        "dermatologist",
        group="Medical reviewers",
        reviewer_credentials="MD",
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
        if demo.reviewer_credentials is not None:
            Reviewer.objects.get_or_create(
                user=user,
                defaults={
                    "name": user.get_full_name(),
                    "credentials": demo.reviewer_credentials,
                },
            )
        role = "superuser" if demo.superuser else demo.group
        rows.append((demo.username, role, password))
    return rows
