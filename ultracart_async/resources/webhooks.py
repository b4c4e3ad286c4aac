"""Placeholder: filled in by the operations work."""

from ._base import Resource


class WebhooksResource(Resource):
    """Operations of this API group."""
