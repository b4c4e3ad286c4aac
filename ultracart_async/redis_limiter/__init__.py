"""A rate limiter shared through Redis by every process that uses the same credentials.

UltraCart counts requests per application and IP: a fleet of processes, each with its own
:class:`~ultracart_async.TokenBucketLimiter`, exceeds the limit together. A
:class:`RedisLimiter` keeps the windows, the in-flight cap and the pause after a 429 in
Redis, where every process configured with the same ``name`` shares them. Install the extra::

    pip install 'ultracart-async[redis]'

Example::

    from ultracart_async import RateWindow, UltraCartClient
    from ultracart_async.redis_limiter import RedisLimiter

    limiter = RedisLimiter("redis://127.0.0.1:6379/0", name="app-1234",
                           windows=[RateWindow(1000, 3600), RateWindow(10000, 86400)])
    async with limiter, UltraCartClient(simple_key=key, limiter=limiter) as uc:
        async for customer in uc.customers.export():
            ...
"""

try:
    import redis.asyncio  # noqa: F401
except ImportError as _missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        "ultracart_async.redis_limiter needs redis-py with its asyncio client: "
        "pip install 'ultracart-async[redis]'"
    ) from _missing

from ._limiter import LimiterUnavailableError, OnUnavailable, RedisLimiter

__all__ = ["LimiterUnavailableError", "OnUnavailable", "RedisLimiter"]
