"""Indonesian affix morphology: every way to read a word as prefixes + root + suffixes.

Prefixes ``di ke se ber ter per pe meN peN ku kau`` (with nasal assimilation) and
``ke-tidak-``; suffixes ``-i -kan -an -wan -wati``, clitics, and loan suffixes as a last
resort. Which reading wins is decided by :class:`pressnlp.stemming.words.WordStemmer`.

>>> list(strip_prefix("memukul"))[:2]
[('meN', 'pukul'), ('meN', 'mukul')]
>>> nasal_forms("pukul")
('memukul', 'pemukul')
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import NamedTuple

__all__ = [
    "CONFIX_PREFERENCE",
    "NESTED_ROOT_COST",
    "PERSON_SUFFIXES",
    "POSSESSIVES",
    "WordAnalysis",
    "affix_readings",
    "nasal_forms",
    "prefixed",
    "strip_prefix",
    "strip_suffixes",
]


class WordAnalysis(NamedTuple):
    """One way to read a word as prefixes + root + suffixes, with its score (higher wins).

    >>> from pressnlp.stemming import get_stemmer
    >>> best = get_stemmer().analyses("menangis")[0]
    >>> best.root, best.prefixes, best.suffixes
    ('tangis', ('meN',), ())
    """

    root: str
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    score: float


_VOWELS = frozenset("aiueo")
# the stop a nasal of meN-/peN- replaced before a vowel: mem+pukul, men+tangis
_NASAL_STOP = {"m": "p", "n": "t"}
# consonants a nasal keeps before it: mem+bangun, mem+produksi, men+cinta, men+sukseskan
# (loans), never men+k or men+h (Menkop, Menhub are titles, meng+ is the verb)
_NASAL_CLUSTER = {"m": frozenset("bfvp"), "n": frozenset("cdjzst")}
_PARTICLES = ("lah", "kah", "tah", "pun")
POSSESSIVES = ("ku", "mu", "nya")
_DERIVATIONAL = ("kan", "an", "i")
_FOREIGN = ("isasi", "isme", "is")
_PERSON = ("wati", "wan")  # budayawan, karyawati: person nouns from a root
PERSON_SUFFIXES = frozenset(_PERSON)
# Cost of each affix in an analysis: clitics are cheap, loan suffixes (-is, -isme,
# -isasi) only fit loan roots, so they must not beat a native analysis (menang+is).
_SUFFIX_COST = {
    **dict.fromkeys(_PARTICLES, 0.5),
    "pun": 2.5,  # written apart but in lexicalised words (meskipun): serum+pun is se+rumpun
    **dict.fromkeys(POSSESSIVES, 0.5),
    **dict.fromkeys(_DERIVATIONAL, 1.0),
    **dict.fromkeys(_FOREIGN, 6.0),  # a last resort: only when no native reading exists
    **dict.fromkeys(_PERSON, 1.5),
}
CONFIX_PREFERENCE = 2.0  # extra cost of peN+kawasan when peN+awas+an also reads
NESTED_ROOT_COST = 2.0  # extra cost of a root found inside a longer root (per+data in perdata)
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


def nasal_forms(root: str) -> tuple[str, str]:
    """``meN-``/``peN-`` + root with nasal assimilation: pukul → memukul/pemukul."""
    c = root[0]
    if len(root) <= 3 and c not in _VOWELS:
        return "menge" + root, "penge" + root  # one syllable: mengebom (but mengaku)
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


def prefixed(prefix: str, root: str) -> str:
    """``ber-``/``ter-``/``per-`` + root: the r is written once before an r (be+ragam).

    >>> prefixed("ber", "ragam"), prefixed("ter", "inci"), prefixed("per", "rumah")
    ('beragam', 'terinci', 'perumah')
    """
    if root[:1] == "r" and prefix.endswith("r"):
        return prefix[:-1] + root
    return prefix + root


def strip_prefix(base: str) -> Iterator[tuple[str, str]]:
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
        elif c2 in _NASAL_STOP:
            rest = b[3:]
            if rest:
                if rest[0] in _VOWELS:
                    yield n, _NASAL_STOP[c2] + rest  # mem+pukul, men+tangis
                    yield n, c2 + rest  # me+makan, me+nikah
                elif rest[0] in _NASAL_CLUSTER[c2]:
                    yield n, rest  # mem+bangun, men+cinta (not men+kop: Menkop is a title)
        elif two == "me" and c2 in "lrwy":
            yield n, b[2:]  # me+lipat, me+rasa


def strip_suffixes(word: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield ``(base, suffixes)`` for every suffix reading (root+DS+PP+P order)."""
    after_p: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    for p in _PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= 3:
            after_p.append((word[: -len(p)], (p,)))
    after_pp = list(after_p)
    for w, s in after_p:
        for pp in POSSESSIVES:
            if w.endswith(pp) and len(w) - len(pp) >= 3:
                after_pp.append((w[: -len(pp)], (pp, *s)))
    for w, s in after_pp:
        yield w, s
        for ds in _DERIVATIONAL + _FOREIGN + _PERSON:
            if w.endswith(ds) and len(w) - len(ds) >= 3:
                yield w[: -len(ds)], (ds, *s)


def affix_readings(
    word: str, roots: AbstractSet[str], lexical: AbstractSet[str] = frozenset()
) -> Iterator[tuple[str, tuple[str, ...], tuple[str, ...], float]]:
    """Every reading of ``word`` as prefixes + a root in ``roots`` + suffixes, with its affix cost.

    Yields ``(root, prefixes, suffixes, cost)``; the same reading may come more than once (the
    first counts). Impossible confixes and prefix orders are left out. A reading inside
    a word of ``lexical`` (per+data inside perdata) costs :data:`NESTED_ROOT_COST` more.

    >>> [(r, p, s) for r, p, s, _ in affix_readings("menangis", {"tangis", "menang"})]
    [('tangis', ('meN',), ()), ('menang', (), ('is',))]
    """
    for base, suffixes in strip_suffixes(word):
        ds = suffixes[0] if suffixes and suffixes[0] in _DERIVATIONAL_ALL else None
        suffix_cost = sum(_SUFFIX_COST[s] for s in suffixes)
        # (rest, prefixes, whether the rest before the last prefix is itself a root)
        stack: list[tuple[str, tuple[str, ...], bool]] = [(base, (), False)]
        while stack:
            rest, prefixes, nested = stack.pop()
            if (
                len(rest) >= 3
                and rest in roots
                and (prefixes or suffixes)
                and (ds is None or not prefixes or (prefixes[0], ds) not in _INVALID_CONFIX)
            ):
                cost = suffix_cost + _PREFIX_COST * len(prefixes)
                # ke+per+data+an inside the root perdata: the longer root is the reading
                yield rest, prefixes, suffixes, cost + (NESTED_ROOT_COST if nested else 0.0)
            if len(prefixes) >= 3:
                continue
            for label, remainder in strip_prefix(rest):
                if prefixes and (label in _OUTER_ONLY or label == prefixes[-1]):
                    continue
                if label == "tidak" and prefixes[-1:] != ("ke",):
                    continue
                if len(remainder) >= 3:
                    # a per- root in ``lexical`` (perdata, percaya) is not per+data
                    stack.append(
                        (remainder, (*prefixes, label), label == "per" and rest in lexical)
                    )
