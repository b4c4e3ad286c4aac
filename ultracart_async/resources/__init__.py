"""The per-resource clients: one method per UltraCart operation, thin and alike."""

from .customers import CustomersResource
from .users import UsersResource
from .webhooks import WebhooksResource
from .workflow import WorkflowResource

__all__ = ["CustomersResource", "UsersResource", "WebhooksResource", "WorkflowResource"]
