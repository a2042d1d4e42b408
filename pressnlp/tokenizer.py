"""spaCy's Indonesian tokenizer, built in milliseconds instead of seconds.

spaCy's ``id`` language ships about 16,000 tokenizer exceptions, 15,600 of them hyphenated
words that must stay one token ("abu-abu", "masing-masing", "Undang-undang"). Adding them as
special cases takes 1.5-3 s on every pipeline load, most of pressnlp's cold start. This
tokenizer keeps the other exceptions as special cases and protects the hyphenated words inside
the infix step instead: a hyphen is not split where it sits inside one of those words (matched
greedily, longest first, on the run of letters and hyphens around it). The output is the same
token sequence as ``spacy.blank("id")`` gives (tested on real press releases and news), so the
NER model trained on spaCy's tokenizer sees exactly what it was trained on.

Registered as ``pressnlp.id_tokenizer.v1``; :func:`pressnlp.load` uses it. It is rebuilt from
spaCy's defaults every time, so ``nlp.to_disk()`` stores no tokenizer data for it and
``spacy.load(path)`` builds the same tokenizer again (special cases added at run time with
``add_special_case`` are not saved).

Hostile input (see :data:`LONG_RUN`, :func:`replace_surrogates`):

- Lone surrogates ("\\ud83d" from a truncated JSON escape) cannot be encoded as UTF-8 and made
  spaCy raise ``UnicodeEncodeError``; each is replaced by U+FFFD before tokenisation, one
  character for one, so offsets into the Doc are offsets into the caller's text.
- spaCy strips prefixes and suffixes one at a time, searching the whole remaining string each
  time, so a long run of punctuation or emoji without spaces took quadratic time (40,000
  emoji: 189 s). Prefixes are matched at the start only and suffixes searched near the end
  (same results), and a run of more than ``LONG_RUN`` characters without whitespace is
  tokenised in pieces of ``LONG_RUN`` characters (no real word is that long).

>>> import spacy
>>> nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "pressnlp.id_tokenizer.v1"}}})
>>> [t.text for t in nlp("Masing-masing daerah.Kapal-kapal (abu-abu) Jakarta-Bandung")]
['Masing-masing', 'daerah', '.', 'Kapal-kapal', '(', 'abu-abu', ')', 'Jakarta', '-', 'Bandung']
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

__all__ = ["LONG_RUN", "PressTokenizer", "create_tokenizer", "replace_surrogates"]

_HYPHEN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")

LONG_RUN = 1000
"""Runs of more characters than this without whitespace are tokenised in pieces of this size."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")

# Longest match of a bounded spaCy suffix pattern ("</strong>", "km/h"): suffixes are searched
# in the last _SUFFIX_TAIL characters, then further left only across a run of dots ("\.\.+").
_SUFFIX_TAIL = 32


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (not encodable as UTF-8) replaced by U+FFFD.

    Length-preserving, so character offsets stay valid; other text is returned unchanged.

    >>> replace_surrogates("Jakarta \\ud83d hari ini") == "Jakarta \\ufffd hari ini"
    True
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


class _PrefixMatch:
    """``prefix_search`` as ``match``: spaCy joins the prefixes as ``^a|^b|...``, and ``search``
    tried every position of the remaining string, once per prefix stripped. One of spaCy's
    prefixes, ``<(b|...)\\s?/>|<a([^>]+)>``, leaves its second branch unanchored, so
    ``search`` also found an ``<a ...>`` tag in the middle of a token and stripped everything
    up to its end as a "prefix"; here prefixes match at the start only, as intended."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __call__(self, string: str) -> re.Match[str] | None:
        return self.pattern.match(string)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.pattern,))


class _SuffixSearch:
    """``suffix_search`` of a ``$``-anchored pattern looking only near the end (same result).

    A match ends at the end of the string; only the dot run pattern can be longer than
    ``_SUFFIX_TAIL``, so when the tail's match starts at the tail's edge on a dot, the search
    restarts before that run of dots.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __call__(self, string: str) -> re.Match[str] | None:
        pos = len(string) - _SUFFIX_TAIL
        if pos <= 0:
            return self.pattern.search(string)
        m = self.pattern.search(string, pos)
        if m is not None and m.start() == pos and string[pos] == ".":
            run = pos
            while run > 0 and string[run - 1] == ".":
                run -= 1
            m = self.pattern.search(string, max(0, run - _SUFFIX_TAIL))
        return m

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.pattern,))


