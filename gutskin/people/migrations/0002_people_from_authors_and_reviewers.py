"""Authors and reviewers become people: one profile for whoever writes or reviews.

Every Author and every Reviewer is copied to a Person; a reviewer who is also an
author under the same name becomes one person. The legacy ids are kept for the
content apps' migrations to repoint their foreign keys, then removed (0003).
The roles get the same powers over people they had over authors.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models
from django.utils.text import slugify

EDITORS = "Clinic editors"
REVIEWERS = "Medical reviewers"
EDITOR_PERMISSIONS = ["add_person", "change_person", "view_person"]
REVIEWER_PERMISSIONS = [*EDITOR_PERMISSIONS, "delete_person"]


def unique_slug(Person, name):
    base = slugify(name)[:100] or "person"
    slug, number = base, 1
    while Person.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def copy_people(apps, schema_editor):
    Person = apps.get_model("people", "Person")
    Author = apps.get_model("articles", "Author")
    Reviewer = apps.get_model("review", "Reviewer")
    for author in Author.objects.order_by("pk"):
        Person.objects.create(
            legacy_author_id=author.pk,
            name=author.name,
            slug=unique_slug(Person, author.name),
            # Authors were named by role; one without letters was a team.
            kind="person" if author.credentials else "team",
            credentials=author.credentials,
            job_title=author.role,
        )
    for reviewer in Reviewer.objects.order_by("pk"):
        person = Person.objects.filter(
            legacy_reviewer_id__isnull=True,
            name=reviewer.name,
            credentials=reviewer.credentials,
        ).first()
        if person is None:
            person = Person(
                name=reviewer.name,
                slug=unique_slug(Person, reviewer.name),
                credentials=reviewer.credentials,
            )
        person.legacy_reviewer_id = reviewer.pk
        person.registration_number = reviewer.registration_number
        person.user_id = reviewer.user_id
        person.save()

    people = apps.get_app_config("people")
    people.models_module = True
    create_permissions(people, apps=apps, verbosity=0)
    people.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ((EDITORS, EDITOR_PERMISSIONS), (REVIEWERS, REVIEWER_PERMISSIONS)):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="people", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("articles", "0004_articlepage_last_reviewed_and_more"),
        ("review", "0003_reviewers_moderate_feedback"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="legacy_author_id",
            field=models.BigIntegerField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="person",
            name="legacy_reviewer_id",
            field=models.BigIntegerField(null=True, editable=False),
        ),
        migrations.RunPython(copy_people, migrations.RunPython.noop),
    ]
