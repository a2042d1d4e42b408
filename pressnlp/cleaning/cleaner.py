"""The cleaning pipeline: :func:`clean` (raw text or HTML in, :class:`Article` out)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pressnlp.cleaning.article import Article
from pressnlp.cleaning.edges import take_head, take_tail
from pressnlp.cleaning.glued import looks_glued, resegment
from pressnlp.cleaning.html import extract_html, is_html
from pressnlp.cleaning.normalize import decode_bytes, fix_mojibake, preprocess
from pressnlp.cleaning.record import Collector, classify, record_hit, unparen
from pressnlp.cleaning.structure import structure
from pressnlp.dates import parse_date

__all__ = ["build_article", "clean"]


def build_article(
    text: str,
    *,
    html_title: str | None = None,
    html_date: str | None = None,
    col: Collector | None = None,
) -> Article:
    r"""The :class:`Article` of preprocessed ``text`` (HTML: the extracted text, title and date).

    >>> build_article("Di baca 3 kali\n\nMenteri meresmikan gedung baru di Bandung hari ini.").body
    'Menteri meresmikan gedung baru di Bandung hari ini.'
    """
    col = col or Collector()
    paragraphs = structure(text, col)
    paragraphs, title = take_head(paragraphs, col, html_title)
    paragraphs = take_tail(paragraphs, col)
    meta = _signature_meta(col.meta)
    return Article(
        title=title or html_title,
        date=_publication_date(meta, html_date),
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        meta=meta,
        removed=col.removed,
    )


def _signature_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Signature lines joined into ``signature`` (or ``signature_block`` beside an inline one)."""
    if meta.get("signature_lines"):
        lines_sig = ", ".join(line.rstrip(",; ") for line in meta.pop("signature_lines"))
        meta.setdefault("signature", lines_sig)
        if meta["signature"] != lines_sig:
            meta["signature_block"] = lines_sig
    if isinstance(meta.get("signature"), str):
        meta["signature"] = unparen(meta["signature"])
    return meta


def _publication_date(meta: dict[str, Any], html_date: str | None) -> dt.date | None:
    """The first readable date of: a date line, the page's date, the dateline, a closing dateline."""
    for candidate in (
        meta.get("date_text"),
        html_date,
        meta.get("dateline"),
        meta.get("closing_dateline"),
    ):
        if candidate:
            date = parse_date(str(candidate))
            if date:
                return date
    return None


def clean(raw: str | bytes, *, html: bool | None = None, glued: bool | None = None) -> Article:
    """Clean one raw press release (plain text or HTML, ``str`` or ``bytes``) into an :class:`Article`.

    ``html=None`` auto-detects markup; ``True``/``False`` force the HTML or text path.
    ``glued=None`` auto-detects plain text whose block boundaries were lost
    (:func:`pressnlp.cleaning.looks_glued`) and gives it its lines back first
    (:mod:`pressnlp.cleaning.glued`, ``meta["glued"]`` is then ``True``); ``False`` never
    does, ``True`` always does (plain text only).
    ``bytes`` are decoded as UTF-8, falling back to cp1252/latin-1 with mojibake repair.

    Idempotent: ``clean(clean(x).body).body == clean(x).body``. The HTML path's body is plain
    text with nothing :func:`~pressnlp.cleaning.is_html` counts as markup: tags the page
    shows as text (``&lt;p&gt;`` written as entities, ``<iframe>`` content) are removed like
    the page's own (block tags end a paragraph), so a second clean takes the text path and
    keeps the body. Angle brackets that are text stay (``2 < 3``, ``<humas@x.go.id>``), and
    plain text keeps a stray tag of its own (``"Ketik <br> untuk..."``: one tag is not HTML).
    Text that becomes HTML once normalised (full-width ``＜p＞``) is cleaned as HTML.
    Raises :class:`TypeError` for anything that is not ``str`` or ``bytes``, and
    :class:`~pressnlp.errors.BinaryInputError` (a :class:`ValueError`) for binary ``bytes``
    such as an executable or an image (:func:`pressnlp.cleaning.check_text`).

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
        return _clean_html(text)
    text = preprocess(text)
    if html is None and is_html(text):
        # markup that normalisation revealed ("＜p＞" is "<p>" after NFKC): a second clean
        # would see HTML, so this one does
        return _clean_html(text)
    if looks_glued(text) if glued is None else glued:
        # the block boundaries were lost: put them back first (a normal text never gets here)
        col = Collector()
        art = build_article(resegment(text, col), col=col)
        art.meta["glued"] = True
        return art
    return build_article(text)


def _clean_html(text: str) -> Article:
    result = extract_html(fix_mojibake(text))
    col = Collector()
    for block, above in result.dropped:
        # page chrome the extractor left out: name it after a press rule when one fits
        hit = classify([block])[0]
        if hit:
            record_hit(hit, block, col, first_line=above)
        else:
            col.drop("html_boilerplate", block)
    art = build_article(result.text, html_title=result.title, html_date=result.date, col=col)
    art.meta["html"] = True
    return art
