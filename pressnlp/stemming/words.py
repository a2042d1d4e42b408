"""Word-level stemming: the root of one lower-case word (:class:`WordStemmer`).

Every affix reading whose root is in the dictionary is scored by root length, affix count
and the corpus frequency of the root and of its regular derivations
(:func:`pressnlp.resources.word_frequencies`); Sastrawi's own answer wins near-ties.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from pressnlp.resources import WordFrequency, word_frequencies
from pressnlp.stemming.morphology import (
    CONFIX_PREFERENCE,
    WordAnalysis,
    affix_readings,
    nasal_forms,
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
        else:
            self._freq = dict(frequencies)
        self._overrides = {
            k.lower(): v for k, v in (OVERRIDES if overrides is None else overrides).items()
        }
        self._attested_words: frozenset[str] | None = None
        self._word_cache: dict[str, str] = {}
        self._family_cache: dict[str, tuple[int, frozenset[str]]] = {}

    # -- word level --------------------------------------------------------------------

    def in_dictionary(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a root word of the dictionary.

        >>> s = WordStemmer(dictionary=["tangis"])
        >>> s.in_dictionary("tangis"), s.in_dictionary("menangis")
        (True, False)
        """
        return word in self._words

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

    def analyses(self, word: str, *, roots: AbstractSet[str] | None = None) -> list[WordAnalysis]:
        """Every affix reading of ``word`` whose root is in the dictionary, best first.

        ``roots`` replaces the dictionary as the set of acceptable roots.

        >>> from pressnlp.stemming import get_stemmer
        >>> [a.root for a in get_stemmer().analyses("berikan")][:2]
        ['beri', 'ikan']
        """
        words = self._words if roots is None else roots
        found: dict[tuple[str, tuple[str, ...], tuple[str, ...]], float] = {}
        for root, prefixes, suffixes, cost in affix_readings(word, words):
            key = (root, prefixes, suffixes)
            if key not in found:
                found[key] = self._root_score(root, word) - cost
        # peN+kawasan vs peN+awas+an: a prefixed word ending in -an is far more often
        # a confix (pengawasan, kekuningan, pelebaran), so when both readings exist the
        # one that swallows -an into the root pays extra
        confix_prefixes = {p[0] for (_r, p, s) in found if p and s[:1] == ("an",)}
        if confix_prefixes:
            for key in found:
                r, p, s = key
                if not s and p and p[0] in confix_prefixes and r.endswith("an"):
                    found[key] -= CONFIX_PREFERENCE
        ranked = [WordAnalysis(r, p, s, score) for (r, p, s), score in found.items()]
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
