"""The Workflow API: tasks, their tags and attachments, assignment groups and users."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from .. import models
from .._config import RequestOptions
from ..pagination import Pager, PageSpec
from ..pagination._page import ModelSource
from ._base import (
    OMITTED,
    Omitted,
    Resource,
    check_id,
    check_page_size,
    compact,
    invalid_answer,
    payload,
    sort_param,
    target_and_body,
    to_wire_body,
)

if TYPE_CHECKING:
    from ..models import (
        WorkflowAgentAuth,
        WorkflowAttachmentUploadUrl,
        WorkflowGroup,
        WorkflowTask,
        WorkflowTasksRequest,
        WorkflowUser,
    )

__all__ = ["ASSIGNMENT_MAX_PAGE_SIZE", "TASKS_MAX_PAGE_SIZE", "WorkflowResource"]

#: ``_limit`` maximum of the task search ("Default 100, Max 500").
TASKS_MAX_PAGE_SIZE = 500
#: ``_limit`` maximum of the assignment group and user lists ("Max 200").
ASSIGNMENT_MAX_PAGE_SIZE = 200

_TASK = "/workflow/tasks/{task_uuid}"

T = TypeVar("T")


class WorkflowResource(Resource):
    """The Workflow API, as ``uc.workflow`` (UltraCart's task board; a public API that
    UltraCart's own UI uses).

    Example::

        async for task in uc.workflow.list_tasks(WorkflowTasksRequest(status="open")):
            print(task.task_name, task.due_dts)
    """

    def list_tasks(
        self,
        request: WorkflowTasksRequest | Mapping[str, Any] | None = None,
        *,
        sort: str | list[str] | tuple[str, ...] | None = None,
        page_size: int = TASKS_MAX_PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Pager[WorkflowTask]:
        """Stream the tasks matching a search (``POST /workflow/tasks/search``).

        Args:
            request: The filters, as a :class:`~ultracart_async.models.WorkflowTasksRequest`
                or a dict of wire names; None searches every task.
            sort: Sort keys (``_sort``), e.g. ``"-due_dts"`` or a list.
            page_size: Records per request (``_limit``), 1 to 500.

        Example::

            mine = WorkflowTasksRequest(assigned_to_me=True, status="open")
            async for task in uc.workflow.list_tasks(mine, sort="+due_dts"):
                ...
        """
        body = (
            {} if request is None else to_wire_body("request", request, models.WorkflowTasksRequest)
        )
        spec = PageSpec(
            operation="workflow.list_tasks",
            method="POST",
            path="/workflow/tasks/search",
            items_key="tasks",
            page_size=check_page_size(page_size, TASKS_MAX_PAGE_SIZE),
            params=compact({"_sort": sort_param(sort)}),
            body=body,
            idempotent=True,  # a search sent as POST: it reads only
            options=options,
            id_field="workflow_task_uuid",
        )
        return self._pager(spec, lambda: models.WorkflowTask)

    async def get_task(
        self, task_uuid: str, *, options: RequestOptions | None = None
    ) -> WorkflowTask:
        """Retrieve one task by its uuid."""
        check_id("task_uuid", task_uuid, str)
        response = await self._get(_TASK, {"task_uuid": task_uuid}, options=options)
        return self._unwrap(response, "task", models.WorkflowTask)

    async def insert_task(
        self, task: WorkflowTask | Mapping[str, Any], *, options: RequestOptions | None = None
    ) -> WorkflowTask:
        """Create a task; returns it as stored (with its ``workflow_task_uuid``).

        Not retried after an ambiguous failure: the task may exist already.

        Example::

            task = await uc.workflow.insert_task(
                WorkflowTask(task_name="Call back", object_type="customer profile", object_id="42")
            )
        """
        body = to_wire_body("task", task, models.WorkflowTask)
        response = await self._send(
            "POST", "/workflow/tasks", json=body, idempotent=False, options=options
        )
        return self._unwrap(response, "task", models.WorkflowTask)

    @overload
    async def update_task(
        self,
        task: WorkflowTask | Mapping[str, Any],
        /,
        *,
        options: RequestOptions | None = None,
    ) -> WorkflowTask: ...
    @overload
    async def update_task(
        self,
        task_uuid: str,
        task: WorkflowTask | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> WorkflowTask: ...
    async def update_task(
        self,
        task_uuid: str | WorkflowTask | Mapping[str, Any],
        task: WorkflowTask | Mapping[str, Any] | Omitted = OMITTED,
        *,
        options: RequestOptions | None = None,
    ) -> WorkflowTask:
        """Replace a task; returns it as stored.

        ``update_task(task)`` replaces the task named by its own ``workflow_task_uuid``;
        ``update_task(task_uuid, task)`` names it explicitly (and also takes a dict).

        Example::

            task = await uc.workflow.get_task(uuid)
            task.status = "closed"
            task = await uc.workflow.update_task(task)
        """
        uuid, body = target_and_body(
            task_uuid,
            task,
            model=models.WorkflowTask,
            body_name="task",
            id_name="task_uuid",
            id_attr="workflow_task_uuid",
            kind=str,
        )
        response = await self._send(
            "PUT",
            _TASK,
            path_params={"task_uuid": uuid},
            json=body,
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "task", models.WorkflowTask)

    async def get_tasks_by_object(
        self,
        object_type: str,
        object_id: str | int,
        *,
        options: RequestOptions | None = None,
    ) -> list[WorkflowTask]:
        """The tasks attached to one object, e.g. ``("customer profile", 42)`` or
        ``("order", "DEMO-0001")``.

        Args:
            object_type: The object's type (see ``WORKFLOW_TASK_OBJECT_TYPE_VALUES``).
            object_id: Its id; an int (a customer profile oid) is sent as its digits.
        """
        check_id("object_type", object_type, str)
        if isinstance(object_id, int) and not isinstance(object_id, bool):
            object_id = str(object_id)
        check_id("object_id", object_id, str)
        path_params = {"object_type": object_type, "object_id": object_id}
        response = await self._get(
            "/workflow/tasks/by/{object_type}/{object_id}", path_params, options=options
        )
        return self._unwrap_list(response, "tasks", models.WorkflowTask)

    async def get_open_task_count(self, *, options: RequestOptions | None = None) -> int:
        """How many tasks are open."""
        response = await self._get("/workflow/tasks/open_count", options=options)
        return self._unwrap_value(response, "open_count", int)

    async def get_task_tags(self, *, options: RequestOptions | None = None) -> list[str]:
        """Every tag used on a task, each once."""
        response = await self._get("/workflow/tasks/tags", options=options)
        tags = payload(response, "tags")
        if tags is None:
            return []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise invalid_answer(
                response, "with 'tags' that is not a list of strings", response.data
            )
        return tags

    async def get_attachment_upload_url(
        self, extension: str, *, options: RequestOptions | None = None
    ) -> WorkflowAttachmentUploadUrl:
        """A presigned URL to upload a task attachment with that file extension
        (``"pdf"``, ``"png"``, ...), and the ``key`` to reference it by."""
        check_id("extension", extension, str)
        response = await self._get(
            "/workflow/tasks/attachments/{extension}", {"extension": extension}, options=options
        )
        return self._unwrap(
            response, "workflow_attachment_upload_url", models.WorkflowAttachmentUploadUrl
        )

    def list_assignment_groups(
        self,
        *,
        page_size: int = ASSIGNMENT_MAX_PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Pager[WorkflowGroup]:
        """Stream the groups tasks can be assigned to (``GET /workflow/assignment_groups``).

        Args:
            page_size: Records per request (``_limit``), 1 to 200.
        """
        return self._assignees(
            "groups", "group_id", page_size, options, lambda: models.WorkflowGroup
        )

    def list_assignment_users(
        self,
        *,
        page_size: int = ASSIGNMENT_MAX_PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Pager[WorkflowUser]:
        """Stream the users tasks can be assigned to (``GET /workflow/assignment_users``).

        The envelope's ``my_user_id`` is on each page's ``page.response.data``; or call
        :meth:`get_me`.

        Args:
            page_size: Records per request (``_limit``), 1 to 200.
        """
        return self._assignees("users", "user_id", page_size, options, lambda: models.WorkflowUser)

    def _assignees(
        self,
        kind: str,
        id_field: str,
        page_size: int,
        options: RequestOptions | None,
        model: ModelSource[T],
    ) -> Pager[T]:
        # The assignment groups and users are one listing of two things, named alike.
        spec = PageSpec(
            operation=f"workflow.list_assignment_{kind}",
            method="GET",
            path=f"/workflow/assignment_{kind}",
            items_key=kind,
            page_size=check_page_size(page_size, ASSIGNMENT_MAX_PAGE_SIZE),
            idempotent=True,
            options=options,
            id_field=id_field,
        )
        return self._pager(spec, model)

    async def get_me(self, *, options: RequestOptions | None = None) -> WorkflowUser:
        """The workflow user these credentials act as."""
        response = await self._get("/workflow/me", options=options)
        return self._unwrap(response, "user", models.WorkflowUser)

    async def get_agent_websocket_authorization(
        self, *, options: RequestOptions | None = None
    ) -> WorkflowAgentAuth:
        """A JWT and websocket URL authorizing an agent's websocket connection."""
        response = await self._send(
            "PUT",
            "/workflow/agent/auth",
            # A PUT because it mints a JWT; repeating mints another and returns that one.
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "agent_auth", models.WorkflowAgentAuth)
