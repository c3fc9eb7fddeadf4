"""Medical reviewers edit the clinic's details; clinic editors do not.

The details speak for the clinic on every page (its address, phone number and
what to do in an emergency), so they change only with a reviewer's say-so.
Superusers can edit them anyway.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWERS = "Medical reviewers"
PERMISSION = "change_clinicsettings"


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations (post_migrate).
    clinic = apps.get_app_config("clinic")
    clinic.models_module = True
    create_permissions(clinic, apps=apps, verbosity=0)
    clinic.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="clinic", codename=PERMISSION
    )
    for group in Group.objects.filter(name=REVIEWERS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="clinic", codename=PERMISSION
    ).first()
    if permission is not None:
        for group in Group.objects.filter(name=REVIEWERS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("clinic", "0001_initial"),
        ("review", "0002_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