@functools.cache
def _split_exceptions() -> tuple[dict[str, Any], frozenset[str]]:
    """(special cases to keep, hyphenated words handled in the infix step)."""
    from spacy.lang.id import Indonesian  # imported here: only needed when a tokenizer is built

    rules = Indonesian.Defaults.tokenizer_exceptions
    words = frozenset(
        k for k, v in rules.items() if _HYPHEN_WORD.fullmatch(k) and len(v) == 1 and len(v[0]) == 1
    )
    return {k: v for k, v in rules.items() if k not in words}, words


class _HyphenWordInfixes:
    """An ``infix_finditer`` that leaves hyphens inside known hyphenated words alone."""

    def __init__(
        self, finditer: Callable[[str], Iterator[re.Match[str]]], words: frozenset[str]
    ) -> None:
        self.finditer = finditer
        self.words = words
        self.longest = max((w.count("-") + 1 for w in words), default=0)

    def __call__(self, string: str) -> list[re.Match[str]]:
        matches = list(self.finditer(string))
        if "-" not in string or not matches:
            return matches
        protected = self._protected(string, matches)
        if not protected:
            return matches
        return [m for m in matches if not (m.group() == "-" and m.start() in protected)]

    def _protected(self, string: str, matches: list[re.Match[str]]) -> set[int]:
        """Offsets of hyphens inside known words. As with spaCy's special cases, a word only
        counts where it would be a whole token: its ends must be the string's ends, another
        infix, or a hyphen that is split ("95Toko-toko" stays "95Toko - toko")."""
        edges = {0, len(string)}
        for m in matches:
            if m.group() != "-":
                edges.update((m.start(), m.end()))
        out: set[int] = set()
        for run in _HYPHEN_WORD.finditer(string):
            parts = run.group().split("-")
            starts = [run.start()]
            for p in parts[:-1]:
                starts.append(starts[-1] + len(p) + 1)
            i = 0 if run.start() in edges else 1
            while i < len(parts) - 1:
                # no known word has more than `longest` parts: trying longer joins made a
                # long "a-a-a-..." run cubic
                for j in range(min(len(parts), i + self.longest), i + 1, -1):
                    if j == len(parts) and run.end() not in edges:
                        continue
                    if "-".join(parts[i:j]) in self.words:
                        out.update(starts[k] - 1 for k in range(i + 1, j))
                        i = j
                        break
                else:
                    i += 1
        return out

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.finditer, self.words))


class PressTokenizer(Tokenizer):
    """spaCy's ``Tokenizer`` whose settings come from its registered function, not from disk.

    spaCy serialises a tokenizer's rules and regex patterns; this one's infix step is a
    callable (the hyphenated-word guard), which has no pattern to save, and its special
    cases are rebuilt from spaCy's Indonesian defaults. So it writes only a marker and
    reads nothing back: the config (``pressnlp.id_tokenizer.v1``) rebuilds it whole.
    """

    _MARKER = b"pressnlp.id_tokenizer.v1: rebuilt from spaCy's Indonesian defaults\n"

    def __call__(self, text: str) -> Doc:
        """Tokenise ``text`` (lone surrogates replaced, long runs cut; see the module doc)."""
        text = replace_surrogates(text)
        cuts = [
            cut
            for run in _LONG_RUN.finditer(text)
            for cut in range(run.start() + LONG_RUN, run.end(), LONG_RUN)
        ]
        if not cuts:
            return super().__call__(text)
        bounds = [0, *cuts, len(text)]
        tokenize = super().__call__
        docs = [tokenize(text[a:b]) for a, b in itertools.pairwise(bounds)]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self._MARKER

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> PressTokenizer:
        return self

    def to_disk(self, path: str | os.PathLike[str], **kwargs: Any) -> None:
        Path(path).write_bytes(self._MARKER)

    def from_disk(self, path: str | os.PathLike[str], **kwargs: Any) -> PressTokenizer:
        return self


@registry.tokenizers("pressnlp.id_tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's Indonesian tokenizer (same tokens), without the slow special-case set-up."""

    def make(nlp: Language) -> Tokenizer:
        rules, words = _split_exceptions()
        default = nlp.Defaults
        prefixes = (
            _PrefixMatch(compile_prefix_regex(default.prefixes)) if default.prefixes else None
        )
        suffixes = (
            _SuffixSearch(compile_suffix_regex(default.suffixes)) if default.suffixes else None
        )
        infixes = compile_infix_regex(default.infixes).finditer if default.infixes else None
        return PressTokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=prefixes,
            suffix_search=suffixes,
            infix_finditer=_HyphenWordInfixes(infixes, words) if infixes else None,
            token_match=default.token_match,
            url_match=default.url_match,
        )

    return make
