"""The package version, kept in one place for the User-Agent and the CLI."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ultracart-async")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
