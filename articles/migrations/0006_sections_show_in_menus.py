"""Section pages are in the menus, which are now read from the page tree.

The header and footer list the live children of the site's root page that are
marked "Show in menus"; sections made before that were not marked. Their latest
revision is marked too, so the next publish keeps them in the menus.
"""

from django.db import migrations

SECTIONS = [
    ("conditions", "ConditionIndexPage"),
    ("conditions", "MechanismIndexPage"),
    ("articles", "ArticleIndexPage"),
]


def show_sections_in_menus(apps, schema_editor):
    Revision = apps.get_model("wagtailcore", "Revision")
    for app_label, model_name in SECTIONS:
        model = apps.get_model(app_label, model_name)
        for page in model.objects.filter(show_in_menus=False):
            page.show_in_menus = True
            page.save(update_fields=["show_in_menus"])
            revision = Revision.objects.filter(pk=page.latest_revision_id).first()
            if revision is not None:
                revision.content["show_in_menus"] = True
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_people_and_review_stamp"),
        ("conditions", "0005_conditionpage_author_and_more"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(show_sections_in_menus, migrations.RunPython.noop),
    ]
