"""Writing generated pages without waking a watcher: a file is rewritten only when its text
changes (``sphinx-autobuild`` would otherwise rebuild for ever), and a page whose name left
the code is removed (it would otherwise linger as an orphan page)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path


def first_sentence(text: str) -> str:
    """``text`` up to its first full stop followed by a space or the end, whitespace joined."""
    text = " ".join(text.split())
    end = re.search(r"\.(\s|$)", text)
    return text if end is None else text[: end.start() + 1]


def heading(text: str, underline: str) -> list[str]:
    return [text, underline * max(len(text), 3), ""]


def write_if_changed(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def remove_stale(folder: Path, keep: Iterable[Path]) -> None:
    """Delete every file under ``folder`` that this build did not write, and empty folders."""
    kept = {path.resolve() for path in keep}
    if not folder.exists():
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path.resolve() not in kept:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def md_cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


_ROLE = re.compile(r":(?:py:)?(\w+):`([^`]+)`")


def rst_roles_to_md(text: str) -> str:
    """Inline reST from a docstring as MyST: ``:class:`X``` becomes ``{class}`X```; double
    backquotes are already a code span in Markdown."""
    return _ROLE.sub(lambda m: "{" + m.group(1) + "}`" + m.group(2) + "`", text)


_ATTRIBUTE = re.compile(r"^    (\w[\w, ]*?)(?: \(([^)]*)\))?: (.*)$")


def attributes_as_directives(lines: list[str], documented: set[str]) -> list[str]:
    """A Google ``Attributes:`` section as one ``.. attribute::`` per name.

    Each becomes a target (``:attr:`Timeouts.first_contact``` links to it), and an entry
    naming several (``developer_message, user_message: ...``) becomes one per name. A name
    that has a docstring of its own is left to autodoc, which shows it already."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if lines[index].strip() != "Attributes:" or lines[index].startswith(" "):
            out.append(lines[index])
            index += 1
            continue
        index += 1
        entries: list[tuple[list[str], str | None, list[str]]] = []
        while index < len(lines) and (not lines[index].strip() or lines[index].startswith(" ")):
            entry = _ATTRIBUTE.match(lines[index])
            if entry:
                names = [n.strip() for n in entry.group(1).split(",")]
                entries.append((names, entry.group(2), [entry.group(3)]))
            elif lines[index].strip() and entries:
                entries[-1][2].append(lines[index].strip())
            index += 1
        for names, kind, text in entries:
            for name in names:
                if name in documented:
                    continue
                out += ["", f".. attribute:: {name}"]
                if kind:
                    out.append(f"   :type: {kind}")
                out += [""] + [f"   {line}" for line in text]
        out.append("")
    return out


_ANY_ROLE = re.compile(r":(?:py:)?\w+:`(~?)\.?([^`<]*?)(?:\s*<([^>]+)>)?`")


def roles_as_literals(text: str) -> str:
    """Inline reST roles as code, for text shown out of its context (a summary table)."""

    def literal(match: re.Match[str]) -> str:
        tilde, shown, target = match.groups()
        shown = shown.strip()
        if target is None and tilde:
            shown = shown.split(".")[-1]
        return f"``{shown}``"

    return _ANY_ROLE.sub(literal, text)


_MD_ROLE = re.compile(r"\{(\w+)\}`(~?)([\w.]+)`")


def qualify_md_roles(text: str, scopes: list[str], exists: Callable[[str], bool]) -> str:
    """MyST roles whose target is relative (``{meth}`start```, written in a docstring
    where Sphinx knew the class) made absolute by the first scope in which the name exists,
    since a generated table shows the text away from its class."""

    def qualify(match: re.Match[str]) -> str:
        role, _tilde, target = match.groups()
        if target.startswith("ultracart_async"):
            return match.group(0)
        for scope in scopes:
            if exists(f"{scope}.{target}"):
                return f"{{{role}}}`~{scope}.{target}`"
        return match.group(0)

    return _MD_ROLE.sub(qualify, text)
