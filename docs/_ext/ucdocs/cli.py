"""The command line's options, read from its own argparse parser.

The parser is caught on its way through the public entry point: ``amain(["--help"])`` is
run with ``ArgumentParser.parse_args`` briefly replaced by a function that records the parser
and stops. Whatever the CLI's modules are called inside, the page shows the options that
``ultracart-async`` really parses, with their help text and defaults.
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import dataclass

from .write import md_cell


class _Caught(Exception):
    def __init__(self, parser: argparse.ArgumentParser) -> None:
        super().__init__("parser caught")
        self.parser = parser


def cli_parser() -> argparse.ArgumentParser:
    """The top-level parser of ``ultracart-async``."""
    from ultracart_async.cli import amain

    original = argparse.ArgumentParser.parse_args

    def catch(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        raise _Caught(self)

    argparse.ArgumentParser.parse_args = catch  # type: ignore[assignment, method-assign]
    try:
        asyncio.run(amain(["--help"]))
    except _Caught as caught:
        return caught.parser
    finally:
        argparse.ArgumentParser.parse_args = original  # type: ignore[method-assign]
    raise RuntimeError("ultracart_async.cli.amain parsed no arguments with argparse")


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]  # ("export", "customers")
    help: str
    parser: argparse.ArgumentParser


def _subparsers(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Command]:
    """Every runnable command (a leaf of the sub-command tree), in the parser's order."""
    sub = _subparsers(parser)
    if sub is None:
        return [Command(words, parser.description or "", parser)]
    helps = {choice.dest: choice.help or "" for choice in sub._choices_actions}
    found: list[Command] = []
    for word, child in sub.choices.items():
        for command in commands(child, (*words, word)):
            if len(command.words) == len(words) + 1 or not command.help:
                command = Command(command.words, helps.get(word, ""), command.parser)
            found.append(command)
    return found


def _flags(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"`{action.metavar or action.dest}`"
    names = ", ".join(f"`{flag}`" for flag in action.option_strings)
    if action.nargs == 0:
        return names
    if action.choices:
        value = "{" + ",".join(map(str, action.choices)) + "}"
    else:
        value = str(action.metavar or action.dest.upper())
    if action.nargs == "?":
        value = f"[{value}]"
    return f"{names} `{value}`"


def _default(action: argparse.Action) -> str:
    if action.required:
        return "required"
    if action.nargs == 0 or action.default in (None, argparse.SUPPRESS):
        return ""
    return f"`{action.default}`"


def _group_rows(parser: argparse.ArgumentParser) -> list[tuple[str, list[argparse.Action]]]:
    groups: list[tuple[str, list[argparse.Action]]] = []
    for group in parser._action_groups:
        actions = [
            a
            for a in group._group_actions
            if not isinstance(a, argparse._HelpAction | argparse._VersionAction)
        ]
        if actions:
            groups.append((group.title or "options", actions))
    return groups


def cli_markdown(prog: str = "ultracart-async") -> str:
    """The options of every command, as MyST Markdown (headings at level 3)."""
    root = cli_parser()
    lines: list[str] = []
    for command in commands(root):
        title = " ".join((prog, *command.words))
        lines += [f"### `{title}`", ""]
        if command.help:
            lines += [command.help[0].upper() + command.help[1:] + ".", ""]
        usage = command.parser.format_usage().strip().removeprefix("usage: ")
        lines += ["```text", usage, "```", ""]
        for title_, actions in _group_rows(command.parser):
            lines += [f"**{title_.capitalize()}**", ""]
            if not any(action.help for action in actions):
                # A family of flags that need no words each (the customer filters).
                flags = ", ".join(_flags(action) for action in actions)
                lines += [flags, ""]
                continue
            lines += ["| option | default | what |", "|---|---|---|"]
            for action in actions:
                text = (action.help or "").replace("%%", "%")
                lines.append(
                    f"| {md_cell(_flags(action))} | {md_cell(_default(action))} | {md_cell(text)} |"
                )
            lines.append("")
    return "\n".join(lines)
