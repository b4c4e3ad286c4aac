"""The public face: ``__all__`` is pinned, every public name is documented, and the layers
import only downwards."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import ultracart_async

PACKAGE = Path(ultracart_async.__file__).parent

PUBLIC = {
    "APIConnectionError", "APIError", "APIResponse", "APIResponseValidationError",
    "APIStatusError", "APITimeoutError", "ApplicationDisabledError", "AuthenticationError",
    "BadRequestError", "ClientClosedError", "Clock", "ConfigurationError", "ConflictError",
    "DEFAULT_WINDOWS", "Export", "ExportProgress", "ExportStats", "FieldIssue", "Limiter",
    "LimiterState",
    "LimiterUnavailableError", "NotFoundError", "Page", "Pager", "PaginationError",
    "PermissionDeniedError", "RateLimitDeadlineError", "RateLimitError", "RateWindow",
    "RequestOptions", "ResponseTooLargeError", "ResumePoint",
    "RetryPolicy", "Sender", "SenderRequest", "SenderResponse", "ServerError", "StreamStats",
    "SystemClock",
    "Timeouts", "TokenBucketLimiter",
    "UltraCartClient", "UltraCartError", "WebhookAuthenticationError", "WebhookBasicAuth",
    "WebhookDeduplicator", "WebhookDeliveryError", "WebhookEvent", "WebhookPayloadTooLargeError",
    "WebhookReceiver", "WebhookResponse", "WebhookRouter", "__version__", "capture_responses",
    "parse_delivery",
}  # fmt: skip


def test_all_is_pinned() -> None:
    assert set(ultracart_async.__all__) == PUBLIC
    assert len(ultracart_async.__all__) == len(PUBLIC)
    for name in PUBLIC:
        assert hasattr(ultracart_async, name), name


@pytest.mark.parametrize("name", sorted(PUBLIC - {"__version__", "DEFAULT_WINDOWS"}))
def test_every_public_name_and_method_has_a_docstring(name: str) -> None:
    obj = getattr(ultracart_async, name)
    assert inspect.getdoc(obj), f"{name} has no docstring"
    if inspect.isclass(obj) and not issubclass(obj, BaseException):
        for attr, member in vars(obj).items():
            if attr.startswith("_") or not callable(member):
                continue
            assert inspect.getdoc(member), f"{name}.{attr} has no docstring"


def test_resource_methods_have_docstrings() -> None:
    client = ultracart_async.UltraCartClient(simple_key="k")
    for resource in (client.customers, client.webhooks, client.workflow, client.users):
        for attr, member in inspect.getmembers(resource, inspect.ismethod):
            if not attr.startswith("_"):
                assert inspect.getdoc(member), f"{type(resource).__name__}.{attr}"


# Bottom to top. A module may import from its own layer and the layers below, never above.
LAYERS: list[set[str]] = [
    {"_version", "_clock", "_errors", "_config", "_retry", "_auth", "_response", "_throttle"}
    | {"_text", "_url", "_sender", "_call", "_failures", "_limits", "_waiters", "_closing"},
    {"_ratelimit", "_transport", "_status"},
    {"models", "_wire"},
    {"pagination"},
    {"resources"},
    {"client"},
    {"cli", "webhook_receiver", "aiohttp_web", "testing", "redis_limiter", "sandbox", "sync"},
    {"__init__", "__main__"},  # the package's face re-exports from every layer
]
LAYER_OF = {name: index for index, names in enumerate(LAYERS) for name in names}


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def _imports(path: Path) -> set[str]:
    """The package's top-level modules that ``path`` imports."""
    rel = path.relative_to(PACKAGE)
    depth = len(rel.parts) - 1
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                # A relative import: resolve it against this file's package.
                base = list(rel.parts[: depth - node.level + 1])
                if node.module:
                    base.extend(node.module.split("."))
                if base:
                    found.add(base[0])
                else:
                    found.update(alias.name for alias in node.names)
            elif node.module and node.module.startswith("ultracart_async"):
                parts = node.module.split(".")
                if len(parts) > 1:
                    found.add(parts[1])
                else:
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "ultracart_async" and len(parts) > 1:
                    found.add(parts[1])
    return {_top(name).removesuffix(".py") for name in found}


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_layers_import_only_downwards(path: Path) -> None:
    own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    if own not in LAYER_OF:
        pytest.fail(f"{own} is not placed in a layer")
    for imported in _imports(path):
        if imported == own or imported not in LAYER_OF:
            continue
        if own == "sandbox":
            pytest.fail(f"the sandbox must not import the client ({imported})")
        assert LAYER_OF[imported] <= LAYER_OF[own], f"{own} imports {imported} from above"
