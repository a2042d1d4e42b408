"""Tokens of the stemmer: what a word is, :class:`StemToken`, and where a sentence starts.

>>> [m.group() for m in TOKEN_RE.finditer("Lihat www.kemenkeu.go.id, @humas dan inovasi-inovasi 2024.")]
['Lihat', 'www.kemenkeu.go.id', '@humas', 'dan', 'inovasi-inovasi', '2024']
>>> sentence_start("kata Dr. Budi", 9), sentence_start("selesai. Budi", 9)
(False, True)
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "FUNCTION_WORDS",
    "KEEP_CHARS_RE",
    "SPLIT_RE",
    "TOKEN_RE",
    "StemToken",
    "gap_starts_sentence",
    "sentence_start",
]

_TLD = r"(?:com|id|org|net|info|io|gov|edu|int|biz|asia|co|go|ac|or|sch|web|my|desa)"
TOKEN_RE = re.compile(
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
SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})", re.VERBOSE)  # tokens and the text between
KEEP_CHARS_RE = re.compile(r"[\d@#/.:_]")  # digits, URLs, e-mails, handles: kept as written
# Words Title Case headlines often leave in lower case ("Bantuan untuk Petani di Desa",
# "ASN Muda harus Komitmen", "Batasi Fitur karena Belum Daftar"): prepositions,
# conjunctions, the copulas and the auxiliaries (kata tugas), and English ones.
FUNCTION_WORDS = frozenset(
    [
        # conjunctions
        "karena",
        "sebab",
        "bila",
        "jika",
        "apabila",
        "ketika",
        "sambil",
        "sehingga",
        "namun",
        "tetapi",
        "tapi",
        "meski",
        "meskipun",
        "walau",
        "walaupun",
        "supaya",
        "bahwa",
        "ketimbang",
        # copulas
        "adalah",
        "ialah",
        "yakni",
        "yaitu",
        "jadi",
        # auxiliaries and negation
        "harus",
        "dapat",
        "bisa",
        "boleh",
        "perlu",
        "mesti",
        "telah",
        "sudah",
        "masih",
        "belum",
        "sedang",
        "tidak",
        "tak",
        "bukan",
        "juga",
        "secara",
        # prepositions and particles
        "di",
        "ke",
        "dari",
        "dan",
        "yang",
        "untuk",
        "pada",
        "kepada",
        "daripada",
        "dengan",
        "dalam",
        "oleh",
        "atau",
        "bagi",
        "serta",
        "tentang",
        "akan",
        "agar",
        "sebagai",
        "melalui",
        "lewat",
        "terhadap",
        "hingga",
        "sejak",
        "selama",
        "tanpa",
        "demi",
        "atas",
        "antara",
        "antar",
        "per",
        "vs",
        "ala",
        "nan",
        "pun",
        "of",
        "the",
        "and",
        "in",
        "for",
        "to",
        "on",
        "at",
    ]
)
_SENTENCE_END = frozenset(".!?\n")
_QUOTES = frozenset("\"“”'‘’«")
# A full stop after these does not end a sentence ("Dr. Budi", "Jl. Merdeka").
ABBREVIATIONS = frozenset(
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


def sentence_start(text: str, start: int) -> bool:
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
                if word and (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
                    return False
            return True
        i -= 1
    return True


def gap_starts_sentence(gap: str, prev_tok: str) -> bool:
    """:func:`sentence_start` given the text between two tokens and the previous token.

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
                if word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                    return False
            return True
    return False
