r"""Glued text for the entity layer: the lost breaks given back, offsets kept.

Scraped releases whose markup was dropped glue the letterhead, the headline, the dateline,
the body and the footer together (``"…PEREKONOMIANREPUBLIK INDONESIASIARAN PERS…"``,
``"…Ekonomi Indonesia KuatJakarta, 3 Februari 2026Pemerintah terus…"``,
``"…Juru Bicara Kementerian Koordinator Bidang PerekonomianHaryo LimansetoWebsite: …"``).
The tokenizer keeps ``KuatJakarta`` as one token, so no entity can start inside it.
:func:`unglue` gives such a text its breaks back the way :func:`pressnlp.clean` does
(:func:`pressnlp.cleaning.glued.split_glued`: sentence ends, datelines, camel-case joins),
plus a break around every piece of glued press furniture (letterhead, "SIARAN PERS",
release number, view counter, sign-off, the labels of the social-media block, the number
of a table row glued between two cells: "Gas Bumi Aceh3Cecep Mochammad Yasin", the writers'
initials glued after the last sentence: "akan datang.(SF)Kepala Biro", empty cells
written as dashes: "Achmad Muchtasyar------Direktur Jenderal", a known
acronym glued to a word that opens a line: "Kementerian ESDMSekretariat Jenderal"), a break
where split_glued gave back a space after a capitalised word glued to the next line
("Amerika Serikat dan IndonesiaWashington D.C."), a space for the hard wraps of a glued
page ("Kementerian Energi dan Sumber\nDaya Mineral", as ``clean`` reads them), a space
between a capitalised word and a common lower-case word glued to it ("negara Global
Southlainnya": "South" stands alone elsewhere in the text, "lainnya" is a word), and maps
each character back to the input, so entities found on the new text keep offsets into the
text the user gave. A text that does not look glued is left alone.

>>> text = ("Fundamental Ekonomi Indonesia KuatJakarta, 3 Februari 2026Pemerintah terus "
...         "menjaga stabilitas.") * 6
>>> new, where = unglue(text)
>>> new[:72]
'Fundamental Ekonomi Indonesia Kuat\n\nJakarta, 3 Februari 2026\n\nPemerintah'
>>> where[new.index("Jakarta")], text[34:41]
(34, 'Jakarta')
>>> unglue("Menteri meresmikan gedung baru.\n\nDalam sambutannya ia berbicara.") is None
True
"""

from __future__ import annotations

import re

from pressnlp import gazetteer
from pressnlp.cleaning import body_offsets
from pressnlp.cleaning.glued import looks_glued, split_glued
from pressnlp.ner.lexicon import lexicon
from pressnlp.ner.names import is_common_word
from pressnlp.resources import word_frequencies
from pressnlp.rules.glued import BOUNDARY_LABELS, GLUED_RULES

__all__ = ["map_span", "unglue"]

