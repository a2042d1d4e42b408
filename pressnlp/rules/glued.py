r"""Press furniture found *inside* glued text (scraped pages whose block boundaries were lost).

A scraper that takes a page's text without its markup glues the headline, the date line,
the view counter, the letterhead, the release number, the body paragraphs, the sign-off and
the social-media block together: ``"…TerdampakKamis, 19 September 2024 - Dibaca 11004
kaliKEMENTERIAN ENERGI DAN SUMBER DAYA MINERALREPUBLIK INDONESIASIARAN PERSNOMOR: 514…"``.
Whole-line rules (:data:`pressnlp.rules.LINE_RULES`) cannot see such pieces, so these rules
are *searched* in the text (``finditer``), and only by :mod:`pressnlp.cleaning.glued`, which
runs on text that shows it lost its structure (a normal text with newlines never meets them).

Each :class:`GluedRule` names the pieces of its match: every named group is one removed
snippet ``"<rule>: <snippet>"`` (:data:`GROUP_RULES` maps a group to its rule name and
``meta`` key). ``tail`` rules are taken only after the last sentence of the body (a
sign-off quoted in the body stays), ``head`` rules only before the first one.

>>> m = next(r for r in GLUED_RULES if r.name == "esdm_header").pattern.search(
...     "TerdampakKamis, 19 September 2024 - Dibaca 11004 kaliKEMENTERIAN")
>>> m.group("date"), m.group("views")
('Kamis, 19 September 2024', 'Dibaca 11004 kali')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressnlp import dates
from pressnlp.rules.base import DATE, WEEKDAY_ALT

__all__ = ["BOUNDARY_LABELS", "GLUED_RULES", "GROUP_RULES", "RELEASE_NUMBER", "GluedRule"]

RELEASE_NUMBER = r"[A-Z0-9][A-Za-z0-9.\-]{0,30}?(?:/[A-Za-z0-9.\-]{1,30}?){0,8}/(?:19|20)\d\d(?!\d)"
"""A release number ending in its year, lazily bounded so that glued text after the year
(``"514.Pers/04/SJI/2024Tanggal"``) is not taken: ``514.Pers/04/SJI/2024``,
``HM.02.04/79/SET.M.EKON.3/03/2026``, ``5/HM-KKD/1/2026``."""

_MONTH_DATE = (
    r"\d{1,2}\s*(?i:"
    + "|".join(sorted(dates.MONTHS, key=len, reverse=True))
    + r")\.?\s*\d{4}|"
    + DATE
)
"""A date as these pages print it, also with the space before the year lost ("2 Desember2025")."""

GROUP_RULES: dict[str, tuple[str, str | None]] = {
    "date": ("date_line", "date_text"),
    "views": ("view_counter", "views"),
    "print": ("share_widget", None),
    "letterhead": ("letterhead", "letterhead"),
    "header": ("release_header", "release_type"),
    "number": ("release_number", "release_number"),
    "share": ("share_widget", None),
    "rating": ("rating_widget", None),
    "signoff": ("signature_block", "signature_lines"),
    "closing": ("closing_note", None),
    "hashtags": ("hashtags", None),
    "marker": ("end_marker", None),
    "contact": ("contact_block", "contact"),
}
"""Named group of a :class:`GluedRule` -> (rule name in ``Article.removed``, ``meta`` key)."""


@dataclass(frozen=True)
class GluedRule:
    """A furniture pattern searched inside glued text; ``where`` is ``head``, ``tail`` or ``any``."""

    name: str
    pattern: re.Pattern[str]
    where: str = "any"
    description: str = ""


def _g(name: str, pattern: str, where: str = "any", description: str = "") -> GluedRule:
    return GluedRule(name, re.compile(pattern), where, description)


_SIGNOFF = (
    # ESDM: "Kepala Biro Komunikasi, Layanan Informasi Publik, dan Kerja Sama" (+ "Plt.")
    r"(?:Plt\.?\s*)?Kepala\s*Biro\s*Komunikasi,\s*Layanan\s*Informasi\s*Publik,?\s*dan\s*Kerja\s*Sama,?"
    # BGN, PU, EKON closing units
    r"|Biro\s*Hukum\s*dan\s*Humas\s*Badan\s*Gizi\s*Nasional"
    r"|Biro\s*Komunikasi\s*Publik\s*Kementerian\s*Pekerjaan\s*Umum"
    r"|Juru\s*Bicara\s*Kementerian\s*Koordinator\s*Bidang\s*Perekonomian"
    r"|Biro\s*Komunikasi,\s*Layanan\s*Informasi,\s*dan\s*Persidangan\s*Kementerian\s*Koordinator\s*Bidang\s*Perekonomian"
)

GLUED_RULES: tuple[GluedRule, ...] = (
    _g(
        "esdm_header",
        rf"(?P<date>(?:{WEEKDAY_ALT})\s*,\s*{_MONTH_DATE})\s*-\s*(?P<views>Dibaca\s*\d[\d.]{{0,9}}\s*kali)",
        "head",
        '"Kamis, 19 September 2024 - Dibaca 11004 kali"',
    ),
    _g(
        "pu_header",
        rf"(?P<date>{_MONTH_DATE})(?P<views>\d{{1,7}})(?P<print>Print)(?=[A-Z\s])",
        "head",
        '"13 Februari 202634Print": date, view count, print button',
    ),
    _g(
        "letterhead",
        r"(?P<letterhead>(?:KEMENTERIAN|BADAN)[A-Z ,/]{3,90}?REPUBLIK\s*INDONESIA)",
        "head",
        '"KEMENTERIAN ENERGI DAN SUMBER DAYA MINERALREPUBLIK INDONESIA"',
    ),
    _g(
        "release_number",
        rf"(?:(?P<header>SIARAN\s*PERS)\s*(?:NOMOR\s*:?\s*)?|Siaran\s+Pers\s+No\.?\s*|NOMOR\s*:\s*)"
        rf"(?P<number>{RELEASE_NUMBER})",
        "any",
        '"SIARAN PERSNOMOR: 514.Pers/04/SJI/2024", "Siaran Pers No. 5/HM-KKD/1/2026"',
    ),
    _g("release_header", r"(?P<header>SIARAN\s*PERS)(?![a-z])", "head", '"SIARAN PERS"'),
    _g(
        "date_line",
        rf"Tanggal(?:\s*Terbit)?\s*:\s*(?P<date>{_MONTH_DATE}|\d{{4}}-\d{{2}}-\d{{2}}(?:\s*\d{{2}}:\d{{2}}(?::\d{{2}})?)?)",
        "any",
        '"Tanggal: 19 September 2024", "Tanggal Terbit : 2024-09-04 16:37:46"',
    ),
    _g(
        "date_line",
        rf"(?<=\d{{4}})(?P<date>(?:{WEEKDAY_ALT})\s*,\s*{_MONTH_DATE})\s*$",
        "tail",
        'the date closing a release after its number: "…/1/2026Rabu, 14 Januari 2026"',
    ),
    _g("share", r"(?P<share>Bagikan\s*Ini\s*!?(?:\s*Shares)?)", "tail", '"Bagikan Ini!"'),
    _g(
        "rating",
        r"(?P<rating>Apakah\s*informasi\s*di\s*atas\s*cukup\s*membantu\s*\??(?:\s*YA\s*TIDAK)?)",
        "tail",
        '"Apakah informasi di atas cukup membantu? YA TIDAK"',
    ),
    _g("signoff", rf"(?P<signoff>{_SIGNOFF})", "tail", "a closing unit of the issuer"),
    _g(
        "closing",
        r"(?P<closing>Demikian\s*siaran\s*pers\s*ini[\w\s]{0,40}?disebarluaskan"
        r"(?:\s*sebagaimana\s*mestinya)?\s*\.?)",
        "tail",
        '"Demikian siaran pers ini dibuat untuk disebarluaskan sebagaimana mestinya." (spaces lost too)',
    ),
    _g(
        "hashtags",
        r"(?P<hashtags>#[A-Za-z]\w{1,200}(?:[\s,]*#[A-Za-z]\w{1,200}){0,20})\s*$",
        "tail",
        'closing hashtags: "#SigapMembangunNegeriUntukRakyat", "#RamadanNyamanBersama"',
    ),
    _g(
        "contact",
        r"(?P<contact>Untuk\s*[Ii]nformasi\s*lebih\s*lanjut[^.:]{0,80}[.:])",
        "tail",
        '"Untuk Informasi lebih lanjut, silakan menghubungi kontak di bawah ini."',
    ),
    _g("marker", r"(?P<marker>\*{3}|==oo0oo==)", "tail", '"***", "==oo0oo=="'),
)
"""Glued furniture, tried in order; an earlier rule's match wins where two overlap."""

BOUNDARY_LABELS = re.compile(
    r"(?:Website|Facebook|Instagram|X|TikTok|YouTube|Twitter|LinkedIn|E-?mail|Threads)"
    r"(?:\s*,\s*(?:Instagram|Facebook|TikTok|Threads|YouTube|Twitter|X))*(?:\s*,?\s*&\s*\w+)?\s*:"
)
"""Labels of a social/web/e-mail block; in the tail each starts a line of its own."""
