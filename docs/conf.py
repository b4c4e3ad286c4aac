"""Sphinx configuration: the reference site of ultracart-async.

Build it strictly (what CI runs; warnings are errors, broken cross-references fail)::

    python -m sphinx -W --keep-going -n -b html docs docs/_build/html

Serve it while editing (rebuilds on change)::

    python -m sphinx_autobuild docs docs/_build/html --ignore "*/_generated/*"

Why Sphinx with MyST: the docstrings are reStructuredText with Sphinx roles (about 385 of
them) and ``Example::`` blocks, and autodoc renders them as they are written, with every
cross-reference checked (``-n``). MyST lets the guide pages stay Markdown, the same Markdown
as the README, whose ``python`` blocks the tests run against a sandbox.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

from ultracart_async import __version__  # noqa: E402 - after the path is set

project = "ultracart-async"
author = "ultracart-async developers"
copyright = "ultracart-async developers"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # Google "Args:" sections; ucdocs keeps it off attributes
    "sphinx.ext.intersphinx",
    "ucdocs",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated/fragments", "**/.*"]
templates_path: list[str] = []

# Strict: every cross-reference must resolve. External names that cannot resolve offline
# are listed below by package; none of this project's names is ever ignored.
nitpicky = True
nitpick_ignore_regex = [
    # No inventory is reachable offline for these (CI has no network beyond the package
    # registries): aiohttp, attrs and the optional extras' libraries.
    (
        r"py:.*",
        r"(aiohttp|attr|attrs|cattrs|multidict|yarl|redis|sqlalchemy|pytest|_pytest"
        r"|pytest_asyncio|orjson|tqdm|starlette|fastapi)(\..*)?",
    ),
]

# Python's own names link to docs.python.org through an inventory kept in the repository,
# so the build needs no network.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11", str(HERE / "_inventories" / "python3.11.inv")),
}

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
# Not True: a signature spelt out with __signature__ (the customer filters) breaks it.
autodoc_preserve_defaults = False
autodoc_class_signature = "mixed"
autodoc_inherit_docstrings = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False  # (ucdocs turns "Attributes:" into attribute entries itself)
napoleon_use_rtype = False

# Quotes and ellipses, but no dashes: "--max-in-flight" in a help text stays two hyphens.
smartquotes_action = "qe"

myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]

html_theme = "furo"
html_title = f"ultracart-async {release}"
html_static_path: list[str] = []
