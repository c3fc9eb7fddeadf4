"""Reviewers are people now (gutskin.people); the review task gets its own model.

The permission to set a page's review interval moves from the old Reviewer model
to the task, and every group that held it keeps it.
"""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models


def move_interval_permission(apps, schema_editor):
    review = apps.get_app_config("review")
    review.models_module = True
    create_permissions(review, apps=apps, verbosity=0)
    review.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    new = Permission.objects.get(
        content_type__app_label="review",
        content_type__model="medicalreviewtask",
        codename="set_review_interval",
    )
    old = Permission.objects.filter(
        content_type__app_label="review",
        content_type__model="reviewer",
        codename="set_review_interval",
    )
    for group in Group.objects.filter(permissions__in=old).distinct():
        group.permissions.add(new)
    old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_people_from_authors_and_reviewers"),
        ("articles", "0005_people_and_review_stamp"),
        ("conditions", "0005_conditionpage_author_and_more"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("review", "0003_reviewers_moderate_feedback"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="MedicalReviewTask",
            fields=[
                (
                    "groupapprovaltask_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.groupapprovaltask",
                    ),
                ),
            ],
            options={
                "verbose_name": "medical review task",
                "permissions": [
                    (
                        "set_review_interval",
                        "Can set how often a page is medically reviewed",
                    )
                ],
            },
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.DeleteModel(
            name="Reviewer",
        ),
        migrations.RunPython(move_interval_permission, migrations.RunPython.noop),
    ]
