"""Every Python block of ``docs/**/*.md`` runs as written, each in its own process, against a
sandbox, as the README's do (``tests/_docs_blocks.py``).

The rule for opting out in ``docs/``: a block may start with ``# not run: <why>`` only when it
is a program that serves until it is stopped (an aiohttp.web app calling ``run_app``), it
serves only under ``if __name__ == "__main__":`` (the rest of it still runs, as a module),
and a page holds at most one such block. Every other block is a complete program CI runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._docs_blocks import PLUGIN_LINE, ROOT, Block, python_blocks, run_block

DOCS = ROOT / "docs"
PAGES = sorted(
    path
    for path in DOCS.rglob("*.md")
    if not any(part.startswith(("_", ".")) for part in path.relative_to(DOCS).parts)
)
BLOCKS = [block for page in PAGES for block in python_blocks(page)]
_SERVES = ("run_app(", "uvicorn.run(")


def test_the_docs_have_pages_and_python_blocks() -> None:
    names = {path.name for path in PAGES}
    assert {"index.md", "client.md", "streaming.md", "webhooks.md", "sandbox.md"} <= names
    assert len(BLOCKS) >= 10


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_a_page_opts_out_only_for_a_server_and_at_most_once(page: Path) -> None:
    opted_out = [block for block in python_blocks(page) if block.opt_out is not None]
    assert len(opted_out) <= 1, f"{page.name}: blocks not run at {[b.line for b in opted_out]}"
    for block in opted_out:
        assert block.opt_out, f"{block.where} opts out without saying why"
        assert any(call in block.code for call in _SERVES), (
            f"{block.where} opts out but serves nothing: make it a program that runs"
        )
        assert 'if __name__ == "__main__":' in block.code, (
            f'{block.where}: serve under `if __name__ == "__main__":`, so the rest runs'
        )


def test_the_docs_tell_users_the_plugin_line_the_test_blocks_rely_on() -> None:
    with_tests = [block for block in BLOCKS if block.is_test_module]
    assert with_tests, "the sandbox page shows a pytest module using the fixtures"
    pages = {block.path for block in with_tests}
    for page in pages:
        assert PLUGIN_LINE in page.read_text(encoding="utf-8"), page.name


async def test_a_block_that_opts_out_still_runs_all_but_its_server(tmp_path: Path) -> None:
    serves = 'if __name__ == "__main__":\n    import time\n\n    time.sleep(3600)\n'
    fine = Block(DOCS / "example.md", 1, "# not run: a server\nimport json\n" + serves)
    await run_block(fine, tmp_path)  # the server part would sleep an hour: it is not run
    broken = Block(DOCS / "example.md", 1, "# not run: a server\nimport no_such_module\n" + serves)
    with pytest.raises(AssertionError, match="no_such_module"):
        await run_block(broken, tmp_path)


@pytest.mark.parametrize(
    "block", [pytest.param(b, id=f"{b.path.relative_to(DOCS)}:{b.line}") for b in BLOCKS]
)
async def test_docs_block_runs_as_written(block: Block, tmp_path: Path) -> None:
    await run_block(block, tmp_path)
