"""Brackets in and around names: no span with an unbalanced bracket, and (press conventions)
a bracketed abbreviation as a mention of its own, linked through the document.

* :func:`balance_brackets` (both conventions): "Taman Hutan Rakyat (Tahura" takes its ")"
  back or is cut at the bracket, "TNI AU)" and "Jurong East (" lose the stray bracket;
* :func:`split_acronyms` (press): "Komite Stabilitas Sistem Keuangan (KSSK)" is two ORG
  mentions with the same value, "Tim Pengendalian Inflasi Pusat dan Daerah (TPIP dan TPID)"
  three, and so is "Kantor Kementerian Energi dan Sumber Daya Mineral (ESDM) Jakarta" (ORG,
  ORG, LOC) where a place or body the gazetteer knows follows the bracketed abbreviation
  inside the span;
* :func:`link_acronyms` (press): a later bare "KSSK" in the same document is an ORG with the
  value of the long form, even when no gazetteer knows it.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from pressnlp.ner.boundaries import acronym_fits
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon, unit_acronyms
from pressnlp.ner.lookup import copy_value, known_as, value_of
from pressnlp.ner.names import is_common_word

__all__ = [
    "balance_brackets",
    "bracket_acronyms",
    "link_acronym_phrases",
    "link_acronyms",
    "split_acronyms",
]

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.-]*[A-Z0-9][a-z]?")
# company forms written in brackets after the name: "PT PLN (Persero)" is one name
_LEGAL_FORMS = frozenset({"persero", "perseroda", "perum", "tbk"})
# the longest bracketed part that still belongs to the name it follows
_INNER_MAX = 4


def _balance(doc: Doc, e: Span) -> list[tuple[int, int]]:
    """Token ranges of ``e`` with every bracket matched inside each range."""
    start, end = e.start, e.end
    # stray brackets at the edges: "Jurong East (", "TNI AU)", ") Kemenkes"
    while end > start and doc[end - 1].text == "(":
        end -= 1
    while start < end and doc[start].text == ")":
        start += 1
    depth, opened, parts, a = 0, -1, [], start
    for k in range(start, end):
        t = doc[k].text
        if t == "(":
            depth, opened = depth + 1, (k if depth == 0 else opened)
        elif t == ")":
            if depth == 0:  # "TNI AU)" or "X) Y": a close without an open ends a part
                parts.append((a, k))
                a = k + 1
            else:
                depth -= 1
    if depth > 0:
        close = end + 1 if end < len(doc) and doc[end].text == ")" else -1
        if 0 < close - opened - 2 <= _INNER_MAX and close == end + 1 and depth == 1:
            parts.append((a, close))  # "Taman Hutan Rakyat (Tahura" + ")": take it back
        else:  # cut at the open bracket: name before it, bracketed part after it
            parts += [(a, opened), (opened + 1, end)]
    else:
        parts.append((a, end))
    return [(x, y) for x, y in parts if y > x and any(c.isalnum() for c in doc[x:y].text)]


def balance_brackets(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Every span with balanced brackets (see the module docstring); a changed span loses
    its value in ``ctx.values``."""
    doc = ctx.doc
    taken = {i for e in spans for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in spans:
        if e.label_ == "DATE" or e.text.count("(") == e.text.count(")"):
            out.append(e)
            continue
        parts = _balance(doc, e)
        if parts == [(e.start, e.end)]:
            out.append(e)
            continue
        value = ctx.drop_value(e)
        for a, b in parts:
            if b > e.end and b - 1 in taken:
                b = e.end  # the ")" belongs to another span
            piece = Span(doc, a, b, label=e.label_)
            if e.label_ == "DATE" and value is not None and len(parts) == 1:
                ctx.values[(piece.start_char, piece.end_char)] = value
            out.append(piece)
    return out


def _acronym_value(long: Span, acr: Span) -> Any:
    """The value both mentions share: the gazetteer's for either, else (ORG) a value built
    from the long form."""
    for text in (long.text, acr.text):
        found = value_of(long.label_, text)
        if found is not None:
            return copy_value(found)
    if long.label_ != "ORG":
        return None
    return {"id": None, "canonical": long.text, "acronym": acr.text, "type": None}


def _inner_open(e: Span) -> int | None:
    """The "(" of a trailing bracketed abbreviation ("... (KSSK)", "... (TNI AU)") of an ORG
    or LOC: up to three capitalised words after a name of its own."""
    if e.label_ not in ("ORG", "LOC") or len(e) < 4 or e[-1].text != ")":
        return None
    for k in range(len(e) - 3, max(0, len(e) - 5), -1):
        if e[k].text == "(":
            inner = e[k + 1 : -1]
            if k == 0 or "(" in e[:k].text or ")" in e[:k].text:
                return None
            if _abbreviation(e[:k].text, inner):
                return e.start + k
            return None
    return None


def _pair_open(e: Span) -> int | None:
    """The "(" of a trailing pair of abbreviations: "... (TPIP dan TPID)"."""
    if e.label_ not in ("ORG", "LOC") or len(e) < 6 or e[-1].text != ")" or e[-5].text != "(":
        return None
    first, joint, second = e[-4], e[-3], e[-2]
    if joint.lower_ not in ("dan", "/", "&", "serta") or "(" in e[:-5].text:
        return None
    if not (first.is_upper and second.is_upper and first.is_alpha and second.is_alpha):
        return None
    return e.end - 5


def _abbreviation(name: str, inner: Span) -> bool:
    """The bracketed words after ``name`` abbreviate it: capitals ("KSSK", "TNI AU"), or
    one capitalised word that is no common word or legal form ("Kemenkop", "Litbangkes",
    "Danantara", "PBoC"; not "Persero")."""
    lex = lexicon()
    if not all(t.text[:1].isupper() for t in inner):
        return False
    if any(t.is_upper for t in inner):
        return True
    word = inner.text
    return (
        len(inner) == 1
        and word.isalpha()
        and word.lower() not in lex.legal_suffixes
        and word.lower() not in _LEGAL_FORMS
        and (not is_common_word(word) or acronym_fits(name, word))
    )


def _elliptic(doc: Doc, e: Span, taken: set[int]) -> Span:
    """ "[Tim Pengendalian Inflasi Pusat] dan Daerah (TPIP dan TPID)": a name that the
    bracketed pair of abbreviations after it shows to be elliptically coordinated runs up to
    the bracket (one ORG, as a reader names the two teams)."""
    k = e.end
    if e.label_ != "ORG" or k + 7 > len(doc) or doc[k].lower_ not in ("dan", "serta"):
        return e
    j = k + 1
    while j < len(doc) and j - k <= 2 and doc[j].text[:1].isupper() and j not in taken:
        j += 1
    if j == k + 1 or j + 4 >= len(doc) or doc[j].text != "(" or doc[j + 4].text != ")":
        return e
    if doc[j + 2].lower_ not in ("dan", "serta", "/", "&") or any(i in taken for i in (k, j)):
        return e
    first, second = doc[j + 1].text, doc[j + 3].text
    if not (first.isupper() and second.isupper() and first[:-1] == second[:-1]):
        return e
    return Span(doc, e.start, j, label="ORG")


def bracket_acronyms(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ "Amerika Serikat (AS)", "Panitia Seleksi Nasional (Panselnas)": an abbreviation in
    brackets right after an ORG or LOC that no span holds is a mention of the same label,
    with the name's value (the press spec's "bracketed abbreviation is its own mention")."""
    doc = ctx.doc
    taken = {i for e in spans for i in range(e.start, e.end)}
    out = []
    for e in spans:
        whole = _elliptic(doc, e, taken)
        if whole is not e:
            ctx.drop_value(e)
            taken.update(range(whole.start, whole.end))
            e = whole
        out.append(e)
    spans = list(out)
    for e in spans:
        k = e.end
        if e.label_ not in ("ORG", "LOC") or k + 2 >= len(doc):
            continue
        if doc[k].text != "(" or doc[k + 2].text != ")" or k + 1 in taken:
            continue
        inner = doc[k + 1 : k + 2]
        label = known_as(inner.text) or e.label_
        if label != e.label_ or not _abbreviation(e.text, inner):
            continue
        # a place ending a longer name abbreviates nothing: "Himpunan Kawasan Industri
        # Indonesia (HKII)"; "Amerika Serikat (AS)" does
        if label == "LOC" and not (acronym_fits(e.text, inner.text) or known_as(inner.text)):
            continue
        short = Span(doc, k + 1, k + 2, label=label)
        if acronym_fits(e.text, inner.text) or known_as(inner.text) == label:
            value = _acronym_value(e, short)
            for s in (e, short):
                ctx.values.setdefault((s.start_char, s.end_char), value)
        out.append(short)
    out += _title_field_acronyms(doc, spans, taken)
    return sorted(out, key=lambda x: x.start)


def _title_field_acronyms(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """ "Menteri Energi dan Sumber Daya Mineral (ESDM)": the known body abbreviated in
    brackets after a title's field that no span holds is an ORG, when its letters are the
    field's capitals, all of them and in order."""
    taken = taken | {i for e in spans for i in range(e.start, e.end)}
    lex = lexicon()
    out = []
    for k in range(1, len(doc) - 2):
        if doc[k].text != "(" or doc[k + 2].text != ")" or k + 1 in taken:
            continue
        acr = doc[k + 1].text
        if not acr.isupper() or known_as(acr) != "ORG":
            continue
        caps, j = "", k - 1
        while j >= 0 and k - j <= 8 and j not in taken:
            word = doc[j].text
            if word[:1].isupper() and word.isalpha():
                caps = word[0] + caps
            elif word.lower() not in ("dan", "&"):
                break
            if caps == acr and j > 0 and doc[j - 1].text in lex.title_heads:
                out.append(Span(doc, k + 1, k + 2, label="ORG"))
                break
            j -= 1
    return out


def _mid_split(ctx: NerContext, e: Span) -> list[Span] | None:
    """ "Kantor Kementerian Energi dan Sumber Daya Mineral (ESDM) Jakarta" as one span: the
    long form, its abbreviation and the known place or body after it, three mentions (press
    spec: "... (BPBPK) Aceh" gives ORG, ORG, LOC); ``None`` where no bracketed abbreviation
    of the words before stands inside ``e`` or no place or body the gazetteer knows follows
    it ("Badan Pengelola (BP) Investasi Daya Anagata Nusantara" stays whole; unknown places
    after it, "(SPPG) Purwosari", "(PGA) Gamalama", are left: read as places they were as
    often persons or events, "(SI) Cokroaminoto", "(IMFC) Breakfast")."""
    doc = ctx.doc
    if e.label_ not in ("ORG", "LOC") or value_of(e.label_, e.text) is not None:
        return None
    k = next((t.i for t in e[1:-3] if t.text == "("), -1)
    if k < 0 or doc[k + 2].text != ")" or "(" in doc[e.start : k].text:
        return None
    long, acr, rest = doc[e.start : k], doc[k + 1 : k + 2], doc[k + 3 : e.end]
    if not _ACRONYM.fullmatch(acr.text) or not acronym_fits(long.text, acr.text):
        return None
    if any(t.text in "()" for t in rest) or not rest[0].text[:1].isupper():
        return None
    if value_of("LOC", rest.text) is not None or known_as(rest.text) == "LOC":
        label = "LOC"
    elif value_of("ORG", rest.text) is not None:
        label = "ORG"
    else:
        return None
    value = _acronym_value(Span(doc, long.start, long.end, label=e.label_), acr)
    first = Span(doc, long.start, long.end, label=e.label_)
    short = Span(doc, acr.start, acr.end, label=known_as(acr.text) or e.label_)
    for s in (first, short):
        ctx.values[(s.start_char, s.end_char)] = value
    return [first, short, Span(doc, rest.start, rest.end, label=label)]


def split_acronyms(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """ "Komite Stabilitas Sistem Keuangan (KSSK)" as one ORG or LOC span becomes the long
    form and the abbreviation, both with the long form's value (in ``ctx.values``)."""
    doc = ctx.doc
    out: list[Span] = []
    for e in spans:
        pair = _pair_open(e)
        if pair is not None:  # "Tim Pengendalian Inflasi Pusat dan Daerah (TPIP dan TPID)"
            ctx.drop_value(e)
            out += [
                Span(doc, e.start, pair, label=e.label_),
                Span(doc, pair + 1, pair + 2, label=e.label_),
                Span(doc, pair + 3, pair + 4, label=e.label_),
            ]
            continue
        if (mid := _mid_split(ctx, e)) is not None:
            ctx.drop_value(e)
            out += mid
            continue
        opened = _inner_open(e)
        if opened is None:
            out.append(e)
            continue
        long = Span(doc, e.start, opened, label=e.label_)
        acr = doc[opened + 1 : e.end - 1]
        label = known_as(acr.text) or e.label_
        short = Span(doc, acr.start, acr.end, label=label)
        ctx.drop_value(e)
        if label == "LOC" and not (acronym_fits(long.text, acr.text) or known_as(acr.text)):
            # "Transfer ke [Daerah] (TKD)": the acronym of a longer name, no place's
            out.append(long)
            continue
        if label == e.label_ and acronym_fits(long.text, acr.text):
            value = _acronym_value(long, short)
            for s in (long, short):
                ctx.values[(s.start_char, s.end_char)] = value
        out += [long, short]
    return out


def link_acronyms(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """A bare abbreviation defined earlier in the document ("Komite ... (KSSK)", "Ibu Kota
    Nusantara (IKN)") is an ORG or LOC, as defined, wherever it stands outside a span, and
    every mention of it carries the long form's value. Returns the spans sorted by start."""
    doc = ctx.doc
    defined: dict[str, tuple[str, Any]] = {}
    for k, e in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if (
            e.label_ in ("ORG", "LOC")
            and nxt.label_ == e.label_
            and len(nxt) == 1
            and nxt.start == e.end + 1
            and doc[e.end].text == "("
            and _ACRONYM.fullmatch(nxt.text)
        ):
            value = ctx.values.get((nxt.start_char, nxt.end_char))
            defined.setdefault(nxt.text, (e.label_, value))
    # "Tim P2SEMH": a unit acronym other releases define (scripts/build_unit_acronyms.py)
    for tok in doc:
        long = unit_acronyms().get(tok.text)
        if long and tok.text not in defined and (tok.i == 0 or doc[tok.i - 1].text not in "#@"):
            value = {"id": None, "canonical": long, "acronym": tok.text, "type": None}
            defined[tok.text] = ("ORG", value)
    if not defined:
        return spans
    taken = {i for e in spans for i in range(e.start, e.end)}
    out = list(spans)
    for tok in doc:
        if tok.text in defined and tok.i not in taken:
            out.append(Span(doc, tok.i, tok.i + 1, label=defined[tok.text][0]))
    for e in out:
        label, value = defined.get(e.text, ("", None))
        if e.label_ == label and value is not None:
            ctx.values.setdefault((e.start_char, e.end_char), copy_value(value))
    return sorted(out, key=lambda x: x.start)


def _long_form(spans: list[Span], k: int, phrase: str) -> Span | None:
    """The long form an abbreviation of several words stands for: the ORG ``spans[k]``
    before its bracket, or that span joined to the ORG right before it when only both
    together fit ("Ikatan Keluarga Alumni" + "Universitas Padjadjaran" for "IKA Unpad");
    ``None`` when the abbreviation does not fit ("High Level Meeting" is cut off "Tim
    Pengendalian Inflasi Pusat (HLM TPIP)")."""
    e = spans[k]
    if acronym_fits(e.text, phrase):
        return e
    prev = spans[k - 1] if k else None
    if (
        prev is not None
        and prev.label_ == "ORG"
        and prev.end == e.start
        and e.doc[prev.end - 1].whitespace_ == " "
        and acronym_fits(f"{prev.text} {e.text}", phrase)
    ):
        return Span(e.doc, prev.start, e.end, label="ORG")
    return None


def _phrase_definitions(
    ctx: NerContext, spans: list[Span]
) -> tuple[dict[tuple[str, ...], Span], list[Span]]:
    """Abbreviations of two to four words defined in brackets after the ORG they stand for
    (:func:`_long_form`): "Ikatan Keluarga Alumni Universitas Padjadjaran ([IKA Unpad])",
    "Satuan Tugas Percepatan Rehabilitasi dan Rekonstruksi ([Satgas PRR])"; with the spans,
    long forms joined."""
    doc = ctx.doc
    defined: dict[tuple[str, ...], Span] = {}
    out = list(spans)
    for k, e in enumerate(spans[:-1]):
        nxt = spans[k + 1]
        if not (
            e.label_ == "ORG"
            and nxt.label_ == "ORG"
            and 2 <= len(nxt) <= _INNER_MAX
            and nxt.start == e.end + 1
            and doc[e.end].text == "("
            and nxt.end < len(doc)
            and doc[nxt.end].text == ")"
            and all(t.text[:1].isupper() and t.text.isalnum() for t in nxt)
            and any(_ACRONYM.fullmatch(t.text) for t in nxt)
        ):
            continue
        long = _long_form(spans, k, nxt.text)
        if long is None:
            continue
        defined.setdefault(tuple(t.text for t in nxt), nxt)
        if long.start != e.start:
            out = [x for x in out if x is not e and x is not spans[k - 1]] + [long]
    return defined, sorted(out, key=lambda x: x.start)


def link_acronym_phrases(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """An abbreviation of several words defined in brackets (:func:`_phrase_definitions`) is
    one mention wherever it is written again, like a one-word one (:func:`link_acronyms`):
    the spans inside it give way ("Ketua Umum IKA [Unpad]" -> "[IKA Unpad]"); a span running
    out of it is left alone. Returns the spans sorted by start."""
    defined, out = _phrase_definitions(ctx, spans)
    if not defined:
        return spans
    doc = ctx.doc
    for words, first in defined.items():
        n = len(words)
        for i in range(len(doc) - n + 1):
            if i == first.start or doc[i].text != words[0]:
                continue
            if tuple(t.text for t in doc[i : i + n]) != words:
                continue
            inside = [e for e in out if e.start < i + n and e.end > i]
            if any(e.start < i or e.end > i + n for e in inside):
                continue
            mention = Span(doc, i, i + n, label=first.label_)
            out = [e for e in out if e not in inside] + [mention]
            value = ctx.values.get((first.start_char, first.end_char))
            if value is not None:
                ctx.values.setdefault((mention.start_char, mention.end_char), copy_value(value))
    return sorted(out, key=lambda x: x.start)
