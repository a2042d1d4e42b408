"""Text normalisation of the topic model: news-site artefacts out, optional stemming,
lowercase; the neutral-result check; and :func:`as_texts`, what every scoring entry point
accepts as "many texts". No scikit-learn here: the compiled runtime
(:mod:`pressnlp.topics.runtime`) and the estimator (:mod:`pressnlp.topics.model`) share it.
"""

from __future__ import annotations

import re
from numbers import Integral
from typing import Any

import numpy as np

from pressnlp.stemming import get_stemmer
from pressnlp.stemming import stem as stem_text

__all__ = ["as_texts", "neutral_reason", "preprocess", "preprocess_both", "strip_artefacts"]

# News-site artefacts that name the source, not the topic. Most labels of the training data
# come from site sections, so left in they would let the model learn "Liputan6.com" ->
# health instead of the topic (clean() removes some; this is the model's own guard, so user
# texts that skipped clean() are treated the same way).
_SITE = (
    r"cnn\s*indonesia|kompas(?:tv|iana)?|tempo\.co|tempo\s+interaktif|liputan6|\d*detik\w*|okezone"
    r"|sindonews|sindo|tribun\w*|suara\.com|merdeka\.com|kumparan|antaranews|antara\s+news|republika"
    r"|viva(?:news)?|dailysocial|juara\.net|goal\s+indonesia|rimanews|poskota\w*|bola\.(?:net|com)|jpnn"
)
# One pass for everything that starts at a word boundary: urls, e-mail addresses, bare domains
# (bylines such as "(*/tio-tribun-medan.com)"), site names, inline widget words. Applied to
# lowercased text (case-insensitive matching is markedly slower); possessive quantifiers
# keep the domain pattern from backtracking inside every word.
_INLINE = re.compile(
    r"\b(?:https?://\S+|www\.\S+|[\w.+-]++@[\w-]+\.[\w.]+|(?P<dotted>[\w-]++(?:\.[\w-]++)++)"
    rf"|(?:{_SITE})\b|advertisement\b|scroll\s+to\s+continue\b)"
)
_TLDS = frozenset({"com", "id", "co", "net", "org", "tv", "info", "news"})


def _inline_repl(m: re.Match[str]) -> str:
    dotted = m.group("dotted")
    if dotted is not None and dotted.rsplit(".", 1)[-1] not in _TLDS:
        return dotted  # "1.000", "no.12": not a domain
    return " "


# Patterns that need the original text (casing, line starts) run first, before stemming:
# after stemming "Baca juga" and "membaca juga" would look the same.
_CASED: tuple[tuple[re.Pattern[str], Any], ...] = (
    # leading dateline "Jakarta, CNN Indonesia - -", "TRIBUNNEWS.COM, JAKARTA -", "Jakarta –":
    # one or two words, optionally a comma and a short place/date/site part, then a dash
    (
        re.compile(
            r"\A\s*[A-Z][\w.]*(?:\s[\w.]+)?(?:\s*,[^-–—\n]{1,40}?)?\s*[-–—]+(?:\s*[-–—])?\s+"
        ),
        " ",
    ),
    # issuing-unit signatures "(Biro Infohan Setjen Kemhan)", "Biro Humas Kemnaker", the
    # "Humas BKN, ..." lead: in the ministry data they name the label's source, not the topic
    (
        re.compile(
            r"(?i:\bbiro\s+(?:hubungan\s+masyarakat|humas)(?:\s+dan\s+\w+)?|\binfohan"
            r"|\bsetjen\s+kemhan|\bhumas)\b"
        ),
        " ",
    ),
    (
        re.compile(
            r"\((?:[^()\n]{0,40}\b(?i:biro|humas|setjen|puspen|pusdatin|hms)\b[^()\n]{0,40})\)"
        ),
        " ",
    ),
    # "Baca juga: ...", "Lihat juga video: ...", "Simak Video ..." lines, also when glued inline
    (
        re.compile(
            r"^[ \t]*(?i:baca(?:\s+juga)?|lihat\s+juga|simak(?:\s+juga)?\s+video|saksikan\s+video"
            r"|artikel\s+ini\s+telah\s+tayang|editor|penulis|reporter|sumber)\b[^\n]*",
            re.M,
        ),
        " ",
    ),
    (re.compile(r"\b(?:Baca|BACA)\s+(?:[Jj]uga|JUGA)\b[^\n]*"), " "),
    (re.compile(r"\[(?i:gambas):[^\]]*\]"), " "),
    # short trailing initials/signature "(md/rer)", "(lav / bir)", "(dj/al)", "(*)"
    (re.compile(r"\(\s*[*\w]{0,12}\s*(?:/\s*[*\w.-]{1,30}\s*)+\)|\(\s*\*+\s*\)"), " "),
)
# After stemming, on lowercased text.
_LOWER: tuple[tuple[re.Pattern[str], Any], ...] = (
    (_INLINE, _inline_repl),
    # punctuation and quote styles differ by site; only words should carry the topic
    (re.compile(r"[^\w\s]+|_"), " "),
)


