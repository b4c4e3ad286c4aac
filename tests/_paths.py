"""Path parameters that must reach the server encoded, for the client's and the sandbox's
tests alike."""

from __future__ import annotations

#: Email addresses holding characters that mean something in a URL: ``+ / ? # %`` and a space.
AWKWARD_EMAILS = [
    "jane+shop@example.com",
    "a/b@example.com",
    "what?@example.com",
    "hash#tag@example.com",
    "100%@example.com",
    "with space@example.com",
]
