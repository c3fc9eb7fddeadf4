"""Core forgets the page–tag link now that it lives in the taxonomy app
(taxonomy 0003); its table stays, in use under the new app."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("articles", "0007_tags_through_taxonomy"),
        ("conditions", "0006_tags_through_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TaggedPage")],
            database_operations=[],
        ),
    ]
