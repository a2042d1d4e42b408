"""A name written in capitals that the release's running text writes in mixed case as no
entity is none (press conventions).

All-capital headlines and letterheads hide the case that tells a name from a term; the
release's own running text shows it. An ESDM release headlined "SOAL CISEM II, MENTERI ESDM
INGATKAN KPPU ..." writes the pipeline project "Cisem II" three times in its body, never
tagged (press spec: programmes and projects are no ORG), while the model tagged the headline's
"CISEM II" as an ORG.

:func:`capital_terms`: an ORG, PERSON or LOC whose letters are all capitals and that no
gazetteer knows is dropped when the release writes the same words in mixed case elsewhere
and none of those mentions is inside an entity. A body the running text tags ("KEMENTERIAN
ESDM" / "Kementerian ESDM") stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.lookup import value_of

__all__ = ["capital_terms"]


def _in_capitals(e: Span) -> bool:
    words = [t.text for t in e if t.is_alpha]
    return bool(words) and all(w.isupper() for w in words) and any(len(w) >= 3 for w in words)


def _candidate(e: Span) -> bool:
    """A name in capitals no gazetteer knows (a PERSON's value is only its text)."""
    if e.label_ not in ("ORG", "PERSON", "LOC") or not _in_capitals(e):
        return False
    return e.label_ == "PERSON" or value_of(e.label_, e.text) is None


def _mixed_mentions(doc: Doc, e: Span) -> list[tuple[int, int]]:
    """Where the doc writes the words of ``e`` again, not all in capitals."""
    words = [t.lower_ for t in e]
    n = len(words)
    out: list[tuple[int, int]] = []
    for k in range(len(doc) - n + 1):
        if k == e.start or doc[k].lower_ != words[0]:
            continue
        piece = doc[k : k + n]
        if [t.lower_ for t in piece] == words and not _in_capitals(piece):
            out.append((k, k + n))
    return out


def capital_terms(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the names in capitals that the running text writes as no entity
    (module docstring)."""
    doc = ctx.doc
    taken = {i for e in spans for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in spans:
        if _candidate(e):
            mentions = _mixed_mentions(doc, e)
            if mentions and not any(i in taken for a, b in mentions for i in range(a, b)):
                ctx.drop_value(e)
                continue
        out.append(e)
    return out
