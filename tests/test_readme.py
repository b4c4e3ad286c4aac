"""Every Python block of the README runs as written, each in its own process, against a sandbox.

How a block runs is in ``tests/_docs_blocks.py`` (shared with ``test_docs.py``). The README is
the front page: it keeps a few blocks, and at most two may opt out with a first line
``# not run: <why>`` (for a server that runs until stopped).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._docs_blocks import ROOT, Block, python_blocks, run_block

README = ROOT / "README.md"
_MAX_NOT_RUN = 2

BLOCKS = python_blocks(README)


def test_the_readme_has_python_blocks_and_few_opt_outs() -> None:
    assert len(BLOCKS) >= 5
    opted_out = [block.line for block in BLOCKS if block.opt_out is not None]
    assert len(opted_out) <= _MAX_NOT_RUN, f"blocks not run, at lines {opted_out}"
    for block in BLOCKS:
        assert block.opt_out != "", f"the block at {block.where} opts out without saying why"


@pytest.mark.parametrize("block", [pytest.param(b, id=f"line{b.line}") for b in BLOCKS])
async def test_readme_block_runs_as_written(block: Block, tmp_path: Path) -> None:
    await run_block(block, tmp_path)
