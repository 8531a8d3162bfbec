"""`python -m l2fh_desk`: the same command line as `l2fh-desk`."""

from __future__ import annotations

import sys

from l2fh_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
