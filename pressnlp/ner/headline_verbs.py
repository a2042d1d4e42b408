"""The verb of a Title Case headline is no part of a name (press conventions).

Headlines drop the ``meN-`` of their verb and capitalise every word: "Badan Geologi Minta
Masyarakat Tetap Waspada", "Menteri Dody Tinjau Penanganan Longsoran", "Lantik Pejabat
Tinggi Madya", "Dorong Penguatan Hubungan Bisnis". Glued releases run such a headline into
the text, and the model reads its capitalised words as a body or a person.

:func:`cut_headline_verbs`: an ORG or PERSON holding a headline verb followed by the rest of
the headline (a common word, an acronym or a number) ends before the verb, where what stays
is a body ("[Badan Geologi] Kirim Tim") or a name ("Menteri [Dody] Dorong Perluasan"), and is
no entity when it opens with the verb or nothing of a name stays before it. A LOC no gazetteer
knows that opens with such a verb is no entity either ("Menteri ESDM Lantik Dirjen Minerba").

A headline verb is a bare root whose ``meN-`` and ``di-`` forms the corpus writes in running
text at least half as often as the root itself ("Tinjau": meninjau 106 / tinjau 1, "Dorong",
"Lantik", "Minta", "Teken": meneken 18 + diteken 23 / teken 5; not "Tata": menata 61 +
ditata 27 / tata 364), the same with "-i" ("Soroti": menyoroti 270 / soroti 3, "Hadiri",
"Temui") and with "per-" ("Perkuat": memperkuat 1326 + diperkuat 194 / perkuat 6,
"Percepat"), or a root with "-kan" ("Sarankan", "Perkenalkan").
A passive "di-" form in Title Case ends the name before it too ("[Bandung] Diguncang Gempa").
A verb after a word of the span with two capitalised words or numbers after it inside the span
ends it too, whatever those words are ("[Erick Thohir] Dorong Persingkat Waktu Tempuh"); a LOC
the headline runs on in that way keeps the known place before the verb ("Expo 2025 [Osaka]
Cetak Rekor ...", "[Indonesia] Bahas Fortifikasi Pangan").
A common headline predicate without a ``meN-`` form (``data/ner/headline_predicates.txt``:
"Rampung", "Butuh", "Siap") is a headline verb too, and ends a LOC before it even when the
headline does not run on inside the span ("Trenggalek–[Ponorogo] Rampung, Jalan Siap Dibuka").
A root right after a unit word ("Direktorat Jenderal Bina Marga") names a portfolio, and one
after "dan" a field ("Pusat Vulkanologi dan Mitigasi Bencana Geologi"); a known name keeps
its words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon
from pressnlp.ner.lookup import known_as, value_of
from pressnlp.ner.names import is_common_word, looks_like_name
from pressnlp.resources import word_frequencies
from pressnlp.stemming import stem
from pressnlp.stemming.morphology import nasal_forms, prefixed

__all__ = ["cut_headline_verbs", "headline_verb", "in_headline"]

_MIN_PREFIXED = 20  # running-text uses of the meN- and di- forms that make a root a verb
# words after which a root names a portfolio or a field, not an action
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]")  # "BGN", "LoI", "MoU"
_PORTFOLIO_BEFORE = frozenset({"jenderal", "ditjen", "dirjen", "bidang", "dan", "serta", "&"})
# body nouns a portfolio never follows: the verb after them is the headline's
_NO_PORTFOLIO = frozenset({"pemerintah"})
_RUN_ON = 2  # capitalised words after a verb inside a span that make it a headline's
_HEADLINE_CHARS = 200  # the longest headline line
_HEADLINE_CAPS = 0.6  # the share of capitalised words of four letters or more on it
_LINE_WORD = re.compile(r"[A-Za-z]{4,}")
# capitalised prepositions of a Title Case headline that no name holds there
_PREPOSITIONS = frozenset({"Untuk", "Bagi", "Demi", "Atas", "Terhadap", "Melalui"})


@functools.cache
def headline_verb(word: str) -> bool:
    """Whether a capitalised word is a headline verb (module docstring).

    >>> headline_verb("Tinjau"), headline_verb("Sarankan"), headline_verb("Tata")
    (True, True, False)
    >>> headline_verb("Teken"), headline_verb("Perkuat"), headline_verb("Bentuk")
    (True, True, False)
    >>> headline_verb("Rampung"), headline_verb("Butuh")
    (True, True)
    """
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    low = word.lower()
    if low in lexicon().headline_predicates:  # "Rampung", "Butuh": no meN- form
        return True
    root = stem(low)
    if low in (f"{root}kan", f"per{root}kan"):
        return True
    if low in (root, f"{root}i"):  # a root, or one with "-i" ("Soroti": menyoroti 270 / 3)
        forms = (nasal_forms(low)[0], f"di{low}")
    elif low in (prefixed("per", root), f"{prefixed('per', root)}i"):
        forms = (f"mem{low}", f"di{low}")  # "Perkuat": memperkuat 1326 / perkuat 6
    else:
        return False
    freq = word_frequencies()
    uses = sum(f.lower for f in map(freq.get, forms) if f is not None)
    bare = freq.get(low)
    return uses >= _MIN_PREFIXED and 2 * uses >= (bare.lower if bare is not None else 0)


def _goes_on(doc: Doc, k: int) -> bool:
    """The headline goes on after the verb at ``k``: a common word, an acronym, a number."""
    if k + 1 >= len(doc) or "\n" in doc[k].whitespace_:
        return False
    nxt = doc[k + 1].text
    if _ACRONYM.fullmatch(nxt):  # "Teken LoI", "Teken MoU", "Kirim Tim ke NTT"
        return True
    return nxt[:1].isdigit() or (nxt[:1].isupper() and is_common_word(nxt))


def _verb_at(ctx: NerContext, e: Span) -> int:
    """The index of the first headline verb in ``e`` that the headline goes on after, or -1."""
    doc, lex = ctx.doc, ctx.lex
    for k in range(e.start, e.end):
        if k > e.start:
            before = doc[k - 1]
            low = before.lower_
            # "Pemerintah Jaga Ketahanan Energi": no portfolio follows "Pemerintah"
            portfolio = low in lex.org_heads and low not in _NO_PORTFOLIO
            if low in _PORTFOLIO_BEFORE or before.text in lex.unit_words or portfolio:
                continue
        if headline_verb(doc[k].text) and (
            _goes_on(doc, k) or _runs_on(e, k) or _headline_tail(ctx, e, k)
        ):
            return k
    return -1


def _headline_tail(ctx: NerContext, e: Span, k: int) -> bool:
    """A verb after a word of ``e`` with at most one word after it inside ``e``, on a line
    that is a headline ("Optimalisasi Pengamanan Aset, [BUMN] Perkuat sinergi dengan TNI",
    "[Bappenas] Dorong Pesantren dan Santri ...")."""
    return k > e.start and e.end - k - 1 <= 1 and in_headline(ctx, e)


def in_headline(ctx: NerContext, e: Span) -> bool:
    """Whether ``e`` stands on a headline: a line of at most ``_HEADLINE_CHARS`` characters
    whose words of four letters or more are mostly capitalised (a headline in Title Case,
    or one whose words after the verb are in lower case)."""
    text, n = ctx.text, _HEADLINE_CHARS
    if e.end_char - e.start_char > n:
        return False
    # only a window around the span is searched: linear time on texts without breaks
    low = max(0, e.start_char - n)
    a = text.rfind("\n", low, e.start_char) + 1
    b = text.find("\n", e.end_char, e.end_char + n + 1)
    if (a == 0 and low > 0) or (b < 0 and e.end_char + n < len(text)):
        return False  # no break within reach: a line too long for a headline
    line = text[a : b if b >= 0 else len(text)]
    words = _LINE_WORD.findall(line)
    if len(line) > n or not words:
        return False
    return sum(w[0].isupper() for w in words) >= _HEADLINE_CAPS * len(words)


def _runs_on(e: Span, k: int) -> bool:
    """The headline runs on inside the span after a verb that follows a word of it: two
    capitalised words or numbers or more ("[Erick Thohir] Dorong Persingkat Waktu Tempuh",
    "[PLN] Bangun Pembangkit Panas Bumi 40 MW"; not "PT Liman Bangun Perkasa")."""
    rest = [t for t in e.doc[k + 1 : e.end] if not t.is_punct]
    return (
        k > e.start
        and len(rest) >= _RUN_ON
        and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in rest)
    )


def _kept(ctx: NerContext, e: Span, k: int) -> Span | None:
    """What stays of ``e`` before the verb at ``k``: a body or a name, a known place, an
    acronym, else nothing ("[Badan] Usaha Pertambangan Terima": a body word alone is none)."""
    doc = ctx.doc
    end = _trimmed(e, k, _stripped)  # "Menteri [Dody] Siap Dukung ..."; not "[BEM UI] Gelar"
    if end == e.start:
        return None
    head = doc[e.start : end]
    if e.label_ == "PERSON":
        return Span(doc, e.start, end, label="PERSON") if looks_like_name(head) else None
    if len(head) == 1 and head.text.lower() in ctx.lex.generic_orgs:
        return None  # "Pemerintah" alone is no body (press spec)
    if value_of("ORG", head.text) is not None:
        return Span(doc, e.start, end, label="ORG")
    if known_as(head.text) == "LOC":  # "Indonesia-[Brasil] Perkuat Kemitraan ..."
        return Span(doc, e.start, end, label="LOC")
    if len(head) == 1:  # an acronym stays ("[BUMN] Perkuat sinergi"), a body word alone
        return Span(doc, e.start, end, label="ORG") if _ACRONYM.fullmatch(head.text) else None
    return Span(doc, e.start, end, label="ORG") if head[0].lower_ in ctx.lex.org_heads else None


def _trimmed(e: Span, end: int, drop: Callable[[str], bool]) -> int:
    """``end`` moved back over the words of ``e`` before it that ``drop`` says go."""
    while end > e.start and drop(e.doc[end - 1].text):
        end -= 1
    return end


def _stripped(word: str) -> bool:
    """A common word before a headline verb that is no part of the name; an acronym stays
    ("[BEM UI] Gelar Demo": "ui" is a common word in lower case)."""
    return is_common_word(word) and not _ACRONYM.fullmatch(word)


def _known(e: Span) -> bool:
    return value_of("ORG", e.text) is not None or bool(gazetteer.exact_institution(e.text))


def _known_here(ctx: NerContext, e: Span) -> bool:
    """A known body; on a headline only an exact name: a value may resolve from the body a
    run-on headline ends with ("Brasil Perkuat Kemitraan Strategis Sektor ESDM")."""
    if in_headline(ctx, e):
        return bool(gazetteer.exact_institution(e.text))
    return _known(e)


def _verb_place(ctx: NerContext, e: Span) -> bool:
    """A LOC no gazetteer knows that opens with a headline verb the headline goes on after
    ("Menteri ESDM [Lantik] Dirjen Minerba")."""
    doc, k = ctx.doc, e.start
    if value_of("LOC", e.text) is not None or not headline_verb(doc[k].text):
        return False
    if k + 1 >= len(doc) or "\n" in doc[k].whitespace_:
        return False
    return doc[k + 1].text[:1].isupper()  # the title after "Lantik" is no common word


def _place_before_verb(ctx: NerContext, e: Span) -> Span | None:
    """A LOC no gazetteer knows that a headline runs on in after a verb ("[Indonesia] Bahas
    Fortifikasi Pangan", "Waka BGN Tinjau Langsung Dampak Bencana Aceh"): the known place
    that ends right before the verb ("Expo 2025 [Osaka] Cetak Rekor ..."), else ``None``; on
    a headline with at most one word of ``e`` after the verb, the words before it ("[Paviliun
    Indonesia] Catat Berbagai Capaian"); ``e`` itself otherwise."""
    if value_of("LOC", e.text) is not None:
        return e
    doc = ctx.doc
    for k in range(e.start + 1, e.end):
        if not headline_verb(doc[k].text):
            continue
        # a listed predicate needs no run-on: "Trenggalek–[Ponorogo] Rampung,"
        listed = doc[k].lower_ in ctx.lex.headline_predicates and doc[k].text.istitle()
        tail = _headline_tail(ctx, e, k)
        if not (listed or tail or _runs_on(e, k)):
            continue
        if tail and not listed:  # "[Paviliun Indonesia] Catat Berbagai Capaian"
            end = _trimmed(e, k, is_common_word)  # "[Solo Raya] Terindikasi Langgar"
            return Span(doc, e.start, end, label="LOC") if end > e.start else None
        # the longest known place ending right before the verb ("Expo 2025 [Osaka]")
        for a in range(e.start, k):
            if doc[a].text[:1].isupper() and value_of("LOC", doc[a:k].text) is not None:
                return Span(doc, a, k, label="LOC")
        return None
    return e


def _verb_first(ctx: NerContext, e: Span) -> Span | None:
    """An ORG that opens with a headline verb the headline goes on after and is no exact
    name (its value may still resolve: "Lantik Pejabat Tinggi Pratama Kementerian ESDM"):
    the known body it ends with, else ``None``; ``e`` itself otherwise."""
    doc = ctx.doc
    if e.label_ != "ORG" or len(e) < 2 or gazetteer.exact_institution(e.text):
        return e
    if not (headline_verb(doc[e.start].text) and _goes_on(doc, e.start)):
        return e
    ctx.drop_value(e)
    for k in range(e.start + 1, e.end):
        if doc[k].text[:1].isupper() and gazetteer.exact_institution(doc[k : e.end].text):
            return Span(doc, k, e.end, label="ORG")
    return None


def _loc_verb_place(ctx: NerContext, e: Span) -> Span | None:
    """``None`` for a LOC that opens with a headline verb (:func:`_verb_place`), else ``e``."""
    return None if e.label_ == "LOC" and _verb_place(ctx, e) else e


def _loc_before_verb(ctx: NerContext, e: Span) -> Span | None:
    """:func:`_place_before_verb` of a LOC, ``e`` itself for other spans."""
    return _place_before_verb(ctx, e) if e.label_ == "LOC" else e


def cut_headline_verbs(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The spans with headline verbs and what follows them out of ORGs and PERSONs, and LOCs
    that open with one (module docstring); an ORG opening with one keeps only the body it
    ends with ("Menteri ESDM Lantik Pejabat Tinggi Pratama [Kementerian ESDM]")."""
    out: list[Span] = []
    for e in spans:
        # the first reshape that changes the span: a new span, or None to drop it
        new = next((r for cut in _CUTS if (r := cut(ctx, e)) is not e), e)
        if new is not e:
            ctx.drop_value(e)
            if new is not None:
                out.append(new)
            continue
        if (first := _verb_first(ctx, e)) is not e:
            if first is not None:
                out.append(first)
            continue
        if e.label_ not in ("ORG", "PERSON") or (e.label_ == "ORG" and _known_here(ctx, e)):
            out.append(e)
            continue
        k = _verb_at(ctx, e)
        if k < 0:
            out.append(e)
            continue
        ctx.drop_value(e)
        kept = _kept(ctx, e, k)
        if kept is not None:
            out.append(kept)
    return out


def _passive_cut(ctx: NerContext, e: Span) -> Span | None:
    """A headline's passive verb ends the name before it ("[Bandung] Diguncang Gempa",
    "[Sirong] Segera Dibangun"): a capitalised "di-" form of a root, mostly written in lower
    case; the common words before it go too, and a kind of place left alone is none ("Jalan
    Siap Dibuka Terbatas")."""
    doc = ctx.doc
    if e.label_ not in ("ORG", "LOC", "PERSON") or value_of(e.label_, e.text) is not None:
        return e
    k = next((t.i for t in e[1:] if _passive(t.text)), -1)
    if k < 0:
        return e
    end = next((t.i for t in doc[e.start : k] if t.text == ":"), k)  # "Fitch Ratings: ..."
    while end > e.start and (doc[end - 1].is_punct or is_common_word(doc[end - 1].text)):
        end -= 1
    if end == e.start or (end == e.start + 1 and doc[e.start].text in ctx.lex.venue_heads):
        return None
    kept = doc[e.start : end]
    if e.label_ == "ORG" and kept.text.lower() in ctx.lex.generic_orgs:
        return None  # "Sekolah Rakyat Permanen Dibangun"
    if e.label_ == "ORG" and kept[0].lower_ not in ctx.lex.org_heads:
        for j in range(kept.start + 1, end):  # "Smelter [PT Freeport] Diresmikan"
            if doc[j].lower_ in ctx.lex.org_heads or value_of("ORG", doc[j:end].text):
                return Span(doc, j, end, label="ORG")
    return Span(doc, e.start, end, label=e.label_)


def _passive(word: str) -> bool:
    """ "Diguncang", "Dibangun", "Diresmikan": a passive verb in Title Case."""
    low = word.lower()
    return (
        len(word) > 5
        and word.startswith("Di")
        and word[2:].islower()
        and is_common_word(word)
        and stem(low) != low
    )


def _caps_headline(ctx: NerContext, e: Span) -> Span | None:
    """A headline in capitals: the common words and headline verbs opening or closing a
    span that no gazetteer knows are no part of it ("[KEMENTERIAN ESDM] MENGHORMATI", "SOAL
    [CISEM II]"), a span of such words alone is none ("SEMUA SESUAI ATURAN!", "JANGAN BANGUN
    PERSEPSI"); a body word or a title stays ("KEMENTERIAN", "MENTERI")."""
    doc = ctx.doc
    words = [t for t in e if t.is_alpha]
    if e.label_ == "DATE" or len(words) < 2 or not all(t.is_upper for t in words):
        return e
    if e.label_ != "PERSON" and value_of(e.label_, e.text) is not None:
        return e
    start, end = e.start, e.end
    while end > start and (doc[end - 1].is_punct or _caps_edge(ctx, doc[end - 1], 5)):
        end -= 1
    while start < end and (doc[start].is_punct or _caps_edge(ctx, doc[start], 4)):
        start += 1
    rest = [t for t in doc[start:end] if t.is_alpha]
    if not rest or all(_caps_word(t.text) for t in rest):
        return None
    return e if (start, end) == (e.start, e.end) else Span(doc, start, end, label=e.label_)


def _caps_edge(ctx: NerContext, t: Token, shortest: int) -> bool:
    """A word in capitals at a span's edge that names nothing: a common word of ``shortest``
    letters or more, or a headline verb ("BANGUN", "INGATKAN"), but no body word or title."""
    lex, low, word = ctx.lex, t.lower_, t.text
    if low in lex.org_heads or low in lex.institution_words:
        return False
    if word.capitalize() in lex.title_heads or word.capitalize() in lex.unit_words:
        return False
    return (len(word) >= shortest and is_common_word(word)) or headline_verb(word.capitalize())


def _caps_word(word: str) -> bool:
    """A common word written in capitals, not an acronym ("AD", "BPH", "CPNS"), or a
    headline verb."""
    return (len(word) >= 5 and is_common_word(word)) or headline_verb(word.capitalize())


def _preposition_cut(ctx: NerContext, e: Span) -> Span | None:
    """On a headline, a capitalised preposition ends an ORG or LOC no gazetteer knows, and
    the common words before it go too ("Kemenhub dan [KBUMN] Koordinasi Untuk Efisiensi
    Biaya Logistik", "SPPG di [Jambi] Demi Perluasan Akses Gizi"); what stays is kept as
    after a verb (:func:`_kept`), a LOC only as a known place."""
    if e.label_ not in ("ORG", "LOC") or value_of(e.label_, e.text) is not None:
        return e
    k = next((t.i for t in e[1:] if t.text in _PREPOSITIONS), -1)
    if k < 0 or not in_headline(ctx, e):
        return e
    if e.label_ == "ORG":
        return _kept(ctx, e, k)
    end = _trimmed(e, k, _stripped)
    head = ctx.doc[e.start : end]
    return Span(ctx.doc, e.start, end, label="LOC") if known_as(head.text) == "LOC" else None


# the reshapes :func:`cut_headline_verbs` tries first, in order: each returns the span
# unchanged, a new span or ``None`` (dropped)
_CUTS = (_caps_headline, _passive_cut, _preposition_cut, _loc_verb_place, _loc_before_verb)
