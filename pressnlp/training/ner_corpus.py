"""Corpus preparation for the NER model: shared CoNLL corpora -> spaCy ``DocBin`` files.

What this does (see ``shared/data/ner/README.md`` for why):

* reads the token-per-line corpora, repairs IOB2 violations and maps every label set onto
  pressnlp's ``PERSON`` / ``ORG`` / ``LOC`` / ``DATE``;
* projects NER-UGM ``TIME`` spans onto the idner-news-2k sentences with the same text as
  ``DATE`` (NER-UGM's own PER/ORG/LOC are discarded, idner's are better);
* marks date-like tokens as *missing* (not ``O``) in every sentence that has no DATE
  annotation, so the model is not taught that dates are not entities;
* de-duplicates within and across corpora by normalised text and drops every training
  sentence whose text is also in the dev set;
* re-tokenises each sentence with the model's own tokenizer (tokens joined by single
  spaces, exactly as users call ``extract_entities``) so training sees the splits that
  inference sees ("29/10/2013" -> "29 / 10 / 2013").

Only light imports at module level; spaCy is imported where needed.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pressnlp.gazetteer import countries

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Per-corpus label maps; anything not listed becomes O.  NERP is deliberately absent
# (its IND class is not ORG: parties and state bodies are untagged there).
LABEL_MAPS: dict[str, dict[str, str]] = {
    "idner": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"},
    "nerugm": {"TIME": "DATE"},  # only used for DATE projection
    "nerui": {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    "nergrit": {"PERSON": "PERSON", "ORGANISATION": "ORG", "PLACE": "LOC"},
    # Generic map for user-supplied CoNLL files in ``pressnlp evaluate ner --file``.
    "generic": {
        "PER": "PERSON",
        "PERSON": "PERSON",
        "ORG": "ORG",
        "ORGANIZATION": "ORG",
        "ORGANISATION": "ORG",
        "LOC": "LOC",
        "LOCATION": "LOC",
        "PLACE": "LOC",
        "GPE": "LOC",
        "DATE": "DATE",
        "TIME": "DATE",
    },
}

_MONTHS = [
    "januari",
    "jan",
    "februari",
    "pebruari",
    "feb",
    "peb",
    "maret",
    "mar",
    "april",
    "apr",
    "mei",
    "juni",
    "jun",
    "juli",
    "jul",
    "agustus",
    "agu",
    "agt",
    "ags",
    "september",
    "sep",
    "sept",
    "oktober",
    "okt",
    "november",
    "nov",
    "nop",
    "desember",
    "des",
]
_DAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"]
_NAMES = "|".join(re.escape(w) for w in _MONTHS + _DAYS)
_DATE_CORE = re.compile(
    rf"^(?:(?:{_NAMES})\.?|\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?|(?:19|20)\d\d(?:-an)?|kuartal|triwulan|semester)$",
    re.IGNORECASE,
)
_DATE_GLUE = re.compile(
    r"^(?:\d{1,4}|[(),/.\-–]|s\.?d\.?|hingga|sampai|tanggal|tgl\.?|awal|akhir|pertengahan|tahun|I{1,3}|IV)$",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    """A pre-tokenised sentence with entity spans over token indices (end exclusive)."""

    tokens: list[str]
    ents: list[tuple[int, int, str]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)
    source: str = ""
    has_date: bool = False  # DATE annotated (gold or projected)?
    # Text after each token (default a single space); lets merged paragraphs carry newlines.
    after: list[str] | None = None

    @property
    def text(self) -> str:
        if self.after is None:
            return " ".join(self.tokens)
        return "".join(t + a for t, a in zip(self.tokens, self.after, strict=True)).rstrip()

    def char_starts(self) -> list[int]:
        """Character offset of each token in :attr:`text`."""
        after = self.after or [" "] * len(self.tokens)
        starts, pos = [], 0
        for tok, gap in zip(self.tokens, after, strict=True):
            starts.append(pos)
            pos += len(tok) + len(gap)
        return starts

    @property
    def key(self) -> str:
        return norm_key(self.tokens)


def norm_key(tokens: Iterable[str]) -> str:
    """Lowercase alphanumerics only: the de-duplication / matching key."""
    return "".join(ch for ch in "".join(tokens).lower() if ch.isalnum())


def read_conll(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Token-per-line file (token first, tag last column; blank line ends a sentence)."""
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if toks:
                    yield toks, tags
                toks, tags = [], []
                continue
            toks.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    if toks:
        yield toks, tags