# "…MINERALREPUBLIK INDONESIA": the country tail of a glued letterhead is a name of its own
_JOINED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_REPUBLIC = re.compile(r"(?<=[A-Z])(?=REPUBLIK\s*INDONESIA)")
# a year or a bracket's full stop glued to the next sentence or headline, which the dateline
# rules miss after an odd dateline: "Washington D. C., 19 Februari 2026Indonesia dan ...",
# "Selasa (29/10).DWP KESDM ...", "(NZE).AFD Country Director ..."
_GLUED_AFTER = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z])|(?<=\)\.)(?=[A-Z]{2})")
# a space split_glued gave back between a capitalised word and the next one ("Amerika Serikat
# dan IndonesiaWashington D.C.", "Wilayah Indonesia TimurPemerintah", "Presiden
# PrabowoMelanjutkan"): inside a sentence a space is lost after a lower-case word ("atauEarly"),
# a capitalised word glued to a sentence word, a title, a body or a place is the end of a
# headline or a line ("GovTech", "GeneralDebate" stay: a name written in camel case)
# the number of a table row glued between the last cell of a row and the first of the next
# ("...Gas Bumi Aceh3Cecep Mochammad Yasin", "Kementerian ESDM2Irjen Pol Yudhiawan")
_ROW_NUMBER = re.compile(r"(?:(?<=[a-z])|(?<=[A-Z]{3}))\d{1,2}(?=[A-Z][a-z])")
# a known acronym glued to the next cell or line ("Kementerian ESDMSekretariat Jenderal",
# "Kementerian ESDMMenteri Energi ...", "IHSGJakarta"): up to 8 capitals, then a word
_ACRONYM_GLUED = re.compile(r"(?<![A-Za-z])[A-Z]{2,8}(?=[A-Z][a-z]{2,})")
# empty cells of a glued table written as dashes between two cells ("Achmad Muchtasyar------
# Direktur Jenderal Minyak dan Gas Bumi")
_EMPTY_CELLS = re.compile(r"(?<=[a-z.])-{3,}(?=[A-Z])")
# the writers' initials in brackets glued to the last sentence and the next line ("... di masa
# yang akan datang.(SF)Kepala Biro Komunikasi", "kata Aprizal.(HAL/Boed/Eci)Apakah ...")
_INITIALS = re.compile(r"(?<=[\w\"”’]\.)\([A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z]{0,5})*\)")
_HARD_WRAP = re.compile(r"[ \t]*\n\s*")
# a capitalised word glued to the lower-case word after it ("negara-negaraGlobal Southlainnya",
# "kolaborasiGlobal Southdalam", "Tontahun"): the word stands alone elsewhere in the text
_ALONE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])")
# up to 40 letters: each split point of a word is tried, so a longer run would cost its square
_GLUED_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{5,40}(?![A-Za-z])")
# "Koperasinya" is one word; "pun" is written apart but for a few words the word counts
# know ("Adapun", "Walaupun"): "Dadanpun mengutip ..." is "Dadan pun"
_CLITICS = frozenset({"nya", "lah", "kah", "tah"})
# the full stop of a unit, an acronym or a number glued to the capitalised word of the next
# sentence: "1 MW.Bahlil", "AS.Menteri", "2026.Masyarakat" (not initials or degrees,
# "H.M.Prasetyo", "Sp.KG.Subsp", "S.Hut", nor a domain, "bkn.go.id", nor an amount,
# "Rp115.000.000"); a space, not a break: "KH.Ahmad" stays one line
_DOT_GLUED = re.compile(r"(?<![\w.])(?:[A-Z]{2,5}|[0-9]{2,})\.(?=[A-Z][a-z]{2,})")
_MIN_TAIL_USES = 50  # lower-case uses of the glued tail in the word counts
_LINE_END_WORD = re.compile(r"(?:^|(?<=\s))[A-Z][a-z]{3,}$")
_NEXT_WORD = re.compile(r"[A-Z][a-z]+")


def _cuts(text: str) -> set[int]:
    """Where a piece of glued press furniture starts or ends."""
    cuts: set[int] = set()
    for rule in GLUED_RULES:
        for m in rule.pattern.finditer(text):
            cuts.update((m.start(), m.end()))
            for name, value in m.groupdict().items():
                if value is not None:
                    cuts.update((m.start(name), m.end(name)))
            if rule.name == "signoff":  # "Biro Hukum dan HumasBadan Gizi Nasional": two units
                cuts.update(m.start() + j.start() for j in _JOINED.finditer(m.group()))
    cuts.update(m.start() for m in BOUNDARY_LABELS.finditer(text))
    cuts.update(m.start() for m in _REPUBLIC.finditer(text))
    for m in _ACRONYM_GLUED.finditer(text):
        if _known_acronym(m.group()) and _starts_line(text, m.end()):
            cuts.add(m.end())
    cuts.update(c for m in _EMPTY_CELLS.finditer(text) for c in (m.start(), m.end()))
    cuts.update(c for m in _INITIALS.finditer(text) for c in (m.start(), m.end()))
    for m in _ROW_NUMBER.finditer(text):
        word = text[max(0, m.start() - 60) : m.start()].split()
        if word and "/" not in word[-1]:  # not inside a web address ("folders/1B-YeSbl...")
            cuts.update((m.start(), m.end()))
    n = len(text)
    return {c for c in cuts if 0 < c < n and not text[c - 1].isspace() and not text[c].isspace()}


def _known_acronym(word: str) -> bool:
    return bool(gazetteer.exact_institution(word)) or gazetteer.lookup_location(word) is not None


