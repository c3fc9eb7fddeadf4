"""Medical reviewers moderate reader feedback; clinic editors do not see it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

FEEDBACK_PERMISSIONS = ["view_feedback", "change_feedback", "delete_feedback"]


def grant_feedback_moderation(apps, schema_editor):
    # The feedback permissions are made after all migrations unless made here.
    feedback = apps.get_app_config("feedback")
    feedback.models_module = True
    create_permissions(feedback, apps=apps, verbosity=0)
    feedback.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    reviewers = Group.objects.get(name="Medical reviewers")
    reviewers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="feedback", codename__in=FEEDBACK_PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0002_roles_and_workflow"),
        ("feedback", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(grant_feedback_moderation, migrations.RunPython.noop),
    ]
