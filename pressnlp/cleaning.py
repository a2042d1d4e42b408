"""Cleaning: raw scraped press release (text or HTML) in, :class:`Article` out.

The pipeline is a chain of small pure ``str -> str`` steps with keyword-only options
(:func:`decode_bytes`, :func:`fix_mojibake`, :func:`normalize_unicode`,
:func:`remove_invisible`, :func:`normalize_whitespace`, :func:`html_to_text`) followed by
one structured pass that classifies every line with the named rules of
:mod:`pressnlp.rules` and builds the :class:`Article`.

Nothing is dropped silently: every snippet that does not end up in ``Article.body``
is listed in ``Article.removed`` as ``"<rule name>: <snippet>"`` (rule names are those
of :func:`pressnlp.rules.rule_names`), and the information it carries (view count,
release number, signature, contact lines, ...) is kept in ``Article.meta``.

>>> from pressnlp.cleaning import clean
>>> art = clean("Judul Rilis Kementerian Contoh\\n\\nDi baca 12 kali\\n\\n"
...             "Jakarta, 2 Mei 2024 - Menteri meresmikan gedung baru di Bandung. (ant)")
>>> art.title, art.date.isoformat(), art.meta["views"], art.meta["dateline"]
('Judul Rilis Kementerian Contoh', '2024-05-02', 12, 'Jakarta, 2 Mei 2024')
>>> art.body
'Menteri meresmikan gedung baru di Bandung.'
>>> art.removed[0]
'view_counter: Di baca 12 kali'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from pressnlp import rules as R

NormalForm = Literal["NFC", "NFD", "NFKC", "NFKD"]

__all__ = [
    "Article",
    "clean",
    "decode_bytes",
    "fix_mojibake",
    "html_text",
    "html_to_text",
    "is_html",
    "normalize_unicode",
    "normalize_whitespace",
    "parse_date",
    "preprocess",
    "remove_invisible",
    "split_removed",
]


@dataclass
class Article:
    r"""A cleaned press release.

    ``body`` is ``paragraphs`` joined by a blank line; every paragraph is a line of the input
    with its whitespace collapsed (hard-wrapped lines re-joined), never rewritten.

    ``removed`` lists every dropped snippet as ``"<rule>: <snippet>"`` (document order; for
    HTML the page chrome the extractor left out comes first); use :func:`split_removed` or
    :meth:`removed_by_rule` to take the entries apart.

    ``meta`` keys, each present only when found: ``views`` (int), ``date_text``,
    ``dateline``, ``closing_dateline``, ``release_number``, ``release_type``, ``signature``
    (plus ``signature_block`` when both an inline and a block signature exist),
    ``credits`` (list) with ``editor``/``reporter``/``photo``, ``source``, ``contact``
    (list of lines), ``phones``, ``emails``, ``address``, ``responsible``, ``social``
    (list), ``about`` (list), ``subtitle``, ``html`` (True for HTML input).

    >>> art = clean("Judul Rilis Kementerian Contoh\n\nDi baca 12 kali\n\n"
    ...             "Jakarta, 2 Mei 2024 - Menteri meresmikan gedung baru di Bandung.")
    >>> art.title, art.date, art.paragraphs
    ('Judul Rilis Kementerian Contoh', datetime.date(2024, 5, 2), ['Menteri meresmikan gedung baru di Bandung.'])
    >>> Article().body  # what empty input gives
    ''
    """

    title: str | None = None
    date: dt.date | None = None
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON/DataFrame friendly dict (``date`` as an ISO string or ``None``).

        >>> clean("Menteri meresmikan gedung baru di Bandung pada 2 Mei 2024.").to_dict()["body"]
        'Menteri meresmikan gedung baru di Bandung pada 2 Mei 2024.'
        """
        d = dataclasses.asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d

    def removed_by_rule(self) -> dict[str, list[str]]:
        r"""``removed`` grouped by rule name, in document order.

        >>> clean("Di baca 12 kali\n\nMenteri meresmikan gedung baru di Bandung. (ant)").removed_by_rule()
        {'view_counter': ['Di baca 12 kali'], 'signature': ['(ant)']}
        """
        out: dict[str, list[str]] = {}
        for entry in self.removed:
            rule, snippet = split_removed(entry)
            out.setdefault(rule, []).append(snippet)
        return out


