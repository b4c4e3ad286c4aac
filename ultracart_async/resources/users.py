"""Placeholder: filled in by the operations work."""

from ._base import Resource


class UsersResource(Resource):
    """Operations of this API group."""
