"""Hand-annotated press releases (``press_ner_train.jsonl``) as NER training pieces.

A gold release is one long text with character spans (offsets into the source text, or
into ``pressnlp.clean(raw).body`` for HTML sources: :func:`pressnlp.evaluation.sources.load_gold`
resolves both). The model trains on short documents, like the news sentences of
:mod:`.ner_corpus`, so each release is cut into **pieces**: runs of whole sentences of at
most ``max_tokens`` tokens, cut only

* at a line break (title lines, letterheads, paragraphs), or
* after a sentence-final ``.``/``!``/``?`` token followed by a capitalised word, an opening
  quote or a bracket, also without a space: scraped texts glue sentences together
  ("terjaga.“Menko", "diperkuat.Melalui"); spaCy's infix rule splits those, and the piece
  boundary goes between the tokens;

never inside a gold span. Each piece keeps the release's own characters, including line
breaks inside it, so the model sees the text as ``extract_entities`` does. A gold span whose
edge falls inside a token (glued "PEREKONOMIANREPUBLIK INDONESIA") is *missing* annotation,
not a wrong boundary. Everything else is ``O``: the set annotates every mention.

**Model convention** (``adapt=True``, the default of :func:`load_press`): where the press
spec and the news corpora disagree and ``pressnlp_entities`` converts the model's output to
the press spec anyway, the pieces follow the news corpora, so the model is not taught two
conventions: "Komite Stabilitas Sistem Keuangan (KSSK)" is one ORG (the press conventions
split it into two mentions), and a country that does not follow a locative cue ("ekonomi
**Indonesia**", "dolar **AS**"; the press conventions add those) is *missing*, neither LOC
nor ``O`` (:func:`to_model_convention`).

Pieces whose normalised text also occurs in a held-out text (``exclude_texts``: the press
dev releases) are dropped, so boilerplate shared by a train and a dev release is not learnt
from the train copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressnlp.training.ner_corpus import (
    Sentence,
    country_names,
    demote_nonlocative_loc,
    drop_held_out,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PRESS_SOURCE = "press"
SENTENCE_END = frozenset(".!?")
_OPENERS = frozenset("\"'“‘([")


def _cut_before(doc: Doc, i: int) -> bool:
    """May a piece start at token ``i`` (sentence or line start)?"""
    prev, tok = doc[i - 1], doc[i]
    if tok.is_space:
        return False
    if prev.is_space:
        return "\n" in prev.text
    if "\n" in prev.whitespace_:
        return True
    if prev.text not in SENTENCE_END or i < 2:
        return False
    before = doc[i - 2]
    # "H. Abdul", "No. 5": a one- or two-letter word before the period is an abbreviation
    if before.is_alpha and len(before.text) <= 2:
        return False
    first = tok.text[0]
    return first.isupper() or first in _OPENERS


def _entity_tokens(doc: Doc, spans: Iterable[dict[str, Any]]) -> list[tuple[int, int, str, bool]]:
    """Gold spans as token ranges ``(start, end, label, exact)``; ``exact`` is False where
    a span edge falls inside a token (the range is then the covering tokens)."""
    out = []
    for span in spans:
        exact = doc.char_span(span["start"], span["end"], label=span["label"])
        if exact is not None:
            out.append((exact.start, exact.end, span["label"], True))
            continue
        cover = doc.char_span(span["start"], span["end"], alignment_mode="expand")
        if cover is not None:
            out.append((cover.start, cover.end, span["label"], False))
    return out


def _units(doc: Doc, inside: set[int]) -> list[tuple[int, int]]:
    """Token ranges between cut points (space tokens at the edges stripped)."""
    cuts = [0] + [i for i in range(1, len(doc)) if i not in inside and _cut_before(doc, i)]
    units = []
    for a, b in zip(cuts, [*cuts[1:], len(doc)], strict=True):
        while a < b and doc[a].is_space:
            a += 1
        while b > a and doc[b - 1].is_space:
            b -= 1
        if a < b:
            units.append((a, b))
    return units


def _words(doc: Doc, a: int, b: int) -> int:
    return sum(1 for t in doc[a:b] if not t.is_space)


def release_pieces(
    nlp: Language,
    text: str,
    spans: Sequence[dict[str, Any]],
    *,
    max_tokens: int = 48,
    source: str = PRESS_SOURCE,
) -> list[Sentence]:
    """Cut one annotated release into training pieces (see the module docstring).

    ``spans``: gold ``{"start", "end", "label"}`` dicts with offsets into ``text``.
    Consecutive sentences are packed into one piece while it stays within ``max_tokens``
    (non-space) tokens; a longer sentence is a piece of its own."""
    doc = nlp.make_doc(text)
    ents = _entity_tokens(doc, spans)
    inside = {i for s, e, *_ in ents for i in range(s + 1, e)}
    pieces: list[tuple[int, int]] = []
    for a, b in _units(doc, inside):
        if pieces and _words(doc, pieces[-1][0], b) <= max_tokens:
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
    out = []
    for a, b in pieces:
        tokens = [t.text for t in doc[a:b]]
        after = [t.whitespace_ for t in doc[a:b]]
        after[-1] = ""
        sent = Sentence(tokens, source=source, has_date=True, after=after)
        for s, e, label, exact in ents:
            if a <= s and e <= b:
                if exact:
                    sent.ents.append((s - a, e - a, label))
                else:
                    sent.missing.append((s - a, e - a))
        out.append(sent)
    return out


def to_model_convention(sent: Sentence, countries: frozenset[str] | None = None) -> Sentence:
    """``sent`` with "Name (ACR)" ORG pairs joined into one ORG and countries after no
    locative cue made missing (see the module docstring); changes ``sent`` in place."""
    ents = sorted(sent.ents)
    joined: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if joined:
            ps, pe, plabel = joined[-1]
            if (
                label == plabel == "ORG"
                and s == pe + 1
                and sent.tokens[pe] == "("
                and e < len(sent.tokens)
                and sent.tokens[e] == ")"
            ):
                joined[-1] = (ps, e + 1, "ORG")
                continue
        joined.append((s, e, label))
    sent.ents = joined
    demote_nonlocative_loc(sent, countries if countries is not None else country_names())
    return sent


def load_press(
    gold: Path,
    data: Path,
    nlp: Language,
    *,
    split: str = "train",
    exclude_texts: Iterable[str] = (),
    max_tokens: int = 48,
    adapt: bool = True,
) -> list[Sentence]:
    """Training pieces of every release of ``split`` in the gold file ``gold``; pieces whose
    normalised text occurs in one of ``exclude_texts`` are dropped. ``adapt``: pieces in
    the model convention (:func:`to_model_convention`), else exactly as annotated."""
    from pressnlp.evaluation.sources import load_gold

    out: list[Sentence] = []
    for doc in load_gold(gold, data, split=split):
        spans = doc.annotation.get("entities", [])
        out += release_pieces(nlp, doc.source.text, spans, max_tokens=max_tokens)
    if adapt:
        countries = country_names()
        out = [to_model_convention(piece, countries) for piece in out]
    return drop_held_out(out, exclude_texts)


def held_out_texts(gold: Path, data: Path, *, split: str = "dev") -> list[str]:
    """The source texts of a held-out gold split, to keep them out of training (see
    :func:`load_press` and ``exclude_texts`` of :func:`.ner_corpus.build_corpus`); its
    annotations are not read."""
    from pressnlp.evaluation.sources import load_gold

    return [doc.source.text for doc in load_gold(gold, data, split=split)]