def split_removed(entry: str) -> tuple[str, str]:
    """One ``Article.removed`` entry taken apart into ``(rule, snippet)``.

    >>> split_removed("view_counter: Di baca 1414 kali")
    ('view_counter', 'Di baca 1414 kali')
    """
    rule, _, snippet = entry.partition(": ")
    return rule, snippet


# --------------------------------------------------------------------------- decoding
def decode_bytes(raw: bytes) -> str:
    r"""Decode UTF-8 (with or without BOM); fall back to cp1252, then latin-1 (never fails).

    >>> decode_bytes(b"\xef\xbb\xbfSiaran pers"), decode_bytes("Ekspor naik – BPS".encode("cp1252"))
    ('Siaran pers', 'Ekspor naik – BPS')
    """
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


# ------------------------------------------------------------------------------- HTML
_HTML_TAG = re.compile(
    r"<(?:!doctype\b|!--|/?(?:html|head|body|p|div|br|span|a|h[1-6]|ul|ol|li|table|tr|td|th|article|section"
    r"|strong|em|b|i|u|img|meta|script|style|nav|header|footer|figure|figcaption|blockquote|font|o:p)\b[^<>]*>)",
    re.IGNORECASE,
)


def is_html(text: str) -> bool:
    """True when ``text`` looks like HTML markup rather than plain text.

    >>> is_html("<p>Siaran pers</p><p>Jakarta</p>"), is_html("Inflasi 2 < 3 persen")
    (True, False)
    """
    head = text.lstrip()[:15].lower()
    if head.startswith(("<!doctype", "<html")):
        return True
    tags = _HTML_TAG.finditer(text)
    return next(tags, None) is not None and next(tags, None) is not None


_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|div|br|li|h[1-6]|tr|section|article|header|footer|nav|ul|ol|table|blockquote|figure"
    r"|figcaption|aside|dd|dt|pre|hr|title|main|form|address)\b[^>]*>",
    re.IGNORECASE,
)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_CELL_TAG = re.compile(r"<\s*/\s*(?:td|th)\s*>", re.IGNORECASE)


def html_text(html: str) -> str:
    r"""Every visible text block of ``html`` (scripts, styles and comments dropped), one per paragraph.

    No boilerplate detection: this is the reference "what the page says" used to account
    for what the extractor of :func:`html_to_text` left out.

    >>> html_text("<nav>Beranda</nav><p>Menteri meresmikan jalan.</p><script>x = 1</script>")
    'Beranda\n\nMenteri meresmikan jalan.'
    """
    import lxml.html

    marked = _CELL_TAG.sub(" | ", _BLOCK_TAG.sub("\n\n", html))
    try:
        doc = lxml.html.document_fromstring(marked)
        for bad in doc.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        text = doc.text_content()
    except Exception:  # lxml rejects some inputs (e.g. only a comment); strip tags instead
        import html as htmllib

        text = htmllib.unescape(
            re.sub(r"<[^>]*>", " ", re.sub(r"(?s)<(script|style)\b.*?</\1\s*>", " ", marked))
        )
    text = preprocess(text)
    return "\n\n".join(p for p in (" ".join(b.split()) for b in text.split("\n\n")) if p)


@dataclass
class _HtmlResult:
    text: str
    title: str | None
    date: str | None
    dropped: list[tuple[str, bool]]  # (block, above the article text)


