"""A ship is no place, person or body (press spec: "Not LOC: ... ships, satellites and
products").

:func:`drop_ships` (press conventions): a span that opens with a ship's prefix of
``data/ner/ship_prefixes.txt`` or ends with one ("[KRI Belati]-622", "[Kapal Markas KRI]"), or
comes right after one, a title between them skipped ("KRI [Brawijaya]-320", "KRI dr.
[Radjiman Wedyodiningrat]", "(KRI) [Belati]-622"), names a ship and is no entity. The prefix's own long form stays
as written ("Kapal [Republik Indonesia] (KRI)": a country inside a name is a LOC).
"""

from __future__ import annotations

from spacy.tokens import Span

from pressnlp.ner.context import NerContext

__all__ = ["drop_ships"]


_TITLES = frozenset({"dr", "ir", "prof"})  # "KRI dr. Radjiman Wedyodiningrat"


def _prefix(ctx: NerContext, k: int) -> bool:
    """A ship's prefix at token ``k``, followed by a capitalised name, a title between them
    skipped."""
    doc = ctx.doc
    if not 0 <= k < len(doc) - 1 or doc[k].text not in ctx.lex.ship_prefixes:
        return False
    j = k + 1
    if doc[j].text.rstrip(".").lower() in _TITLES and j + 1 < len(doc):
        j += 1
    return doc[j].text[:1].isupper()


def _before(ctx: NerContext, e: Span) -> bool:
    """A prefix right before ``e``, written in brackets ("(KRI) [Belati]") or before a title
    ("KRI dr. [...]")."""
    doc, k = ctx.doc, e.start - 1
    if k >= 1 and doc[k].text.rstrip(".").lower() in _TITLES:
        k -= 1
    if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 1
    return k >= 0 and doc[k].text in ctx.lex.ship_prefixes and "\n" not in doc[k].whitespace_


def drop_ships(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less those that name a ship (module docstring)."""
    out: list[Span] = []
    for e in spans:
        if e.label_ != "DATE" and (
            _prefix(ctx, e.start) or _prefix(ctx, e.end - 1) or _before(ctx, e)
        ):
            ctx.drop_value(e)
            continue
        out.append(e)
    return out
