"""Word-level stemming: the root of one lower-case word (:class:`WordStemmer`).

Every affix reading whose root is in the dictionary is scored by root length, affix count
and the corpus frequency of the root and of its regular derivations
(:func:`pressnlp.resources.word_frequencies`); Sastrawi's own answer wins near-ties.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet

from pressnlp.resources import WordFrequency, word_frequencies
from pressnlp.stemming.morphology import (
    CONFIX_PREFERENCE,
    PERSON_SUFFIXES,
    WordAnalysis,
    affix_readings,
    nasal_forms,
    prefixed,
    strip_suffixes,
)

__all__ = ["MAX_CACHED", "OVERRIDES", "WordStemmer", "sastrawi_words"]

# Scoring weights. A small grid (family 0.3-0.7, length 0.2-0.5, bare 0.25-0.6, Sastrawi
# bonus 0.5-1) moves UniMorph accuracy by less than 0.3 points; these are round values
# from the middle of that plateau, not fitted to particular words.
_W_FAMILY = 0.5  # weight of log(1 + frequency of the root's derived forms)
_W_BARE = 0.4  # weight of log(1 + frequency of the root as a bare word)
_W_LENGTH = 0.3  # per character of root: prefer the longer of two dictionary roots
_MAX_WORD = 40  # longer "words" (ketidakbertanggungjawabannya has 28 letters) are junk
MAX_CACHED = 64  # longer tokens and words (URLs, junk) are not cached: they hardly recur
_ATTESTED_MIN = 10  # lower-case corpus occurrences that make a non-dictionary root acceptable
_UNMODELLED_COST = 2.0  # a Sastrawi reading we do not model (infix) counts as two affixes
_SASTRAWI_BONUS = 0.5  # Sastrawi's own answer wins unless another reading is clearly better
_EXTRA_ROOT_COST = 0.5  # a root that is not in the dictionary (rinci, tandatangan)
_COMPOUND_MIN = 20  # corpus count of a compound's derived forms that makes it a root
_VERB_LIKE_CLITIC_COST = 3.0  # memang+ku when meN+pangku also reads: see analyses()
_W_PAIR = 0.5  # weight of log(1 + count of the verbs paired with a pe-/per-...-an noun)
_NAME_SHARE = 10  # a word written capitalised 10x as often as lower case is a name
_LEXICAL_AN_SHARE = 4  # tujuan, alasan: see _lexical_an()
_LEXICAL_AN_MIN = 100  # ... and only for nouns news uses often
_LEXICAL_AN_SHARE_BOUND = 10  # anggaran: a root never written alone, see _lexical_an()
_SAME_PATTERN_BONUS = 1.5  # Sastrawi's answer differs only by the k of meng- (k-urung)
_COMMON_NAME = 20  # capitalised uses that make a name common enough to trust
_SCRAP, _SCRAP_OF = 3, 8  # Sastrawi's fallback leaving <= 3 letters of 8+ is no reading
_NUMERALS = frozenset(("puluh", "ratus", "ribu", "juta", "miliar", "triliun", "belas"))
_NAME_LIKE_SUFFIXES = frozenset(("i", "an", "wan", "wati", "is", "isme", "isasi"))
_CLITICS = frozenset(("ku", "mu", "nya", "lah", "kah", "tah", "pun"))
_NO_COUNT = WordFrequency(0, 0, 0)
_ASCII_WORD_RE = re.compile(r"[a-z]+\Z")
_CLITIC_RE = re.compile(r"(.+?)-?(ku|mu|nya|lah|kah|tah|pun)\Z", re.IGNORECASE)

# Hand-checked corrections on top of the scoring (keep it small; document each entry).
OVERRIDES: dict[str, str] = {}


def sastrawi_words() -> list[str]:
    """The root words of the installed PySastrawi package (read at run time)."""
    # imported here: PySastrawi is only needed once a stemmer is built
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return [w.strip() for w in StemmerFactory().get_words() if w.strip()]


class WordStemmer:
    """Root of one lower-case word: the dictionary, affix readings and their scores.

    The word level of :class:`pressnlp.stemming.Stemmer` (which adds casing, names and
    tokens on top); see that class for the arguments.

    >>> WordStemmer(dictionary=["tangis", "menang"]).stem_word("menangis")
    'tangis'
    """

    def __init__(
        self,
        dictionary: Iterable[str] | None = None,
        *,
        frequencies: Mapping[str, int] | None = None,
        overrides: Mapping[str, str] | None = None,
    ) -> None:
        # imported here: PySastrawi is only needed once a stemmer is built
        from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
        from Sastrawi.Stemmer.Stemmer import Stemmer as SastrawiStemmer

        words = sastrawi_words() if dictionary is None else [w.strip().lower() for w in dictionary]
        self._words: frozenset[str] = frozenset(w for w in words if w)
        self._sastrawi = SastrawiStemmer(ArrayDictionary(sorted(self._words)))
        table = word_frequencies()
        self._case_stats: Mapping[str, WordFrequency] = table
        if frequencies is None:
            self._freq: Mapping[str, int] = {w: f.total for w, f in table.items()}
            # a root's own count; for a word news writes as a name only its lower-case
            # uses (Sera, Agam as names say nothing about sera, agam)
            self._bare: Mapping[str, int] = {
                w: f.lower if f.midcap >= 3 and f.lower * _NAME_SHARE <= f.midcap else f.total
                for w, f in table.items()
            }
        else:
            self._freq = dict(frequencies)
            self._bare = self._freq
        self._overrides = {
            k.lower(): v for k, v in (OVERRIDES if overrides is None else overrides).items()
        }
        self._attested_words: frozenset[str] | None = None
        self._word_cache: dict[str, str] = {}
        self._family_cache: dict[str, tuple[int, frozenset[str]]] = {}
        self._extra_roots: dict[str, bool] = {}
        self._roots = _Roots(self)
        # per- words news uses on their own: keperdataan is ke+perdata+an, not ke+per+data+an
        self._lexical_per = frozenset(
            w
            for w in self._words
            if w.startswith("per") and table.get(w, _NO_COUNT).lower >= _ATTESTED_MIN
        )

    # -- word level --------------------------------------------------------------------

    def _family(self, root: str) -> tuple[int, frozenset[str]]:
        """Corpus frequency of the root and of its regular derivations."""
        hit = self._family_cache.get(root)
        if hit is not None:
            return hit
        me, pe = nasal_forms(root)
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
                prefixed("ber", root),
                prefixed("ter", root),
                "ke" + root + "an",
                "se" + root,
                me,
                me + "kan",
                me + "i",
                pe,
                pe + "an",
                prefixed("per", root) + "an",
                prefixed("ber", root) + "an",
                "ke" + prefixed("ber", root) + "an",
            )
        )
        get = self._freq.get
        words = self._words
        # A derived-looking form that is itself a root word is a separate lexeme
        # ("memang" is not me+mang), so it does not count for this family.
        # Only derived forms count: a bare function word ("dan", "akan") is frequent
        # without being evidence that the root takes affixes (se+dan+nya).
        total = sum(get(f, 0) for f in forms if f != root and f not in words)
        # beragam is be+ragam or ber+agam, berubah ber+ubah or be+rubah: a form shared
        # by a root in r- and the same root without it counts half for each
        other = root[1:] if root[0] == "r" else "r" + root if root[0] in "aiueo" else ""
        if other in words:
            shared = {prefixed("ber", root), prefixed("ter", root)}
            total -= sum(get(f, 0) for f in shared if f not in words) // 2
        self._family_cache[root] = (total, forms)
        return total, forms

    def _root_score(self, root: str, word: str) -> float:
        total, forms = self._family(root)
        if word in forms and word != root:  # the word must not vote for its own reading
            total -= self._freq.get(word, 0)
        bare = self._bare.get(root, 0)
        return (
            _W_FAMILY * math.log1p(max(total, 0))
            + _W_BARE * math.log1p(bare)
            + _W_LENGTH * len(root)
        )

    def analyses(self, word: str, *, roots: AbstractSet[str] | None = None) -> list[WordAnalysis]:
        """Every affix reading of ``word`` whose root is in the dictionary, best first.

        ``roots`` replaces the dictionary as the set of acceptable roots.

        >>> from pressnlp.stemming import get_stemmer
        >>> [a.root for a in get_stemmer().analyses("berikan")][:2]
        ['beri', 'ikan']
        """
        words = self._roots if roots is None else roots
        found: dict[tuple[str, tuple[str, ...], tuple[str, ...]], float] = {}
        for root, prefixes, suffixes, cost in affix_readings(word, words, self._lexical_per):
            if suffixes and suffixes[0] in PERSON_SUFFIXES and self.is_name(root):
                continue  # kusuma+wan: -wan does not make person nouns from names
            key = (root, prefixes, suffixes)
            if key not in found:
                found[key] = (
                    self._root_score(root, word)
                    - cost
                    - self._reading_cost(root)
                    + self._paired_verbs(root, prefixes, suffixes)
                )
        # peN+kawasan vs peN+awas+an: a prefixed word ending in -an is far more often
        # a confix (pengawasan, kekuningan, pelebaran), so when both readings exist the
        # one that swallows -an into the root pays extra
        confix_prefixes = {p[0] for (_r, p, s) in found if p and s[:1] == ("an",)}
        if confix_prefixes:
            for key in found:
                r, p, s = key
                if not s and p and p[0] in confix_prefixes and r.endswith("an"):
                    found[key] -= CONFIX_PREFERENCE
        # memang+ku vs meN+pangku: -ku/-mu rarely follow a root that itself starts like a
        # prefixed verb, while a prefixed verb on a root ending in -ku is ordinary
        if any(p and not s for (_r, p, s) in found):  # meN+pangku: a prefix and no suffix
            for key in found:
                r, p, s = key
                if not p and s and s[0] in ("ku", "mu") and r[:2] in ("me", "pe", "be", "te", "di"):
                    found[key] -= _VERB_LIKE_CLITIC_COST
        ranked = [WordAnalysis(r, p, s, score) for (r, p, s), score in found.items()]
        ranked.sort(key=lambda a: (-a.score, len(a.prefixes) + len(a.suffixes), a.root))
        return ranked

    def _paired_verbs(
        self, root: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]
    ) -> float:
        """Evidence for a pe(N)-/per-...-an noun: the verbs it is made from are used.

        peN-...-an nouns pair with meN- verbs (peramalan: meramal, diramalkan), per-...-an
        nouns with ber-/memper- verbs (pertanian: bertani); without its verbs the reading
        is unlikely (per+amal+an: no beramal).
        """
        if len(prefixes) != 1 or suffixes[:1] != ("an",) or prefixes[0] not in ("pe", "peN", "per"):
            return 0.0
        if prefixes[0] != "per":
            return _W_PAIR * math.log1p(self._verb_count(root))
        get = self._freq.get
        words = self._words
        forms = (prefixed("ber", root), "memper" + root, "memper" + root + "kan", "diper" + root)
        return _W_PAIR * math.log1p(sum(get(f, 0) for f in forms if f not in words))

    def _verb_count(self, root: str) -> int:
        """Corpus count of the meN- and di- verbs of ``root`` (meninjau, meninjaukan,
        meninjaui, ditinjau, ...), forms that are root words themselves excluded."""
        me = nasal_forms(root)[0]
        forms = (me, me + "kan", me + "i", "di" + root, "di" + root + "kan", "di" + root + "i")
        get = self._freq.get
        words = self._words
        return sum(get(f, 0) for f in forms if f not in words)

    def _reading_cost(self, root: str) -> float:
        return 0.0 if root in self._words else _EXTRA_ROOT_COST

    def is_word(self, word: str) -> bool:
        """Is lower-case ``word`` a dictionary root or an affixed form of one?

        >>> from pressnlp.stemming import get_stemmer
        >>> [get_stemmer().is_word(w) for w in ("judi", "saksikan", "announced")]
        [True, True, False]
        """
        return word in self._words or bool(self.analyses(word))

    def is_name(self, word: str) -> bool:
        """Does running news write ``word`` capitalised far more often than lower case?

        >>> from pressnlp.stemming import get_stemmer
        >>> get_stemmer().is_name("marwan"), get_stemmer().is_name("menang")
        (True, False)
        """
        stats = self._case_stats.get(word)
        return stats is not None and stats.midcap >= 3 and stats.lower * _NAME_SHARE <= stats.midcap

    def name_word(self, word: str, ranked: list[WordAnalysis] | None = None) -> bool:
        """Is ``word`` (lower case, not in the dictionary) a name that must not be stemmed?

        It is when news writes it capitalised far more often than not (:meth:`is_name`)
        and no reading marks it as an inflected word: a prefix or ``-kan`` (headline
        verbs: ``Berikat``, ``Bebaskan``), or a clitic unless the name is common
        (``Maluku`` is not malu+ku, ``Tanahku`` is tanah+ku).

        >>> from pressnlp.stemming import get_stemmer
        >>> [get_stemmer().name_word(w) for w in ("marwan", "maluku", "bebaskan")]
        [True, True, False]
        """
        if word in self._words or not self.is_name(word):
            return False
        if ranked is None:
            ranked = self.analyses(word)
        stats = self._case_stats[word]
        for a in ranked:
            if a.prefixes or a.suffixes[:1] == ("kan",):
                return False
            if a.suffixes[0] not in _NAME_LIKE_SUFFIXES and stats.midcap < _COMMON_NAME:
                return False
            if (
                a.suffixes == ("i",)
                and stats.midcap < _COMMON_NAME
                and self._i_verb_count(a.root) > stats.midcap
            ):
                return False  # Lampaui: melampaui is in use, a rare "name" is a headline verb
        return True

    def _i_verb_count(self, root: str) -> int:
        """Corpus count of the -i verbs of ``root`` (melampaui, dilampaui); only the di-
        form when the meN- form is also another root's (mengawali: awal, not kawal)."""
        get = self._freq.get
        count = get("di" + root + "i", 0)
        if not (root[0] in "ktps" and root[1:] in self._words):
            count += get(nasal_forms(root)[0] + "i", 0)
        return count

    def extra_root(self, root: str) -> bool:
        """Is ``root``, not in the dictionary, still a root? Two kinds are:

        * a word news writes lower case on its own that no affix reading derives
          (``rinci``: ``terinci`` is ter+rinci, not ter+inci);
        * a compound of two dictionary words whose derived forms are common
          (``tandatangan`` from ``menandatangani``, ``ditandatangani``).

        >>> from pressnlp.stemming import get_stemmer
        >>> get_stemmer().extra_root("rinci"), get_stemmer().extra_root("tandatangan")
        (True, True)
        """
        hit = self._extra_roots.get(root)
        if hit is None:
            self._extra_roots[root] = False  # the analysis below meets the word itself
            hit = self._extra_roots[root] = self._compute_extra_root(root)
        return hit

    def _compute_extra_root(self, root: str) -> bool:
        if len(root) < 4 or root in self._words or not _ASCII_WORD_RE.match(root):
            return False
        stats = self._case_stats.get(root)
        attested = (
            stats is not None and stats.lower >= _ATTESTED_MIN and stats.lower >= stats.midcap
        )
        words = self._words
        compound = len(root) >= 8 and any(
            root[:i] in words and root[i:] in words for i in range(4, len(root) - 3)
        )
        # cheap tests first: most candidate strings are neither
        if not (attested or compound):
            return False
        if compound and not attested and self._family(root)[0] < _COMPOUND_MIN:
            return False
        return not self.analyses(root, roots=self._roots)  # beragam is ber+ragam

    def _lexical_an(self, word: str) -> bool:
        """Is ``word`` (root + -an, not in the dictionary) a noun of its own?

        ``tujuan`` is: news uses the noun often and ``bertujuan`` in at least a quarter
        of its uses; ``alasan``, ``pangkalan`` are: their roots are words of their own
        (``alas``, ``pangkal``) but news uses them and all else built on them far less
        than the noun. ``bantuan``, ``aturan`` are not (``membantu``, ``mengatur``).
        """
        if len(word) < 6 or not word.endswith("an") or word in self._words:
            return False
        root = word[:-2]
        if root in _NUMERALS:
            return False  # ratusan, puluhan: "hundreds", the numeral
        stats = self._case_stats.get(word)
        if root not in self._words or stats is None or stats.lower < _ATTESTED_MIN:
            return False
        if any(a.root != root for a in self.analyses(word, roots=self._words)):
            return False  # berikan is beri+kan too: not a noun berik+an
        own = self._freq.get(word, 0)
        # the noun takes ber- itself (bertujuan, berukuran) ...
        if self._freq.get(prefixed("ber", word), 0) * _LEXICAL_AN_SHARE >= own >= _LEXICAL_AN_MIN:
            return True
        # ... or news uses everything else built on its root far less than the noun: a
        # root that is a word of its own (alas, pangkal) 4x less, a root news never
        # writes on its own (anggar: menganggarkan, penganggaran) 10x less
        bare = self._bare.get(root, 0)
        root_stats = self._case_stats.get(root)
        share = _LEXICAL_AN_SHARE
        if root_stats is None or root_stats.lower < _ATTESTED_MIN:
            share = _LEXICAL_AN_SHARE_BOUND
        others = self._family(root)[0] - own + bare
        return own >= _LEXICAL_AN_MIN and others * share < own

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

        >>> from pressnlp.stemming import get_stemmer
        >>> get_stemmer().stem_word("penarikan")
        'tarik'
        """
        hit = self._word_cache.get(word)
        if hit is not None:
            return hit
        result = self._compute_word(word)
        if len(word) <= MAX_CACHED:
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
        for base, suffixes in strip_suffixes(word):
            # root + -nya is Sastrawi's first check and almost never wrong: perdananya is
            # perdana+nya, not per+dana+nya (shorter clitics are ambiguous: beru+lah)
            if suffixes == ("nya",) and base in self._words:
                return base
            if all(s in _CLITICS for s in suffixes) and self._lexical_an(base):
                return base  # tujuan, tujuannya
        ranked = self.analyses(word)
        if self.name_word(word, ranked):
            return word
        if not ranked:
            sastrawi = self._sastrawi_word(word)  # infixes, rerata, ...: Sastrawi's own rules
            # ... unless they leave a scrap of a long word: diseminasi is no di+se+m-in-as+i
            if sastrawi != word and not (len(sastrawi) <= _SCRAP and len(word) >= _SCRAP_OF):
                return sastrawi
            # No dictionary root at all (detil, analisa, akomodir are not in it): accept a
            # root that news writes on its own, lower case, often enough.
            attested = self.analyses(word, roots=self._attested())
            return attested[0].root if attested else word
        return self._choose(word, ranked)

    def _choose(self, word: str, ranked: list[WordAnalysis]) -> str:
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
        bonus = _SASTRAWI_BONUS
        if (
            best.root == "k" + sastrawi
            and best.prefixes[:1] == ("meN",)
            and any(
                a.root == sastrawi and a.prefixes == best.prefixes and a.suffixes == best.suffixes
                for a in ranked
            )
        ):
            # meng+urung+kan or meng+kurung+kan: every meN- form of the two roots is
            # the same word, so their counts decide little; Sastrawi's reading of the
            # vowel stands for verbs (mengurungkan, mengelak, mengiri)
            bonus = _SAME_PATTERN_BONUS
        return best.root if best.score > sastrawi_score + bonus else sastrawi

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
            if _sound_change_pair(a, b) and (a not in self._words or b not in self._words):
                # reduplication with a vowel or consonant change (muda-mudi, sayur-mayur,
                # bolak-balik): one word whose second half means nothing alone
                return word
        return "-".join(self.stem_word(p) if p else p for p in parts)


def _sound_change_pair(a: str, b: str) -> bool:
    """muda-mudi, bolak-balik (same consonants, other vowels) or sayur-mayur, lauk-pauk
    (rhyme: another first consonant)."""
    if len(a) < 3 or len(b) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if a[1:] == b[1:] and a[0] != b[0]:
        return True
    cons_a = [c for c in a if c not in "aiueo"]
    cons_b = [c for c in b if c not in "aiueo"]
    return a[0] == b[0] and cons_a[:2] == cons_b[:2] and a != b


class _Roots(AbstractSet[str]):
    """The dictionary plus :meth:`WordStemmer.extra_root` roots, as a set for lookups."""

    def __init__(self, stemmer: WordStemmer) -> None:
        self._stemmer = stemmer
        self._words = stemmer._words

    def __contains__(self, word: object) -> bool:
        return word in self._words or (isinstance(word, str) and self._stemmer.extra_root(word))

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)
