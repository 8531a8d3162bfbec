"""L2FH Desk: an offline logger for a UN Level-2 Field Hospital."""

from __future__ import annotations

__version__ = "0.1.0"
