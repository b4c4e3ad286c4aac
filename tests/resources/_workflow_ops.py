"""The workflow operations of the table-driven tests: call, request, answer, result; the
paged ones; the bad input each refuses."""

from __future__ import annotations

from ultracart_async.models import (
    WorkflowAgentAuth,
    WorkflowAttachmentUploadUrl,
    WorkflowGroup,
    WorkflowTask,
    WorkflowTasksRequest,
    WorkflowUser,
)

from ._ops import Bad, Op, Paged

WF = "/rest/v2/workflow"
TASK_JSON = {"workflow_task_uuid": "t-1", "task_name": "Call back", "status": "open"}
TASK = WorkflowTask(workflow_task_uuid="t-1", task_name="Call back", status="open")

OPS = [
    Op(
        "getWorkflowTask",
        call=lambda uc, o: uc.workflow.get_task("t-1", options=o),
        method="GET",
        path=WF + "/tasks/t-1",
        answer={"task": TASK_JSON, "success": True},
        expected=TASK,
        idempotent=True,
    ),
    Op(
        "insertWorkflowTask",
        call=lambda uc, o: uc.workflow.insert_task(
            WorkflowTask(task_name="Call back", object_type="customer profile", object_id="42"),
            options=o,
        ),
        method="POST",
        path=WF + "/tasks",
        body={"task_name": "Call back", "object_type": "customer profile", "object_id": "42"},
        answer={"task": TASK_JSON, "success": True},
        expected=TASK,
        idempotent=False,
    ),
    Op(
        "updateWorkflowTask",
        call=lambda uc, o: uc.workflow.update_task("t-1", {"status": "closed"}, options=o),
        method="PUT",
        path=WF + "/tasks/t-1",
        body={"status": "closed"},
        answer={"task": TASK_JSON, "success": True},
        expected=TASK,
        idempotent=True,
    ),
    Op(
        "getWorkflowTaskByObjectType",
        call=lambda uc, o: uc.workflow.get_tasks_by_object("order", "DEMO/0001", options=o),
        method="GET",
        path=WF + "/tasks/by/order/DEMO%2F0001",
        answer={"tasks": [TASK_JSON], "success": True},
        expected=[TASK],
        idempotent=True,
    ),
    Op(
        "getWorkflowTaskOpenCount",
        call=lambda uc, o: uc.workflow.get_open_task_count(options=o),
        method="GET",
        path=WF + "/tasks/open_count",
        answer={"open_count": 7, "success": True},
        expected=7,
        idempotent=True,
    ),
    Op(
        "getWorkflowTaskTags",
        call=lambda uc, o: uc.workflow.get_task_tags(options=o),
        method="GET",
        path=WF + "/tasks/tags",
        answer={"tags": ["vip", "refund"], "success": True},
        expected=["vip", "refund"],
        idempotent=True,
    ),
    Op(
        "getWorkflowTaskAttachmentUploadUrl",
        call=lambda uc, o: uc.workflow.get_attachment_upload_url("pdf", options=o),
        method="GET",
        path=WF + "/tasks/attachments/pdf",
        answer={
            "workflow_attachment_upload_url": {"key": "k1", "url": "https://s3/x"},
            "success": True,
        },
        expected=WorkflowAttachmentUploadUrl(key="k1", url="https://s3/x"),
        idempotent=True,
    ),
    Op(
        "getWorkflowMe",
        call=lambda uc, o: uc.workflow.get_me(options=o),
        method="GET",
        path=WF + "/me",
        answer={"user": {"user_id": 5, "user": "jane"}, "success": True},
        expected=WorkflowUser(user_id=5, user="jane"),
        idempotent=True,
    ),
    Op(
        "getWorkflowAgentWebsocketAuthorization",
        call=lambda uc, o: uc.workflow.get_agent_websocket_authorization(options=o),
        method="PUT",
        path=WF + "/agent/auth",
        answer={"agent_auth": {"jwt": "j.w.t", "websocket_url": "wss://x"}, "success": True},
        expected=WorkflowAgentAuth(jwt="j.w.t", websocket_url="wss://x"),
        idempotent=True,
    ),
]


TASKS = [{"workflow_task_uuid": f"t-{n}", "task_name": f"task {n}"} for n in (1, 2, 3)]

GROUPS = [{"group_id": n, "group": f"g{n}"} for n in (1, 2, 3)]

USERS = [{"user_id": n, "user": f"u{n}"} for n in (1, 2, 3)]


PAGED = [
    Paged(
        "getWorkflowTasks",
        lambda uc: uc.workflow.list_tasks(
            WorkflowTasksRequest(assigned_to_me=True, status="open", tags=["vip"]),
            sort="+due_dts",
            page_size=2,
        ),
        "POST",
        WF + "/tasks/search",
        {"_sort": "+due_dts"},
        "tasks",
        TASKS,
        WorkflowTask,
        body={"assigned_to_me": True, "status": "open", "tags": ["vip"]},
        raw_query_has=["_sort=%2Bdue_dts"],
    ),
    Paged(
        "getWorkflowAssignmentGroups",
        lambda uc: uc.workflow.list_assignment_groups(page_size=2),
        "GET",
        WF + "/assignment_groups",
        {},
        "groups",
        GROUPS,
        WorkflowGroup,
    ),
    Paged(
        "getWorkflowAssignmentUsers",
        lambda uc: uc.workflow.list_assignment_users(page_size=2),
        "GET",
        WF + "/assignment_users",
        {},
        "users",
        USERS,
        WorkflowUser,
    ),
]


BAD: list[Bad] = [
    (lambda uc: uc.workflow.get_task(5), "task_uuid must be a str, got int"),
    (lambda uc: uc.workflow.get_task(""), "task_uuid must not be empty"),
    (lambda uc: uc.workflow.update_task("t-1", None), "task must be a WorkflowTask or a dict"),
    (lambda uc: uc.workflow.update_task(None, {}), "task_uuid is required"),
    (lambda uc: uc.workflow.insert_task("call back"), "task must be a WorkflowTask or a dict"),
    (lambda uc: uc.workflow.list_tasks("open"), "request must be a WorkflowTasksRequest or a dict"),
    (
        lambda uc: uc.workflow.list_tasks(page_size=501),
        "page_size must be between 1 and 500, got 501",
    ),
    (lambda uc: uc.workflow.list_tasks(sort=5), "sort must be a string or a list of strings"),
    (
        lambda uc: uc.workflow.list_assignment_groups(page_size=201),
        "page_size must be between 1 and 200",
    ),
    (lambda uc: uc.workflow.list_assignment_users(page_size=True), "page_size must be an int"),
    (lambda uc: uc.workflow.get_tasks_by_object("", "1"), "object_type must not be empty"),
    (lambda uc: uc.workflow.get_tasks_by_object("order", None), "object_id is required"),
    (lambda uc: uc.workflow.get_attachment_upload_url(""), "extension must not be empty"),
]
