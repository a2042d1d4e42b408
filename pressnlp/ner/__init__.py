"""The entity layer: the labels, and the passes that turn model spans into press-release entities."""

from __future__ import annotations

__all__ = ["LABELS"]

# The entity labels pressnlp assigns, in the order outputs list them.
LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOC", "DATE")
