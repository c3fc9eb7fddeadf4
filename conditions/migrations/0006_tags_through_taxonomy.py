"""Condition and mechanism tags go through `taxonomy.TaggedPage`, the same table
under its new app (taxonomy 0003); nothing in the database changes."""

import modelcluster.contrib.taggit
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0005_conditionpage_author_and_more"),
        ("taxonomy", "0003_page_tags_move_to_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name=model_name,
                    name="tags",
                    field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='Topics readers can browse by; reuse existing tags where they fit.', through='taxonomy.TaggedPage', to='taggit.Tag', verbose_name='Tags'),
                )
                for model_name in ("conditionpage", "mechanismpage")
            ],
            database_operations=[],
        ),
    ]
