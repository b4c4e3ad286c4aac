"""Text from outside, made safe to show: one rule for exception strings, logs and the CLI.

Server error text, header values and webhook fields can carry terminal escapes (ESC, BEL),
forged newlines that fake a second log line, or megabytes of text. :func:`printable` is the
one place that turns such text into a single bounded line.
"""

from __future__ import annotations

__all__ = ["MESSAGE_LIMIT", "printable"]

#: The longest message :func:`printable` returns by default, in characters.
MESSAGE_LIMIT = 500

_ELLIPSIS = "..."


def _escape(char: str) -> str:
    code = ord(char)
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return "\\t"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


# Every C0 and C1 control character, DEL, and the Unicode line and paragraph separators
# (which some terminals and log viewers also treat as line breaks).
_UNSAFE = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)}
_TABLE = {ord(c): _escape(c) for c in _UNSAFE}


def printable(text: str | bytes, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` as one line with control characters escaped, at most ``limit`` characters.

    Bytes are decoded as UTF-8 with replacement. The cut happens after escaping, so the
    result never exceeds ``limit`` and never ends in half an escape sequence's meaning.

    Example::

        >>> printable("bad\\x1b[2Jinput\\nFAKE LOG LINE", limit=40)
        'bad\\\\x1b[2Jinput\\\\nFAKE LOG LINE'
    """
    if isinstance(text, bytes):
        # Decode no more than can be shown: a 3 MB body costs no more than a short one.
        text = text[: limit * 4 + 4].decode("utf-8", "replace")
    elif len(text) > limit * 4 + 4:
        text = text[: limit * 4 + 4]
    safe = text.translate(_TABLE)
    if len(safe) <= limit:
        return safe
    return safe[: max(limit - len(_ELLIPSIS), 0)] + _ELLIPSIS