# Common Indonesian function words: a text of some length with almost none is not Indonesian.
_ID_FUNCTION_WORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "ini",
        "itu",
        "dengan",
        "untuk",
        "pada",
        "dalam",
        "tidak",
        "akan",
        "juga",
        "oleh",
        "karena",
        "adalah",
        "sebagai",
        "para",
        "telah",
        "bahwa",
        "atau",
        "kami",
        "kita",
        "saat",
        "tersebut",
        "ada",
        "bisa",
        "lebih",
        "sudah",
        "serta",
        "agar",
        "dapat",
        "kepada",
        "secara",
        "menjadi",
        "masih",
        "harus",
        "belum",
        "hingga",
        "namun",
        "tahun",
        "melalui",
        "terhadap",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


def strip_artefacts(text: str) -> str:
    """Lowercased text without news-site artefacts and punctuation.

    Removes site names, datelines, "Baca juga" lines, bylines, unit signatures, urls.

    >>> strip_artefacts("Liputan6.com, Jakarta - Menkes meresmikan rumah sakit. (md/rer)").split()
    ['menkes', 'meresmikan', 'rumah', 'sakit']
    """
    return _strip_lowered(_strip_cased(text))


def _strip_cased(text: str) -> str:
    for pattern, repl in _CASED:
        text = pattern.sub(repl, text)
    return text


def _strip_lowered(text: str) -> str:
    text = text.lower()
    for pattern, repl in _LOWER:
        text = pattern.sub(repl, text)
    return text


def preprocess(text: str, *, stem: bool = False, max_chars: int | None = None) -> str:
    """The text the vectorizers see: artefacts stripped, optionally stemmed, lowercased.

    ``max_chars`` keeps the head of long texts (the topic is set in the first paragraphs and
    this bounds the cost of very long documents). Stemming runs on the text as written (after
    line/caption artefacts are cut) because :func:`pressnlp.stem` uses casing and sentence
    starts to keep names intact; punctuation goes only after it.

    >>> preprocess("Liputan6.com, Jakarta - Menkes meresmikan RS (md/rer)")
    'menkes meresmikan rs'
    """
    return preprocess_both(text, stem=stem, max_chars=max_chars)[0]


def with_lead(text: str, lead_chars: int) -> str:
    """``text`` with its first ``lead_chars`` characters (cut back to a word end) in front
    once more, so the lead counts twice: a release says its subject there, and the rest may
    dwell on a second topic.

    >>> with_lead("Menteri membuka pameran energi di Jakarta", 20)
    'Menteri membuka\\n\\nMenteri membuka pameran energi di Jakarta'
    >>> with_lead("Pendek", 20), with_lead("Apa saja", 0)
    ('Pendek\\n\\nPendek', 'Apa saja')
    """
    if isinstance(lead_chars, bool) or not isinstance(lead_chars, Integral) or lead_chars < 0:
        raise ValueError(f"lead_chars must be a whole number >= 0 (got {lead_chars!r})")
    if lead_chars == 0:
        return text
    lead_chars = int(lead_chars)
    lead = text[:lead_chars]
    if len(text) > lead_chars and not text[lead_chars].isspace():
        lead = lead.rsplit(None, 1)[0] if len(lead.split()) > 1 else lead
    return f"{lead}\n\n{text}"


