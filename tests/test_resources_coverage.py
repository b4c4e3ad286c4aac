"""The four resource clients cover the spec: every operation has a documented SDK method
(the README's Operations table), every method takes ``options=`` and has a docstring, and every
operation is exercised by the resource tests."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

from ultracart_async import UltraCartClient

from . import (
    test_resources_customers,
    test_resources_users,
    test_resources_webhooks,
    test_resources_workflow,
)

ROOT = Path(__file__).parent.parent
ROW = re.compile(
    r"^\| (\w+) \| (GET|POST|PUT|DELETE) \| `([^`]+)` "
    r"\| `uc\.(\w+)\.(\w+)\(\)` \| .+ \| (yes|no) \|$"
)


def spec_operations() -> dict[str, tuple[str, str]]:
    spec = json.loads((ROOT / "tools" / "ultracart-openapi.json").read_text("utf-8"))
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "delete")
    }


def documented() -> dict[str, tuple[str, str, str, str, bool]]:
    rows = {}
    for line in (ROOT / "README.md").read_text("utf-8").splitlines():
        match = ROW.match(line)
        if match:
            op, method, path, resource, name, retried = match.groups()
            rows[op] = (method, path, resource, name, retried == "yes")
    return rows


def test_the_operation_table_lists_every_spec_operation_once() -> None:
    spec = spec_operations()
    rows = documented()
    assert len(spec) == 61
    assert set(rows) == set(spec)
    for op, (method, path, *_) in rows.items():
        assert (method, path) == spec[op], op
    assert len({(r[2], r[3]) for r in rows.values()}) == 61  # one method per operation


def test_every_documented_method_exists_takes_options_and_has_a_docstring() -> None:
    uc = UltraCartClient(simple_key="k")
    for op, (_, _, resource, name, _) in documented().items():
        method = getattr(getattr(uc, resource), name)
        assert not name.startswith("_")
        assert inspect.getdoc(method), op
        options = inspect.signature(method).parameters["options"]
        assert options.kind is inspect.Parameter.KEYWORD_ONLY
        assert options.default is None


def test_every_operation_is_exercised_and_its_retry_column_is_true() -> None:
    modules = (
        test_resources_customers,
        test_resources_webhooks,
        test_resources_workflow,
        test_resources_users,
    )
    rows = documented()
    tested: set[str] = set()
    for module in modules:
        for op in module.OPS:
            tested.add(op.operation_id)
            assert rows[op.operation_id][4] is op.idempotent, op.operation_id
        for paged in getattr(module, "PAGED", ()):
            op_id = paged.operation_id if hasattr(paged, "operation_id") else paged[0]
            tested.add(op_id)
            assert rows[op_id][4] is True  # every listing only reads
    assert tested == set(spec_operations())
    assert len(tested) == 61
