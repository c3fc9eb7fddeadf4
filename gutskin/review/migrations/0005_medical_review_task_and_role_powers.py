"""The "Medical review" workflow uses the medical review task; the roles' page powers.

1. Task. The workflow's plain group approval task ("Medical reviewers approve",
   made in 0002) is replaced by a MedicalReviewTask with the same name and groups,
   in the same place in the workflow, so a second person approves what someone
   submits. Pages already waiting for review, or sent back for changes, keep their
   place: their current task states move to the new task, which has the same name,
   so nobody has to submit again and the history reads as before, and the new
   rules apply to their approval. Finished workflows keep pointing at the old task
   as history; it is then renamed and deactivated, or deleted when nothing refers
   to it (a fresh install). Either way the workflow ends with one active task.

2. Page permissions. Editors hold "add" and "change" on every page; reviewers also
   "publish", "lock" and "unlock". Any other page permission these two groups hold
   is removed: deleting, moving and privacy are the administrators' (see
   gutskin/review/permissions.py and README "Who may do what").
"""

from django.db import migrations

WORKFLOW = "Medical review"
EDITORS = "Clinic editors"
REVIEWERS = "Medical reviewers"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
REVIEWER_PAGE_PERMISSIONS = [
    *EDITOR_PAGE_PERMISSIONS,
    "publish_page",
    "lock_page",
    "unlock_page",
]
REPLACED_SUFFIX = " (replaced by the medical review task)"
ACTIVE_WORKFLOW_STATUSES = ["in_progress", "needs_changes"]


def use_medical_review_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    MedicalReviewTask = apps.get_model("review", "MedicalReviewTask")

    medical_type, _ = ContentType.objects.get_or_create(
        app_label="review", model="medicalreviewtask"
    )
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:
        return
    for link in WorkflowTask.objects.filter(workflow=workflow):
        old = GroupApprovalTask.objects.filter(pk=link.task_id).first()
        if old is None or MedicalReviewTask.objects.filter(pk=old.pk).exists():
            continue
        new = MedicalReviewTask.objects.create(
            name=old.name, content_type=medical_type, active=True
        )
        new.groups.set(old.groups.all())
        link.task = new
        link.save()
        TaskState.objects.filter(
            task=old, workflow_state__status__in=ACTIVE_WORKFLOW_STATUSES
        ).update(task=new)
        if TaskState.objects.filter(task=old).exists():
            old.name = (old.name + REPLACED_SUFFIX)[:255]
            old.active = False
            old.save()
        else:
            old.delete()


def set_role_page_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    root = Page.objects.get(depth=1)
    for name, codenames in [
        (EDITORS, EDITOR_PAGE_PERMISSIONS),
        (REVIEWERS, REVIEWER_PAGE_PERMISSIONS),
    ]:
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        GroupPagePermission.objects.filter(group=group).exclude(
            permission__codename__in=codenames
        ).delete()
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0004_medical_review_task_and_people"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(use_medical_review_task, migrations.RunPython.noop),
        migrations.RunPython(set_role_page_permissions, migrations.RunPython.noop),
    ]
