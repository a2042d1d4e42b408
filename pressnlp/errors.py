"""The library's exceptions: one place, so library code never imports the CLI to raise them."""

from __future__ import annotations

__all__ = ["PressNLPError", "UsageError"]


class PressNLPError(Exception):
    """Base class of pressnlp's own errors."""


class UsageError(PressNLPError):
    """Bad arguments or options given by the caller (the CLI exits with code 2)."""
