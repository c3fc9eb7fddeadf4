"""The search vocabulary's version, one row that every worker process reads."""

from django.db import migrations, models


def create_version(apps, schema_editor):
    apps.get_model("search", "VocabularyVersion").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_editors_keep_synonyms_and_promotions"),
    ]

    operations = [
        migrations.CreateModel(
            name="VocabularyVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("number", models.PositiveBigIntegerField(default=0)),
            ],
            options={
                "verbose_name": "search vocabulary version",
            },
        ),
        migrations.RunPython(create_version, migrations.RunPython.noop),
    ]
