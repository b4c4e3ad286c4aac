"""Benchmarks of ultracart-async against the official SDK and a hand-written aiohttp loop.

Run ``python -m benchmarks`` (or ``python benchmarks/run.py``) from the repository root after
``pip install -e '.[bench]'``. See ``benchmarks/RESULTS.md`` for the latest figures.
"""
