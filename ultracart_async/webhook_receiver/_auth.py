"""HTTP Basic credentials of a webhook, checked in constant time and never kept in clear."""

from __future__ import annotations

import binascii
import hashlib
import hmac
import os
from base64 import b64decode
from collections.abc import Mapping

from ultracart_async._errors import ConfigurationError

__all__ = ["WebhookBasicAuth"]


def _digest(value: bytes) -> bytes:
    return hashlib.sha256(value).digest()


class WebhookBasicAuth:
    """The HTTP Basic username and password UltraCart sends with each delivery.

    HTTP Basic is the only delivery authentication UltraCart documents (the webhook's
    ``authentication_type="basic"`` with ``basic_username`` and ``basic_password``); it
    signs nothing, so serve the webhook over HTTPS only.

    Only SHA-256 digests are kept: the password is not an attribute, so it cannot reach a
    log, a repr or a pickle. Both parts are always compared, in constant time
    (:func:`hmac.compare_digest` on digests, which also hides the lengths).

    Example::

        auth = WebhookBasicAuth("ultracart", os.environ["ULTRACART_WEBHOOK_PASSWORD"])
        auth.verify("Basic dWx0cmFjYXJ0OnNlY3JldA==")   # True or False
    """

    __slots__ = ("_password_digest", "_username_digest", "username")

    def __init__(self, username: str, password: str) -> None:
        if not isinstance(username, str) or not username or ":" in username:
            raise ConfigurationError("the webhook username must be a non-empty str without ':'")
        if not isinstance(password, str) or not password:
            raise ConfigurationError("the webhook password must be a non-empty str")
        self.username: str = username
        """The expected username (not secret)."""
        self._username_digest = _digest(username.encode())
        self._password_digest = _digest(password.encode())

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, prefix: str = "ULTRACART_WEBHOOK_"
    ) -> WebhookBasicAuth:
        """Credentials from ``ULTRACART_WEBHOOK_USERNAME`` and ``ULTRACART_WEBHOOK_PASSWORD``
        (or another ``prefix``).

        Example::

            receiver = WebhookReceiver(router, basic_auth=WebhookBasicAuth.from_env())
        """
        env = os.environ if environ is None else environ
        user_var, password_var = f"{prefix}USERNAME", f"{prefix}PASSWORD"
        username, password = env.get(user_var), env.get(password_var)
        if not username or not password:
            raise ConfigurationError(f"set {user_var} and {password_var} in the environment")
        return cls(username, password)

    def verify(self, authorization: str | None) -> bool:
        """True if an ``Authorization`` header value carries these credentials."""
        if not authorization:
            return False
        scheme, _, encoded = authorization.strip().partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = b64decode(encoded.strip().encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            return False
        username, colon, password = decoded.partition(b":")
        if not colon:
            return False
        # Both comparisons always run (no short circuit): the time taken does not tell
        # whether the username was right.
        user_ok = hmac.compare_digest(_digest(username), self._username_digest)
        password_ok = hmac.compare_digest(_digest(password), self._password_digest)
        return user_ok & password_ok

    def __repr__(self) -> str:
        return f"WebhookBasicAuth(username={self.username!r}, password=<redacted>)"
