"""Character-level cleaning steps, each a pure ``str -> str`` function with keyword-only options.

:func:`preprocess` runs them all in order.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from pressnlp.errors import BinaryInputError

__all__ = [
    "BINARY_CONTROL_SHARE",
    "NormalForm",
    "check_text",
    "decode_bytes",
    "fix_mojibake",
    "normalize_unicode",
    "normalize_whitespace",
    "preprocess",
    "remove_invisible",
]

NormalForm = Literal["NFC", "NFD", "NFKC", "NFKD"]


# ------------------------------------------------------------------------ binary input
BINARY_CONTROL_SHARE = 0.1
"""Share of control characters (other than tab, line breaks, form feed) above which input
is binary, not text; any NUL byte in ``bytes`` input also makes it binary."""

_SAMPLE = 65536
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")


def check_text(data: str | bytes) -> None:
    r"""Raise :class:`~pressnlp.errors.BinaryInputError` if ``data`` is binary, not text.

    Binary means a NUL byte (``bytes`` not starting with a UTF-16 byte order mark), or more
    than :data:`BINARY_CONTROL_SHARE` of the first 64 KiB being control characters (or, for
    ``str``, U+FFFD replacement characters left by undecodable bytes). Real press releases,
    in any encoding, pass; executables, images, archives and zip-based office files do not.
    :func:`decode_bytes` (so :func:`pressnlp.clean` on ``bytes``) and the command line apply
    it; a ``str`` given to :func:`pressnlp.clean` is taken as text (control characters are
    dropped by :func:`remove_invisible`).

    >>> check_text("Siaran pers\tKemenkeu\r\n")
    >>> check_text(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    Traceback (most recent call last):
    ...
    pressnlp.errors.BinaryInputError: binary input (NUL bytes), not text
    """
    if isinstance(data, str):
        sample = data[:_SAMPLE]
        if sample and len(_BINARY_CHARS.findall(sample)) > BINARY_CONTROL_SHARE * len(sample):
            raise BinaryInputError("binary input (control characters), not text")
        return
    raw = bytes(data[:_SAMPLE])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16: NULs are half its bytes
    if b"\x00" in raw:
        raise BinaryInputError("binary input (NUL bytes), not text")
    if raw and len(_BINARY_BYTES.findall(raw)) > BINARY_CONTROL_SHARE * len(raw):
        raise BinaryInputError("binary input (control characters), not text")


# --------------------------------------------------------------------------- decoding
def decode_bytes(raw: bytes) -> str:
    r"""Decode UTF-8 (with or without BOM); fall back to cp1252, then latin-1.

    Raises :class:`~pressnlp.errors.BinaryInputError` (a :class:`ValueError`) for binary
    data (see :func:`check_text`) instead of decoding it into garbage.

    >>> decode_bytes(b"\xef\xbb\xbfSiaran pers"), decode_bytes("Ekspor naik – BPS".encode("cp1252"))
    ('Siaran pers', 'Ekspor naik – BPS')
    """
    check_text(raw)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte
        return raw.decode("latin-1")


# UTF-8 read as cp1252/latin-1 leaves these two-character signatures ("Ã©", "â€™", "Â ")
_MOJIBAKE = re.compile(
    "[ÃÂâÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded with a single-byte codec (``â€œ`` -> ``“``).

    Uses ``ftfy.fix_encoding`` (which leaves quotes and everything else alone) when
    mojibake is likely; without ftfy, a cp1252 round trip is attempted instead.

    >>> fix_mojibake("Rp 1,2 triliun â€“ naik")
    'Rp 1,2 triliun – naik'
    """
    if not _MOJIBAKE.search(text):
        return text
    try:
        import ftfy
    except ImportError:  # pragma: no cover - ftfy is a dependency, this is a safety net
        try:
            return text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return text
    try:
        return str(ftfy.fix_encoding(text))
    except Exception:  # pragma: no cover - never let a repair step crash cleaning
        return text


# ------------------------------------------------------------------------ normalising
def normalize_unicode(text: str, *, form: NormalForm = "NFKC") -> str:
    """Unicode-normalise (NFKC by default: styled 𝘪𝘵𝘢𝘭𝘪𝘤𝘴 and full-width forms become plain).

    Curly quotes are not touched by NFKC and stay as they are.

    >>> normalize_unicode("𝘚𝘪𝘢𝘳𝘢𝘯 Ｐｅｒｓ")
    'Siaran Pers'
    """
    try:
        return unicodedata.normalize(form, text)
    except ValueError:
        raise ValueError(f"unknown Unicode normal form {form!r}") from None


_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_CONTROL = re.compile("[\u0000-\u0008\u000e-\u001b\u007f-\u0084\u0086-\u009f]")


def remove_invisible(text: str) -> str:
    r"""Drop zero-width characters, soft hyphens, bidi marks and stray control characters.

    >>> remove_invisible("Kemen\u00adsetneg\u200b")
    'Kemensetneg'
    """
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


# small positive character classes: fast to scan (unlike a negated class such as [^\S\n])
_BLANK_CHARS = re.compile("[\t\u001f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_BREAK_CHARS = re.compile("\r\n?|[\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]")
_SPACE_RUN = re.compile(" {2,}")


def normalize_whitespace(text: str) -> str:
    r"""Unify line breaks, collapse spaces/tabs/nbsp inside lines, keep at most one blank line.

    >>> normalize_whitespace("Jakarta,\u00a0 12 Juli\r\n\r\n\r\n\tRabu  ")
    'Jakarta, 12 Juli\n\nRabu'
    """
    text = _BLANK_CHARS.sub(" ", _BREAK_CHARS.sub("\n", text))
    text = _SPACE_RUN.sub(" ", text)
    lines = [line.strip(" ") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def preprocess(text: str, *, fix_encoding: bool = True, form: NormalForm = "NFKC") -> str:
    r"""All character-level steps in order: mojibake repair, normalisation, invisibles, spaces.

    >>> preprocess("𝘚𝘪𝘢𝘳𝘢𝘯\u00a0Pers\u200b  â€“  Kemenkeu")
    'Siaran Pers – Kemenkeu'
    """
    for _ in range(3):  # to a fixpoint: NFKC can expose mojibake that the repair then changes
        before = text
        text = remove_invisible(text)  # first, so a stray control character cannot hide mojibake
        if fix_encoding:
            text = fix_mojibake(text)
        text = normalize_whitespace(remove_invisible(normalize_unicode(text, form=form)))
        # the other steps are idempotent on their own; only a repair can leave work for another round
        if text == before or not (fix_encoding and _MOJIBAKE.search(text)):
            break
    return text
