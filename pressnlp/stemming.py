"""Indonesian stemming: Sastrawi's ECS algorithm with the fixes users ask for.

Two functions make the public API::

    >>> import pressnlp
    >>> pressnlp.stem("Kerusakan jalan di Bekasi diperbaiki, kata Juvenal.")
    'rusak jalan di Bekasi baik, kata Juvenal.'
    >>> [(t, s) for t, s in pressnlp.stem_tokens("inovasi-inovasi Kemensetneg")]
    [('inovasi-inovasi', 'inovasi'), ('Kemensetneg', 'Kemensetneg')]

What differs from plain PySastrawi (``Sastrawi.Stemmer.StemmerFactory``):

* **Text is kept, words are replaced.** ``stem`` swaps every word for its stem and keeps
  punctuation, numbers and spacing, so the output is still readable text;
  ``stem_tokens`` gives :class:`StemToken` items that unpack as ``(token, stem)`` and
  carry ``.start``/``.end`` offsets into the input.
* **Casing.** Stems of ordinary words are lower case. Proper nouns and acronyms are kept
  exactly as written: ALL-CAPS tokens (``PHK``), capitalised tokens that are not at the
  start of a sentence (``Bekasi``, ``Bali``), tokens with inner capitals (``KemenPUPR``)
  and, at the start of a sentence, capitalised words that running Indonesian news
  mostly writes capitalised (``Kementerian``, ``Jakarta``) or that are unknown and do not
  stem (``Juvenal``). In the spaCy component, tokens inside ``doc.ents`` are kept too.
* **Kept as written:** numbers and anything with digits (``1.414``, ``COVID-19``), URLs,
  e-mail addresses, domain names, @mentions and #hashtags.
* **Reduplication.** ``inovasi-inovasi``/``anak-anaknya``/``berlari-lari``/
  ``meniru-nirukan`` give the single root; rhyming pairs such as ``sayur-mayur`` or
  ``lauk-pauk`` give the root of the part that is a dictionary word; other hyphenated
  compounds are stemmed part by part (``jual-beli`` stays, ``sosial-ekonomi`` stays).
* **Over-stemming.** Sastrawi stops at the first dictionary word its rule order
  reaches (``menangis`` → ``menang``, ``berikan`` → ``ikan``, ``perbankan`` → ``perban``).
  pressnlp enumerates every affix reading (prefixes ``di ke se ber ter per pe meN peN ku
  kau``, ``ke-tidak-``; suffixes ``-i -kan -an -wan -wati``, clitics, loan suffixes as a
  last resort) whose root is in the dictionary and scores each: longer roots, fewer
  affixes, no impossible confix (``ke-…-kan``, ``peN-…-kan``, …) and the corpus frequency
  of the root and of its regular derivations (``stem_freq.tsv.gz``: counts from Indonesian
  news, the word itself excluded). Sastrawi's own answer is a candidate and wins near-ties;
  when every reading gives the same root Sastrawi is not consulted at all. A word with
  no dictionary root may take a root that news writes on its own (``mendetil`` →
  ``detil``). :data:`OVERRIDES` is a (currently empty) table of hand corrections.

The root-word dictionary is the one inside the installed PySastrawi package, read at
run time (it is CC BY-NC-SA; pressnlp ships no copy of it). One :class:`Stemmer` per
process is created lazily by the module functions; its cache of token → stem is
process-wide and unbounded (:func:`cache_info`, :func:`clear_cache`).
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from typing import Any, NamedTuple

__all__ = [
    "Analysis",
    "StemToken",
    "Stemmer",
    "cache_info",
    "clear_cache",
    "get_stemmer",
    "stem",
    "stem_tokens",
]

# --------------------------------------------------------------------------------------
# tokenization
# --------------------------------------------------------------------------------------

_TLD = r"(?:com|id|org|net|info|io|gov|edu|int|biz|asia|co|go|ac|or|sch|web|my|desa)"
_TOKEN_RE = re.compile(
    r"""
    (?=[\w@#])(?:  # every token starts so: lets the engine skip spaces/punctuation fast
    [^\W\d_]+(?![\w@]|[-'’.:/]\w|://)                           # plain word: the fast path
    | (?:https?://|www\.)[^\s<>"'“”]*[^\s<>"'“”.,;:!?)\]}]        # URL, no trailing punct
    | \w[\w.+-]*@\w[\w-]*(?:\.\w[\w-]*)+                         # e-mail
    | (?:[A-Za-z0-9][A-Za-z0-9-]*\.)+"""
    + _TLD
    + r"""\b(?:/[^\s<>"'“”]*[^\s<>"'“”.,;:!?)\]}])?             # bare domain / path
    | [@#]\w+                                                    # mention, hashtag
    | \w+(?:(?:[-'’]|(?<=\d)[.,:/](?=\d))\w+)*                   # number, hyphenated, other
    )""",
    re.VERBOSE,
)
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})", re.VERBOSE)  # tokens and the text between
_KEEP_CHARS_RE = re.compile(r"[\d@#/.:_]")  # digits, URLs, e-mails, handles: kept as written
_ASCII_WORD_RE = re.compile(r"[a-z]+\Z")
_CLITIC_RE = re.compile(r"(.+?)-?(ku|mu|nya|lah|kah|tah|pun)\Z", re.IGNORECASE)
_CAPITAL_CLITIC_RE = re.compile(r"(.*[a-z])-?(Ku|Mu|Nya)\Z")
_SENTENCE_END = frozenset(".!?\n")
_QUOTES = frozenset("\"“”'‘’«")
# A full stop after these does not end a sentence ("Dr. Budi", "Jl. Merdeka").
_ABBREVIATIONS = frozenset(
    [
        "bpk",
        "cv",
        "dll",
        "dkk",
        "dr",
        "dra",
        "drs",
        "ds",
        "dsb",
        "h",
        "hj",
        "hlm",
        "ir",
        "jl",
        "jln",
        "kab",
        "kec",
        "kel",
        "kh",
        "mh",
        "mm",
        "mpd",
        "mr",
        "mrs",
        "ms",
        "msi",
        "mt",
        "nn",
        "no",
        "nomor",
        "ny",
        "prof",
        "pt",
        "rt",
        "rw",
        "sdr",
        "sdri",
        "se",
        "sh",
        "skom",
        "spd",
        "st",
        "tbk",
        "tn",
        "yth",
    ]
)


class StemToken(tuple[str, str]):
    """One token of :func:`stem_tokens`: a ``(token, stem)`` pair with character offsets.

    It *is* a 2-tuple, so ``for token, stem in stem_tokens(text)`` works and it compares
    equal to ``(token, stem)`` (offsets are not part of equality); ``.start``/``.end``
    give the span in the input, so ``text[t.start:t.end] == t.token``.

    >>> t = StemToken("menangis", "tangis", 4, 12)
    >>> token, stem = t
    >>> (token, stem, t.start, t.end)
    ('menangis', 'tangis', 4, 12)
    """

    start: int
    end: int

    def __new__(cls, token: str, stem: str, start: int, end: int) -> StemToken:
        self = tuple.__new__(cls, (token, stem))
        self.start = start
        self.end = end
        return self

    @property
    def token(self) -> str:
        """The token exactly as it appears in the input."""
        return str(self[0])

    @property
    def stem(self) -> str:
        """The stem (or the token itself when it is kept as written)."""
        return str(self[1])

    def __getnewargs__(self) -> tuple[str, str, int, int]:
        return (self[0], self[1], self.start, self.end)

    def __repr__(self) -> str:
        return f"StemToken({self[0]!r}, {self[1]!r}, start={self.start}, end={self.end})"


class Analysis(NamedTuple):
    """One way to read a word as prefixes + root + suffixes, with its score (higher wins).

    >>> best = get_stemmer().analyses("menangis")[0]
    >>> best.root, best.prefixes, best.suffixes
    ('tangis', ('meN',), ())
    """

    root: str
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    score: float


# --------------------------------------------------------------------------------------
# morphology
# --------------------------------------------------------------------------------------

_VOWELS = frozenset("aiueo")
_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("ku", "mu", "nya")
_DERIVATIONAL = ("kan", "an", "i")
_FOREIGN = ("isasi", "isme", "is")
_PERSON = ("wati", "wan")  # budayawan, karyawati: person nouns from a root
# Cost of each affix in an analysis: clitics are cheap, loan suffixes (-is, -isme,
# -isasi) only fit loan roots, so they must not beat a native analysis (menang+is).
_SUFFIX_COST = {
    **dict.fromkeys(_PARTICLES, 0.5),
    **dict.fromkeys(_POSSESSIVES, 0.5),
    **dict.fromkeys(_DERIVATIONAL, 1.0),
    **dict.fromkeys(_FOREIGN, 6.0),  # a last resort: only when no native reading exists
    **dict.fromkeys(_PERSON, 1.5),
}
_CONFIX_PREFERENCE = 2.0  # extra cost of peN+kawasan when peN+awas+an also reads
_DERIVATIONAL_ALL = frozenset(_DERIVATIONAL + _FOREIGN + _PERSON)
_PREFIX_COST = 1.0
# Prefix-suffix pairs that never form an Indonesian confix (Asian 2007, plus peN-…-kan,
# a nominaliser never takes the verbal -kan): a reading with one of them is impossible.
_INVALID_CONFIX = frozenset(
    {
        ("ber", "i"),
        ("di", "an"),
        ("ke", "i"),
        ("ke", "kan"),
        ("meN", "an"),
        ("se", "i"),
        ("se", "kan"),
        ("ter", "an"),
        ("peN", "kan"),
        ("pe", "kan"),
    }
)
# Prefixes that only occur outermost (nothing is attached before them): menyebalkan is
# meN+sebal+kan, never meN+se+bal+kan.
_OUTER_ONLY = frozenset({"di", "meN", "ku", "kau", "se"})

# Scoring weights. A small grid (family 0.3-0.7, length 0.2-0.5, bare 0.25-0.6, Sastrawi
# bonus 0.5-1) moves UniMorph accuracy by less than 0.3 points; these are round values
# from the middle of that plateau, not fitted to particular words.
_W_FAMILY = 0.5  # weight of log(1 + frequency of the root's derived forms)
_W_BARE = 0.4  # weight of log(1 + frequency of the root as a bare word)
_W_LENGTH = 0.3  # per character of root: prefer the longer of two dictionary roots
_MAX_WORD = 40  # longer "words" (ketidakbertanggungjawabannya has 28 letters) are junk
_MAX_CACHED = 64
_ATTESTED_MIN = 10  # lower-case corpus occurrences that make a non-dictionary root acceptable
_UNMODELLED_COST = 2.0  # a Sastrawi reading we do not model (infix) counts as two affixes
_SASTRAWI_BONUS = 0.5  # Sastrawi's own answer wins unless another reading is clearly better


def _nasal_forms(root: str) -> tuple[str, str]:
    """``meN-``/``peN-`` + root with nasal assimilation: pukul → memukul/pemukul."""
    c = root[0]
    if len(root) <= 3:
        return "menge" + root, "penge" + root
    if c in "bfv":
        stem = "m" + root
    elif c == "p":
        stem = "m" + root[1:]
    elif c in "cdjz":
        stem = "n" + root
    elif c == "t":
        stem = "n" + root[1:]
    elif c == "s":
        stem = "ny" + root[1:]
    elif c == "k":
        stem = "ng" + root[1:]
    elif c in _VOWELS or c in "ghqx":
        stem = "ng" + root
    else:  # l m n r w y
        stem = root
    return "me" + stem, "pe" + stem


def _strip_prefix(base: str) -> Iterator[tuple[str, str]]:
    """Yield ``(prefix label, remainder)`` for every prefix reading of ``base``."""
    b = base
    if len(b) < 5:
        return
    two = b[:2]
    if two in ("di", "ke", "se"):
        yield two, b[2:]
    if b.startswith("tidak") and len(b) > 7:
        yield "tidak", b[5:]  # ke+tidak+adil+an (only after ke-, see analyses)
    if b.startswith("kau"):
        yield "kau", b[3:]
    elif two == "ku":
        yield "ku", b[2:]
    if two == "be":
        if b[2] == "r":
            yield "ber", b[3:]
            yield "ber", b[2:]  # be+rupa (berupa)
        elif b[2] == "l":
            if b.startswith("ajar", 3):
                yield "ber", b[3:]  # bel- occurs only in bel+ajar
            elif b[4:6] == "er":
                yield "ber", b[2:]
        elif b[4:6] == "er":
            # be- without r only before a first syllable in -er- (be+kerja, be+ternak);
            # keeps dibekali from reading as di+be+kali
            yield "ber", b[2:]
    elif two == "te":
        if b[2] == "r":
            yield "ter", b[3:]
            yield "ter", b[2:]  # te+rasa
        elif b[4:6] == "er":
            yield "ter", b[2:]  # te+terbang
    if two in ("me", "pe"):
        n = two[0] + "eN"
        c2 = b[2]
        if two == "pe":
            if c2 == "r":
                yield "per", b[3:]
                yield "per", b[2:]  # pe+rumah
            elif c2 == "l" and b.startswith("ajar", 3):
                yield "per", b[3:]  # pel- occurs only in pel+ajar (berpeluang is not per+uang)
            yield "pe", b[2:]  # pe+kerja, pe+lari
        if b.startswith("ng", 2):
            rest = b[4:]
            if rest:
                yield n, rest
                if rest[0] in _VOWELS:
                    yield n, "k" + rest  # meng+kirim
                if rest[0] == "e" and len(rest) <= 5:
                    yield n, rest[1:]  # menge+bom
        elif b.startswith("ny", 2):
            rest = b[4:]
            if rest:
                yield n, "s" + rest  # meny+sapu
                yield n, "ny" + rest  # me+nyanyi
        elif c2 == "m":
            rest = b[3:]
            if rest:
                if rest[0] in _VOWELS:
                    yield n, "p" + rest  # mem+pukul
                    yield n, "m" + rest  # me+makan
                else:
                    yield n, rest  # mem+bangun
        elif c2 == "n":
            rest = b[3:]
            if rest:
                if rest[0] in _VOWELS:
                    yield n, "t" + rest  # men+tangis
                    yield n, "n" + rest  # me+nikah
                else:
                    yield n, rest  # men+cinta
        elif two == "me" and c2 in "lrwy":
            yield n, b[2:]  # me+lipat, me+rasa


def _strip_suffixes(word: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield ``(base, suffixes)`` for every suffix reading (root+DS+PP+P order)."""
    after_p: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    for p in _PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= 3:
            after_p.append((word[: -len(p)], (p,)))
    after_pp = list(after_p)
    for w, s in after_p:
        for pp in _POSSESSIVES:
            if w.endswith(pp) and len(w) - len(pp) >= 3:
                after_pp.append((w[: -len(pp)], (pp, *s)))
    for w, s in after_pp:
        yield w, s
        for ds in _DERIVATIONAL + _FOREIGN + _PERSON:
            if w.endswith(ds) and len(w) - len(ds) >= 3:
                yield w[: -len(ds)], (ds, *s)


# --------------------------------------------------------------------------------------
# resources
# --------------------------------------------------------------------------------------


class _Freq(NamedTuple):
    total: int
    lower: int
    midcap: int


@functools.cache
def _frequencies() -> dict[str, _Freq]:
    """Word-form counts of Indonesian news (``pressnlp/data/stem_freq.tsv.gz``)."""
    from pressnlp.resources import data_file

    table: dict[str, _Freq] = {}
    try:
        raw = data_file("stem_freq.tsv.gz").read_bytes()
    except (FileNotFoundError, OSError):  # a broken install still stems, just less well
        return table
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    for line in lines[1:]:
        word, count, lower, midcap = line.split("\t")
        table[word] = _Freq(int(count), int(lower), int(midcap))
    return table


def _sastrawi_words() -> list[str]:
    """The root words of the installed PySastrawi package (read at run time)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return [w.strip() for w in StemmerFactory().get_words() if w.strip()]


# --------------------------------------------------------------------------------------
# the stemmer
# --------------------------------------------------------------------------------------


class Stemmer:
    """Sastrawi-based stemmer with candidate scoring, casing rules and a token cache.

    Most code should use :func:`stem`/:func:`stem_tokens` (one shared instance per
    process). Create your own instance to use another root-word list::

        >>> s = Stemmer(dictionary=["tangis", "menang", "rusak"])
        >>> s.stem("menangis karena kerusakan")
        'tangis karena rusak'

    Args:
        dictionary: root words; default: the dictionary of the installed PySastrawi.
        frequencies: word form -> corpus count; default: the bundled news counts.
        overrides: word -> stem, applied before anything else (lower-case keys).
    """

    def __init__(
        self,
        dictionary: Iterable[str] | None = None,
        *,
        frequencies: Mapping[str, int] | None = None,
        overrides: Mapping[str, str] | None = None,
    ) -> None:
        from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
        from Sastrawi.Stemmer.Stemmer import Stemmer as SastrawiStemmer

        words = _sastrawi_words() if dictionary is None else [w.strip().lower() for w in dictionary]
        self._words: frozenset[str] = frozenset(w for w in words if w)
        self._sastrawi = SastrawiStemmer(ArrayDictionary(sorted(self._words)))
        table = _frequencies()
        self._case_stats: Mapping[str, _Freq] = table
        if frequencies is None:
            self._freq: Mapping[str, int] = {w: f.total for w, f in table.items()}
        else:
            self._freq = dict(frequencies)
        self._overrides = {
            k.lower(): v for k, v in (OVERRIDES if overrides is None else overrides).items()
        }
        self._attested_words: frozenset[str] | None = None
        self._cache: dict[str, str] = {}
        self._word_cache: dict[str, str] = {}
        self._family_cache: dict[str, tuple[int, frozenset[str]]] = {}

    # -- word level --------------------------------------------------------------------

    def in_dictionary(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a root word of the dictionary.

        >>> s = Stemmer(dictionary=["tangis"])
        >>> s.in_dictionary("tangis"), s.in_dictionary("menangis")
        (True, False)
        """
        return word in self._words

    def _family(self, root: str) -> tuple[int, frozenset[str]]:
        """Corpus frequency of the root and of its regular derivations."""
        hit = self._family_cache.get(root)
        if hit is not None:
            return hit
        me, pe = _nasal_forms(root)
        forms = frozenset(
            (
                root,
                root + "nya",
                root + "an",
                root + "kan",
                root + "i",
                "di" + root,
                "di" + root + "kan",
                "di" + root + "i",
                "ber" + root,
                "ter" + root,
                "ke" + root + "an",
                "se" + root,
                me,
                me + "kan",
                me + "i",
                pe,
                pe + "an",
                "per" + root + "an",
                "ber" + root + "an",
            )
        )
        get = self._freq.get
        words = self._words
        # A derived-looking form that is itself a root word is a separate lexeme
        # ("memang" is not me+mang), so it does not count for this family.
        # Only derived forms count: a bare function word ("dan", "akan") is frequent
        # without being evidence that the root takes affixes (se+dan+nya).
        total = sum(get(f, 0) for f in forms if f != root and f not in words)
        self._family_cache[root] = (total, forms)
        return total, forms

    def _root_score(self, root: str, word: str) -> float:
        total, forms = self._family(root)
        if word in forms and word != root:  # the word must not vote for its own reading
            total -= self._freq.get(word, 0)
        bare = self._freq.get(root, 0)
        return (
            _W_FAMILY * math.log1p(max(total, 0))
            + _W_BARE * math.log1p(bare)
            + _W_LENGTH * len(root)
        )

    def analyses(self, word: str, *, roots: AbstractSet[str] | None = None) -> list[Analysis]:
        """Every affix reading of ``word`` whose root is in the dictionary, best first.

        ``roots`` replaces the dictionary as the set of acceptable roots.

        >>> [a.root for a in get_stemmer().analyses("berikan")][:2]
        ['beri', 'ikan']
        """
        words = self._words if roots is None else roots
        found: dict[tuple[str, tuple[str, ...], tuple[str, ...]], float] = {}
        for base, suffixes in _strip_suffixes(word):
            ds = suffixes[0] if suffixes and suffixes[0] in _DERIVATIONAL_ALL else None
            suffix_cost = sum(_SUFFIX_COST[s] for s in suffixes)
            stack: list[tuple[str, tuple[str, ...]]] = [(base, ())]
            while stack:
                rest, prefixes = stack.pop()
                if (
                    len(rest) >= 3
                    and rest in words
                    and (prefixes or suffixes)
                    and (ds is None or not prefixes or (prefixes[0], ds) not in _INVALID_CONFIX)
                ):
                    key = (rest, prefixes, suffixes)
                    if key not in found:
                        cost = suffix_cost + _PREFIX_COST * len(prefixes)
                        found[key] = self._root_score(rest, word) - cost
                if len(prefixes) >= 3:
                    continue
                for label, remainder in _strip_prefix(rest):
                    if prefixes and (label in _OUTER_ONLY or label == prefixes[-1]):
                        continue
                    if label == "tidak" and prefixes[-1:] != ("ke",):
                        continue
                    if len(remainder) >= 3:
                        stack.append((remainder, (*prefixes, label)))
        # peN+kawasan vs peN+awas+an: a prefixed word ending in -an is far more often
        # a confix (pengawasan, kekuningan, pelebaran), so when both readings exist the
        # one that swallows -an into the root pays extra
        confix_prefixes = {p[0] for (_r, p, s) in found if p and s[:1] == ("an",)}
        if confix_prefixes:
            for key in found:
                r, p, s = key
                if not s and p and p[0] in confix_prefixes and r.endswith("an"):
                    found[key] -= _CONFIX_PREFERENCE
        ranked = [Analysis(r, p, s, score) for (r, p, s), score in found.items()]
        ranked.sort(key=lambda a: (-a.score, len(a.prefixes) + len(a.suffixes), a.root))
        return ranked

    def _attested(self) -> frozenset[str]:
        """Words that running news writes lower case at least ``_ATTESTED_MIN`` times."""
        if self._attested_words is None:
            self._attested_words = frozenset(
                w
                for w, f in self._case_stats.items()
                if f.lower >= _ATTESTED_MIN and len(w) >= 4 and w.isalpha()
            )
        return self._attested_words

    def _sastrawi_word(self, word: str) -> str:
        try:
            return str(self._sastrawi.stem_word(word))
        except (re.error, RecursionError, IndexError):  # pragma: no cover - defensive
            return word

    def stem_word(self, word: str) -> str:
        """Root of one lower-case word, without context rules (no casing, no names).

        >>> get_stemmer().stem_word("penarikan")
        'tarik'
        """
        hit = self._word_cache.get(word)
        if hit is not None:
            return hit
        result = self._compute_word(word)
        if len(word) <= _MAX_CACHED:
            self._word_cache[word] = result
        return result

    def _compute_word(self, word: str) -> str:
        override = self._overrides.get(word)
        if override is not None:
            return override
        if "-" in word:
            return self._stem_hyphenated(word)
        if (
            len(word) <= 3
            or len(word) > _MAX_WORD
            or word in self._words
            or not _ASCII_WORD_RE.match(word)
        ):
            return word
        for base, suffixes in _strip_suffixes(word):
            # root + -nya is Sastrawi's first check and almost never wrong: perdananya is
            # perdana+nya, not per+dana+nya (shorter clitics are ambiguous: beru+lah)
            if suffixes == ("nya",) and base in self._words:
                return base
        ranked = self.analyses(word)
        if not ranked:
            sastrawi = self._sastrawi_word(word)  # infixes, rerata, ...: Sastrawi's own rules
            if sastrawi != word:
                return sastrawi
            # No dictionary root at all (detil, analisa, akomodir are not in it): accept a
            # root that news writes on its own, lower case, often enough.
            attested = self.analyses(word, roots=self._attested())
            return attested[0].root if attested else word
        best = ranked[0]
        if all(a.root == best.root for a in ranked):
            return best.root  # one root however the affixes are read: nothing to decide
        sastrawi = self._sastrawi_word(word)
        if best.root == sastrawi:
            return sastrawi
        if sastrawi == word or sastrawi not in self._words:
            return best.root
        own = [a.score for a in ranked if a.root == sastrawi]
        # Sastrawi found a reading this enumeration does not model (infixes, rerata):
        # score it as a two-affix reading of its root.
        sastrawi_score = own[0] if own else self._root_score(sastrawi, word) - _UNMODELLED_COST
        return best.root if best.score > sastrawi_score + _SASTRAWI_BONUS else sastrawi

    def _stem_hyphenated(self, word: str) -> str:
        if word in self._words:  # lexicalised: kupu-kupu, bolak-balik
            return word
        m = _CLITIC_RE.match(word)
        if m and "-" in word[len(m.group(1)) :]:  # kuasa-mu, malaikat-malaikat-nya
            return self.stem_word(m.group(1))
        parts = word.split("-")
        if len(parts) == 2 and all(parts):
            a, b = parts
            ra, rb = self.stem_word(a), self.stem_word(b)
            if ra == rb:
                return ra
            if rb == b and b not in self._words:
                rb2 = self.stem_word("me" + b)  # meniru-nirukan, menarik-narik
                if rb2 == ra:
                    return ra
            if len(a) == len(b) >= 4 and a[1:] == b[1:] and ra in self._words:
                return ra  # rhyming reduplication: sayur-mayur, lauk-pauk, ramah-tamah
        return "-".join(self.stem_word(p) if p else p for p in parts)

    # -- token level -------------------------------------------------------------------

    def _looks_like_name(self, lower: str) -> bool:
        """Is a capitalised word at the start of a sentence a name rather than a word?"""
        stats = self._case_stats.get(lower)
        if stats is not None and stats.total >= 3:
            return stats.midcap > stats.lower
        return False

    def stem_token(self, token: str) -> str:
        """Stem of one token standing alone (i.e. at the start of a sentence).

        >>> s = get_stemmer()
        >>> s.stem_token("Kerusakan"), s.stem_token("Bekasi"), s.stem_token("COVID-19")
        ('rusak', 'Bekasi', 'COVID-19')
        """
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        result = self._compute_token(token)
        if len(token) <= _MAX_CACHED:  # a long token (a URL, junk) will hardly recur
            self._cache[token] = result
        return result

    def _compute_token(self, tok: str) -> str:
        if not tok or _KEEP_CHARS_RE.search(tok):
            return tok
        if tok.islower():
            return self.stem_word(tok)
        if "-" in tok:
            return self._token_hyphenated(tok)
        if tok.isupper():  # acronym: PHK, BUMN (one capital letter is an initial)
            return tok
        first, rest = tok[0], tok[1:]
        if first.isupper() and (rest.islower() or not rest):
            lower = tok.lower()
            if lower in _ABBREVIATIONS or self._looks_like_name(lower):
                return tok
            stemmed = self.stem_word(lower)
            # An unknown capitalised word that does not stem is most likely a name.
            if stemmed == lower and lower not in self._words and lower not in self._freq:
                return tok
            return stemmed
        m = _CAPITAL_CLITIC_RE.match(tok)  # kekasihMu: capitalised pronoun for God
        if m and m.group(1).islower():
            return self.stem_word(m.group(1))
        return tok  # inner capitals: KemenPUPR, iPhone

    def _token_hyphenated(self, tok: str) -> str:
        parts = tok.split("-")
        last = len(parts) - 1

        def plain(i: int, part: str) -> bool:
            # lower case, or capitalised first part (sentence start), or -Nya/-Ku/-Mu
            return (
                not part
                or part.islower()
                or (i == 0 and part[0].isupper() and (part[1:].islower() or not part[1:]))
                or (i == last and part.lower() in _POSSESSIVES)
            )

        if all(plain(i, p) for i, p in enumerate(parts)):
            first = parts[0]
            if first[:1].isupper() and self._looks_like_name(first.lower()):
                return tok
            return self.stem_word(tok.lower())
        # mixed case compound (Asia-Pasifik, e-KTP): every part on its own
        return "-".join(self.stem_token(p) if p else p for p in parts)

    def _check(self, text: object) -> None:
        if not isinstance(text, str):
            raise TypeError(
                f"stemming needs a str, not {type(text).__name__}"
                + (" (decode bytes first)" if isinstance(text, (bytes, bytearray)) else "")
            )

    def _replace(self, m: re.Match[str]) -> str:
        tok = m.group()
        s = self._cache.get(tok)
        if s is None:
            s = self.stem_token(tok)
        # cached stems hold for a sentence start; capitalised tokens inside a sentence
        # are names and stay as written
        if s != tok and tok[0].isupper() and not _sentence_start(m.string, m.start()):
            return tok
        return s

    def stem_at(self, text: str, start: int, token: str) -> str:
        """Stem of ``token`` found at offset ``start`` of ``text`` (applies the rule that
        capitalised tokens inside a sentence are names).

        >>> get_stemmer().stem_at("di Bekasi", 3, "Bekasi")
        'Bekasi'
        """
        s = self._cache.get(token)
        if s is None:
            s = self.stem_token(token)
        if s != token and token[:1].isupper() and not _sentence_start(text, start):
            return token
        return s

    def stem(self, text: str) -> str:
        """``text`` with every word replaced by its stem (punctuation and spacing kept).

        >>> Stemmer(dictionary=["rusak", "jalan"]).stem("Kerusakan jalan, kata Budi.")
        'rusak jalan, kata Budi.'
        """
        # one word (the common per-token call) is a cache hit
        hit = self._cache.get(text) if isinstance(text, str) else None
        if hit is not None:
            return hit
        self._check(text)
        # split() alternates separators and tokens in C; a plain loop over the tokens is
        # cheaper than a re.sub callback per match (no Match objects, no calls)
        parts = _SPLIT_RE.split(text)
        get = self._cache.get
        for i in range(1, len(parts), 2):
            tok = parts[i]
            s = get(tok)
            if s is None:
                s = self.stem_token(tok)
            if (
                s != tok
                and tok[0].isupper()
                and i > 1
                and not _gap_starts_sentence(parts[i - 1], parts[i - 2])
            ):
                s = tok
            parts[i] = s
        result = "".join(parts)
        if len(text) <= _MAX_CACHED and not any(c.isspace() for c in text):
            # a standalone word with punctuation ("Jakarta,"): cache the whole input too
            self._cache[text] = result
        return result

    def stem_tokens(self, text: str) -> list[StemToken]:
        """The tokens of ``text`` with their stems and offsets.

        >>> Stemmer(dictionary=["rusak"]).stem_tokens("Kerusakan parah")
        [StemToken('Kerusakan', 'rusak', start=0, end=9), StemToken('parah', 'parah', start=10, end=15)]
        """
        self._check(text)
        replace = self._replace
        return [StemToken(m.group(), replace(m), *m.span()) for m in _TOKEN_RE.finditer(text)]

    def cache_info(self) -> dict[str, int]:
        """Sizes of the token and word caches.

        >>> s = Stemmer(dictionary=["tangis"])
        >>> _ = s.stem("menangis")
        >>> s.cache_info()
        {'tokens': 1, 'words': 1}
        """
        return {"tokens": len(self._cache), "words": len(self._word_cache)}

    def clear_cache(self) -> None:
        """Forget every cached stem (frees memory; results stay the same).

        >>> s = Stemmer(dictionary=["tangis"])
        >>> _ = s.stem("menangis")
        >>> s.clear_cache()
        >>> s.cache_info()
        {'tokens': 0, 'words': 0}
        """
        self._cache.clear()
        self._word_cache.clear()
        self._family_cache.clear()


def _sentence_start(text: str, start: int) -> bool:
    """Does the token at ``start`` open a sentence?

    True at the start of the text, after ``.``, ``!``, ``?`` or a line break (with any
    quotes, brackets or spaces in between) and for a quotation opened after a colon
    (``katanya: "Kerusakan ..."``), except for a full stop that closes a title or an
    initial (``Dr. Budi``, ``H. Ahmad``).
    """
    i = start - 1
    quote = False
    while i >= 0:
        c = text[i]
        if c.isalnum():
            return False
        if c in _QUOTES:
            quote = True
        elif c == ":" and quote:
            return True
        if c in _SENTENCE_END:
            if c == ".":
                j = i
                while j > 0 and text[j - 1].isalpha():
                    j -= 1
                word = text[j:i]
                if word and (word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
                    return False
            return True
        i -= 1
    return True


def _gap_starts_sentence(gap: str, prev_tok: str) -> bool:
    """:func:`_sentence_start` given the text between two tokens and the previous token.

    The previous token is not empty; the gap holds no word characters (the tokenizer
    takes them all).
    """
    quote = False
    for i in range(len(gap) - 1, -1, -1):
        c = gap[i]
        if c in _QUOTES:
            quote = True
        elif c == ":" and quote:
            return True
        if c in _SENTENCE_END:
            if c == "." and i == 0 and prev_tok[-1:].isalpha():
                j = len(prev_tok)
                while j > 0 and prev_tok[j - 1].isalpha():
                    j -= 1
                word = prev_tok[j:]
                if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                    return False
            return True
    return False


# Hand-checked corrections on top of the scoring (keep it small; document each entry).
OVERRIDES: dict[str, str] = {}

# --------------------------------------------------------------------------------------
# module-level API (one shared stemmer per process)
# --------------------------------------------------------------------------------------

_default: Stemmer | None = None
_lock = threading.Lock()


def get_stemmer() -> Stemmer:
    """The process-wide :class:`Stemmer` (created on first use, thread-safe).

    >>> get_stemmer() is get_stemmer()
    True
    >>> get_stemmer().stem_word("berikan")
    'beri'
    """
    global _default
    stemmer = _default
    if stemmer is None:
        with _lock:
            if _default is None:
                _default = Stemmer()
            stemmer = _default
    return stemmer


def stem(text: str) -> str:
    """Stem Indonesian text: every word replaced by its root, everything else kept.

    >>> stem("Pemangku kepentingan menangis")
    'pangku penting tangis'
    >>> stem("")
    ''

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    stemmer = _default or get_stemmer()
    hit = stemmer._cache.get(text) if isinstance(text, str) else None
    if hit is not None:
        return hit
    return stemmer.stem(text)


def stem_tokens(text: str) -> list[StemToken]:
    """Tokens of ``text`` as :class:`StemToken` ``(token, stem)`` pairs with offsets.

    >>> [(t.token, t.stem, t.start, t.end) for t in stem_tokens("Berikan ke Bali!")]
    [('Berikan', 'beri', 0, 7), ('ke', 'ke', 8, 10), ('Bali', 'Bali', 11, 15)]

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    return (_default or get_stemmer()).stem_tokens(text)


def cache_info() -> dict[str, Any]:
    """Sizes of the shared stemmer's caches (0 before first use).

    >>> _ = stem("Kerusakan jalan")
    >>> cache_info()["tokens"] > 0
    True
    """
    if _default is None:
        return {"tokens": 0, "words": 0}
    return _default.cache_info()


def clear_cache() -> None:
    """Empty the shared stemmer's caches (long-running jobs call it to bound memory).

    >>> clear_cache()
    >>> cache_info()["tokens"]
    0
    >>> stem("kerusakan")  # same results, recomputed
    'rusak'
    """
    if _default is not None:
        _default.clear_cache()
