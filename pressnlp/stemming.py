"""Placeholder (the stemming helper replaces this whole file)."""

from __future__ import annotations


def stem(text: str) -> str:
    raise NotImplementedError


def stem_tokens(text: str) -> list[tuple[str, str]]:
    raise NotImplementedError
