"""Where capitalisation carries no information: Title Case and ALL CAPS headlines and headings.

A line (or a sentence) is a *headline* when every content word in it is capitalised: in
``Pemerintah Salurkan Bantuan untuk Petani`` or ``MENTERI MERESMIKAN JEMBATAN`` a capital
says nothing about names, so the stemmer must look for other evidence (see
:meth:`pressnlp.stemming.Stemmer.headline_stems`). A normal sentence has lower-case
content words and keeps the usual rule (a capital inside a sentence marks a name).
Which lines are headlines is decided in :mod:`pressnlp.stemming.segments` (re-exported).

>>> text = "Pemerintah Salurkan Bantuan untuk Petani\\nBantuan itu tiba di desa."
>>> [text[a:b] for a, b in headline_segments(text)]
['Pemerintah Salurkan Bantuan untuk Petani']
>>> headline_segments("MENTERI MERESMIKAN JEMBATAN"), headline_segments("Jakarta, Senin")
([(0, 27)], [])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from pressnlp import gazetteer
from pressnlp.resources import name_pairs
from pressnlp.stemming.context import DocumentCase, by_document
from pressnlp.stemming.segments import headline_segments, is_headline
from pressnlp.stemming.tokens import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    KEEP_CHARS_RE,
    TOKEN_RE,
    StemToken,
)
from pressnlp.stemming.words import MAX_CACHED, WordStemmer

__all__ = ["FUNCTION_WORDS", "HeadlineStemmer", "headline_segments", "is_headline"]

# unit abbreviations a Title Case headline capitalises after a number (7 Km, 25 Bps);
# written in capitals (40 MW, 100 GW) a unit is an acronym and kept
_UNITS = frozenset(("km", "kg", "ha", "cm", "mm", "ml", "mg", "bps", "kwh", "gb", "mb", "kl"))
_VOWEL_RE = re.compile(r"[aiueo]")
# a place name after these is a name even when it is also a common word (Kota Batu)
_PLACE_CUES = frozenset(
    [
        "kota",
        "kabupaten",
        "kab",
        "provinsi",
        "prov",
        "desa",
        "kecamatan",
        "kelurahan",
        "pulau",
        "kepulauan",
        "selat",
        "teluk",
        "gunung",
        "danau",
        "sungai",
        "pemkab",
        "pemkot",
        "pemprov",
    ]
)
_NAME_RATIO = 3  # headline: a root word is a name if capitalised 3x as often as not
_MAX_NAME_WORDS = 4  # longest institution/place name looked up in a headline
_MINISTRY_EXTRA = 3  # ... after Menteri: Menteri Energi dan Sumber Daya Mineral
_MAX_CACHED_SEGMENT = 300  # longer "headlines" (runs of names) are not cached
_HEAD_MIN = 3  # capitalised uses inside sentences that make a noun a head of names
_RARE_LOWER = 3  # a word news writes lower case fewer times is no common word
_JOINERS = frozenset(("of", "the", "and"))  # inside foreign names: Board of Peace
_LOWER_USE = 10  # a loan word news writes lower case this often ...
_LOWER_RATIO = 3  # ... and 3x as often as capitalised is no foreign word
# spellings Indonesian words do not have (c before a consonant, th, ck, final -e or
# consonant+s, -tion, ...): a foreign word that looks English (Partnership, Valley, Talks)
_ENGLISH_RE = re.compile(
    r"th|sh|ph|ck|wh|ee|oo|ou|x|q|c(?![aeiou])|w(?![aeiou])|y(?![aeiou])|[^aeiou]s\Z|e\Z|ion\Z"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d\Z")
# words before a year that date it rather than name it (Semester I Tahun 2025)
_CALENDAR = frozenset(("tahun", "bulan", "semester", "triwulan", "kuartal", "periode", "masa"))
_SHORT = 4  # an abbreviation of the list is short (Prof, Jl); Nomor is a word
# after a name: a root word news capitalises at least 7 times for 10 lower-case uses
_TAIL_SHARE, _TAIL_SHARE_OF = 10, 7
_MIN_NAME_RUN = 3  # name parts in a row that make a name by themselves
_MIN_EVENT_WORDS = 2  # words of an event name that opens a title before its year


class _Line:
    """The tokens of one headline line and which of them follow the previous one after
    nothing but spaces (a name does not run over ``,`` or ``:``)."""

    def __init__(self, segment: str) -> None:
        self.matches = list(TOKEN_RE.finditer(segment))
        self.toks = [m.group() for m in self.matches]
        self.all_caps = all(t.isupper() for t in self.toks if t.isalpha())
        ends = [0] + [m.end() for m in self.matches]
        self.spaced = [
            i > 0 and segment[ends[i] : m.start()].isspace() for i, m in enumerate(self.matches)
        ]


def _spaced_runs(
    line: _Line, joins: Callable[[int, int], bool], ends: Callable[[int], bool] | None = None
) -> Iterator[range]:
    """Runs of tokens of ``line`` separated by spaces only: from each start ``i`` the tokens
    ``j`` for which ``joins(i, j)`` holds, cut back to the last one ``ends`` accepts; the
    next run starts after it (the caller may change its stems in between)."""
    n = len(line.toks)
    i = 0
    while i < n:
        j = i
        while j < n and (j == i or line.spaced[j]) and joins(i, j):
            j += 1
        if ends is not None:
            while j > i and not ends(j - 1):
                j -= 1
        yield range(i, j)
        i = max(j, i + 1)


class HeadlineStemmer(WordStemmer):
    """The headline level of :class:`pressnlp.stemming.Stemmer`: stems of the tokens of
    Title Case / ALL CAPS lines, where a capital is no evidence of a name."""

    def __init__(
        self,
        dictionary: Iterable[str] | None = None,
        *,
        frequencies: Mapping[str, int] | None = None,
        overrides: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(dictionary, frequencies=frequencies, overrides=overrides)
        self._headline_cache: dict[str, str] = {}
        self._segment_cache: dict[str, list[tuple[int, int, str, str]]] = {}

    def _clear_headline_caches(self) -> None:
        self._headline_cache.clear()
        self._segment_cache.clear()

    def _headline_word(self, tok: str) -> str:
        hit = self._headline_cache.get(tok)
        if hit is None:
            hit = self._compute_headline_word(tok)
            if len(tok) <= MAX_CACHED:
                self._headline_cache[tok] = hit
        return hit

    def _compute_headline_word(self, tok: str) -> str:
        """Stem of a token of a headline, or the token when it is a name by evidence other
        than its capital: frequency, gazetteer, acronym shape, an unknown word."""
        if not tok or KEEP_CHARS_RE.search(tok):
            return tok
        if tok.islower():
            return self.stem_word(tok)
        if "-" in tok:
            parts = tok.split("-")
            if any(len(p) > 1 and p.isupper() for p in parts) and not tok.isupper():
                return tok  # BI-Rate, e-KTP
            if any(p[:1].isupper() and len(p) > 3 and self._headline_word(p) == p for p in parts):
                if all(p[:1].isupper() for p in parts):
                    return tok  # a compound of names: Indonesia-Jepang, Community-Expert
                return "-".join(self._headline_word(p) if p else p for p in parts)
            return self.stem_word(tok.lower())  # Inovasi-Inovasi, SAYUR-MAYUR, Pro-Karier
        upper = tok.isupper()
        if not upper and not (tok[0].isupper() and tok[1:].islower()):
            return tok  # inner capitals: KemenPUPR
        word = tok.lower()
        if word in ABBREVIATIONS and (len(word) <= _SHORT or word not in self._words):
            return tok
        stats = self._case_stats.get(word)
        lower, midcap = (stats.lower, stats.midcap) if stats is not None else (0, 0)
        if len(word) <= 3 and word not in self._words:
            return tok  # RI, Tni, BI: acronyms however they are cased
        if upper and not _VOWEL_RE.search(word):
            return tok  # acronym shape: PHK, DPR
        if self.name_word(word):
            return tok  # Maluku, Bekasi: names news writes capitalised
        stemmed = self.stem_word(word)
        if stemmed != word:
            return stemmed  # names do not inflect: Perkuat, Resmikan are headline verbs
        # The counts of capitals come partly from headlines, so a word must be written
        # capitalised inside sentences clearly more often than not, and not be a verb
        # (meninjau, dipangkas: Tinjau, Pangkas are headline verbs), to count as a name.
        if midcap > _NAME_RATIO * max(lower, 1) and self._verb_count(word) < midcap:
            return tok
        if (lower <= 2 * midcap or lower < 10) and (
            gazetteer.lookup_location(word) or gazetteer.lookup_institution(word, units=False)
        ):
            return tok  # a place or institution not (mostly) a common word: Garut, Korpri
        if word not in self._words and lower < 3:
            return tok  # unknown, does not stem, hardly written lower case: a name
        return stemmed

    def _gazetteer_names(self, toks: list[str]) -> set[int]:
        """Indices of tokens that form an institution or place name of 2+ words."""
        names: set[int] = set()
        n = len(toks)
        i = 0
        while i < n:
            found = 0
            # Menteri Keuangan: the minister of the Kementerian Keuangan, a title
            head = "Kementerian " if toks[i].lower() == "menteri" else ""
            if toks[i][:1].isupper():
                longest = i + _MAX_NAME_WORDS + (_MINISTRY_EXTRA if head else 0)
                for j in range(min(n, longest), i + 1, -1):
                    if not toks[j - 1][:1].isupper():
                        continue
                    words = toks[i + bool(head) : j]
                    if not head and "-" in words[0]:
                        # Kemkomdigi-Kementerian Kebudayaan: a name ends the compound
                        words = [words[0].rsplit("-", 1)[1], *words[1:]]
                    phrase = head + " ".join(words)
                    if "-" not in phrase and (
                        len(gazetteer.exact_institution(phrase)) == 1
                        or gazetteer.lookup_location(phrase)
                    ):
                        found = j
                        break
            if found:
                names.update(range(i, found))
                i = found
            else:
                i += 1
        return names

    def _foreign(self, tok: str) -> bool:
        """A capitalised word that is no Indonesian word: not in the dictionary, no affix
        reading, mostly not written lower case in Indonesian news (Reverse, Repo, Rate)."""
        word = tok.lower()
        if not (tok[:1].isupper() and word.isalpha()) or word in self._words:
            return False
        if word in FUNCTION_WORDS:
            return False
        stats = self._case_stats.get(word)
        if stats is not None and stats.lower >= max(_LOWER_USE, _LOWER_RATIO * stats.midcap):
            return False  # a loan word in use, mostly written lower case: respon, smelter
        return self.stem_word(word) == word

    def _foreign_runs(self, line: _Line, stems: list[str]) -> None:
        """Keep whole runs of foreign words with a kept one among them: a name in
        another language (BI 7-Day Reverse Repo Rate, Green South Alliance, Board of
        Peace); a run does not cross punctuation."""
        toks = line.toks
        n = len(toks)
        foreign = [self._foreign(t) for t in toks]
        english = [
            f and t[1:].islower() and bool(_ENGLISH_RE.search(t.lower()))
            for t, f in zip(toks, foreign, strict=True)
        ]
        bridge = [
            j + 1 < n and english[j + 1] and line.spaced[j + 1] and self._bridge(toks[j])
            for j in range(n)
        ]

        def joins(i: int, j: int) -> bool:
            return (
                foreign[j]
                or (j > i and toks[j] in _JOINERS)
                or (j > i and bridge[j] and (english[j - 1] or toks[j - 1] in _JOINERS))
                or (j == i and bridge[j] and self._after_name(line, stems, j))
            )

        # a run ends on a foreign word: no trailing "of"
        for run in _spaced_runs(line, joins, foreign.__getitem__):
            if len(run) >= 2 and any(stems[k] == toks[k] for k in run):
                for k in run:
                    stems[k] = toks[k]

    def _place_after_cue(self, tok: str) -> bool:
        """Is ``tok``, after ``Kota``/``Pulau``/…, a place name: one of the gazetteer
        (``Kota Batu``) or a word that is no dictionary word and that news hardly ever
        writes lower case (``Pulau Sebatik`` is no se+batik)?"""
        if gazetteer.lookup_location(tok):
            return True
        word = tok.lower()
        if not (tok[:1].isupper() and word.isalpha()) or word in self._words:
            return False
        stats = self._case_stats.get(word)
        return stats is None or stats.lower < _RARE_LOWER

    def _bridge(self, tok: str) -> bool:
        """Can ``tok``, an Indonesian root word, stand inside a foreign name before a
        foreign word (``Conference and Dental Exhibition``, ``Bali Maritim Tourism Hub``,
        ``Cluster Spring Valley``)? Not a function word, an inflected word or a root
        mostly used as a verb (``Indonesia Raih Award``)."""
        word = tok.lower()
        if not (tok[:1].isupper() and word.isalpha() and word in self._words):
            return False
        if word in FUNCTION_WORDS or self.stem_word(word) != word:
            return False
        stats = self._case_stats.get(word)
        return 2 * self._verb_count(word) <= (stats.total if stats is not None else 0)

    @staticmethod
    def _after_name(line: _Line, stems: list[str], j: int) -> bool:
        """Does token ``j`` of a Title Case line follow a kept capitalised token after a
        space (``Busan`` in ``Busan Global Partnership Forum``)?"""
        prev = line.toks[j - 1] if j else ""
        return not line.all_caps and line.spaced[j] and prev[:1].isupper() and stems[j - 1] == prev

    def _name_head(self, word: str) -> bool:
        """Is ``word`` (lower case) a noun that heads names: news writes it capitalised
        inside sentences at least as often as not (``Masjid Istiqlal``, ``Bandara
        Soetta``, ``Kepala BKN``) and it is not a verb? A derived noun must be written
        capitalised far more often (``Kementerian PPN``, ``Kecamatan``, not
        ``Peraturan``)."""
        stats = self._case_stats.get(word)
        if stats is None or self._verb_count(word) >= stats.midcap:
            return False
        factor = 1 if self.stem_word(word) == word else _NAME_RATIO
        return stats.midcap >= max(factor * stats.lower, _HEAD_MIN)

    def _is_named(self, tok: str, all_caps: bool) -> bool:
        """Is a kept token a name by positive evidence, not merely an unknown word (an
        acronym, or a word news writes capitalised more often than not)?"""
        word = tok.lower()
        if len(tok) > 1 and tok.isupper() and (not all_caps or not _VOWEL_RE.search(word)):
            return True
        stats = self._case_stats.get(word)
        return stats is not None and stats.midcap > max(stats.lower, _HEAD_MIN - 1)

    def _name_heads(self, line: _Line, stems: list[str], names: set[int]) -> None:
        """A head noun right before a name or a number is part of the name (``Masjid
        Raya Baiturrahman``, ``Paviliun Indonesia``, ``Terminal 3``); right to left, so
        heads chain. The name must be one by evidence: ``Zero Click`` is no name for an
        unknown ``Click``."""
        toks = line.toks
        named = set(names)
        for i in range(len(toks) - 2, -1, -1):
            tok, nxt = toks[i], toks[i + 1]
            if (
                stems[i] != tok
                and stems[i + 1] == nxt
                and line.spaced[i + 1]
                and tok[:1].isupper()
                and tok.isalpha()
                and (
                    i + 1 in named
                    or nxt[:1].isdigit()  # Terminal 3, Pasal 5
                    or self._is_named(nxt, line.all_caps)
                )
                and self._name_head(tok.lower())
            ):
                stems[i] = tok
                named.add(i)

    def _year_names(self, line: _Line, stems: list[str], names: set[int]) -> None:
        """``<name> <Word> <year>`` names an event or a programme (``Indonesia Emas
        2045``, ``KRTI Nasional 2025``): the uninflected word between is part of it."""
        toks = line.toks
        for i in range(1, len(toks) - 1):
            tok, prev = toks[i], toks[i - 1]
            word = tok.lower()
            if (
                stems[i] != tok
                and stems[i - 1] == prev
                and line.spaced[i]
                and line.spaced[i + 1]
                and _YEAR_RE.match(toks[i + 1])
                and tok[:1].isupper()
                and tok.isalpha()
                and word not in _CALENDAR
                and (i - 1 in names or self._is_named(prev, line.all_caps))
                and self.stem_word(word) == word
            ):
                stems[i] = tok

    def _opening_event(self, line: _Line, stems: list[str]) -> None:
        """A title that opens with root words and a year, then a break (``Pekan Gizi
        Nasional 2026, BGN …``), opens with the name of the event: the words are kept."""
        toks, spaced = line.toks, line.spaced
        y = 0
        while y < len(toks) and (y == 0 or spaced[y]) and toks[y][:1].isupper():
            y += 1
        if not (
            _MIN_EVENT_WORDS <= y < len(toks)
            and spaced[y]
            and _YEAR_RE.match(toks[y])
            and (y + 1 == len(toks) or not spaced[y + 1])
        ):
            return
        for k in range(y):
            word = toks[k].lower()
            if stems[k] == toks[k]:
                continue
            stats = self._case_stats.get(word)
            if (
                not toks[k].isalpha()
                or word in _CALENDAR
                or self.stem_word(word) != word
                or stats is None
                or self._verb_count(word) * 2 >= max(stats.midcap, 1)
            ):
                return
        for k in range(y):
            stems[k] = toks[k]

    def _name_tails(self, line: _Line, stems: list[str], names: set[int]) -> None:
        """Root words after a name that news often writes capitalised continue it (``PT
        Chandra Asri Pacific``, ``Kopdes Merah Putih``, ``SMA Negeri 72``); not a word
        that inflects, is mostly a verb or is mostly written lower case (``PT PLN
        Segera``, ``Erick Thohir Cek``, ``UMKM Nasional``)."""
        toks = line.toks
        named = set(names)
        for k in range(1, len(toks)):
            tok, prev = toks[k], toks[k - 1]
            if stems[k - 1] != prev or not (k - 1 in named or self._is_named(prev, line.all_caps)):
                continue
            named.add(k - 1)
            word = tok.lower()
            if stems[k] == tok or not (line.spaced[k] and tok[:1].isupper() and tok.isalpha()):
                continue
            if self._name_part(word):
                stems[k] = tok
                named.add(k)

    @staticmethod
    def _name_pairs(line: _Line, stems: list[str]) -> None:
        """Two capitalised words that running news writes capitalised after a lower-case
        word (:func:`pressnlp.resources.name_pairs`) start a name: ``Sekolah Rakyat``,
        ``Ketua Umum``; stemmed forms included (a name does not inflect)."""
        toks = line.toks
        pairs = name_pairs()
        for k in range(1, len(toks)):
            a, b = toks[k - 1], toks[k]
            if (
                line.spaced[k]
                and a[:1].isupper()
                and b[:1].isupper()
                and a.isalpha()
                and b.isalpha()
                and (a.lower(), b.lower()) in pairs
            ):
                stems[k - 1], stems[k] = a, b

    def _name_part(self, word: str) -> bool:
        """Is ``word`` (lower case) a root word news often writes capitalised, as a part
        of names (``merah``, ``putih``, ``desa``): in the dictionary (a foreign word is
        left to :meth:`_foreign_runs`), uninflected, no verb, capitalised at least 7 times
        for 10 lower-case uses?"""
        stats = self._case_stats.get(word)
        return (
            stats is not None
            and word in self._words
            and stats.midcap * _TAIL_SHARE >= stats.lower * _TAIL_SHARE_OF
            and self.stem_word(word) == word
            and self._verb_count(word) * 2 < stats.midcap
        )

    def _name_runs(self, line: _Line, stems: list[str]) -> None:
        """A run of at least three capitalised name parts (:meth:`_name_part`) is a name
        without a name before it (``Koperasi Desa Merah Putih``): one such word may be an
        ordinary one, three in a row are rarely not a name."""
        toks = line.toks

        def joins(i: int, j: int) -> bool:
            tok = toks[j]
            return (
                tok[:1].isupper()
                and tok.isalpha()
                and (stems[j] == tok or self._name_part(tok.lower()))
            )

        for run in _spaced_runs(line, joins):
            if len(run) >= _MIN_NAME_RUN and any(stems[k] != toks[k] for k in run):
                for k in run:
                    stems[k] = toks[k]

    def _segment_stems(self, segment: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, token, stem)`` of one headline line (cached: footers repeat)."""
        hit = self._segment_cache.get(segment)
        if hit is not None:
            return hit
        line = _Line(segment)
        matches, toks, all_caps = line.matches, line.toks, line.all_caps
        names = self._gazetteer_names(toks) if len(toks) > 1 else set()
        stems: list[str] = []
        for i, tok in enumerate(toks):
            if i in names or (not all_caps and len(tok) > 1 and tok.isupper()):
                s = tok  # a name, or an acronym in a Title Case line (AI, BKN)
            elif i and toks[i - 1].lower() in _PLACE_CUES and self._place_after_cue(tok):
                s = tok  # Kota Batu, Kabupaten Buru, Pulau Sebatik
            elif tok.lower() in FUNCTION_WORDS or (
                i and toks[i - 1][:1].isdigit() and tok.lower() in _UNITS and not tok.isupper()
            ):
                s = tok.lower()  # a function word, a unit after a number: 7 Km
            else:
                s = self._headline_word(tok)
            stems.append(s)
        self._foreign_runs(line, stems)
        self._name_pairs(line, stems)
        self._name_tails(line, stems, names)
        if not all_caps:
            self._name_runs(line, stems)
        self._year_names(line, stems, names)
        if not all_caps:
            self._opening_event(line, stems)
        self._name_heads(line, stems, names)
        result = [(*m.span(), t, s) for m, t, s in zip(matches, toks, stems, strict=True)]
        if len(segment) <= _MAX_CACHED_SEGMENT:
            self._segment_cache[segment] = result
        return result

    def headline_tokens(self, text: str, *, context: str | None = None) -> list[StemToken]:
        """Tokens of the Title Case / ALL CAPS lines of ``text`` with their headline stems.

        In a headline a capital carries no information, so ordinary words are stemmed and
        a token is kept as written only when it is a name by other evidence: part of an
        institution or place name of the gazetteers, a word running news mostly writes
        capitalised (``Menteri``, ``Bank``), a place after ``Kota``/``Kabupaten``/…,
        an acronym (no vowel, or unknown and not a word), an unknown word, a run of
        foreign words with a kept one among them; then by its neighbours: a head noun
        before a name or number (``Masjid Raya``, ``Terminal 3``), root words news often
        capitalises after a name (``Kopdes Merah Putih``), ``<name> <Word> <year>``
        (``Indonesia Emas 2045``), a root word inside a name in another language
        (``Busan Global Partnership Forum``), ``Menteri`` + a ministry of the gazetteer
        (``Menteri Keuangan``), a rare word after ``Pulau``/``Kota``/… (``Pulau Sebatik``).
        Last, the document's own running text (the lines of ``text`` that are no
        headlines, and ``context``, e.g. the body of a title stemmed on its own) decides
        where it is clear (:mod:`pressnlp.stemming.context`): a word it writes only in
        lower case is stemmed, a pair it writes capitalised inside sentences is kept.
        The first line of a text may have one lower-case word (see :func:`is_headline`).

        >>> from pressnlp.stemming import get_stemmer
        >>> [t.stem for t in get_stemmer().headline_tokens("MENTERI MERESMIKAN PEMBANGUNAN JEMBATAN DI NTT")]
        ['MENTERI', 'resmi', 'bangun', 'jembatan', 'di', 'NTT']
        >>> title = "Menkomdigi: Publisher Rights Jaga Media"
        >>> body = "Perpres tentang publisher rights disusun bersama penerbit."
        >>> [t.stem for t in get_stemmer().headline_tokens(title, context=body)][1:3]
        ['publisher', 'rights']
        """
        return self._headline_tokens(text, headline_segments(text), context)

    def _headline_tokens(
        self, text: str, segments: list[tuple[int, int]], context: str | None = None
    ) -> list[StemToken]:
        out: list[StemToken] = []
        if not segments:
            return out
        case = self._document_case(text, segments, context)
        for a, b in segments:
            stems = self._segment_stems(text[a:b])
            if case is not None:
                stems = by_document(stems, case, self.stem_word)
            for start, end, tok, stem in stems:
                out.append(StemToken(tok, stem, a + start, a + end))
        return out

    @staticmethod
    def _document_case(
        text: str, segments: list[tuple[int, int]], context: str | None
    ) -> DocumentCase | None:
        """The running-text evidence of ``text`` (without its headlines) and ``context``;
        None when there is no running text to read."""
        covered = sum(b - a for a, b in segments)
        lines = [text[a:b].strip() for a, b in segments]
        case = (
            DocumentCase.read(text, segments, headlines=lines)
            if covered < len(text.strip())
            else None
        )
        if context and context.strip():
            other = DocumentCase.read(context, headline_segments(context), headlines=lines)
            case = other if case is None else case.merged(other)
        return case
