"""Names written together with a place or a number (press conventions).

:func:`join_units`:

* a regional body and the place it serves are one ORG: "Balai Perhutanan Sosial Bogor",
  "OJK Provinsi Lampung", "DPRD Jawa Barat",
  "CDK Wilayah V Garut", "Cabang Dinas Kehutanan Kab. Garut", "SMA Negeri 72 Jakarta",
  "Pemerintah Aceh" (first words: ``data/ner/regional_units.txt``); a "LOC" that opens with
  such a word is an ORG ("Balai Penegakan Hukum Kehutanan Wilayah", not "Balai Kota");
* a parliamentary commission is part of its parliament: "Komisi VII DPR RI";
* "Ibu Kota Nusantara", "Republik Indonesia", "Republic of Indonesia" are one LOC.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressnlp.ner.context import NerContext

__all__ = ["join_units"]

_ROMAN = re.compile(r"[IVXL]{1,6}|\d{1,3}")
# words between a body and its place: "Wilayah V", "Kab.", "Negeri 72"
_LINKS = frozenset({"Wilayah", "Wil", "Kab", "Kabupaten", "Kota", "Provinsi", "Prov", "Negeri"})
# "Balai Kota" is a building; "Balai Besar ..." is a unit (an ORG)
_PLACE_BUILDINGS = frozenset({"Kota", "Desa", "Kampung"})
# a place named by its administrative level: "Provinsi Lampung", "Kabupaten Garut"
_REGION_WORDS = frozenset({"Provinsi", "Kabupaten", "Kota", "Kab", "Prov"})


def _link(doc: Doc, i: int) -> bool:
    t = doc[i].text
    if t == ".":
        return i > 0 and doc[i - 1].text in ("Kab", "Wil", "Prov") and not doc[i - 1].whitespace_
    return t.rstrip(".") in _LINKS or _ROMAN.fullmatch(t) is not None


def _gap_ok(doc: Doc, a: int, b: int) -> bool:
    """Tokens ``a..b`` are link words only, on one line."""
    return all(_link(doc, i) for i in range(a, b)) and all(
        "\n" not in doc[i].whitespace_ and not doc[i].is_space for i in range(a - 1, b)
    )


def _unit_start(ctx: NerContext, e: Span, taken: set[int]) -> int:
    """Start of an untagged regional body written right before the place ``e`` ("[SMA
    Negeri 72] Jakarta", "[Pemerintah] Aceh"), or -1."""
    doc = ctx.doc
    k = e.start - 1
    while k >= 0 and k not in taken and _link(doc, k) and e.start - k <= 3:
        k -= 1
    if k < 0 or k in taken or doc[k].text not in ctx.lex.regional_units:
        return -1
    return k if _gap_ok(doc, k + 1, e.start) and "\n" not in doc[k].whitespace_ else -1


def _serves(ctx: NerContext, body: Span, place: Span) -> bool:
    """``body`` is named with the region ``place`` it serves: a regional body ("Balai",
    "DPRD"), or an agency's acronym with an administrative region ("OJK Provinsi
    Lampung", "BPS Kabupaten Garut")."""
    if body[0].text in ctx.lex.regional_units:
        return True
    acronym = len(body) == 1 and body.text.isupper() and len(body.text) > 1
    return acronym and place[0].text in _REGION_WORDS


def _relabel(ctx: NerContext, e: Span) -> Span:
    if (
        e.label_ == "LOC"
        and len(e) > 1
        and e[0].text in ctx.lex.regional_units
        and e[1].text not in _PLACE_BUILDINGS
    ):
        ctx.drop_value(e)
        return Span(ctx.doc, e.start, e.end, label="ORG")
    return e


def _extend_left(ctx: NerContext, e: Span, taken: set[int]) -> Span:
    """ "Komisi VII" + "DPR RI", "Ibu" + "Kota Nusantara", "Republik" + "Indonesia"."""
    doc, s = ctx.doc, e.start
    free = [i for i in range(max(0, s - 3), s) if i not in taken]
    if (
        e.label_ == "ORG"
        and s >= 2
        and {s - 2, s - 1} <= set(free)
        and doc[s - 2].text == "Komisi"
        and _ROMAN.fullmatch(doc[s - 1].text)
    ):
        return Span(doc, s - 2, e.end, label="ORG")
    if e.label_ != "LOC" or s < 1 or s - 1 not in free:
        return e
    prev = doc[s - 1].text
    if (prev == "Ibu" and e[0].text == "Kota") or prev in ("Republik", "REPUBLIK"):
        return Span(doc, s - 1, e.end, label="LOC")
    if prev == "of" and s >= 2 and s - 2 in free and doc[s - 2].text == "Republic":
        return Span(doc, s - 2, e.end, label="LOC")
    return e


def join_units(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """Bodies with their places, commissions with their parliament (module docstring).
    Returns the spans sorted by start; a changed span loses its value."""
    doc = ctx.doc
    spans = sorted((_relabel(ctx, e) for e in spans), key=lambda x: x.start)
    taken = {i for e in spans for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in spans:
        new = _extend_left(ctx, e, taken)
        prev = out[-1] if out else None
        if e.label_ == "LOC" and new is e:
            if (
                prev is not None
                and prev.label_ == "ORG"
                and _serves(ctx, prev, e)
                and prev[-1].text != ")"  # "... (BBKSDA) Jawa Barat": ORG, ORG, LOC
                and prev.end <= e.start
                and _gap_ok(doc, prev.end, e.start)
            ):
                ctx.drop_value(prev)
                out[-1] = Span(doc, prev.start, e.end, label="ORG")
                continue
            k = _unit_start(ctx, e, taken)
            if k >= 0:
                new = Span(doc, k, e.end, label="ORG")
        if new is not e:
            ctx.drop_value(e)
            taken.update(range(new.start, new.end))
        out.append(new)
    return out
