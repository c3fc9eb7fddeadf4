"""Article tags go through `taxonomy.TaggedPage`, the same table under its new
app (taxonomy 0003); nothing in the database changes."""

import modelcluster.contrib.taggit
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_sections_show_in_menus"),
        ("taxonomy", "0003_page_tags_move_to_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="articlepage",
                    name="tags",
                    field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='Topics readers can browse by; reuse existing tags where they fit.', through='taxonomy.TaggedPage', to='taggit.Tag', verbose_name='Tags'),
                ),
            ],
            database_operations=[],
        ),
    ]
