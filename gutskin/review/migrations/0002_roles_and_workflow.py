"""Create the clinic's roles and the "Medical review" workflow on every install.

Wagtail's own first migrations make an "Editors" and a "Moderators" group and a
"Moderators approval" workflow on the root page; they become "Clinic editors",
"Medical reviewers" and "Medical review". The workflow sits on the root page, above
every home page, so it covers every content page however the tree is built.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Clinic editors"
REVIEWERS = "Medical reviewers"
WORKFLOW = "Medical review"
TASK = "Medical reviewers approve"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
REVIEWER_PAGE_PERMISSIONS = [
    *EDITOR_PAGE_PERMISSIONS,
    "publish_page",
    "lock_page",
    "unlock_page",
]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
REVIEWER_COLLECTION_PERMISSIONS = [
    *EDITOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("articles", "add_author"),
    ("articles", "change_author"),
    ("articles", "view_author"),
    ("taggit", "add_tag"),
    ("taggit", "change_tag"),
    ("taggit", "view_tag"),
]
REVIEWER_MODEL_PERMISSIONS = [
    *EDITOR_MODEL_PERMISSIONS,
    ("articles", "delete_author"),
    ("taggit", "delete_tag"),
    ("review", "add_reviewer"),
    ("review", "change_reviewer"),
    ("review", "view_reviewer"),
    ("review", "set_review_interval"),
]


def ensure_permissions_exist(apps):
    # Permissions are normally made after all migrations (post_migrate); this
    # migration needs the ones for models created earlier in the same run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def group_named(Group, name, former_name):
    group = Group.objects.filter(name=name).first()
    if group is None:
        group = Group.objects.filter(name=former_name).first() or Group(name=name)
        group.name = name
        group.save()
    return group


def grant(apps, group, root_page, root_collection, page_perms, collection_perms, model_perms):
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    def permission(app_label, codename):
        return Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )

    group.page_permissions.all().delete()
    for codename in page_perms:
        GroupPagePermission.objects.create(
            group=group, page=root_page, permission=permission("wagtailcore", codename)
        )
    group.collection_permissions.all().delete()
    for app_label, codename in collection_perms:
        GroupCollectionPermission.objects.create(
            group=group,
            collection=root_collection,
            permission=permission(app_label, codename),
        )
    group.permissions.set([permission(*pair) for pair in model_perms])


def create_roles_and_workflow(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    editors = group_named(Group, EDITORS, "Editors")
    reviewers = group_named(Group, REVIEWERS, "Moderators")
    grant(
        apps,
        editors,
        root_page,
        root_collection,
        EDITOR_PAGE_PERMISSIONS,
        EDITOR_COLLECTION_PERMISSIONS,
        EDITOR_MODEL_PERMISSIONS,
    )
    grant(
        apps,
        reviewers,
        root_page,
        root_collection,
        REVIEWER_PAGE_PERMISSIONS,
        REVIEWER_COLLECTION_PERMISSIONS,
        REVIEWER_MODEL_PERMISSIONS,
    )

    task = (
        GroupApprovalTask.objects.filter(name__in=[TASK, "Moderators approval"]).first()
    )
    if task is None:
        task = GroupApprovalTask(
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0]
        )
    task.name = TASK
    task.active = True
    task.save()
    task.groups.set([reviewers])

    workflow = Workflow.objects.filter(name__in=[WORKFLOW, "Moderators approval"]).first()
    if workflow is None:
        workflow = Workflow()
    workflow.name = WORKFLOW
    workflow.active = True
    workflow.save()
    workflow.workflow_tasks.all().delete()
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.filter(page=root_page).delete()
    WorkflowPage.objects.create(workflow=workflow, page=root_page)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("articles", "0004_articlepage_last_reviewed_and_more"),
    ]

    operations = [
        migrations.RunPython(create_roles_and_workflow, migrations.RunPython.noop),
    ]
