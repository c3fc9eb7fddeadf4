"""A step the migrations that move a model into the taxonomy app share.

Used only by migrations (taxonomy 0002 and 0003); kept here so moving a content
type between apps is written once.
"""

from django.db import migrations


def move_content_type(model, from_app, to_app):
    """Rename a model's content type from one app to another, and back on reverse.

    Renaming rather than replacing keeps the permissions and other rows that point
    at the content type. A content type already under the target app (created by
    post_migrate while the model's state was in both apps) is left as it is.
    """

    def move(source, target):
        def step(apps, schema_editor):
            ContentType = apps.get_model("contenttypes", "ContentType")
            if ContentType.objects.filter(app_label=target, model=model).exists():
                return
            ContentType.objects.filter(app_label=source, model=model).update(
                app_label=target
            )

        return step

    return migrations.RunPython(move(from_app, to_app), move(to_app, from_app))
