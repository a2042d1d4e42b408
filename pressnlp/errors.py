"""The library's exceptions: one place, so library code never imports the CLI to raise them."""

from __future__ import annotations

__all__ = ["BinaryInputError", "OutputLockedError", "PressNLPError", "UsageError"]


class PressNLPError(Exception):
    """Base class of pressnlp's own errors."""


class UsageError(PressNLPError):
    """Bad arguments or options given by the caller (the CLI exits with code 2)."""


class BinaryInputError(PressNLPError, ValueError):
    """The input is binary data (an executable, an image, ...), not text: see
    :func:`pressnlp.cleaning.check_text`."""


class OutputLockedError(PressNLPError, OSError):
    """Another run holds the lock on this output (``pressnlp tag`` exits 2)."""