def _extract_html(html: str) -> _HtmlResult:
    reference = html_text(html)
    text, title, date = "", None, None
    if not reference:
        return _HtmlResult("", None, None, [])  # nothing visible at all
    try:
        import logging

        import trafilatura

        # trafilatura logs an ERROR for every fragment it cannot parse; cleaning falls back quietly
        log = logging.getLogger("trafilatura")
        level = log.level
        log.setLevel(logging.CRITICAL)
        try:
            # favor_recall keeps every body paragraph on the shared press HTML (fewer body sentences
            # lost than precision mode or jusText); the press rules then remove what it keeps too much.
            doc = trafilatura.bare_extraction(
                html,
                favor_recall=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                with_metadata=True,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        finally:
            log.setLevel(level)
        if doc is not None:
            text = getattr(doc, "text", None) or ""
            title = getattr(doc, "title", None)
            date = getattr(doc, "date", None)
    except Exception:  # the extractor failing on odd markup must not fail cleaning
        text = ""
    if not text.strip():
        text = reference
    text = preprocess(text)
    # trafilatura puts one paragraph per line and prefixes list items with "- " (not in the page)
    text = "\n\n".join(re.sub(r"^- (?=\S)", "", line) for line in text.split("\n") if line.strip())
    kept = " ".join(text.split())
    blocks = [b for b in reference.split("\n\n") if b]
    dropped = [b for b in blocks if " ".join(b.split()) not in kept]
    # which dropped blocks sit above the article (a "Jakarta, 2 Mei 2024" line there is its dateline)
    first_kept = next((k for k, b in enumerate(blocks) if " ".join(b.split()) in kept), len(blocks))
    head = {b for b in blocks[:first_kept]}
    if not title:
        heading = _H1.search(html)
        if heading:
            title = re.sub(r"<[^>]*>", " ", heading.group(1))
    if title:
        import html as htmllib

        title = " ".join(preprocess(htmllib.unescape(title)).split()) or None
    return _HtmlResult(text, title, date, [(b, b in head) for b in dropped if b != title])


def html_to_text(html: str) -> str:
    r"""Main text of an HTML page or fragment (trafilatura, recall-oriented), paragraphs blank-line separated.

    >>> html_to_text("<html><body><p>Menteri meresmikan jalan tol baru di Jawa Barat pada Senin.</p>"
    ...              "<p>Jalan itu sepanjang 40 kilometer dan menghubungkan dua kota.</p></body></html>")
    'Menteri meresmikan jalan tol baru di Jawa Barat pada Senin.\n\nJalan itu sepanjang 40 kilometer dan menghubungkan dua kota.'
    """
    return _extract_html(html).text


# ------------------------------------------------------------------------------ dates
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DMY = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})")
_MDY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def _mkdate(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in ``text`` ("Rabu, 12 Juli 2017", "12/07/2017", "2017-07-12").

    Numeric dates are read day-first, as Indonesian sites print them.

    >>> parse_date("Rabu, 12 Juli 2017")
    datetime.date(2017, 7, 12)
    """
    m = R.DATE_RE.search(text)
    if not m:
        return None
    s = m.group(0)
    if iso := _ISO.match(s):
        return _mkdate(int(iso[1]), int(iso[2]), int(iso[3]))
    if num := _NUMERIC.match(s):
        return _mkdate(int(num[3]), int(num[2]), int(num[1]))
    if dmy := _DMY.match(s):
        month = R.MONTHS.get(dmy[2].lower())
        return _mkdate(int(dmy[3]), month, int(dmy[1])) if month else None
    if mdy := _MDY.match(s):
        month = R.MONTHS.get(mdy[1].lower())
        return _mkdate(int(mdy[3]), month, int(mdy[2])) if month else None
    return None


# -------------------------------------------------------------------- structured pass
_WORD_ABBREV = re.compile(r"^(?:[A-Z][a-z]{0,3}|[A-Z]{1,2}|[a-z]{1,3})$")
_SENTENCE_BREAK = re.compile(r"(\S+)[.!?]\s+[\"“‘(]?[A-Z]")
_PROSE_WORDS = 9  # the "sentence longer than 8 words"


_FUNCTION_WORDS = frozenset(
    [
        "dan",
        "di",
        "ke",
        "dari",
        "untuk",
        "yang",
        "dengan",
        "dalam",
        "pada",
        "atau",
        "oleh",
        "bagi",
        "serta",
        "hingga",
        "sebagai",
        "tentang",
        "terhadap",
        "antara",
        "jadi",
        "ini",
        "itu",
        "of",
        "and",
        "on",
        "the",
        "in",
        "for",
        "to",
        "a",
        "an",
        "at",
        "by",
        "with",
    ]
)


def _title_like(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 20 or len(line) > 200:
        return False
    content = [w.strip("\"“”‘’'()[],:;") for w in words]
    content = [w for w in content if w and w[0].isalpha() and w.lower() not in _FUNCTION_WORDS]
    # headlines are Title Case or upper case; a lower-case lead sentence is not a headline
    if content and sum(w[0].isupper() for w in content) / len(content) < 0.6:
        return False
    if line[-1] in ".,;:" or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"):
        return False
    if not any(c.isalpha() for c in line) or re.search(r"[.!?]\s*\(", line):
        return False
    # two sentences ("... dibuka. Menteri ...") is a paragraph, "Prof. Zudan" is not
    return all(
        _WORD_ABBREV.match(m[1].split(".")[-1] or "X") for m in _SENTENCE_BREAK.finditer(line)
    )


def _name_like(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 6 and line[0].isupper() and not line.endswith((":", "?", "!"))


def _short(line: str) -> bool:
    words = line.split()
    return len(words) <= 14 and not (
        len(words) >= 6
        and line.endswith((".", "!", "?"))
        and not line.endswith(("Ph.D.", "M.Sc.", "S.H.", "M.H."))
    )


_FOOTER_KINDS = {
    "contact_block",
    "contact_line",
    "signature_block",
    "signature",
    "end_marker",
    "social_footer",
    "cms_line",
    "copyright",
    "hashtags",
    "sign_off",
    "pdf_download",
    "credit",
    "source_credit",
    "link_list",
    "dateline_line",
    "about_block",
    "rating_widget",
    "count_row",
    "share_widget",
}
_CONTACT_KINDS = {"contact_block", "contact_line"}
_MODE_KINDS = {"contact_block", "link_list", "cms_line", "signature_block", "end_marker"}
_PHONE_RE = re.compile(r"(?:\+62|\(?0\d{1,3}\)?)[\s.-]?\d{2,4}[\s.-]?\d{3,5}(?:[\s.-]?\d{2,5})?")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CREDIT_PAIR = re.compile(
    r"([A-Za-z][A-Za-z &/,]*?)\s*:\s*([^:|;]+?)(?=\s*(?:[|;]|/\s*[A-Za-z][A-Za-z &]*:|$))"
)
_CREDIT_KEYS = {
    "editor": "editor",
    "redaktur": "editor",
    "penyunting": "editor",
    "copy editor": "editor",
    "penulis": "reporter",
    "reporter": "reporter",
    "pewarta": "reporter",
    "wartawan": "reporter",
    "kontributor": "reporter",
    "teks": "reporter",
    "narasi": "reporter",
    "liputan": "reporter",
    "foto": "photo",
    "fotografer": "photo",
    "sumber foto": "photo",
    "dokumentasi": "photo",
    "dok": "photo",
    "videografer": "photo",
    "video": "photo",
}


def _unparen(text: str) -> str:
    """``"(Biro Infohan Setjen Kemhan)"`` -> ``"Biro Infohan Setjen Kemhan"``; other text only stripped."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        return text[1:-1].strip()
    return text


class _Collector:
    """Accumulates ``removed`` entries and ``meta`` while the structured pass runs."""

    def __init__(self) -> None:
        self.removed: list[str] = []
        self.meta: dict[str, Any] = {}

    def drop(self, rule: str, snippet: str) -> None:
        if snippet:
            self.removed.append(f"{rule}: {snippet}")

    def add(self, key: str, value: Any) -> None:
        if value in (None, "", []):
            return
        self.meta.setdefault(key, [])
        if value not in self.meta[key]:
            self.meta[key].append(value)

    def set_first(self, key: str, value: Any) -> None:
        if value not in (None, "") and key not in self.meta:
            self.meta[key] = value

    def credits(self, text: str) -> None:
        self.add("credits", text)
        for label, value in _CREDIT_PAIR.findall(text):
            for part in re.split(r"\s*(?:&|dan|/|,)\s*", label.strip().lower()):
                key = _CREDIT_KEYS.get(part)
                if key:
                    self.set_first(key, value.strip().rstrip(".,"))

    def footer_meta(self, kind: str, line: str) -> None:
        if line.endswith((":", "：")) and len(line.split()) <= 4:
            return  # a bare label ("Website:", "Narahubung:"); its value follows on the next line
        if kind in _CONTACT_KINDS:
            self.add("contact", line)
        elif kind in ("signature_block", "end_marker") and any(c.isalnum() for c in line):
            self.add("signature_lines", _unparen(line))
        elif kind == "about_block":
            self.add("about", line)
        elif kind == "social_footer":
            self.add("social", line)
        for phone in _PHONE_RE.findall(line):
            phone = phone.strip()
            if phone.startswith("(") and ")" not in phone:
                phone = phone[1:]  # "(0821...)" around a number, not an area code
            if len(re.sub(r"\D", "", phone)) >= 7:
                self.add("phones", phone)
        for email in _EMAIL_RE.findall(line):
            self.add("emails", email)


def _rule_meta(
    rule: R.Rule, m: re.Match[str], line: str, col: _Collector, *, first_line: bool
) -> None:
    value = (m.groupdict().get("value") or "").strip()
    if rule.meta == "views":
        digits = re.sub(r"\D", "", value)
        if digits:
            col.set_first("views", int(digits))
    elif rule.meta == "credits":
        col.credits(value or line)
    elif rule.meta == "dateline":
        col.set_first("dateline" if first_line else "closing_dateline", value.rstrip(" -–—"))
    elif rule.meta in (
        "release_number",
        "release_type",
        "source",
        "date_text",
        "responsible",
        "signature",
    ):
        col.set_first(rule.meta, value)
    elif rule.meta == "signature_lines":
        col.add("signature_lines", _unparen(line))
    if rule in R.BLOCK_HEADERS and not value:
        return  # a bare heading ("Kontak", "Narahubung"): nothing to keep
    if rule.name in _FOOTER_KINDS or rule.meta in ("contact", "address"):
        col.footer_meta(rule.name, line)
    if rule.meta == "address":
        col.set_first("address", value)


def _strip_dateline(par: str) -> tuple[str, str | None]:
    """``("Jakarta, 2 Mei 2024 - Teks", ...)`` -> ``("Teks", "Jakarta, 2 Mei 2024 -")``."""
    rest, cut = par, 0
    while True:  # repeated, so that a second pass finds nothing left to cut (idempotence)
        m = R.DATELINE.match(rest)
        if not m:
            # "Jakarta: Menteri ..." only before a full sentence; "Prof Zudan: BKN Genjot ..." is a headline
            m = R.DATELINE_COLON.match(rest)
            after = rest[m.end() :].strip() if m else ""
            if (
                not m
                or len(after.split()) < _PROSE_WORDS
                or not after.rstrip("\"”’' ").endswith((".", "!", "?"))
            ):
                break
        after = rest[m.end() :].strip()
        dateline = m.group("value").strip()
        # a dateline is short and leaves a sentence behind it
        if len(dateline) > 80 or len(dateline.split()) > 10 or len(after.split()) < 3:
            break
        cut = len(par) - len(after)
        rest = after
    if not cut:
        return par, None
    return rest, par[:cut].strip()


def _dateline_value(prefix: str) -> str:
    m = R.DATELINE.match(prefix + " X") or R.DATELINE_COLON.match(prefix + " X")
    return m.group("value").strip() if m else prefix.rstrip(" -–—.")


class _Hit(NamedTuple):
    rule: R.Rule
    match: re.Match[str]
    # "Kamis, 9 Oktober 2025 | Dilihat 3.482 kali": the other widgets sharing the line
    extra: tuple[tuple[R.Rule, re.Match[str], str], ...] = ()


_RULES = (*R.LINE_RULES, *R.BLOCK_HEADERS)
_MAX_RULE_WORDS = max(rule.max_words for rule in _RULES)


def _match_one(line: str) -> tuple[R.Rule, re.Match[str]] | None:
    n_words = len(line.split())
    if n_words > _MAX_RULE_WORDS:  # body prose: no rule takes lines this long
        return None
    for rule in _RULES:
        m = rule.match(line, n_words)
        if m:
            return rule, m
    return None


_WIDGET_SEP = re.compile(r"\s+[|•·]\s+")


def _classify(lines: list[str | None]) -> list[_Hit | None]:
    out: list[_Hit | None] = []
    for line in lines:
        hit = None
        if line:
            one = _match_one(line)
            if one:
                hit = _Hit(*one)
            elif _WIDGET_SEP.search(line):
                pieces = [p for p in _WIDGET_SEP.split(line) if p]
                found = [_match_one(p) for p in pieces]
                if all(f is not None and f[0] in R.LINE_RULES for f in found):
                    parts = [
                        (f[0], f[1], p) for f, p in zip(found, pieces, strict=True) if f is not None
                    ]
                    hit = _Hit(parts[0][0], parts[0][1], tuple(parts[1:]))
        out.append(hit)
    return out


def _record(hit: _Hit, line: str, col: _Collector, *, first_line: bool) -> None:
    """Store what a matched line says in ``meta`` and list it in ``removed`` under its rule."""
    _rule_meta(hit.rule, hit.match, line, col, first_line=first_line)
    for rule, m, piece in hit.extra:
        _rule_meta(rule, m, piece, col, first_line=first_line)
    col.drop(hit.rule.name, line)


def _closing_runs(tail: list[tuple[int, str]]) -> dict[int, str]:
    """Boilerplate runs at the very end, among the kept lines ``tail`` after the last prose line.

    A scraped navigation menu (many very short lines) and a closing run of name/institution
    lines ("Kementerian Keuangan / Republik Indonesia"). Walked line by line from the end, so the
    decision does not depend on blank lines (idempotence).
    """
    found: dict[int, str] = {}
    menu: list[int] = []
    for i, line in reversed(tail):
        if len(line.split()) > 8 or line.endswith((".", "!", "?", ":", ";")):
            break
        menu.append(i)
    texts = dict(tail)
    if len(menu) >= 5 and sum(len(texts[i].split()) <= 3 for i in menu) >= 0.6 * len(menu):
        found.update((i, "navigation") for i in menu)
    run: list[int] = []
    for i, line in reversed(tail):
        if i in found:
            continue
        if len(run) > 4 or not _name_like(line):
            break
        run.append(i)
    if run and len(run) <= 4 and any(R.ORG_LINE.match(texts[i]) for i in run):
        found.update((i, "signature_block") for i in run)
    return found


def _structure(text: str, col: _Collector) -> list[str]:
    """Classify lines, drop boilerplate (recording it), return the kept paragraphs."""
    raw_lines: list[str | None] = [line or None for line in text.split("\n")]
    raw_hits = _classify(raw_lines)
    # re-join hard-wrapped lines first (no sentence end before, lower-case start after, neither line
    # boilerplate), so that every later decision sees the paragraphs a second cleaning would see
    lines: list[str | None] = []
    hits: list[_Hit | None] = []
    for line, hit in zip(raw_lines, raw_hits, strict=True):
        prev = lines[-1] if lines else None
        if (
            line
            and prev
            and not hit
            and not hits[-1]
            and prev[-1] not in ".!?:;\"”'’)"
            and line[0].islower()
        ):
            lines[-1] = f"{prev} {line}"
            hits[-1] = _classify([lines[-1]])[0]
        else:
            lines.append(line)
            hits.append(hit)
    n = len(lines)
    content_idx = [i for i, line in enumerate(lines) if line]
    # "Tentang PT ..." company blurbs sit in the second half; the blurb runs to the next boilerplate
    in_about = [False] * n
    for k, i in enumerate(content_idx):
        hit = hits[i]
        if hit and hit[0].name == "about_block":
            if k < len(content_idx) / 2:
                hits[i] = None
                continue
            for j in content_idx[k + 1 :]:
                if hits[j]:
                    break
                in_about[j] = True
    prose = [
        i
        for i in content_idx
        if not hits[i] and not in_about[i] and len((lines[i] or "").split()) >= _PROSE_WORDS
    ]
    last_prose = prose[-1] if prose else -1
    # a unit signature ("Humas Kemensetneg ...") only closes a release; earlier it is a title or prose
    for i in content_idx:
        hit = hits[i]
        if hit and hit[0].name == "signature_block" and (i < last_prose or last_prose < 0):
            hits[i] = None

    dropped: dict[int, str] = {}
    for i in content_idx:
        hit = hits[i]
        if hit:
            dropped[i] = hit[0].name
        elif in_about[i]:
            dropped[i] = "about_block"

    # footer blocks after the last prose line: short lines around a boilerplate line go with it
    blocks: list[list[int]] = []
    current: list[int] = []
    for i in range(n):
        if lines[i]:
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    mode: str | None = (
        None  # once a contact/signature block started, the rest of the tail follows it
    )
    for block in blocks:
        if block[0] <= last_prose:
            continue
        matched = [i for i in block if i in dropped and dropped[i] in _FOOTER_KINDS]
        if not matched and not mode:
            continue
        opener = dropped[matched[0]] if matched else mode or "footer"
        start = block.index(matched[0]) if matched else 0
        # a name line right above "Kepala Biro ..." belongs to the signature
        while (
            matched
            and start > 0
            and block[start - 1] not in dropped
            and _name_like(lines[block[start - 1]] or "")
            and block.index(matched[0]) - start < 2
        ):
            start -= 1
        for i in block[start:]:
            if i not in dropped and _short(lines[i] or ""):
                dropped[i] = opener
        for i in block:
            if dropped.get(i) in _MODE_KINDS:
                mode = dropped[i]
                break

    if last_prose >= 0:  # without any prose there is nothing for a signature to close
        tail = [(i, lines[i] or "") for i in content_idx if i > last_prose and i not in dropped]
        dropped.update(_closing_runs(tail))

    kept: list[list[str]] = []  # kept lines, grouped by block
    # the first sentence-like line (a headline has no final full stop); what precedes it is the header
    first_prose = next(
        (i for i in prose if (lines[i] or "").rstrip("\"”’' ").endswith((".", "!", "?"))), n
    )
    new_block = True
    responsible: list[str] | None = None  # lines after an empty "Penanggung jawab berita:" label
    for i in range(n):
        line = lines[i]
        if not line:
            new_block = True
            if responsible:
                col.set_first("responsible", ", ".join(responsible))
            responsible = None
            continue
        if i in dropped:
            name = dropped[i]
            hit = hits[i]
            if responsible is not None:
                responsible.append(line)
            elif (
                hit
                and hit.rule.meta == "responsible"
                and not (hit.match.group("value") or "").strip()
            ):
                responsible = []
            if hit and hit.rule.name == name:
                _record(hit, line, col, first_line=i < first_prose)
            else:
                col.footer_meta(name, line)
                col.drop(name, line)
            new_block = True
            continue
        if responsible:
            col.set_first("responsible", ", ".join(responsible))
        responsible = None
        if new_block or not kept:
            kept.append([line])
            new_block = False
        else:
            kept[-1].append(line)

    if responsible:
        col.set_first("responsible", ", ".join(responsible))
    return [" ".join(line.split()) for block_lines in kept for line in block_lines]


def _drop_if_boilerplate(par: str, col: _Collector) -> bool:
    """Record ``par`` if it is, as a whole, a boilerplate line (what a cut left over)."""
    hit = _classify([par])[0]
    if hit:
        _record(hit, par, col, first_line=False)
    return hit is not None


def _strip_trailing_signature(paragraphs: list[str], col: _Collector) -> None:
    while paragraphs:
        last = paragraphs[-1]
        m = R.TRAILING_SIGNATURE.search(last)
        if not m:
            return
        value, inner = m.group("value"), (m.group("inner") or "").strip()
        if inner and (len(inner.split()) > 10 or re.search(r"\d{3,}", inner)):
            return  # a long or numeric parenthetical is content, not a sign-off
        rest = last[: m.start()].rstrip()
        if inner and ":" in inner:
            col.credits(inner)
            col.drop("credit", value)
        elif inner and inner != "*":
            col.set_first("signature", inner)
            col.drop("signature", value)
        else:
            col.drop("end_marker", value)
        if rest:
            paragraphs[-1] = rest
            # what is left may itself be a whole boilerplate line now ("(0)(0)" -> "(0)")
            if _drop_if_boilerplate(rest, col):
                paragraphs.pop()
        else:
            paragraphs.pop()


def _same_title(a: str, b: str) -> bool:
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    # <title> often carries the site name too: "Judul | Pemprov Jatim"
    return a == b or (len(a) >= 15 and len(b) >= 15 and (a in b or b in a))


def _take_headline(
    paragraphs: list[str], col: _Collector, html_title: str | None
) -> tuple[bool, str | None]:
    """Remove the headline (or, beside a marked-up HTML title, the deck) from the front of ``paragraphs``."""
    first, first_dl = _strip_dateline(paragraphs[0])
    title = None
    if html_title and _same_title(first, html_title):
        title = first
    elif (
        len(paragraphs) >= 2
        and _title_like(first)
        and not _title_like(_strip_dateline(paragraphs[1])[0])
    ):
        # with a marked-up title elsewhere, a second headline-like line is the deck (sub-title);
        # it is removed either way so that cleaning the body again finds no headline (idempotence)
        if html_title:
            col.set_first("subtitle", first)
        else:
            title = first
    else:
        return False, None
    if first_dl:
        col.set_first("dateline", _dateline_value(first_dl))
        col.drop("dateline", first_dl)
    col.drop("title" if title else "subtitle", first)
    paragraphs.pop(0)
    return True, title


def _build(
    text: str,
    *,
    html_title: str | None = None,
    html_date: str | None = None,
    col: _Collector | None = None,
) -> Article:
    col = col or _Collector()
    paragraphs = _structure(text, col)

    title: str | None = None
    headline_done = False
    # head of the article: headline, then dateline; repeated when a line that was only a dateline
    # plus a widget disappears, so that a second cleaning finds nothing more to take (idempotence)
    popped = True
    while popped and paragraphs:
        popped = False
        if not headline_done:
            headline_done, title = _take_headline(paragraphs, col, html_title)
        while paragraphs:
            rest, dateline = _strip_dateline(paragraphs[0])
            if not dateline:
                break
            col.set_first("dateline", _dateline_value(dateline))
            col.drop("dateline", dateline)
            paragraphs[0] = rest
            if not _drop_if_boilerplate(rest, col):
                break
            paragraphs.pop(0)
            popped = True
    while True:
        _strip_trailing_signature(paragraphs, col)
        # what the cut uncovered may close the text like a signature or menu (idempotence)
        last_prose = next(
            (
                k
                for k in range(len(paragraphs) - 1, -1, -1)  # scanned from the end only
                if len(paragraphs[k].split()) >= _PROSE_WORDS and not _classify([paragraphs[k]])[0]
            ),
            -1,
        )
        runs = (
            _closing_runs([(k, p) for k, p in enumerate(paragraphs) if k > last_prose])
            if last_prose >= 0
            else {}
        )
        if not runs:
            break
        for k in sorted(runs):
            col.footer_meta(runs[k], paragraphs[k])
            col.drop(runs[k], paragraphs[k])
        paragraphs = [p for k, p in enumerate(paragraphs) if k not in runs]
    for par in [p for p in paragraphs if not any(c.isalnum() for c in p)]:
        col.drop("separator", par)  # what the cuts above left of a line: only punctuation
    paragraphs = [p for p in paragraphs if any(c.isalnum() for c in p)]

    meta = col.meta
    if meta.get("signature_lines"):
        lines_sig = ", ".join(line.rstrip(",; ") for line in meta.pop("signature_lines"))
        meta.setdefault("signature", lines_sig)
        if meta["signature"] != lines_sig:
            meta["signature_block"] = lines_sig
    if isinstance(meta.get("signature"), str):
        meta["signature"] = _unparen(meta["signature"])
    date = None
    for candidate in (
        meta.get("date_text"),
        html_date,
        meta.get("dateline"),
        meta.get("closing_dateline"),
    ):
        if candidate:
            date = parse_date(str(candidate))
            if date:
                break
    return Article(
        title=title or html_title,
        date=date,
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        meta=meta,
        removed=col.removed,
    )


def clean(raw: str | bytes, *, html: bool | None = None) -> Article:
    """Clean one raw press release (plain text or HTML, ``str`` or ``bytes``) into an :class:`Article`.

    ``html=None`` auto-detects markup; ``True``/``False`` force the HTML or text path.
    ``bytes`` are decoded as UTF-8, falling back to cp1252/latin-1 with mojibake repair.
    Raises :class:`TypeError` for anything that is not ``str`` or ``bytes``.

    >>> art = clean("<html><body><h1>Pemprov Jabar Buka Pasar Murah</h1>"
    ...             "<p>Bandung - Pemerintah Provinsi Jawa Barat membuka pasar murah di 27 kabupaten/kota.</p>"
    ...             "<p>Bagikan: Facebook Twitter WhatsApp</p></body></html>")
    >>> art.body
    'Pemerintah Provinsi Jawa Barat membuka pasar murah di 27 kabupaten/kota.'
    >>> art.meta["dateline"]
    'Bandung'
    """
    if isinstance(raw, (bytes, bytearray, memoryview)):
        text = decode_bytes(bytes(raw))
    elif isinstance(raw, str):
        text = raw
    else:
        raise TypeError(f"clean() expects str or bytes, got {type(raw).__name__}")
    if not text.strip():
        return Article()
    use_html = is_html(text) if html is None else html
    if use_html:
        result = _extract_html(fix_mojibake(text))
        col = _Collector()
        for block, above in result.dropped:
            # page chrome the extractor left out: name it after a press rule when one fits
            hit = _classify([block])[0]
            if hit:
                _record(hit, block, col, first_line=above)
            else:
                col.drop("html_boilerplate", block)
        art = _build(result.text, html_title=result.title, html_date=result.date, col=col)
        art.meta["html"] = True
        return art
    return _build(preprocess(text))
