"""Synonyms now belong to gutskin.taxonomy (its migration 0002); the table stays."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_vocabulary_version"),
        ("taxonomy", "0002_synonyms_move_to_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Synonym")],
            database_operations=[],
        ),
    ]
