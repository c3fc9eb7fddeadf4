"""Synonyms move from gutskin.search to the taxonomy app with every vocabulary.

Only Django's idea of where the model lives changes: the table keeps its name
(search_synonym), and the content type is renamed rather than replaced, so the
roles' permissions on synonyms and the search index's entries carry over.
"""

import django.db.models.deletion
import modelsearch.index
from django.conf import settings
from django.db import migrations, models

from gutskin.taxonomy.migration_steps import move_content_type


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_give_every_topic_a_slug"),
        ("search", "0003_vocabulary_version"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Synonym",
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('term', models.CharField(help_text='The word the site uses, such as “eczema” or “gut barrier”.', max_length=80)),
                        ('other_names', models.TextField(blank=True, help_text='Other names for the same thing, one per line (such as “atopic dermatitis”). Shown on the page as “Also known as” and in the A–Z.')),
                        ('search_terms', models.TextField(blank=True, help_text='Everyday words, abbreviations and related terms readers type, one per line (such as “itchy skin” or “SCFA”). Used by search only.')),
                        ('page', models.ForeignKey(blank=True, help_text='The condition or mechanism page these words name, if any. Searching for any of them finds this page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='synonyms', to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={
                        "verbose_name": "synonym",
                        "verbose_name_plural": "synonyms",
                        "db_table": "search_synonym",
                        "ordering": ["term"],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
        move_content_type("synonym", from_app="search", to_app="taxonomy"),
    ]
