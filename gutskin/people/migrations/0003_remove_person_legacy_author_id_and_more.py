"""The legacy ids served the content apps' migrations; they are no longer needed."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('people', '0002_people_from_authors_and_reviewers'),
        ('articles', '0005_people_and_review_stamp'),
        ('conditions', '0005_conditionpage_author_and_more'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='person',
            name='legacy_author_id',
        ),
        migrations.RemoveField(
            model_name='person',
            name='legacy_reviewer_id',
        ),
    ]
