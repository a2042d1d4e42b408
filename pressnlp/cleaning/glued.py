r"""Glued text: scraped releases whose block boundaries were lost, cut back into lines.

A scraper that took a page's text without its markup leaves one long line where the page had
a headline, a date line, a letterhead, paragraphs and a footer:
``"…Lokasi TerdampakKamis, 19 September 2024 - Dibaca 11004 kaliKEMENTERIAN …"``,
``"…(PTNU).Dalam sambutannya…"``. :func:`looks_glued` tells such text from a normal one (a
normal text with line breaks is never touched: :func:`pressnlp.cleaning.clean` runs on it
exactly as before), and :func:`resegment` gives it its lines back before the line rules run:

1. the press furniture of :data:`pressnlp.rules.glued.GLUED_RULES` is found and removed
   (recorded in ``removed``/``meta`` under its rule name); ``head`` rules only before the first
   body sentence, ``tail`` rules only after the last one;
2. everything after the first tail furniture is the footer: cut at its labels ("Website:",
   "Instagram:", ...), each piece named by a line rule or ``footer``;
3. the body is cut into paragraphs where a sentence end is glued to the next sentence
   (``"(PTNU).Dalam"``), a dateline or a unit's initials are glued to text, and a space goes
   back where a lower-case word is glued to a capitalised one (``"atauEarly"``) unless the
   glued form is a known word (``"YouTube"``, ``"BukaLapak"``) or the join does not read as
   two words (``"PolRI"``, ``"KemenPPPA"``, ``"BPJamsostek"``, ``"iPhone"``);
4. a second copy of the headline at the start of the body is removed.

Offsets: the returned text only *adds* line breaks and spaces to the kept parts of the input,
so every body character is an input character, in order; see :func:`pressnlp.cleaning.body_offsets`.

>>> from pressnlp.cleaning.record import Collector
>>> col = Collector()
>>> print(resegment("Judul Rilis Kementerian Contoh Hari IniMenteri hadir di sana.Dalam "
...                 "sambutannya, ia berbicara lama.Bagikan Ini!", col))
Judul Rilis Kementerian Contoh Hari Ini Menteri hadir di sana.
<BLANKLINE>
Dalam sambutannya, ia berbicara lama.
>>> col.removed
['share_widget: Bagikan Ini!']
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from pressnlp.cleaning.record import Collector, classify, record_hit
from pressnlp.rules.base import DATE
from pressnlp.rules.glued import BOUNDARY_LABELS, GLUED_RULES, GROUP_RULES, GluedRule

__all__ = ["looks_glued", "resegment", "split_glued"]

# a sentence end glued to the next sentence: "(PTNU).Dalam", "pungkasnya.”Menteri", "2024.Tanggal"
# (the character before the stop, a letter, digit, ")", "%" or "]", is checked in Python: a
# look-behind here made the scan several times slower)
_SENTENCE_GLUE = re.compile(r"([.!?]{1,3})([”’\"]?)(?=[“‘\"(]?[A-Z][a-z])")
# a sentence end anywhere (glued or not); used to find where the body's prose begins and ends
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%\]])[.!?]{1,3}[”’\"]?(?=\s|[“‘\"(]?[A-Z]|$)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_WORD_AROUND = re.compile(r"[A-Za-z]+")
_UNIT_INITIALS = re.compile(r"(?<=[.!?”\"])\s?\([A-Za-z0-9/]{1,20}\)(?=[A-Z])")
_JOIN = re.compile(r"[a-z](?=[A-Z0-9])|[0-9](?=[A-Z])")
_HEAD_RULES = tuple(rule for rule in GLUED_RULES if rule.where == "head")
# closing furniture that only these sites print ("***" or hashtags glued to a sentence are common)
_EVIDENCE_RULES = tuple(
    rule for rule in GLUED_RULES if rule.name in {"share", "rating", "signoff", "closing"}
)
# "…DiluncurkanJakarta, 6 Maret 2026Pemerintah …": a dateline glued on both sides
_GLUED_DATELINE = re.compile(
    rf"(?<=[a-z])(?P<line>[A-Z][A-Za-z]{{2,20}}(?:\s[A-Z][a-z]{{2,20}})?,\s?(?:{DATE}))(?=[A-Z])"
)
# "Ponorogo- Wakil …", "Banda Aceh- …", "JAKARTA, 7 November 2024 --- …": datelines these pages
# print with a bare hyphen, which the general dateline rule leaves (it would cut "Jawa-Bali")
_HYPHEN_DATELINE = re.compile(
    rf"(?P<value>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}}(?:,\s?(?:{DATE}))?)\s?-{{1,3}}\s+(?=[A-Z])"
)
_ABBREVIATIONS = frozenset(
    [
        "jl",
        "jln",
        "no",
        "dr",
        "drs",
        "dra",
        "ir",
        "prof",
        "st",
        "kh",
        "hj",
        "h",
        "sdr",
        "bpk",
        "yth",
        "kab",
        "kec",
        "kel",
        "ds",
        "prov",
        "pt",
        "tbk",
        "dkk",
        "dll",
        "dsb",
        "tsb",
        "sbb",
        "mr",
        "mrs",
        "ms",
        "rp",
        "hlm",
        "vol",
        "tel",
        "telp",
        "fax",
        "hp",
        "ny",
        "tn",
        "kol",
        "letjen",
        "mayjen",
        "brigjen",
        "jend",
    ]
)


def looks_glued(text: str) -> bool:
    r"""Whether ``text`` lost its line structure.

    Either nearly all of it sits in lines of 400+ characters with sentence ends glued to the
    next sentence in them (``"(PTNU).Dalam"``) or closing furniture at its end, or its header furniture is glued to the
    headline (``"TerdampakKamis, 19 September 2024 - Dibaca 11004 kali"``,
    ``"kaliKEMENTERIAN …"``, ``"Sentul City13 Februari 202634Print"``).

    >>> looks_glued("Menteri meresmikan gedung baru.\n\nDalam sambutannya ia berbicara.")
    False
    >>> looks_glued(("Menteri meresmikan gedung baru di kota itu hari ini. " * 8) + "Dalam"
    ...             " sambutannya ia berbicara.Acara itu selesai pada sore hari.Semua pulang.")
    True
    """
    if len(text) < 400:
        return False
    long_lines = [line for line in text.split("\n") if len(line) >= 400]
    if sum(map(len, long_lines)) >= 0.8 * len(text):
        glued = sum(len(_sentence_glues(line)) for line in long_lines)
        end = text[-600:]
        if glued >= 2 or any(
            m.start() == 0 or "\n" not in text or not end[m.start() - 1].isspace()
            for rule in _EVIDENCE_RULES
            for m in rule.pattern.finditer(end)
        ):
            return True  # closing furniture glued to the text, or a one-line page ending in it
    head = text[:1000]
    # header furniture glued to the headline starts right at a lower->upper or letter->digit join
    return any(
        rule.pattern.match(head, m.end()) for m in _JOIN.finditer(head) for rule in _HEAD_RULES
    )


def _candidates(text: str) -> list[tuple[GluedRule, re.Match[str]]]:
    """Every match of every glued rule, earlier rules first (overlaps not yet resolved)."""
    return [(rule, m) for rule in GLUED_RULES for m in rule.pattern.finditer(text)]


def _accept(text: str) -> list[tuple[GluedRule, re.Match[str]]]:
    """The furniture matches that stand: in place (head/tail) and not overlapping, in order."""
    cands = _candidates(text)
    inside = [(m.start(), m.end()) for _, m in cands]
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(text)
        if not any(s <= m.start() < e for s, e in inside)
    ]
    accepted: list[tuple[GluedRule, re.Match[str]]] = []
    for rule, m in cands:
        before = bisect.bisect_right(ends, m.start())
        if rule.where == "head" and before > 0:
            continue
        if rule.where == "tail" and bisect.bisect_right(ends, m.end()) < len(ends):
            continue
        if any(m.start() < o.end() and o.start() < m.end() for _, o in accepted):
            continue
        accepted.append((rule, m))
    return sorted(accepted, key=lambda rm: rm[1].start())


def _record(m: re.Match[str], col: Collector) -> None:
    """Every named group of a furniture match as one removed snippet (with the label before it)."""
    pos = m.start()
    groups = [(g, m.start(g), m.end(g)) for g in GROUP_RULES if m.groupdict().get(g) is not None]
    groups.sort(key=lambda g: g[1])
    for k, (group, _start, end) in enumerate(groups):
        stop = m.end() if k == len(groups) - 1 else end
        snippet = " ".join(m.string[pos:stop].split())
        pos = stop
        name, meta = GROUP_RULES[group]
        value = m.group(group).strip()
        if meta == "views":
            col.set_first("views", int(re.sub(r"\D", "", value)))
        elif meta == "signature_lines":
            col.add("signature_lines", " ".join(value.split()).rstrip(","))
        elif meta == "date_text":  # "2 Desember2025": the lost space back, for parse_date
            col.set_first(meta, re.sub(r"(?<=[A-Za-z])(?=\d)", " ", " ".join(value.split())))
        elif meta == "contact":
            col.add(meta, " ".join(value.split()))
        elif meta:
            col.set_first(meta, " ".join(value.split()))
        col.drop(name, snippet)


def _footer(text: str, col: Collector) -> None:
    """What follows the first tail furniture: cut at its labels, each piece named and recorded."""
    cuts = sorted({0, *(m.start() for m in BOUNDARY_LABELS.finditer(text)), len(text)})
    for a, b in itertools.pairwise(cuts):
        piece = " ".join(text[a:b].split())
        if not piece:
            continue
        hit = classify([piece])[0]
        if hit:
            record_hit(hit, piece, col, first_line=False)
        else:
            col.footer_meta("signature_block", piece)
            col.drop("footer", piece)


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Lower-case words: PySastrawi's dictionary (read from the installed package) and the
    shipped corpus word forms."""
    # imported here: the dictionary and the frequency table load only once glued text is seen
    from pressnlp.resources import word_frequencies
    from pressnlp.stemming import sastrawi_words

    return frozenset(sastrawi_words()) | frozenset(word_frequencies())


