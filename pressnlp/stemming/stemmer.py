"""The stemmer of running text (:class:`Stemmer`) and the module-level API built on one
shared instance per process: :func:`stem`, :func:`stem_tokens`, :func:`get_stemmer`,
:func:`cache_info`, :func:`clear_cache`."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from pressnlp.stemming.headlines import HeadlineStemmer, headline_segments
from pressnlp.stemming.morphology import POSSESSIVES
from pressnlp.stemming.tokens import (
    ABBREVIATIONS,
    KEEP_CHARS_RE,
    SPLIT_RE,
    TOKEN_RE,
    StemToken,
    gap_starts_sentence,
    sentence_start,
)
from pressnlp.stemming.words import MAX_CACHED

__all__ = ["Stemmer", "cache_info", "clear_cache", "get_stemmer", "stem", "stem_tokens"]

_CAPITAL_CLITIC_RE = re.compile(r"(.*[a-z])-?(Ku|Mu|Nya)\Z")
_ADDRESS_RE = re.compile(r"[@#/:_]|\.\w")  # URLs, e-mails, handles: never lower-cased


class Stemmer(HeadlineStemmer):
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
        super().__init__(dictionary, frequencies=frequencies, overrides=overrides)
        self._cache: dict[str, str] = {}

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
        if len(token) <= MAX_CACHED:  # a long token (a URL, junk) will hardly recur
            self._cache[token] = result
        return result

    def _compute_token(self, tok: str) -> str:
        if not tok or KEEP_CHARS_RE.search(tok):
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
            if lower in ABBREVIATIONS or self._looks_like_name(lower):
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
                or (i == last and part.lower() in POSSESSIVES)
            )

        if all(plain(i, p) for i, p in enumerate(parts)):
            first = parts[0]
            if first[:1].isupper() and self._looks_like_name(first.lower()):
                return tok
            return self.stem_word(tok.lower())
        # mixed case compound (Asia-Pasifik, e-KTP): every part on its own
        return "-".join(self.stem_token(p) if p else p for p in parts)

    def _lower_stem(self, tok: str) -> str:
        """keep_proper_nouns=False: every word lower-cased and stemmed (PySastrawi's way)."""
        if _ADDRESS_RE.search(tok):
            return tok
        return self.stem_word(tok.lower())

    def _check(self, text: object, context: object = None) -> None:
        for value in (text,) if context is None else (text, context):
            if not isinstance(value, str):
                raise TypeError(
                    f"stemming needs a str, not {type(value).__name__}"
                    + (" (decode bytes first)" if isinstance(value, (bytes, bytearray)) else "")
                )

    def _replace(self, m: re.Match[str]) -> str:
        tok = m.group()
        s = self._cache.get(tok)
        if s is None:
            s = self.stem_token(tok)
        # cached stems hold for a sentence start; capitalised tokens inside a sentence
        # are names and stay as written
        if s != tok and tok[0].isupper() and not sentence_start(m.string, m.start()):
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
        if s != token and token[:1].isupper() and not sentence_start(text, start):
            return token
        return s

    def stem(self, text: str, *, keep_proper_nouns: bool = True, context: str | None = None) -> str:
        """``text`` with every word replaced by its stem (punctuation and spacing kept).

        With ``keep_proper_nouns=False`` every word is lower-cased and stemmed, names
        included, as PySastrawi does (numbers, URLs and e-mail addresses stay).
        ``context``: running text of the same document (the body, when ``text`` is its
        title) read as evidence of which headline words are names (see
        :meth:`headline_tokens`); the running lines of ``text`` itself are always read.

        >>> Stemmer(dictionary=["rusak", "jalan"]).stem("Kerusakan jalan, kata Budi.")
        'rusak jalan, kata Budi.'
        >>> get_stemmer().stem("Pemerintah Memberikan Bantuan kepada Masyarakat")
        'perintah beri bantu kepada masyarakat'
        >>> get_stemmer().stem("Bekasi menata PHK", keep_proper_nouns=False)
        'bekasi tata phk'
        """
        # one word (the common per-token call) is a cache hit
        hit = (
            self._cache.get(text)
            if keep_proper_nouns and context is None and isinstance(text, str)
            else None
        )
        if hit is not None:
            return hit
        self._check(text, context)
        if not keep_proper_nouns:
            return "".join(
                self._lower_stem(p) if i % 2 else p for i, p in enumerate(SPLIT_RE.split(text))
            )
        # split() alternates separators and tokens in C; a plain loop over the tokens is
        # cheaper than a re.sub callback per match (no Match objects, no calls)
        parts = SPLIT_RE.split(text)
        split = list(parts)  # the original pieces, for offsets
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
                and not gap_starts_sentence(parts[i - 1], parts[i - 2])
            ):
                s = tok
            parts[i] = s
        segments = headline_segments(text) if len(parts) > 3 else None
        if segments:
            heads = {t.start: t.stem for t in self._headline_tokens(text, segments, context)}
            pos = 0
            for i in range(len(parts)):
                if i % 2 and pos in heads:
                    parts[i] = heads[pos]
                pos += len(split[i])
            return "".join(parts)
        result = "".join(parts)
        if len(text) <= MAX_CACHED and not any(c.isspace() for c in text):
            # a standalone word with punctuation ("Jakarta,"): cache the whole input too
            self._cache[text] = result
        return result

    def stem_tokens(
        self, text: str, *, keep_proper_nouns: bool = True, context: str | None = None
    ) -> list[StemToken]:
        """The tokens of ``text`` with their stems and offsets (``context``: see
        :meth:`stem`).

        >>> Stemmer(dictionary=["rusak"]).stem_tokens("Kerusakan parah")
        [StemToken('Kerusakan', 'rusak', start=0, end=9), StemToken('parah', 'parah', start=10, end=15)]
        """
        self._check(text, context)
        if not keep_proper_nouns:
            lower = self._lower_stem
            return [
                StemToken(m.group(), lower(m.group()), *m.span()) for m in TOKEN_RE.finditer(text)
            ]
        replace = self._replace
        heads = (
            {t.start: t for t in self.headline_tokens(text, context=context)}
            if len(text) > 3
            else {}
        )
        return [
            heads.get(m.start()) or StemToken(m.group(), replace(m), *m.span())
            for m in TOKEN_RE.finditer(text)
        ]

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
        self._clear_headline_caches()
        self._word_cache.clear()
        self._family_cache.clear()


