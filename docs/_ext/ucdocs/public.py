"""The public names of ``ultracart_async``, found from the code rather than listed by hand.

A public module is one whose dotted path has no part starting with ``_``; its public names
are its ``__all__``. A name exported by several modules (``WebhookReceiver`` is in both
``ultracart_async`` and ``ultracart_async.webhook_receiver``) is documented once, under the
shortest path that exports it: its *canonical* name. So moving a class between private
modules, or renaming a private module, changes no page and breaks no link.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field
from types import ModuleType

ROOT = "ultracart_async"
#: Documented on a page of their own (the command line), not in the API reference.
NOT_IN_API = frozenset({f"{ROOT}.cli"})


@dataclass(frozen=True)
class PublicName:
    """One public object under its canonical dotted name."""

    module: str  # the public module that documents it
    name: str
    obj: object
    kind: str  # "exception", "class", "function", "data"

    @property
    def dotted(self) -> str:
        return f"{self.module}.{self.name}"


@dataclass
class PublicModule:
    """A public module and what its ``__all__`` holds (canonical here or elsewhere)."""

    name: str
    module: ModuleType
    names: list[str] = field(default_factory=list)


def _kind(obj: object) -> str:
    if inspect.isclass(obj):
        return "exception" if issubclass(obj, BaseException) else "class"
    if inspect.isfunction(obj) or inspect.isbuiltin(obj) or _is_fixture(obj):
        return "function"
    return "data"


def _is_fixture(obj: object) -> bool:
    # pytest >= 8.4 wraps fixture functions in an object that is not a function.
    return hasattr(obj, "_get_wrapped_function") or hasattr(obj, "_pytestfixturefunction")


def public_modules() -> list[PublicModule]:
    """Every public module of the package, the package itself first, shortest paths first."""
    package = importlib.import_module(ROOT)
    found = [PublicModule(ROOT, package)]
    for info in pkgutil.walk_packages(package.__path__, f"{ROOT}."):
        parts = info.name.split(".")[1:]
        if any(part.startswith("_") for part in parts):
            continue
        module = importlib.import_module(info.name)
        found.append(PublicModule(info.name, module))
    for public in found:
        exported = getattr(public.module, "__all__", None)
        if exported is None:
            raise RuntimeError(
                f"{public.name} is a public module without __all__: say what it exports "
                "(or name it with a leading underscore)"
            )
        public.names = list(exported)
    found.sort(key=lambda m: (m.name.count("."), m.name))
    return found


def _identity(name: str, obj: object) -> tuple[str, int]:
    # The same object under the same name is one public name, whichever module exports it.
    return name, id(obj)


@dataclass
class PublicAPI:
    """The canonical home of every public name, and what each public module exports."""

    modules: list[PublicModule]
    canonical: dict[tuple[str, int], PublicName]

    def home(self, name: str, obj: object) -> PublicName:
        return self.canonical[_identity(name, obj)]

    def documented_here(self, module: PublicModule) -> list[PublicName]:
        """The names whose canonical page belongs to ``module``."""
        homes = (self.home(name, getattr(module.module, name)) for name in module.names)
        return [home for home in homes if home.module == module.name]

    def by_private_path(self) -> dict[str, str]:
        """``ultracart_async._config.Timeouts`` (where Python says it lives) -> its page."""
        paths: dict[str, str] = {}
        for home in self.canonical.values():
            qualname = getattr(home.obj, "__qualname__", None)
            defined_in = getattr(home.obj, "__module__", None)
            if home.kind != "data" and qualname and defined_in:
                paths.setdefault(f"{defined_in}.{qualname}", home.dotted)
        return paths


def public_api() -> PublicAPI:
    """Walk the package: every public module and the canonical home of every public name."""
    modules = public_modules()
    canonical: dict[tuple[str, int], PublicName] = {}
    for module in modules:
        for name in module.names:
            obj = getattr(module.module, name)
            key = _identity(name, obj)
            if key not in canonical:  # modules come shortest first: the first one wins
                canonical[key] = PublicName(module.name, name, obj, _kind(obj))
    return PublicAPI(modules, canonical)


def lookup(dotted: str) -> object:
    """The object a dotted path names (a module, then attributes), or None."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for part in parts[cut:]:
            obj = getattr(obj, part, None)
        return obj
    return None


def exists(dotted: str) -> bool:
    """Whether a dotted path names something (see :func:`lookup`)."""
    return lookup(dotted) is not None
