"""A bare "RI" after a title or in the national day is a LOC (press conventions).

The press spec: '"RI" and "Republik Indonesia" in titles ("Presiden RI") ... are LOC'. The
model leaves a bare "RI" out when it follows the title's portfolio or a bracketed acronym
("Menteri Pertahanan [RI]", "Menteri Pertahanan (Menhan) [RI]", "Duta Besar [RI] untuk
Jepang") and in the national day ("HUT Kemerdekaan ke-80 [RI]", "hari kemerdekaan [RI]").

:func:`title_republic`: an "RI" no span covers is a LOC when one of the three words before it
(a bracketed acronym skipped) is a title or a word of the national day (``title_heads.txt``,
``republic_cues.txt``). Left alone: "RI" closing a body's name the model missed ("Unhan
RI", "Rapat Pimpinan Kepolisian RI"), where no title comes before it. The country closing a
body noun at the end of a line of a glued table ("Kepolisian RI", "Anggota Kepolisian Republik
Indonesia"), which the model tags alone, becomes the body's name, an ORG, with a board
written before it ("Markas Besar Kepolisian RI").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp.ner.bodies import board_start
from pressnlp.ner.context import NerContext

__all__ = ["title_republic"]

_LOOK_BACK = 3
_COUNTRY = frozenset({"RI", "Republik Indonesia"})


def _words_before(doc: Doc, i: int) -> list[str]:
    """Up to three words before ``i`` in the same line, a bracketed acronym ("(Menhan)")
    skipped once; stops at other punctuation."""
    out: list[str] = []
    k = i - 1
    if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 3
    while k >= 0 and len(out) < _LOOK_BACK:
        tok = doc[k]
        if "\n" in tok.whitespace_ or tok.is_space or (tok.is_punct and tok.text != "-"):
            break
        if tok.text != "-":  # "ke-80" is one word
            out.append(tok.text)
        k -= 1
    return out


def title_republic(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Spans with each bare "RI" after a title or in the national day a LOC (module
    docstring)."""
    doc = ctx.doc
    taken = {i for e in spans for i in range(e.start, e.end)}
    titles = ctx.lex.title_heads | ctx.lex.republic_cues
    made = [
        Span(doc, tok.i, tok.i + 1, label="LOC")
        for tok in doc
        if tok.text == "RI"
        and tok.i not in taken
        and tok.i - 1 not in taken
        and any(w in titles for w in _words_before(doc, tok.i))
    ]
    spans = _body_republic(ctx, spans)
    return sorted(spans + made, key=lambda e: e.start) if made else spans


def _body_republic(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ "Kepolisian RI", "Anggota Kepolisian Republik Indonesia": the country closing a body
    noun that no span holds (a table cell or a line of its own, where the model tags the
    country alone) is part of the body's name, an ORG."""
    doc = ctx.doc
    taken = {i for e in spans for i in range(e.start, e.end)}
    out = []
    for e in spans:
        k = e.start - 1
        if (
            e.label_ == "LOC"
            and e.text in _COUNTRY
            and k >= 0
            and k not in taken
            and doc[k].is_title
            and doc[k].lower_ in ctx.lex.org_heads
            and _ends_line(doc, e.end)
        ):
            ctx.drop_value(e)
            e = Span(doc, board_start(ctx, k, taken), e.end, label="ORG")  # "Markas Besar"
        out.append(e)
    return out


def _ends_line(doc: Doc, end: int) -> bool:
    """Whether the line ends at token ``end`` (a table cell or a line of its own; in running
    text "Sekretaris Kabinet [RI] Teddy Indra Wijaya" keeps the country of the title)."""
    return end >= len(doc) or doc[end].is_space or "\n" in doc[end - 1].whitespace_
