"""A street in an address is a LOC, "Jl." included (press conventions).

Release footers give the issuer's address: "Jl. Jendral Gatot Subroto Kav. 51, Daerah Khusus
Ibukota Jakarta", "Jl. Mayjen Sutoyo No. 12, Jakarta Timur". The press gold sets mark
"Jl. Jendral Gatot Subroto" and "Jl. Mayjen Sutoyo" as LOC (a named place, like a venue); the
model reads the hero's name in it as a PERSON ("Jendral Gatot Subroto Kav", "Sutoyo No.").

:func:`street_names`: "Jl." or "Jln." followed by capitalised words (a rank or title in the
hero's name included) up to the house number ("No.", "Kav.", "Blok", "RT", a digit), a comma or
a line break is one LOC; spans inside it, or starting inside it, give way. "Jalan" written out
is left alone: in running text it opens roadmaps and projects as often as streets ("Peta Jalan
…", "Jalan Tol …", "Jalan Nasional …" in aitf-siaran-pers).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext

__all__ = ["street_names"]

_HEADS = frozenset({"jl", "jln"})
# words that end a street's name: the house number and its parts
_NUMBER_WORDS = frozenset(
    {"no", "no.", "nomor", "kav", "kav.", "kavling", "blok", "rt", "rw", "km", "km."}
)
_MAX_WORDS = 6


def _street_end(doc: Doc, i: int) -> int:
    """The end of the street name opened by the abbreviation at ``i`` (its dot at ``i + 1``
    or glued to it), or -1 when no capitalised word follows."""
    k = i + 1
    if k < len(doc) and doc[k].text == "." and not doc[i].text.endswith("."):
        k += 1
    if "\n" in doc[k - 1].whitespace_:
        return -1
    end = k
    while end < len(doc) and end - k < _MAX_WORDS:
        tok = doc[end]
        word = tok.text.rstrip(".")
        if tok.lower_ in _NUMBER_WORDS or not word or not word[0].isupper() or not word.isalpha():
            break
        end += 1
        if "\n" in tok.whitespace_:
            break
    return end if end > k else -1


def street_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Spans with each "Jl. X" a LOC (see the module docstring)."""
    doc = ctx.doc
    streets = []
    for tok in doc:
        if tok.lower_.rstrip(".") in _HEADS and tok.text[0].isupper():
            end = _street_end(doc, tok.i)
            if end > 0:
                streets.append(Span(doc, tok.i, end, label="LOC"))
    if not streets:
        return spans
    out = [e for e in spans if not any(s.start <= e.start < s.end for s in streets)]
    out = [e for e in out if not any(e.start < s.start < e.end for s in streets)]
    return sorted(out + streets, key=lambda e: e.start)
