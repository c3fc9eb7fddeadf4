"""The page–tag link moves from gutskin.core to the taxonomy app with the other
vocabularies.

Only Django's idea of where the model lives changes: the table keeps its name
(core_taggedpage) and its rows, and the content type is renamed rather than
replaced, so permissions on it carry over. The page types' `tags` fields are
pointed at the new model by their own apps' migrations, and core 0002 then
forgets the old one.
"""

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models

from gutskin.taxonomy.migration_steps import move_content_type


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0002_synonyms_move_to_taxonomy"),
        ("core", "0001_initial"),
        (
            "taggit",
            "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx",
        ),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TaggedPage",
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('content_object', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_items', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('tag', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s_items', to='taggit.tag')),
                    ],
                    options={
                        "verbose_name": "page tag",
                        "verbose_name_plural": "page tags",
                        "db_table": "core_taggedpage",
                    },
                ),
            ],
            database_operations=[],
        ),
        move_content_type("taggedpage", from_app="core", to_app="taxonomy"),
    ]