def tags_to_spans(tags: Sequence[str], label_map: dict[str, str]) -> list[tuple[int, int, str]]:
    """IOB2 (violations repaired: ``I-X`` after ``O`` or another type starts an entity) or bare
    IO labels -> mapped spans; unmapped labels are dropped."""
    spans: list[tuple[int, int, str]] = []
    start, cur = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag == "":
            prefix, typ = "O", ""
        elif tag[:2] in ("B-", "I-"):
            prefix, typ = tag[0], tag[2:]
        else:  # IO scheme
            prefix, typ = "I", tag
        if cur and (prefix != "I" or typ != cur):
            spans.append((start, i, cur))
            cur = ""
        if prefix in ("B", "I") and not cur:
            start, cur = i, typ
    # bare IO labels come in any case ("Person", "Place" in mdee-gold)
    return [
        (s, e, label_map.get(t, label_map.get(t.upper(), "")))
        for s, e, t in spans
        if t in label_map or t.upper() in label_map
    ]


def date_like_missing(
    tokens: Sequence[str], ents: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """Token ranges that could be part of a DATE in a sentence without DATE annotation."""
    taken = [False] * len(tokens)
    for s, e, _ in ents:
        for i in range(s, e):
            taken[i] = True
    marked = [False] * len(tokens)
    for i, tok in enumerate(tokens):
        if _DATE_CORE.match(tok) and not taken[i]:
            marked[i] = True
            # spread over adjacent numbers / brackets / range words: "Selasa ( 2/12/2014 )"
            for step in (-1, 1):
                j = i + step
                while (
                    0 <= j < len(tokens)
                    and abs(j - i) <= 3
                    and not taken[j]
                    and (_DATE_GLUE.match(tokens[j]) or _DATE_CORE.match(tokens[j]))
                ):
                    marked[j] = True
                    j += step
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if marked[i]:
            j = i
            while j < len(tokens) and marked[j]:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _norm_char_index(tokens: Sequence[str]) -> tuple[list[int], list[int]]:
    """For each token, its [start, end) range in the normalised (alnum, lowercase) string."""
    starts, ends, pos = [], [], 0
    for tok in tokens:
        n = sum(1 for ch in tok.lower() if ch.isalnum())
        starts.append(pos)
        pos += n
        ends.append(pos)
    return starts, ends


def project_dates(target: Sentence, donor_tokens: Sequence[str], donor_tags: Sequence[str]) -> int:
    """Copy the donor's TIME spans onto ``target`` as DATE where boundaries align and no
    PER/ORG/LOC span is overlapped.  Returns how many were projected."""
    d_starts, d_ends = _norm_char_index(donor_tokens)
    t_starts, t_ends = _norm_char_index(target.tokens)
    added = 0
    for s, e, _ in tags_to_spans(donor_tags, LABEL_MAPS["nerugm"]):
        cs, ce = d_starts[s], d_ends[e - 1]
        if ce <= cs:
            continue
        # target token range: first token whose normalised end > cs, last whose start < ce
        ts = next((i for i in range(len(target.tokens)) if t_ends[i] > cs), None)
        te = next((i + 1 for i in reversed(range(len(target.tokens))) if t_starts[i] < ce), None)
        if ts is None or te is None or te <= ts:
            continue
        if t_starts[ts] != cs or t_ends[te - 1] != ce:
            continue
        # keep the donor's bracket tokens: extend over target punctuation the donor also covered
        while (
            ts > 0
            and t_starts[ts - 1] == t_ends[ts - 1] == cs
            and donor_tokens[s] == target.tokens[ts - 1]
        ):
            ts -= 1
        while (
            te < len(target.tokens)
            and t_starts[te] == t_ends[te] == ce
            and donor_tokens[e - 1] == target.tokens[te]
        ):
            te += 1
        if any(not (te <= a or b <= ts) for a, b, _ in target.ents):
            continue
        target.ents.append((ts, te, "DATE"))
        added += 1
    target.ents.sort()
    return added


# --------------------------------------------------------------------------------------
# Loading the corpora


def _load(path: Path, corpus: str) -> list[Sentence]:
    out = []
    for toks, tags in read_conll(path):
        out.append(Sentence(toks, tags_to_spans(tags, LABEL_MAPS[corpus]), source=corpus))
    return out


def load_idner(data: Path, split: str) -> list[Sentence]:
    """idner-news-2k ``split`` with DATE projected from NER-UGM; sentences without a
    NER-UGM twin keep DATE as missing on date-like tokens."""
    sents = _load(data / "ner" / "idner-news-2k" / f"{split}.txt", "idner")
    twins: dict[str, tuple[list[str], list[str]]] = {}
    for toks, tags in read_conll(data / "ner" / "nerugm" / "nerugm.txt"):
        twins.setdefault(norm_key(toks), (toks, tags))
    for sent in sents:
        twin = twins.get(sent.key)
        if twin is not None:
            project_dates(sent, *twin)
            sent.has_date = True
        else:
            sent.missing = date_like_missing(sent.tokens, sent.ents)
    return sents


def load_extra(data: Path, corpus: str) -> list[Sentence]:
    """An extra PER/ORG/LOC corpus (``nerui`` or ``nergrit``), DATE marked missing."""
    path = {
        "nerui": data / "ner" / "nerui" / "nergithub.txt",
        "nergrit": data / "ner" / "nergrit-indonlu" / "train_preprocess.txt",
    }[corpus]
    sents = _load(path, corpus)
    for sent in sents:
        sent.missing = date_like_missing(sent.tokens, sent.ents)
    return sents


# Tokens after which a place name is a place (idner-news-2k train: after "di" LOC 114x, O 1x).
# Elsewhere idner tags a country or region only by use: "Presiden Suriah", "turis Jepang",
# "pemerintah Israel" and sentence-initial actors are O, while NER-UI labels every mention
# LOC. With ``loc_context`` NER-UI keeps a LOC label only after these cues.
_LOCATIVE_CUES = """
    di ke dari menuju sekitar seluruh se antara wilayah kawasan kota daerah provinsi kabupaten
    pulau desa kecamatan kelurahan asal arah luar seperti yaitu yakni termasuk setiap berbagai
    ibukota ibu dan serta atau , ( ; : / - dalam pada tiba berkunjung kunjungan
    mengunjungi meninggalkan memasuki menyeberang melintasi bertolak
"""
_LOCATIVE = frozenset(_LOCATIVE_CUES.split())


def demote_nonlocative_loc(sent: Sentence, only: frozenset[str] | None = None) -> int:
    """Turn LOC spans that do not follow a locative cue into *missing* annotation; returns
    how many. The model then learns those uses from idner alone. ``only``: just spans
    whose text is in this set (e.g. country names)."""
    keep, moved = [], 0
    for s, e, label in sent.ents:
        if (
            label == "LOC"
            and (only is None or " ".join(sent.tokens[s:e]) in only)
            and (s == 0 or sent.tokens[s - 1].lower() not in _LOCATIVE)
        ):
            sent.missing.append((s, e))
            moved += 1
        else:
            keep.append((s, e, label))
    sent.ents = keep
    return moved


def country_names() -> frozenset[str]:
    """Names and aliases of the gazetteer's countries."""
    names: set[str] = set()
    for c in countries().values():
        names.update([c["name"], *c["aliases"]])
    return frozenset(names)


def dedupe(sents: Iterable[Sentence], exclude: set[str] = frozenset()) -> list[Sentence]:  # type: ignore[assignment]
    """Keep the first copy of each normalised text, dropping keys in ``exclude``."""
    seen = set(exclude)
    out = []
    for sent in sents:
        key = sent.key
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(sent)
    return out


def load_conll_file(path: Path) -> list[Sentence]:
    """A user CoNLL file with the generic label map (PER/PERSON, ORG/ORGANIZATION, ...)."""
    sents = _load(path, "generic")
    has_date = any(lbl == "DATE" for s in sents for *_, lbl in s.ents)
    for s in sents:
        s.has_date = has_date
    return sents


# --------------------------------------------------------------------------------------
# Conversion to spaCy docs


def to_doc(nlp: Language, sent: Sentence) -> Doc:
    """Re-tokenise the space-joined sentence with ``nlp``'s tokenizer and carry the spans
    over by character offsets.  A span whose edge falls inside a spaCy token becomes
    missing annotation rather than a wrong boundary."""
    starts = sent.char_starts()

    def chars(s: int, e: int) -> tuple[int, int]:
        return starts[s], starts[e - 1] + len(sent.tokens[e - 1])

    doc = nlp.make_doc(sent.text)
    ents, missing = [], []
    for s, e, label in sent.ents:
        cs, ce = chars(s, e)
        span = doc.char_span(cs, ce, label=label)
        if span is None:
            span = doc.char_span(cs, ce, alignment_mode="expand")
            if span is not None:
                missing.append(span)
        else:
            ents.append(span)
    for s, e in sent.missing:
        cs, ce = chars(s, e)
        span = doc.char_span(cs, ce, alignment_mode="expand")
        if span is not None:
            missing.append(span)
    ents = _non_overlapping(ents)
    taken = {i for sp in ents for i in range(sp.start, sp.end)}
    miss_tokens = sorted({i for sp in missing for i in range(sp.start, sp.end)} - taken)
    miss_spans = [doc[i : i + 1] for i in miss_tokens]
    doc.set_ents(ents, missing=miss_spans, default="outside")
    doc.user_data["source"] = sent.source
    return doc


def _non_overlapping(spans: list) -> list:
    from spacy.util import filter_spans

    return filter_spans(spans)


def merge_paragraphs(
    sents: Sequence[Sentence], *, share: float = 0.3, seed: int = 0
) -> list[Sentence]:
    """Join about ``share`` of the sentences into 2-4-sentence pieces separated by a space,
    a newline or a blank line, as in real releases, so the model sees whitespace tokens and
    sentence boundaries (and learns that an entity never runs across a paragraph break)."""
    rng = random.Random(seed)
    out: list[Sentence] = []
    i = 0
    while i < len(sents):
        if rng.random() >= share:
            out.append(sents[i])
            i += 1
            continue
        group = list(sents[i : i + rng.randint(2, 4)])
        i += len(group)
        tokens: list[str] = []
        after: list[str] = []
        ents: list[tuple[int, int, str]] = []
        missing: list[tuple[int, int]] = []
        for k, sent in enumerate(group):
            base = len(tokens)
            tokens += sent.tokens
            after += sent.after or [" "] * len(sent.tokens)
            if k < len(group) - 1:
                after[-1] = rng.choice([" ", "\n", "\n\n", "\n\n", " \n\n"])
            ents += [(a + base, b + base, lbl) for a, b, lbl in sent.ents]
            missing += [(a + base, b + base) for a, b in sent.missing]
        out.append(
            Sentence(
                tokens,
                ents,
                missing,
                source="+".join(sorted({s.source for s in group})),
                has_date=all(s.has_date for s in group),
                after=after,
            )
        )
    return out


def write_docbin(nlp: Language, sents: Iterable[Sentence], path: Path) -> int:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=True)
    n = 0
    for sent in sents:
        db.add(to_doc(nlp, sent))
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def build_corpus(
    data: Path,
    out_dir: Path,
    *,
    extras: Sequence[str] = ("nerui",),
    silver: Path | None = None,
    nlp: Language | None = None,
    paragraphs: float = 0.0,
    idner_weight: int = 1,
    loc_context: bool | str = False,
    seed: int = 0,
    press: Sequence[Sentence] = (),
    press_weight: int = 1,
    exclude_texts: Sequence[str] = (),
) -> dict[str, int]:
    """Write ``train.spacy`` and ``dev.spacy`` into ``out_dir``; returns counts.

    ``paragraphs``: share of training sentences merged into multi-sentence pieces
    (:func:`merge_paragraphs`); the dev set always stays one sentence per doc.
    ``loc_context``: LOC labels of the extra corpora (NER-UI) only after locative cues
    (:func:`demote_nonlocative_loc`). ``press``: pieces of hand-annotated releases
    (:mod:`pressnlp.training.ner_press`), already whole paragraphs, so never merged, each
    used ``press_weight`` times. ``exclude_texts``: held-out texts (the press dev
    releases); silver sentences found in one are dropped (:func:`drop_held_out`)."""
    import spacy

    nlp = nlp or spacy.blank("id")
    dev = load_idner(data, "dev")
    dev_keys = {s.key for s in dev}
    train = load_idner(data, "train")
    for corpus in extras:
        train += load_extra(data, corpus)
    if silver is not None and silver.is_file():
        silver_sents = load_silver(silver)
        kept = drop_held_out(silver_sents, exclude_texts)
        counts_held = len(silver_sents) - len(kept)
        train += kept
    else:
        counts_held = 0
    train = dedupe(train, exclude=dev_keys)
    counts: dict[str, int] = {"silver_held_out": counts_held} if exclude_texts else {}
    if loc_context:
        # only the extra news corpora: silver press LOC labels are Indonesian regions in the
        # users' own genre, and demoting them too cost LOC recall on press releases (0.92 -> 0.71)
        only = country_names() if loc_context == "countries" else None
        counts["loc_demoted"] = sum(
            demote_nonlocative_loc(x, only) for x in train if x.source not in ("idner", "silver")
        )
    for sent in train:
        counts[f"sentences:{sent.source}"] = counts.get(f"sentences:{sent.source}", 0) + 1
    # Upsample the in-domain, cleanest corpus (the held-out test is idner-news-2k).
    train = [x for x in train for _ in range(idner_weight if x.source == "idner" else 1)]
    docs = merge_paragraphs(train, share=paragraphs, seed=seed) if paragraphs else list(train)
    if press:
        press = dedupe(press)
        counts["sentences:press"] = len(press)
        press = [x for x in press for _ in range(press_weight)]
    train = [*train, *press]
    docs += press
    counts["train_docs"] = write_docbin(nlp, docs, out_dir / "train.spacy")
    counts["dev_docs"] = write_docbin(nlp, dev, out_dir / "dev.spacy")
    for split, sents in (("train", train), ("dev", dev)):
        for sent in sents:
            for *_, label in sent.ents:
                counts[f"{split}:{label}"] = counts.get(f"{split}:{label}", 0) + 1
    return counts


MIN_KEY = 20
"""Sentences shorter than this (normalised characters) are not checked against held-out
texts: "Jakarta" or a date line says nothing about a release."""


def drop_held_out(sents: Iterable[Sentence], texts: Iterable[str]) -> list[Sentence]:
    """``sents`` without those whose normalised text occurs inside one of ``texts``."""
    held_out = [norm_key([t]) for t in texts]
    if not held_out:
        return list(sents)
    return [s for s in sents if not (len(s.key) >= MIN_KEY and any(s.key in h for h in held_out))]


def load_silver(path: Path) -> list[Sentence]:
    """Silver sentences written by :mod:`pressnlp.training.ner_silver` (JSON lines with
    ``tokens``, ``ents`` and ``missing`` token spans)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            ents = [(int(s), int(e), str(lbl)) for s, e, lbl in rec["ents"]]
            missing = [(int(s), int(e)) for s, e in rec["missing"]]
            out.append(Sentence(rec["tokens"], ents, missing, source="silver"))
    return out
