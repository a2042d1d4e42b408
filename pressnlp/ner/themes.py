"""Quoted titles of events, talks and reports (press spec: events and meetings are no ORG).

:func:`drop_theme_names` (press conventions): the quoted title after a cue word
("bertajuk", "bertemakan", "dengan tema"; ``data/ner/theme_cues.txt``) holds no ORG the
gazetteer does not know ("Kesiapan Sektor [ESDM] menghadapi ..." stays) and no PERSON the
release does not name outside its titles ("... in the Digital Age: [Heritage], Sustainable
Tourism ..." is none);
places and dates inside it stay ("“[Indonesia]’s Path in Global Challenges ...”"), and a
country inside a dropped name is a LOC ("“Charting [Indonesia] Forward ...”").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext
from pressnlp.ner.terms import drop_keeping_countries

__all__ = ["drop_theme_names", "theme_titles"]

# opening quote -> the characters that close it
_QUOTES = {"“": '”"', '"': '"”', "'": "'’", "‘": "’'"}
_MAX_TITLE = 40  # tokens: a longer stretch is no title (an unclosed quote)
_CUE_GAP = 2  # "bertajuk [:] “...”", "dengan tema [RKP 2026 :] “...”" stays out


def _closing(doc: Doc, start: int, closers: str) -> int:
    """The token after the title opened before ``start``; -1 if it does not close soon.
    A closing quote glued to the next word ("Future”yang") closes too."""
    for k in range(start, min(start + _MAX_TITLE, len(doc))):
        text = doc[k].text
        if text in closers or (k > start and text[:1] in closers):
            return k + 1 if text in closers else k
        if "\n" in doc[k].whitespace_:
            return -1
    return -1


def theme_titles(doc: Doc, cues: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges of the quoted titles that follow a cue word (module docstring)."""
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ not in cues:
            continue
        for k in range(tok.i + 1, min(tok.i + 2 + _CUE_GAP, len(doc))):
            closers = _QUOTES.get(doc[k].text)
            if closers is None:
                if doc[k].text == ":":
                    continue
                break
            end = _closing(doc, k + 1, closers)
            if end > k + 1:
                out.append((k + 1, end))
            break
    return out


def drop_theme_names(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans less the ORGs and PERSONs that start inside a quoted title (module
    docstring)."""
    titles = theme_titles(ctx.doc, ctx.lex.theme_cues)
    if not titles:
        return spans
    inside = {i for a, b in titles for i in range(a, b)}
    # the words of the PERSONs the release names outside its titles
    named = {t.text for e in spans if e.label_ == "PERSON" and e.start not in inside for t in e}

    def drop(e: Span) -> bool:
        if e.start not in inside:
            return False
        return e.label_ == "ORG" or (
            e.label_ == "PERSON" and not any(t.text in named for t in e if t.is_alpha)
        )

    # "“Charting [Indonesia] Forward ...”": a country in the dropped name is still a LOC
    return drop_keeping_countries(ctx, spans, drop)
