"""HTML in, text out: :func:`is_html`, :func:`html_text` (everything visible) and
:func:`html_to_text` (the article, extracted with trafilatura)."""

from __future__ import annotations

import html as htmllib
import logging
import re
from dataclasses import dataclass
from types import ModuleType

from pressnlp.cleaning.normalize import normalize_whitespace, preprocess

__all__ = [
    "HtmlResult",
    "extract_html",
    "html_text",
    "html_to_text",
    "is_html",
    "page_text",
    "strip_markup",
]

INSTALL_HINT = (
    "HTML cleaning needs trafilatura with lxml_html_clean: pip install trafilatura lxml_html_clean"
)
_TAG_NAMES = (
    r"html|head|body|p|div|br|span|a|h[1-6]|ul|ol|li|table|tr|td|th|article|section"
    r"|strong|em|b|i|u|img|meta|script|style|nav|header|footer|figure|figcaption|blockquote|font|o:p"
)
_HTML_TAG = re.compile(rf"<(?:!doctype\b|!--|/?(?:{_TAG_NAMES})\b[^<>]*>)", re.IGNORECASE)
_HTML_HEAD = re.compile(r"\s*<(?:!doctype|html)\b", re.IGNORECASE)
# a tag opener left without its ">" (with the "<"s before it: "<<p" must not become "<p")
_TAG_OPENER = re.compile(rf"(?<!<)<++(?=!doctype\b|!--|/?(?:{_TAG_NAMES})\b)", re.IGNORECASE)
_BLOCK_NAMES = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|ul|ol|table|tr|article|section|nav|header|footer|figure"
    r"|figcaption|blockquote|html|head|body)\b",
    re.IGNORECASE,
)


def is_html(text: str) -> bool:
    """True when ``text`` looks like HTML markup rather than plain text: it starts with
    ``<!doctype`` or ``<html``, or holds two tags of common HTML elements.

    >>> is_html("<p>Siaran pers</p><p>Jakarta</p>"), is_html("Inflasi 2 < 3 persen")
    (True, False)
    """
    if _HTML_HEAD.match(text):
        return True
    tags = _HTML_TAG.finditer(text)
    return next(tags, None) is not None and next(tags, None) is not None


def strip_markup(text: str, *, block: str = "\n") -> str:
    r"""``text`` (extracted from a page) with nothing :func:`is_html` counts as markup, so the
    HTML path's output is plain text that cleans the same way again.

    Extracted text still holds markup when the page shows it as text: tags written as entities
    (``&lt;p&gt;``, a body escaped twice) or inside an ``<iframe>``/``<noscript>``. Each such
    tag is replaced by ``block`` (block elements: ``<p>``, ``<br>``, ``<div>``, ...) or a space
    (inline ones: ``<a>``, ``<span>``, ``<script>``, ...), comment and doctype openers by a
    space, and the ``<`` of an opener left without its ``>`` is dropped. Any other ``<`` is
    text and is kept (``2 < 3``, ``<humas@kemenkeu.go.id>``, ``<Nama>``). Linear time.

    >>> strip_markup("Menteri <p>hadir</p> di <a href='x'>Jakarta</a> &lt;br")
    'Menteri \nhadir\n di  Jakarta  &lt;br'
    >>> strip_markup("<<p <!-- x 2 < 3"), is_html(strip_markup("<p <p>> <<html"))
    ('p   x 2 < 3', False)
    """

    def replace(m: re.Match[str]) -> str:
        return block if _BLOCK_NAMES.match(m.group()) else " "

    return _TAG_OPENER.sub("", _HTML_TAG.sub(replace, text))


def page_text(text: str, *, block: str = "\n") -> str:
    """Text taken from a page, preprocessed (:func:`~pressnlp.cleaning.preprocess`), with the
    markup it shows as text removed (:func:`strip_markup`, after normalisation: ``＜p＞`` is
    ``<p>`` once normalised) and its whitespace normalised again.

    >>> page_text("Bagikan:&lt;script&gt;".replace("&lt;", "<").replace("&gt;", ">"))
    'Bagikan:'
    """
    return normalize_whitespace(strip_markup(preprocess(text), block=block))


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
    import lxml.html  # imported here: plain-text cleaning never needs lxml

    marked = _CELL_TAG.sub(" | ", _BLOCK_TAG.sub("\n\n", html))
    try:
        doc = lxml.html.document_fromstring(marked)
        for bad in doc.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        text = doc.text_content()
    except Exception:  # lxml rejects some inputs (e.g. only a comment); strip tags instead
        text = htmllib.unescape(
            re.sub(r"<[^>]*>", " ", re.sub(r"(?s)<(script|style)\b.*?</\1\s*>", " ", marked))
        )
    text = page_text(text, block="\n\n")
    return "\n\n".join(p for p in (" ".join(b.split()) for b in text.split("\n\n")) if p)


@dataclass
class HtmlResult:
    """What :func:`extract_html` found: article text, title and date, and the page text it left out."""

    text: str
    title: str | None
    date: str | None
    dropped: list[tuple[str, bool]]  # (block, above the article text)


def _trafilatura() -> ModuleType:
    # imported here: trafilatura is slow to import and only HTML input needs it
    try:
        import trafilatura
    except ImportError as err:
        raise ImportError(INSTALL_HINT) from err
    return trafilatura


def _bare_extraction(html: str) -> tuple[str, str | None, str | None]:
    """``(text, title, date)`` of the page by trafilatura; empty text when it fails."""
    trafilatura = _trafilatura()
    text, title, date = "", None, None
    try:
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
    return text, title, date


def extract_html(html: str) -> HtmlResult:
    """The article of an HTML page, and every visible block the extractor left out.

    Raises :class:`ImportError` (naming what to install) when trafilatura cannot be imported.
    """
    reference = html_text(html)
    if not reference:
        return HtmlResult("", None, None, [])  # nothing visible at all
    text, title, date = _bare_extraction(html)
    if not text.strip():
        text = reference
    text = page_text(text)
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
        title = " ".join(page_text(htmllib.unescape(title)).split()) or None
    return HtmlResult(text, title, date, [(b, b in head) for b in dropped if b != title])


def html_to_text(html: str) -> str:
    r"""Main text of an HTML page or fragment (trafilatura, recall-oriented), paragraphs blank-line separated.

    >>> html_to_text("<html><body><p>Menteri meresmikan jalan tol baru di Jawa Barat pada Senin.</p>"
    ...              "<p>Jalan itu sepanjang 40 kilometer dan menghubungkan dua kota.</p></body></html>")
    'Menteri meresmikan jalan tol baru di Jawa Barat pada Senin.\n\nJalan itu sepanjang 40 kilometer dan menghubungkan dua kota.'
    """
    return extract_html(html).text
