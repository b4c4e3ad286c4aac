"""``python -m ultracart_async``: the same as the ``ultracart-async`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
