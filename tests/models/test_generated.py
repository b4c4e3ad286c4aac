"""The generated models and their generator (tools/generate_models.py)."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import shutil
import subprocess
import sys
import typing
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

import ultracart_async.models as models
from ultracart_async._wire import structure, unstructure
from ultracart_async.models import Customer, Order, UltraCartModel

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "tools" / "generate_models.py"
MODELS_DIR = ROOT / "ultracart_async" / "models"


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location("generate_models", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_models"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> Any:
    return _load_generator()


def _model_classes() -> list[type[UltraCartModel]]:
    classes = [
        obj
        for name in models.__all__
        if isinstance(obj := getattr(models, name), type) and obj is not UltraCartModel
    ]
    assert len(classes) >= 185, "every schema of the spec has a model"  # loops are not vacuous
    return classes


# --------------------------------------------------------------------------------------
# The generator


def test_committed_models_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )

    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_check_fails_with_a_clear_message_on_stale_output(tmp_path: Path) -> None:
    out = tmp_path / "models"
    shutil.copytree(MODELS_DIR, out, ignore=shutil.ignore_patterns("__pycache__"))
    stale = out / "webhook.py"
    stale.write_text(stale.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (out / "leftover.py").write_text("", encoding="utf-8")

    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert "webhook.py: differs" in result.stderr
    assert "leftover.py: not generated" in result.stderr
    assert "python tools/generate_models.py" in result.stderr


def test_the_base_class_is_hand_written_not_generated(generator: Any) -> None:
    spec = generator.json.loads(generator.SPEC_PATH.read_text(encoding="utf-8"))
    files = generator.generate(spec)

    assert UltraCartModel.__module__ == "ultracart_async.models._base"
    assert "_base.py" not in files
    assert not (MODELS_DIR / "_base.py").read_text("utf-8").startswith(generator.HEADER)
    for name, source in files.items():
        assert "class UltraCartModel" not in source, name
        assert "def __eq__" not in source and "def __repr__" not in source, name
        if name != "__init__.py" and not name.startswith(generator.CODEC_PREFIX):
            assert "from ._base import UltraCartModel\n" in source, name
    assert "from ._base import (\n    UltraCartModel,\n)" in files["__init__.py"]


def test_generator_and_base_class_share_the_secret_pattern(generator: Any) -> None:
    from ultracart_async.models import _base

    assert generator.SECRET_PATTERN == _base.SECRET_PATTERN


def test_check_and_regeneration_leave_the_hand_written_base_alone(tmp_path: Path) -> None:
    out = tmp_path / "models"
    shutil.copytree(MODELS_DIR, out, ignore=shutil.ignore_patterns("__pycache__"))
    base = out / "_base.py"
    base.write_text(base.read_text(encoding="utf-8") + "# a local edit\n", encoding="utf-8")

    check = subprocess.run(
        [sys.executable, str(GENERATOR), "--check", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    write = subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert check.returncode == 0, check.stderr
    assert write.returncode == 0, write.stderr
    assert write.stdout == ""  # nothing was stale, nothing written
    assert base.read_text(encoding="utf-8").endswith("# a local edit\n")


def test_generation_is_deterministic(generator: Any) -> None:
    spec = generator.json.loads(generator.SPEC_PATH.read_text(encoding="utf-8"))

    assert generator.generate(spec) == generator.generate(spec)


def test_modules_are_grouped_by_api_group() -> None:
    expected = {
        "BaseResponse": "common",
        "ErrorResponse": "common",
        "Error": "common",
        "ResponseWarning": "common",
        "ResponseMetadata": "common",
        "ResultSet": "common",
        "Property": "common",  # used by the customer and workflow groups
        "Customer": "customer",
        "CustomerBilling": "customer",
        "GiftCertificate": "customer",  # reached from Customer.loyalty, not only from Order
        "Order": "order",
        "OrderItem": "order",
        "Currency": "order",
        "Webhook": "webhook",
        "WorkflowTask": "workflow",
        "User": "user",
    }
    for name, module in expected.items():
        assert getattr(models, name).__module__ == f"ultracart_async.models.{module}", name


def test_every_schema_is_exported(generator: Any) -> None:
    spec = generator.json.loads(generator.SPEC_PATH.read_text(encoding="utf-8"))
    schemas = {generator.RENAMED_SCHEMAS.get(s, s) for s in spec["components"]["schemas"]}

    assert {c.__name__ for c in _model_classes()} == schemas
    assert sorted(models.__all__) == models.__all__
    assert len(set(models.__all__)) == len(models.__all__)


_SYNTHETIC_SPEC: dict[str, Any] = {
    "paths": {
        "/widget": {
            "get": {
                "operationId": "getWidget",
                "tags": ["customer"],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        }
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Widget": {
                "type": "object",
                "properties": {
                    "class": {"type": "string", "description": 'Say "hi" \\ there'},
                    "weird-name": {"type": "integer"},
                    "extra_fields": {"type": "boolean"},
                    "_private": {"type": "string"},
                    "labels": {"type": "object", "additionalProperties": {"type": "number"}},
                    "anything": {"type": "object"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "seen_dts": {"type": "string", "x-uc-date-time": True},
                },
            }
        }
    },
}


def test_generator_renames_unusable_wire_names(generator: Any, tmp_path: Path) -> None:
    files = generator.generate(_SYNTHETIC_SPEC)
    package = tmp_path / "synthetic_models"
    package.mkdir()
    for name, source in files.items():
        (package / name).write_text(source, encoding="utf-8")
    # The hand-written base class the generated modules import.
    shutil.copy(MODELS_DIR / "_base.py", package / "_base.py")
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("synthetic_models")
        widget_cls = module.Widget
        fields = {a.name: a for a in attrs.fields(widget_cls)}
        wire_names = {
            name: a.metadata.get("wire_name", name)
            for name, a in fields.items()
            if name not in ("extra_fields", "_wire_timestamps")
        }
        hints = typing.get_type_hints(widget_cls)
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("synthetic_models")]:
            del sys.modules[name]

    assert wire_names == {
        "class_": "class",
        "weird_name": "weird-name",
        "extra_fields_": "extra_fields",
        "private": "_private",
        "labels": "labels",
        "anything": "anything",
        "kind": "kind",
        "seen_dts": "seen_dts",
    }
    assert hints["labels"] == dict[str, float] | None
    assert hints["anything"] == dict[str, Any] | None
    assert hints["seen_dts"] == datetime | None
    assert "WIDGET_KIND_VALUES" in files["customer.py"]
    assert "Known values: ``'a'``, ``'b'``" in files["customer.py"]
    # The attribute docstring survives quoting: read it back the way Python does.
    tree = ast.parse(files["customer.py"])
    widget = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Widget")
    docs = {
        stmt.target.id: ast.literal_eval(nxt.value)
        for stmt, nxt in zip(widget.body, widget.body[1:], strict=False)
        if isinstance(stmt, ast.AnnAssign)
        and isinstance(stmt.target, ast.Name)
        and isinstance(nxt, ast.Expr)
    }
    assert docs["class_"] == 'Say "hi" \\ there Wire name: ``class``.'


# --------------------------------------------------------------------------------------
# The models


def test_all_models_share_the_base_and_default_every_field_to_none() -> None:
    for cls in _model_classes():
        assert issubclass(cls, UltraCartModel), cls
        instance = cls()
        for a in attrs.fields(cls):
            if a.name == "extra_fields":
                assert instance.extra_fields == {}
            elif a.name != "_wire_timestamps":
                assert getattr(instance, a.name) is None, (cls, a.name)


def test_models_are_keyword_only_mutable_and_slotted() -> None:
    untyped: Any = Customer  # the positional call is the point: hide it from mypy
    with pytest.raises(TypeError):
        untyped(1234)
    customer = Customer(email="a@example.com")
    customer.email = "b@example.com"
    assert customer.email == "b@example.com"
    assert not hasattr(customer, "__dict__")
    with pytest.raises(AttributeError):
        customer.emial = "typo"  # type: ignore[attr-defined]


def test_extra_fields_default_is_not_shared() -> None:
    a, b = Customer(), Customer()
    a.extra_fields["x"] = 1

    assert b.extra_fields == {}


def test_type_hints_resolve_across_the_customer_order_cycle() -> None:
    assert typing.get_type_hints(Customer)["orders"] == list[Order] | None
    assert typing.get_type_hints(Order)["customer_profile"] == Customer | None


def test_order_module_can_be_imported_first() -> None:
    # customer.py and order.py import each other: either may be imported first.
    code = (
        "import ultracart_async.models.order as o, typing; "
        "print(typing.get_type_hints(o.Order)['customer_profile'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )

    assert result.returncode == 0, result.stderr
    assert "Customer" in result.stdout


def test_wire_names_that_are_not_snake_case_are_kept(generator: Any) -> None:
    assert structure({"recordsTotal": 5}, models.DataTablesServerSideResponse).recordsTotal == 5
    assert structure({"fullName": "Jo"}, models.GroupUserMembership).fullName == "Jo"
    assert unstructure(models.Permission(permission_Name="admin")) == {"permission_Name": "admin"}


def test_enum_constants_list_the_known_values() -> None:
    assert "Hold" in models.ORDER_CURRENT_STAGE_VALUES
    assert models.WORKFLOW_TASK_PRIORITY_VALUES == (
        "1 - low",
        "2 - medium",
        "3 - high",
        "4 - critical",
    )


@attrs.define(slots=True, kw_only=True)
class _Renamed(UltraCartModel):
    """A hand-made model with a renamed field, as the generator writes for keywords."""

    class_: str | None = attrs.field(default=None, metadata={"wire_name": "class"})
    when: datetime | None = None


def test_wire_renames_through_metadata() -> None:
    obj = structure({"class": "gold", "when": "2020-01-01T00:00:00.0Z", "class_": 1}, _Renamed)

    assert obj.class_ == "gold"
    assert obj.extra_fields == {"class_": 1}
    assert unstructure(obj) == {"class": "gold", "when": "2020-01-01T00:00:00.0Z", "class_": 1}


def test_models_share_one_eq_and_repr_and_stay_unhashable() -> None:
    # attrs compiling an __eq__ and a __repr__ per class was over half the import time.
    for cls in _model_classes():
        assert cls.__eq__ is UltraCartModel.__eq__, cls
        assert cls.__repr__ is UltraCartModel.__repr__, cls
        with pytest.raises(TypeError):
            hash(cls())


def test_equality_compares_the_class_and_every_field() -> None:
    a = Customer(email="a@example.com", billing=[models.CustomerBilling(first_name="Jo")])

    assert a == Customer(email="a@example.com", billing=[models.CustomerBilling(first_name="Jo")])
    assert a != Customer(email="a@example.com")
    assert a != Customer(
        email="a@example.com",
        billing=[models.CustomerBilling(first_name="Jo")],
        extra_fields={"new": 1},
    )
    assert Customer() != models.CustomerBilling()  # every field None, but another class
    assert Customer() == Customer()
    assert UltraCartModel() == UltraCartModel()
    assert UltraCartModel() != UltraCartModel(extra_fields={"new": 1})
    assert a.__eq__("a@example.com") is NotImplemented


def test_evolve_copies_and_changes_a_model() -> None:
    a = Customer(email="a@example.com", customer_profile_oid=1, extra_fields={"new": 1})

    b = attrs.evolve(a, email="b@example.com")

    assert b.email == "b@example.com"
    assert b.customer_profile_oid == 1
    assert b.extra_fields == {"new": 1}
    assert b != a
    assert attrs.evolve(a) == a


def test_repr_shows_the_fields_that_are_set_in_field_order() -> None:
    customer = Customer(
        email="a@example.com",
        customer_profile_oid=5,
        billing=[models.CustomerBilling(first_name="Jo")],
    )

    assert repr(Customer()) == "Customer()"
    assert repr(customer) == (
        "Customer(billing=[CustomerBilling(first_name='Jo')], customer_profile_oid=5, "
        "email='a@example.com')"
    )
    customer.extra_fields["new"] = [1, {"b": None}]
    assert repr(customer).endswith(
        ", email='a@example.com', extra_fields={'new': [1, {'b': None}]})"
    )


def test_repr_keeps_secrets_out_of_extra_fields_too() -> None:
    # A bad value of a secret field is set aside under its wire name; an unknown key may be
    # a secret that this SDK does not know yet.
    data = {
        "login": "jane",
        "change_password_to": 12345678,
        "api_token": "tok-9f8e7d",
        "settings": {"password": "pw-abcdef", "theme": "dark"},
    }
    user = structure(data, models.User)

    text = repr(user)

    assert user.extra_fields["change_password_to"] == 12345678
    for secret in ("12345678", "tok-9f8e7d", "pw-abcdef"):
        assert secret not in text
    assert "login='jane'" in text and "'theme': 'dark'" in text


def test_repr_of_a_model_that_contains_itself() -> None:
    customer = Customer(email="a@example.com")
    customer.orders = [Order(order_id="1", customer_profile=customer)]

    assert repr(customer) == (
        "Customer(email='a@example.com', orders=[Order(customer_profile=..., order_id='1')])"
    )


def test_repr_of_a_tree_deeper_than_the_stack_is_cut_off() -> None:
    customer = Customer(customer_profile_oid=0)
    for oid in range(1, sys.getrecursionlimit()):
        customer = Customer(customer_profile_oid=oid, orders=[Order(customer_profile=customer)])

    text = repr(customer)

    top = sys.getrecursionlimit() - 1
    assert text.startswith(f"Customer(customer_profile_oid={top}, orders=[Order(customer_profile=")
    assert "(...)" in text
    assert repr(Customer(email="a@example.com")) == "Customer(email='a@example.com')"


def test_secret_fields_stay_out_of_reprs() -> None:
    from ultracart_async.models import Customer, User, Webhook

    webhook = Webhook(basic_password="hunter2", iam_secret_key="AKIA-secret", basic_username="u")
    user = User(change_password_to="n3w-pass", login="jane")
    customer = Customer(password="cust-pass", email="c@x.io")
    text = repr(webhook) + repr(user) + repr(customer)
    assert "basic_username='u'" in text and "login='jane'" in text
    for secret in ("hunter2", "AKIA-secret", "n3w-pass", "cust-pass"):
        assert secret not in text
    assert webhook.basic_password == "hunter2"  # still there, just not shown


# --------------------------------------------------------------------------------------
# Names that would shadow builtins


def test_no_model_shadows_a_python_builtin() -> None:
    import builtins

    names = set(models.__all__)
    assert not names & set(vars(builtins)), names & set(vars(builtins))
    assert "ResponseWarning" in names
    warning = models.ResponseWarning(warning_code="W1", warning_message="careful")
    assert models.CustomersResponse(warning=warning).to_dict() == {
        "warning": {"warning_code": "W1", "warning_message": "careful"}
    }
    assert "Python builtin" in (models.ResponseWarning.__doc__ or "")


def test_a_schema_that_would_shadow_a_builtin_is_refused(generator: Any) -> None:
    spec = {
        "paths": {},
        "components": {"schemas": {"Exception": {"type": "object", "properties": {}}}},
    }

    with pytest.raises(generator.SpecError, match="RENAMED_SCHEMAS"):
        generator.generate(spec)


# --------------------------------------------------------------------------------------
# The generated wire functions (``_codec_<module>.py``)


def test_every_model_has_generated_wire_functions() -> None:
    from ultracart_async import _wire

    for cls in _model_classes():
        wire = _wire._model_wire(cls)
        assert wire.generated_structure is not None, cls
        assert wire.fast_unstructure is not wire.generic_unstructure, cls


def test_structuring_compiles_no_code_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from ultracart_async import _wire
    from ultracart_async.models import _codec_customer, _codec_order  # noqa: F401

    data = json.loads((ROOT / "tests" / "data" / "customer_full.json").read_text("utf-8"))
    # As in a fresh process: no model prepared yet (the caches are rebuilt on demand).
    for cache in (_wire._model_wires, _wire._model_hooks, _wire._model_unhooks):
        cache.clear()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("code compiled at run time")

    monkeypatch.setattr(builtins, "compile", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    customer = structure(data, Customer)
    out = unstructure(customer)
    monkeypatch.undo()

    assert out == data


def test_generated_wire_functions_follow_the_rules_for_every_field_kind(
    generator: Any, tmp_path: Path
) -> None:
    from ultracart_async import _wire

    files = generator.generate(_SYNTHETIC_SPEC)
    assert "_codec_customer.py" in files
    package = tmp_path / "synthetic_codec"
    package.mkdir()
    for name, source in files.items():
        (package / name).write_text(source, encoding="utf-8")
    # The SDK's own base class, so that the wire layer takes these classes for models.
    (package / "_base.py").write_text(
        'from ultracart_async.models._base import UltraCartModel\n\n__all__ = ["UltraCartModel"]\n',
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    try:
        widget_cls = importlib.import_module("synthetic_codec").Widget
        wire = {
            "class": "c",
            "weird-name": 7,
            "extra_fields": True,
            "_private": "p",
            "labels": {"a": 1.5, "b": 2},
            "anything": {"n": [1, {"d": None}]},
            "kind": "z",
            "seen_dts": "2024-01-02T03:04:05.000-04:00",
            "unknown": [1, 2],
        }
        widget = structure(wire, widget_cls)
        generated = _wire._model_wire(widget_cls).generated_structure
        bad = structure({**wire, "weird-name": "seven", "labels": {"a": "x"}}, widget_cls)
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("synthetic_codec")]:
            del sys.modules[name]

    assert generated is not None  # the generated function, not the field-by-field path
    assert (widget.class_, widget.weird_name, widget.extra_fields_, widget.private) == (
        "c",
        7,
        True,
        "p",
    )
    assert widget.labels == {"a": 1.5, "b": 2}
    assert widget.seen_dts == datetime.fromisoformat("2024-01-02T03:04:05-04:00")
    assert widget.extra_fields == {"unknown": [1, 2]}
    assert unstructure(widget) == wire  # renamed keys, the timestamp's text, unknown keys
    assert bad.weird_name is None and bad.labels is None
    assert bad.extra_fields == {"unknown": [1, 2], "weird-name": "seven", "labels": {"a": "x"}}