def unglue(text: str) -> tuple[str, list[int]] | None:
    """``(new_text, where)`` for a glued text, ``None`` for any other: ``new_text`` is
    ``text`` with breaks given back (only whitespace added), ``where[i]`` the index in
    ``text`` of ``new_text[i]`` or ``-1`` for an added character."""
    if not looks_glued(text):
        return None
    # a glued page's line breaks are hard wraps ("Kementerian Energi dan Sumber\nDaya Mineral
    # (ESDM)"), as pressnlp.clean reads them: a space
    flat = _HARD_WRAP.sub(" ", text)
    pieces, last = [], 0
    for cut in sorted(_cuts(flat)):
        pieces += [flat[last:cut], "\n\n"]
        last = cut
    pieces.append(flat[last:])
    # after split_glued, whose dateline rule needs the glued word after the year
    new = _GLUED_AFTER.sub("\n\n", "\n\n".join(split_glued("".join(pieces))))
    new, where = _word_tails(*_line_ends(new, body_offsets(text, new)))
    if any(w < 0 and not c.isspace() for c, w in zip(new, where, strict=True)):
        return None  # a character that cannot be traced back: analyse the text as it is
    return new, where


def _starts_line(new: str, at: int) -> bool:
    """Whether the capitalised word at ``at`` can open a sentence or a line: a word mostly
    written in lower case ("Dalam", "Pemerintah"), a title, an institution noun or a place."""
    m = _NEXT_WORD.match(new, at)
    if m is None:
        return False
    word = m.group()
    lex = lexicon()
    low = word.lower()
    if is_common_word(word) or word in lex.title_heads or low in lex.org_heads:
        return True
    return gazetteer.lookup_location(word) is not None


def _line_ends(new: str, where: list[int]) -> tuple[str, list[int]]:
    """``new`` and its offsets with each space that joins a capitalised word to a capitalised
    word glued to it in the input made a break (see ``_LINE_END_WORD``); the space was added
    (offset -1), and so is the break."""
    out: list[str] = []
    offsets: list[int] = []
    last = 0
    for i, c in enumerate(new):
        if c != " " or where[i] >= 0 or not 0 < i < len(new) - 2:
            continue
        joined = new[i - 1].islower() and new[i + 1].isupper() and new[i + 2].islower()
        if joined and _LINE_END_WORD.search(new, max(0, i - 40), i) and _starts_line(new, i + 1):
            out += [new[last:i], "\n\n"]
            offsets += [*where[last:i], -1, -1]
            last = i + 1
    if not out:
        return new, where
    return "".join(out) + new[last:], offsets + where[last:]


def _tail_at(word: str, alone: set[str]) -> int:
    """Where the lower-case word glued to ``word`` starts, or 0: ``word`` is no known word
    or place, it opens with a word that stands alone in the text and ends in a common
    lower-case word ("Southlainnya" -> 5)."""
    freq = word_frequencies()
    known = freq.get(word.lower())
    if (known is not None and known.total >= 3) or gazetteer.lookup_location(word) is not None:
        return 0
    for k in range(3, len(word) - 2):
        if word[:k] not in alone or word[k:] in _CLITICS:
            continue
        tail = freq.get(word[k:])
        if tail is not None and tail.lower >= _MIN_TAIL_USES and tail.lower > 2 * tail.midcap:
            return k
    return 0


def _word_tails(new: str, where: list[int]) -> tuple[str, list[int]]:
    """``new`` and its offsets with a space (offset -1) between a capitalised word and the
    lower-case word glued to it (see ``_tail_at``), and after the full stop of a unit, an
    acronym or a number glued to the capitalised word of the next sentence ("1 MW.Bahlil",
    "AS.Menteri", "2026.Masyarakat")."""
    alone = {m.group() for m in _ALONE.finditer(new)}
    cuts = {m.end() for m in _DOT_GLUED.finditer(new)}
    for m in _GLUED_WORD.finditer(new):
        k = _tail_at(m.group(), alone)
        if k:
            cuts.add(m.start() + k)
    if not cuts:
        return new, where
    out: list[str] = []
    offsets: list[int] = []
    last = 0
    for at in sorted(cuts):
        out.append(new[last:at] + " ")
        offsets += [*where[last:at], -1]
        last = at
    return "".join(out) + new[last:], offsets + where[last:]


def map_span(where: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The input offsets of ``new_text[start:end]`` (see :func:`unglue`), ``None`` when the
    span holds no input character."""
    inside = [w for w in where[start:end] if w >= 0]
    if not inside:
        return None
    return inside[0], inside[-1] + 1