def _camel_split(text: str, at: int) -> bool:
    """Whether a lower->upper join at ``at`` is a lost space (not a camel-case name)."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    left, right, whole = text[start:at], text[at:end], text[start:end]
    words = _words()
    if whole.lower() in words or len(left) < 3 or not left[1:].islower():
        return False  # "YouTube", "BukaLapak" (known forms), "iPhone", "BPJamsostek"
    if not right[1:].islower() or len(right) < 2:
        return False  # "KemenPPPA", "PolRI"
    return left.lower() in words and (right.lower() in words or len(right) >= 4)


def _sentence_glues(text: str) -> list[re.Match[str]]:
    """Sentence ends glued to the next sentence, abbreviations ("Ph.D", "M.Si", "Jl.Sudirman",
    "Sp.KG.Subsp") left out: the word before the stop has three letters or more."""
    found = []
    for m in _SENTENCE_GLUE.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before in ")%]"):
            continue
        if before.isalpha():
            word = _WORD_AROUND.findall(text[max(0, m.start() - 12) : m.start()])
            if not word or len(word[-1]) < 3 or word[-1].lower() in _ABBREVIATIONS:
                continue
        found.append(m)
    return found


def _insertions(text: str) -> dict[int, str]:
    """Where the body lost a paragraph break ("\n\n") or a space (" ")."""
    ins: dict[int, str] = {}
    for m in _sentence_glues(text):
        quote = m.group(2)
        if quote == '"' and text.count('"', 0, m.start()) % 2 == 0:
            ins[m.end(1)] = "\n\n"  # an even count before: this quote opens the next sentence
        else:
            ins[m.end()] = "\n\n"
    for m in _UNIT_INITIALS.finditer(text):
        ins[m.end()] = "\n\n"
    for m in _GLUED_DATELINE.finditer(text):
        ins[m.start()] = ins[m.end()] = "\n\n"
    for m in _CAMEL.finditer(text):
        if m.start() not in ins and _camel_split(text, m.start()):
            ins[m.start()] = " "
    return ins


def split_glued(text: str) -> list[str]:
    """The body paragraphs of a glued body text (breaks and spaces given back).

    >>> split_glued("Acara dibuka Rabu (14/5).Dalam sambutannya, ia hadir atauEarly datang.")
    ['Acara dibuka Rabu (14/5).', 'Dalam sambutannya, ia hadir atau Early datang.']
    """
    ins = _insertions(text)
    out, last = [], 0
    for pos in sorted(ins):
        out.append(text[last:pos])
        out.append(ins[pos])
        last = pos
    out.append(text[last:])
    return [p.strip() for p in "".join(out).split("\n\n") if p.strip()]


def _drop_repeated_title(head: list[str], body: str, col: Collector) -> str:
    """A body that starts with the headline again (ESDM prints it twice) loses the copy."""
    if not head:
        return body
    title_words = head[0].split()
    if len(title_words) < 3:
        return body
    m = re.match(r"\s*" + r"\s*".join(map(re.escape, title_words)), body)
    if not m:
        return body
    col.drop("title", " ".join(title_words))
    return body[m.end() :]


def resegment(text: str, col: Collector) -> str:
    """``text`` with its lost boundaries back as line breaks; its furniture recorded in ``col``."""
    # a glued page's line breaks are hard wraps ("…(SKK\nMigas)…"): spaces, one for one
    text = text.replace("\n", " ")
    accepted = _accept(text)
    head: list[str] = []
    pos = 0
    body_start = 0
    for rule, m in accepted:
        if rule.where == "tail":
            break
        if rule.where == "head":
            piece = " ".join(text[pos : m.start()].split())
            if piece:
                head.append(piece)
            body_start = m.end()
        pos = m.end()
    tail_at = next((m.start() for r, m in accepted if r.where == "tail"), len(text))
    for _rule, m in accepted:
        if m.start() < tail_at:
            _record(m, col)
    # "any" furniture inside the body ("Siaran Pers No. …") is cut out of it too
    body_parts, pos = [], body_start
    for rule, m in accepted:
        if rule.where == "any" and body_start <= m.start() < tail_at:
            body_parts.append(text[pos : m.start()])
            pos = m.end()
    body_parts.append(text[pos:tail_at])
    body = _drop_repeated_title(head, "\n\n".join(body_parts), col)
    tail_matches = [m for _, m in accepted if m.start() >= tail_at]
    cursor = tail_at
    for m in tail_matches:
        _footer(text[cursor : m.start()], col)
        _record(m, col)
        cursor = m.end()
    _footer(text[cursor:], col)
    paragraphs = [p for part in body.split("\n\n") for p in split_glued(part)]
    dateline = _HYPHEN_DATELINE.match(paragraphs[0]) if paragraphs else None
    if dateline:
        col.set_first("dateline", dateline.group("value"))
        col.drop("dateline", dateline.group().strip())
        paragraphs[0] = paragraphs[0][dateline.end() :]
    return "\n\n".join([*head, *paragraphs])