def preprocess_both(
    text: str, *, stem: bool, max_chars: int | None, lead_chars: int = 0
) -> tuple[str, str]:
    """``(preprocess(text, stem=stem), preprocess(text))`` with the shared steps run once;
    first cut to ``max_chars``, then the lead repeated (:func:`with_lead`)."""
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
    text = with_lead(text, lead_chars)
    text = _strip_cased(text)
    plain = " ".join(_strip_lowered(text).split())
    if not stem:
        return plain, plain
    return " ".join(_strip_lowered(stem_text(text)).split()), plain


def neutral_reason(text: str, *, min_words: int = 3) -> str | None:
    """Why ``text`` gets the neutral result, or ``None`` if it can be classified.

    >>> neutral_reason(""), neutral_reason("Korupsi"), neutral_reason("Menteri hadir")
    ('empty', 'too short', 'too short')
    >>> neutral_reason("The ministry of finance announced on Monday that the state budget deficit widened")
    'not Indonesian'
    >>> neutral_reason("Plt. Direktur PAI Kemkomdigi menyatakan Kementerian Komdigi tutup akses "
    ...                "94.720 konten judi online. Saksikan selengkapnya: https://youtu.be/x")
    """
    words = _WORD.findall(text.lower())
    if not words:
        return "empty"
    if len(words) < max(min_words, 1):
        return "too short"
    # Only judged on texts long enough for function words to show up reliably.
    if len(words) >= 12 and sum(w in _ID_FUNCTION_WORDS for w in words) / len(words) < 0.03:
        # Terse Indonesian (a video caption, a list of names) can lack function words too;
        # it is still Indonesian when a third of its words are Indonesian roots or their
        # affixed forms (English measured <= 0.15) and no other language's function words
        # show up (Javanese reaches 0.46 on shared roots alone).
        other = sum(w in _OTHER_FUNCTION_WORDS for w in words) / len(words)
        if other >= 0.05 or _indonesian_share(words) < _MIN_INDONESIAN_SHARE:
            return "not Indonesian"
    return None


# A text without function words is still Indonesian when this share of its words is.
_MIN_INDONESIAN_SHARE = 1 / 3
# Function words of the languages Indonesian archives also hold (English, Javanese,
# Sundanese) that are no Indonesian words: Javanese shares many roots with Indonesian, so
# the root share alone would call a Javanese text Indonesian.
_OTHER_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "for",
        "that",
        "with",
        "on",
        "are",
        "was",
        "by",
        "this",
        "from",
        "at",
        "as",
        "it",
        "an",
        "will",
        "sing",
        "karo",
        "ora",
        "wis",
        "lan",
        "ing",
        "iku",
        "kuwi",
        "iki",
        "kanggo",
        "marang",
        "saka",
        "uga",
        "yen",
        "nek",
        "neng",
        "dening",
        "nu",
        "teh",
        "jeung",
        "ieu",
        "eta",
        "geus",
        "keur",
        "henteu",
        "anu",
    ]
)


def _indonesian_share(words: list[str]) -> float:
    """The share of ``words`` that are PySastrawi roots or affixed forms of them."""
    stemmer = get_stemmer()
    return sum(stemmer.is_word(w) for w in words) / len(words)


def as_texts(X: Any) -> list[str]:
    """``X`` (a list, array, pandas Series or one-column frame of texts) as a list of ``str``;
    ``None``/NaN become ``""``, anything else that is not a ``str`` raises ``TypeError``.

    >>> as_texts(["Menteri hadir", None])
    ['Menteri hadir', '']
    """
    if isinstance(X, str):
        raise TypeError("expected a sequence of texts, got a single str (wrap it in a list)")
    if hasattr(X, "to_numpy"):  # pandas Series / one-column DataFrame
        X = X.to_numpy()
    arr = np.asarray(X, dtype=object)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim != 1:
        raise ValueError(f"expected a 1-d sequence of texts, got shape {arr.shape}")
    out: list[str] = []
    for i, value in enumerate(arr):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            out.append("")
        elif isinstance(value, str):
            out.append(value)
        else:
            raise TypeError(f"text #{i} is {type(value).__name__}, not str")
    return out