# module-level API: one shared stemmer per process
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


def stem(text: str, *, keep_proper_nouns: bool = True, context: str | None = None) -> str:
    """Stem Indonesian text: every word replaced by its root, everything else kept.

    Names are kept as written (``keep_proper_nouns=False`` lower-cases and stems them
    too, as PySastrawi does); Title Case and ALL CAPS headlines are stemmed, keeping only
    what is a name by other evidence (:meth:`Stemmer.headline_tokens`), including how the
    running text of the same document writes the words: the non-headline lines of
    ``text``, and ``context`` (pass the body when you stem a title on its own).

    >>> stem("Pemangku kepentingan menangis")
    'pangku penting tangis'
    >>> stem("MENTERI MERESMIKAN PEMBANGUNAN JEMBATAN")
    'MENTERI resmi bangun jembatan'
    >>> stem("Wisatawan ke Bali", keep_proper_nouns=False)
    'wisata ke bali'
    >>> stem("")
    ''

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    stemmer = _default or get_stemmer()
    hit = (
        stemmer._cache.get(text)
        if keep_proper_nouns and context is None and isinstance(text, str)
        else None
    )
    if hit is not None:
        return hit
    return stemmer.stem(text, keep_proper_nouns=keep_proper_nouns, context=context)


def stem_tokens(
    text: str, *, keep_proper_nouns: bool = True, context: str | None = None
) -> list[StemToken]:
    """Tokens of ``text`` as :class:`StemToken` ``(token, stem)`` pairs with offsets
    (``context``: see :func:`stem`).

    >>> [(t.token, t.stem, t.start, t.end) for t in stem_tokens("Berikan ke Bali!")]
    [('Berikan', 'beri', 0, 7), ('ke', 'ke', 8, 10), ('Bali', 'Bali', 11, 15)]

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    return (_default or get_stemmer()).stem_tokens(
        text, keep_proper_nouns=keep_proper_nouns, context=context
    )


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
