"""The merge policy: which of the model's spans, the rule dates and the gazetteer matches
become the entities the later passes work on. One function, :func:`merge_spans`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressnlp import dates
from pressnlp.ner.context import NerContext
from pressnlp.ner.date_spans import RuleDate, date_context
from pressnlp.ner.lexicon import lexicon

__all__ = ["merge_spans"]

# the level word of a region, written out or abbreviated ("Prov. Jawa Tengah", "Kab. Garut")
_REGION_HEADS = frozenset(
    {"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa", "Kelurahan", "Prov", "Kab"}
)


def merge_spans(
    ctx: NerContext, model: list[Span], rule_dates: list[RuleDate], found: list[Span]
) -> list[Span]:
    """Merge the model's spans (``model``), the rule dates and the gazetteer's matches
    (``found``). In this order:

    1. **Rule dates over the model's names.** A rule date drops the model's PERSON/ORG/LOC
       spans lying inside it; a model name running into a date ("Jakarta (13/11/2025)",
       "WEO Juli 2025") is cut before it; a model name only partly inside a date keeps its
       tokens and the date is dropped (the model saw a name there). Overlapping rule dates:
       the first wins.
    2. **Model boundaries, rule values.** Where a model DATE and a rule date mean the same
       thing, the model's boundaries are kept ("tahun 2014", "Minggu (24/8) pagi": learned
       from the annotated data) with the rule's value; the rule's span wins when it says more
       ("3 s.d. 14 Juli 2017" over "14 Juli 2017") or holds a number the model missed.
    3. **The model's other DATEs** stay where no rule span lies, unless they are durations,
       clock times or counts (:func:`pressnlp.dates.is_non_date`) or sit in a regulation
       reference ("Nomor 12 Tahun 2017").
    4. **Gazetteer matches fill the gaps.** A match is added where no span lies; an exact
       institution name also beats the model where the model cannot be right (see
       :func:`_overrides`). The matches added are ``ctx.protected`` for the PERSON rules.

    Order of the result: the model's names, its DATEs, the rule dates, the gazetteer's.
    Values of the rule dates go to ``ctx.values``.
    """
    names = [e for e in model if e.label_ != "DATE"]
    kept_dates = _claim_dates(ctx, rule_dates, names)
    if ctx.options.dates and ctx.text:
        kept_dates = _keep_model_boundaries(ctx, model, kept_dates)
    out = names + _model_dates(ctx, model, [*names, *kept_dates]) + kept_dates
    if ctx.options.gazetteer:
        added = _add_gazetteer(out, found)
        ctx.protected.update(id(s) for s in added)
        out += added
    return out


def _claim_dates(ctx: NerContext, rule_dates: list[RuleDate], names: list[Span]) -> list[Span]:
    """Step 1: the rule dates that stand; ``names`` loses the spans they replace."""
    out: list[Span] = []
    for span, value, kind in rule_dates:
        clash = [e for e in names if e.start < span.end and span.start < e.end]
        if kind != "year":
            clash = [e for e in clash if not _cut_before_date(ctx.doc, e, span, names)]
        # a model PERSON/ORG/LOC only partly inside the date: the model saw a name there
        if any(e.start < span.start or e.end > span.end for e in clash):
            continue
        for e in clash:
            names.remove(e)
        if out and out[-1].end > span.start:
            continue
        out.append(span)
        ctx.values[(span.start_char, span.end_char)] = value
    return out


def _cut_before_date(doc: Doc, e: Span, date: Span, names: list[Span]) -> bool:
    """A model name that runs into a date ending it ("Jakarta (13/11/2025)", "WEO Juli
    2025") ends before the date, which becomes a DATE: ``names`` gets the cut span in place
    of ``e`` and the answer is ``True`` (no clash left)."""
    end = date.end + 1 if date.end < len(doc) and doc[date.end].text == ")" else date.end
    # "WEO Juli 2025", or a name the model ran into the date ("LHP Semester II Tahun" 2020)
    if not (e.start < date.start and date.start < e.end <= end):
        return False
    cut = date.start
    while cut > e.start and doc[cut - 1].lower_ in ("(", ",", "-", "–", "—", ":", "per", "pada"):
        cut -= 1
    if cut == e.start or not any(c.isalpha() for c in doc[e.start : cut].text):
        return False  # nothing but the date: let the date rule decide as before
    names[names.index(e)] = Span(doc, e.start, cut, label=e.label_)
    return True


def _keep_model_boundaries(
    ctx: NerContext, model: list[Span], rule_dates: list[Span]
) -> list[Span]:
    """Step 2: a rule date that means the same as a model DATE takes its boundaries."""
    values = ctx.values
    out = list(rule_dates)
    for md in model:
        if md.label_ != "DATE":
            continue
        hits = [r for r in out if r.start < md.end and md.start < r.end]
        if len(hits) != 1 or hits[0] is md:
            continue
        r = hits[0]
        extra = [t for t in r if not md.start <= t.i < md.end]
        if r.start <= md.start and md.end <= r.end and any(t.like_num or t.is_digit for t in extra):
            # the model missed a number: "[Maret] 2025", "[7 Maret] 2025" (but "tahun
            # [2014]" keeps the model's boundary, as the corpora annotate it)
            continue
        value = values[(r.start_char, r.end_char)]
        inside = (
            md.start <= r.start
            and r.end <= md.end
            and len(md) - len(r) <= 3
            and all(date_context(t) for t in md if not r.start <= t.i < r.end)
        )
        same = value is not None and dates.normalize_date(md.text, pub_date=ctx.pub) == value
        if inside or same:
            del values[(r.start_char, r.end_char)]
            values[(md.start_char, md.end_char)] = value
            out[out.index(r)] = md
    return out


def _model_dates(ctx: NerContext, model: list[Span], spans: list[Span]) -> list[Span]:
    """Step 3: the model's DATE spans that overlap none of ``spans`` and are dates."""
    use_dates = ctx.options.dates
    model_dates = [e for e in model if e.label_ == "DATE"]
    regs = dates.regulation_spans(ctx.text) if use_dates and model_dates else []
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for e in model_dates:
        if any(i in taken for i in range(e.start, e.end)):
            continue
        if use_dates and (
            dates.is_non_date(e.text) or any(a <= e.start_char and e.end_char <= b for a, b in regs)
        ):
            continue
        out.append(e)
    return out


def _add_gazetteer(existing: list[Span], found: list[Span]) -> list[Span]:
    """Step 4: the gazetteer matches that stand; ``existing`` loses the spans they beat."""
    owner: dict[int, Span] = {}
    for e in existing:
        for i in range(e.start, e.end):
            owner[i] = e
    out = []
    for span in found:
        clash = {id(owner[i]): owner[i] for i in range(span.start, span.end) if i in owner}
        if not clash:
            out.append(span)
        elif _overrides(span, list(clash.values())):
            for e in clash.values():
                existing.remove(e)
                for i in range(e.start, e.end):
                    owner.pop(i, None)
            out.append(span)
    return out


def _overrides(span: Span, clash: list[Span]) -> bool:
    """An exact institution name beats the model where the model cannot be right:
    "Kemensetneg" inside a PERSON span, a LOC "Indonesia" inside "Bank Indonesia", an ORG
    span that stops inside a longer known name, a LOC "lingkungan Kementerian X"; so does a
    prefixed region whose name the model cut short or split from its level word
    ("Kabupaten Puncak [Jaya]", "[Prov]. [Jawa Tengah]", "Kabupaten [Bogor]": the level,
    written out or abbreviated, is part of the LOC)."""
    if span.label_ == "LOC":
        # a model region cut short: "Kabupaten Puncak" inside "Kabupaten Puncak Jaya"
        return (
            all(e.label_ == "LOC" and span.start <= e.start and e.end <= span.end for e in clash)
            and span[0].text.rstrip(".") in _REGION_HEADS
        )
    if span.label_ != "ORG":
        return False
    within_nouns = lexicon().within_nouns
    for e in clash:
        if e.label_ == "PERSON":
            continue
        inside = span.start <= e.start and e.end <= span.end and len(e) < len(span)
        # a LOC inside a known name, or a model ORG cut short ("Kementerian Pendidikan Dasar")
        if e.label_ in ("LOC", "ORG") and inside:
            continue
        # "di lingkungan / jajaran Kementerian X" means within the institution, not a
        # place (idner teaches "kota Bandung" as LOC and the model stretches that);
        # "komplek DPR" or "gedung KPK" stay places
        prefix = e.doc[e.start : span.start]
        if (
            e.label_ == "LOC"
            and e.end == span.end
            and len(prefix) > 0
            and prefix[0].lower_ in within_nouns
            and all(t.is_lower for t in prefix)
        ):
            continue
        return False
    return True
