"""The package version, kept in one place: pyproject.toml reads it from here.

A literal rather than importlib.metadata, which costs ~15 ms at import (the CLI's start).
"""

#: The version of this package (PEP 440), as ``pip show ultracart-async`` reports it.
__version__ = "0.1.0"
