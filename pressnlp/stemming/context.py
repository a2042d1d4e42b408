"""How the running text of one document writes its words: evidence for its headlines.

A Title Case headline says nothing about names, but the release it heads usually does: its
body writes ``publisher rights`` and ``duta`` in lower case, and ``Lorong Sejarah``,
``Balai Latihan Kerja Komunitas`` capitalised inside sentences, again and again. The
headline stemmer (:mod:`pressnlp.stemming.headlines`) reads that evidence from the running
text of the same input (the lines that are no headlines) and from an optional ``context``
(the body, when a title is stemmed on its own).

>>> case = DocumentCase.read("Kami menyiapkan publisher rights. Ia mengunjungi Lorong "
...     "Sejarah di sana, lalu membuka Lorong Sejarah untuk umum.")
>>> case.lower_only("rights"), case.lower_only("lorong")
(True, False)
>>> case.named_pair("lorong", "sejarah"), case.named_pair("publisher", "rights")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import islice

from pressnlp import gazetteer

__all__ = ["DocumentCase", "by_document"]

_MIN_PAIR = 2  # a pair of words is a name when the text writes it so this often
_ADDRESS = "./@#"  # a word touching these is part of a URL, e-mail or handle
_MIN_HEADLINE_GAPS = 2  # a headline of 3+ words repeated in the body is no running text
_MAX_REMOVED = 4  # copies of the first headline lines removed from the running text
_ROMAN_RE = re.compile(r"[ivxlc]+\Z")  # Batch II, Tahap IV: numbers, whatever the body says
# Each question scans the running text once (cached). A release asks a few dozen; a text of
# thousands of headline lines gets answers to its first questions only, so the cost stays
# linear in the text: later words keep the headline rules' stems.
_MAX_QUESTIONS = 500


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "-_"


class DocumentCase:
    """How one document's running text writes a word, counted on demand: a headline asks
    about a few words, and counting every word of a release up front costs several times
    more (measured: about a third of a warm ``stem()`` of a release)."""

    __slots__ = ("_counts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: dict[tuple[str, str], int] = {}

    @classmethod
    def read(
        cls, text: str, skip: Iterable[tuple[int, int]] = (), *, headlines: Iterable[str] = ()
    ) -> DocumentCase:
        """The running text of ``text`` without the ``skip`` spans (its headline lines,
        whose capitals say nothing) and without any copy of the ``headlines`` (a scraped
        body often repeats its title, glued to the first sentence)."""
        parts, pos = [], 0
        for a, b in skip:
            parts.append(text[pos:a])
            pos = b
        parts.append(text[pos:])
        running = "\n".join(parts)
        # the first lines only (the title): each removal reads the whole text
        for line in islice(headlines, _MAX_REMOVED):
            if line.count(" ") >= _MIN_HEADLINE_GAPS and line in running:
                running = running.replace(line, "\n")
        return cls(running)

    def merged(self, other: DocumentCase) -> DocumentCase:
        """The running text of both."""
        return DocumentCase(f"{self.text}\n{other.text}")

    def _occurrences(self, form: str) -> Iterable[int]:
        """Start offsets of ``form`` as a whole word, not inside an address
        (``www.kemenhut.go.id``, ``@kemenhut``, ``#kemenhut``)."""
        text, n = self.text, len(form)
        i = text.find(form)
        while i >= 0:
            end = i + n
            if (i == 0 or not (_is_word_char(text[i - 1]) or text[i - 1] in _ADDRESS)) and (
                end == len(text)
                or not (
                    _is_word_char(text[end])
                    or (text[end] in _ADDRESS and text[end + 1 : end + 2].isalnum())
                )
            ):
                yield i
            i = text.find(form, i + 1)

    def _count(self, kind: str, form: str) -> int:
        key = (kind, form)
        hit = self._counts.get(key)
        if hit is None:
            if len(self._counts) >= _MAX_QUESTIONS:
                return 0  # no more evidence (see _MAX_QUESTIONS)
            check = _CHECKS[kind]
            text = self.text
            hit = self._counts[key] = sum(
                1 for i in self._occurrences(form) if check is None or check(text, i)
            )
        return hit

    def lower(self, word: str) -> int:
        """How often the text writes ``word`` (lower case) in lower case."""
        return self._count("lower", word)

    def capital(self, word: str) -> int:
        """How often the text writes ``word`` capitalised where no sentence starts: after
        a word or a comma and one space."""
        return self._count("capital", word.capitalize())

    def lower_only(self, word: str) -> bool:
        """Does the text write ``word`` in lower case and never capitalised inside a
        sentence (no name here, whatever a headline does)?"""
        return self.lower(word) > 0 and not self.capital(word)

    def named_pair(self, first: str, second: str) -> bool:
        """Does the text write ``First Second`` capitalised after a lower-case word (and
        maybe more capitalised words) at least twice (``membuka Lorong Sejarah``): a name
        in this document, not a glued heading or a sentence start?"""
        a, b = first.capitalize(), second.capitalize()
        count = self._count("run", f"{a} {b}")
        return (
            count >= _MIN_PAIR
            # either word in lower case next to the other: no name ("di lingkungan
            # Kementerian ESDM"), and neither is mostly a lower-case word here
            and not any(
                self.lower(p) for p in (f"{first} {second}", f"{first} {b}", f"{a} {second}")
            )
            and max(self.lower(first), self.lower(second)) <= count
        )


def _inside_sentence(text: str, i: int) -> bool:
    """Is the word at ``i`` after a word or a comma and one space (no sentence start)?"""
    return i >= 2 and text[i - 1] == " " and (_is_word_char(text[i - 2]) or text[i - 2] in ",;")


def _after_lower_word(text: str, i: int) -> bool:
    """Does the run of capitalised words that holds the word at ``i`` follow a lower-case
    word after single spaces?"""
    while i >= 2 and text[i - 1] == " " and text[i - 2].isalpha():
        j = i - 2
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        word = text[j : i - 1]
        if word.islower():
            return j == 0 or not _is_word_char(text[j - 1])
        if not (word[0].isupper() and word[1:].islower()):
            return False
        i = j
    return False


# which occurrences count: every one, inside a sentence, in a run after a lower-case word
_CHECKS: dict[str, Callable[[str, int], bool] | None] = {
    "lower": None,
    "capital": _inside_sentence,
    "run": _after_lower_word,
}


def by_document(
    stems: list[tuple[int, int, str, str]], case: DocumentCase, stem_word: Callable[[str], str]
) -> list[tuple[int, int, str, str]]:
    """``(start, end, token, stem)`` of one headline line corrected by how the document's
    running text writes the words: a kept word it writes only in lower case is stemmed
    with ``stem_word`` (``Publisher Rights``, ``Duta``), unless the gazetteer names it; a
    stemmed word it writes capitalised with its neighbour after a lower-case word is
    kept (``Lorong Sejarah``, see :meth:`DocumentCase.named_pair`)."""
    toks = [t for _, _, t, _ in stems]
    all_caps = all(t.isupper() for t in toks if t.isalpha())
    out = []
    for i, (a, b, tok, s) in enumerate(stems):
        word = tok.lower()
        if tok[:1].isupper() and tok.isalpha() and not _ROMAN_RE.match(word):
            if s == tok:
                # an acronym of a Title Case line stays (BI, PLN); ALL CAPS hides them
                if (
                    (all_caps or not tok.isupper())
                    and case.lower_only(word)
                    and not _gazetteer_word(word)
                ):
                    s = stem_word(word)
            elif (i and _named_pair(case, toks[i - 1], tok)) or (
                i + 1 < len(toks) and _named_pair(case, tok, toks[i + 1])
            ):
                s = tok
        out.append((a, b, tok, s))
    return out


def _gazetteer_word(word: str) -> bool:
    """Is ``word`` a place of the gazetteer or the short name of an institution
    (``Medan``, ``Serang``, ``Kemenhut``): a name by its own evidence?"""
    if gazetteer.lookup_location(word):
        return True
    found = gazetteer.lookup_institution(word, units=False)
    return found is not None and str(found.get("acronym", "")).lower() == word


def _named_pair(case: DocumentCase, first: str, second: str) -> bool:
    """Are two capitalised words of a headline a name by the document's running text?"""
    return (
        first.isalpha()
        and second.isalpha()
        and first[:1].isupper()
        and second[:1].isupper()
        and case.named_pair(first.lower(), second.lower())
    )
