"""What every pass of the entity layer sees: the doc, its publication date, the options
and the values found so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from pressnlp.ner.lexicon import Lexicon, lexicon

__all__ = ["CONVENTIONS", "NerContext", "NerOptions", "as_date"]


CONVENTIONS = ("press", "idner")
"""The entity conventions: ``"press"`` (the project's press-release spec, default) and
``"idner"`` (the news-corpus convention of idner-news-2k, for comparable figures)."""


@dataclass(frozen=True)
class NerOptions:
    """The ``pressnlp_entities`` config (see the factory in ``pressnlp.components.entities``).

    ``bare_places`` is resolved: ``True`` adds bare country/province names everywhere.
    ``conventions`` is ``"press"`` or ``"idner"`` (:data:`CONVENTIONS`).
    """

    dates: bool = True
    gazetteer: bool = True
    bare_places: bool = False
    persons: bool = True
    place_roles: bool = False
    conventions: str = "press"

    def __post_init__(self) -> None:
        if self.conventions not in CONVENTIONS:
            raise ValueError(f"conventions must be one of {CONVENTIONS}, not {self.conventions!r}")

    @property
    def press(self) -> bool:
        """The press-release conventions are on."""
        return self.conventions == "press"


@dataclass
class NerContext:
    """Per-doc state of one run of the passes.

    ``values`` maps a span's ``(start_char, end_char)`` to a value found on the way (the ISO
    value of a rule date); a pass that changes a span's boundaries moves or drops its value.
    ``protected`` holds the ``id()`` of the gazetteer's spans, which the PERSON rules leave
    alone.
    """

    doc: Doc
    options: NerOptions = field(default_factory=NerOptions)
    pub: dt.date | None = None
    values: dict[tuple[int, int], Any] = field(default_factory=dict)
    protected: set[int] = field(default_factory=set)
    lex: Lexicon = field(default_factory=lexicon)
    # doc.text is rebuilt from the tokens on every access: kept once
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.doc.text

    def after_name_cue(self, e: Span) -> bool:
        """Whether an honorific or a title ("Pak", "dr.", ``Lexicon.name_cues``) comes right
        before the span ``e``: what follows it is a person's name ("Pak [Peace]")."""
        return e.start > 0 and self.doc[e.start - 1].text.rstrip(".") in self.lex.name_cues

    def english_ending(self, word: str, extra: tuple[str, ...] = ()) -> bool:
        """Whether ``word`` (6 letters or more: on a shorter word an ending says little,
        "Kate", "Red") ends like an English common word (``Lexicon.english_suffixes``, plus
        ``extra``): "Evaluate", "Society", "Unleashed"."""
        return len(word) >= 6 and word.lower().endswith((*self.lex.english_suffixes, *extra))

    def drop_value(self, e: Span) -> Any:
        """Forget (and return) the value kept for the span ``e``, if any: a pass that drops
        or reshapes a span drops its value with it."""
        return self.values.pop((e.start_char, e.end_char), None)


def as_date(value: Any) -> dt.date | None:
    """A publication date from a date, a datetime or an ISO string; ``None`` otherwise.

    >>> as_date("2017-07-12T08:00:00"), as_date("12 Juli")
    (datetime.date(2017, 7, 12), None)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
