"""Named boilerplate patterns for Indonesian press releases.

Rules are data: each :class:`Rule` pairs a stable ``name`` (what shows up in
``Article.removed`` as ``"<name>: <snippet>"``) with a compiled pattern and, where
the snippet carries information, the ``meta`` key it is stored under.

Three kinds of rules exist:

* :data:`LINE_RULES` match a *whole line* (``fullmatch`` on the stripped line);
* :data:`BLOCK_HEADERS` are line rules that also open a footer block (contact,
  social media, signature block, "Tentang PT ..."), whose following short lines are
  absorbed by :mod:`pressnlp.cleaning`;
* :data:`DATELINE` and :data:`TRAILING_SIGNATURE` work *inside* a paragraph (start
  of the first one, end of the last one).

>>> from pressnlp.rules import match_line
>>> match_line("Di baca 1414 kali").name
'view_counter'
>>> match_line("Presiden meresmikan bendungan itu pada Senin.") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressnlp import dates
from pressnlp.contacts import EMAIL_PATTERN, PHONE_PATTERN

__all__ = [
    "BLOCK_HEADERS",
    "DATELINE",
    "DATELINE_COLON",
    "DATE_RE",
    "LINE_RULES",
    "MONTHS",
    "ORG_LINE",
    "TRAILING_SIGNATURE",
    "WEEKDAYS",
    "Rule",
    "match_line",
    "rule_names",
    "rule_table",
]

# --- dates ---------------------------------------------------------------------
# one month and weekday table for the whole package (Indonesian, English, and abbreviations
# such as "Peb", "Agt", "Nop"): publication dates and entity dates must read the same forms
MONTHS = dates.MONTHS
WEEKDAYS = dates.WEEKDAYS

_WEEKDAY_ALT = (
    "(?i:"
    + "|".join(re.escape(w) for w in WEEKDAYS)
    + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
# "12 Juli 2017", "12 Jul. 2017", "2019-03-21", "12/07/2017", "12-07-2017"
_DATE = dates.DATE_PATTERN
DATE_RE = dates.DATE_RE
"""A single calendar date in the forms press sites print (parsed by ``dates.parse_date``)."""

_TIME = r"(?:(?:pukul|jam)\s*)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT|GMT\s*\+?\d*|UTC)?"


@dataclass(frozen=True)
class Rule:
    """One named pattern. ``meta`` is the :attr:`Article.meta` key its ``value`` group goes to.

    The role flags are the same for every rule of one ``name`` (cleaning reads them by name):

    >>> [(r.footer, r.contact, r.claims_tail) for r in BLOCK_HEADERS if r.name == "contact_block"]
    [(True, True, True), (True, True, True)]
    """

    name: str
    pattern: re.Pattern[str]
    meta: str | None = None
    description: str = ""
    max_words: int = 40
    """A line longer than this never matches (protects body prose that merely starts alike)."""
    footer: bool = False
    """Closes a release: after the last prose line, short lines around it go with it."""
    contact: bool = False
    """Its line is contact information, kept in ``meta["contact"]``."""
    claims_tail: bool = False
    """After the last prose line, every later block follows it (contact, signature, links)."""

    def match(self, line: str, n_words: int | None = None) -> re.Match[str] | None:
        """Full match of ``line`` (``n_words``: its word count, if the caller has it already)."""
        if (len(line.split()) if n_words is None else n_words) > self.max_words:
            return None
        return self.pattern.fullmatch(line)


def _r(
    name: str,
    pattern: str,
    meta: str | None = None,
    description: str = "",
    *,
    max_words: int = 40,
    flags: int = re.IGNORECASE,
    footer: bool = False,
    contact: bool = False,
    claims_tail: bool = False,
) -> Rule:
    return Rule(
        name, re.compile(pattern, flags), meta, description, max_words, footer, contact, claims_tail
    )


_SOCIAL = (
    r"(?:facebook|fb|twitter|tweet|x|whatsapp|wa|telegram|line|linkedin|e-?mail|pinterest|tumblr|threads|tiktok"
    r"|instagram|ig|youtube|copy\s*link|salin\s*(?:link|tautan)|print|cetak|pdf)"
)
_SOCIAL_LABEL = r"(?:website|web|laman|situs(?:\s*web)?|youtube|facebook|fb|instagram|ig|twitter|x|tiktok|threads|linkedin|telegram)"
_CREDIT_LABEL = (
    r"(?:penulis|editor|redaktur|penyunting|reporter|pewarta|wartawan|fotografer|foto|kontributor|teks"
    r"|narasi|liputan|sumber\s+foto|dokumentasi|dok|videografer|video|desain|grafis|alih\s+bahasa|penerjemah"
    r"|copy\s*editor|editing|layout)"
)
_CREDIT = rf"{_CREDIT_LABEL}(?:\s*(?:&|dan|/|,)\s*{_CREDIT_LABEL})*\s*:\s*[^:]{{1,80}}?"
_HASHTAG = r"#[^\W_][\w]*"
_NUM = r"(?:\d{1,3}(?:[.,]\d{3})+|\d+)"

LINE_RULES: tuple[Rule, ...] = (
    _r(
        "share_widget",
        rf"(?:bagikan|share|sebarkan|bagi)(?:\s+(?:berita|artikel|ini|this|halaman|postingan|post)){{0,2}}"
        rf"(?:\s+(?:ke|on|via|to|melalui))?\s*:?(?:\s*{_SOCIAL}\b[\s,|/•·]*)*",
        description='"bagikan berita ke :", "Share this:", "Bagikan: Facebook Twitter"',
        max_words=14,
        footer=True,
    ),
    _r(
        "share_widget",
        rf"(?:{_SOCIAL}\s*[|,/•·]?\s*){{2,}}",
        description="a bare row of share buttons",
        max_words=12,
        footer=True,
    ),
    _r(
        "view_counter",
        rf"(?:(?:telah\s+)?(?:di\s*baca|dilihat|dikunjungi)|views?|pembaca|hits|jumlah\s+(?:pembaca|kunjungan))"
        rf"\s*:?\s*(?P<value>{_NUM})\s*(?:kali|x|views?|pembaca)?",
        "views",
        '"Di baca 1414 kali", "Dilihat: 2.345 kali", "Views: 120"',
        max_words=8,
    ),
    _r(
        "view_counter",
        rf"(?P<value>{_NUM})\s*(?:kali\s+(?:di\s*baca|dilihat)|x\s+dibaca|total\s+views?|views?|pembaca|hits|kunjungan)"
        rf"(?:\s*,\s*{_NUM}\s*views?\s+today)?",
        "views",
        '"39,540 total views, 2,488 views today" (WordPress Post Views Counter)',
        max_words=10,
    ),
    _r(
        "rating_widget",
        r"(?:bagaimana|apa)\s+(?:pendapat|reaksi|perasaan|tanggapan|penilaian)\s+(?:anda|kamu|sobat)\b.{0,60}",
        description='"Bagaimana pendapat anda mengenai artikel ini?"',
        max_words=14,
        footer=True,
    ),
    _r(
        "rating_widget",
        r"(?:beri(?:kan)?\s+(?:rating|penilaian|nilai)|rate\s+this|apakah\s+(?:artikel|informasi|halaman)\s+ini\s+"
        r"(?:bermanfaat|membantu))\b.{0,50}",
        max_words=12,
        footer=True,
    ),
    _r(
        "rating_widget",
        r"(?:(?:senang|sedih|marah|terkejut|kaget|terinspirasi|bangga|takut|lucu|suka|tidak\s+suka|terhibur"
        r"|bosan|gembira|khawatir|puas|kecewa|wow|inspiratif|menarik|biasa\s+saja)\s*(?:\d+\s*)?[|,·]?\s*){2,}",
        description="a row of reaction labels (Senang Sedih Marah ...)",
        max_words=20,
        footer=True,
    ),
    _r(
        "count_row",
        r"\d{1,6}(?:\s+\d{1,6})+",
        description='a row of bare widget counts such as "0   0   0   0   0"',
        max_words=12,
        footer=True,
    ),
    _r(
        "baca_juga",
        r"(?:baca\s+(?:juga|pula)|simak\s+juga|lihat\s+juga|artikel\s+terkait|berita\s+terkait|related(?:\s+news)?)"
        r"\s*(?:[:\-–—»>]\s*.*|)",
        description='"Baca juga: ..." cross-links',
        max_words=30,
    ),
    _r(
        "baca_juga",
        r"(?:baca\s+juga|simak\s+juga|lihat\s+juga)\s+[^.!?]*[^.!?,;:]",
        description='"Baca juga Judul Lain" without a colon (a headline: no sentence end)',
        max_words=16,
    ),
    _r(
        "baca_juga",
        r"(?:baca\s+selengkapnya|selengkapnya|read\s+more)\s*(?:[:\-–—»>]|di|\.{2,}|…)\s*.*",
        max_words=20,
    ),
    _r("baca_juga", r"baca\s*:\s*.*", description='"Baca: <headline>"', max_words=20),
    _r(
        "pagination",
        r"halaman(?:\s+\d+(?:\s+dari\s+\d+)?)?|selanjutnya|sebelumnya|next|prev(?:ious)?|\d{1,2}|load\s+more"
        r"|muat\s+lebih\s+banyak|tampilkan\s+(?:semua|lebih\s+banyak)|lihat\s+semua|[«‹]?\s*(?:\d{1,2}\s+){1,8}[»›]?",
        description='page-navigation widgets: "Halaman", "1", "2", "Selanjutnya"',
        max_words=10,
    ),
    _r(
        "credit",
        rf"\(?\s*(?P<value>{_CREDIT}(?:\s*[|;/,]\s*{_CREDIT})*)\s*\)?",
        "credits",
        '"Editor: des", "Penulis: Mia | Foto: Kis", "(Foto: Humas)"',
        max_words=24,
        footer=True,
    ),
    _r(
        "source_credit",
        r"(?:sumber|source)\s*:\s*(?P<value>\S.{0,80})",
        "source",
        '"Sumber: indonesia.go.id"',
        max_words=10,
        footer=True,
    ),
    _r(
        "release_number",
        r"(?:(?:siaran\s+pers|press\s+release|rilis(?:\s+pers)?|keterangan\s+pers)(?:\s+bersama)?\s*[:,]?\s*)?"
        r"(?:nomor|no\.?|number|nr\.?)\s*[:.]?\s*(?P<value>[A-Z0-9][\w.\-]*(?:\s?[\w.\-]+)?(?:\s*/\s*[\w.\-]+)+)",
        "release_number",
        '"Siaran Pers Nomor: 123/HM/..", "Nomor: SP.297/HUMAS/PP/HMS.3/11/2025"',
        max_words=10,
    ),
    _r(
        "release_number",
        r"(?:nomor|no\.?)\s*:?",
        "release_number",
        'a "Nomor:" label on its own line',
        max_words=2,
    ),
    _r(
        "release_number",
        r"(?P<value>[A-Z][A-Za-z.\-]{0,8}\s?\d{1,5}(?:\s*/\s*[\w.\-]+){2,})",
        "release_number",
        'a bare release number line: "SP-133/GKPB/OJK/VIII/2025"',
        max_words=3,
        flags=0,
    ),
    _r(
        "release_header",
        r"tentang\s*:?|perihal\s*:?|hal\s*:",
        description='the "Tentang" label above the subject of a numbered release',
        max_words=1,
    ),
    _r(
        "release_header",
        r"(?P<value>siaran\s+pers(?:\s+bersama)?|press\s+release|rilis\s+pers|keterangan\s+pers|"
        r"pengumuman\s+resmi|for\s+immediate\s+release|untuk\s+segera\s+(?:diterbitkan|dipublikasikan)"
        r"|siaran\s+pers\s+untuk\s+segera\s+diterbitkan)(?:\s+[A-Z][\w.]*){0,3}\s*[:!]?",
        "release_type",
        '"SIARAN PERS", "Siaran Pers Bersama", "Press Release"',
        max_words=7,
    ),
    _r(
        "date_line",
        rf"(?:(?:diposting|diterbitkan|dipublikasikan|ditulis|dirilis|tanggal|posted(?:\s+on)?|published(?:\s+on)?"
        rf"|tgl\.?)\s*(?:pada|on)?\s*:?\s*)?(?:(?:{_WEEKDAY_ALT})\s*,?\s*)?\(?(?P<value>{_DATE})\)?"
        rf"(?:\s*[|,\-–—/]?\s*{_TIME})?(?:\s*[|,\-–—]?\s*(?:oleh|by)\s*:?\s*\S.{{0,40}})?",
        "date_text",
        '"Rabu, 12 Juli 2017", "2019-03-21", "11 November 2025 | 13.45 WIB"',
        max_words=12,
    ),
    _r(
        "dateline_line",
        rf"(?P<value>(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*,\s*)(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}\s*,\s*){{0,3}}"
        rf"(?:(?:{_WEEKDAY_ALT})\s*,?\s*)?{_DATE})\s*[-–—]?",
        "dateline",
        '"Jakarta, Kemenhut, 14 November 2025" on a line of its own',
        max_words=12,
        footer=True,
    ),
    _r(
        "pdf_download",
        r"(?:format\s+pdf\s+siaran\s+pers.*|(?:unduh|download|dowload)\s+(?:siaran\s+pers|rilis|dokumen|file|materi"
        r"|lampiran|selengkapnya|versi\s+pdf|pdf).*|.*\((?:download|unduh)\)|.*(?:dapat|bisa)\s+di\s*"
        r"(?:unduh|download|dowload)\s+(?:di\s*sini|disini)\.?)",
        description='"Format pdf siaran pers ini dapat diunduh pada tautan berikut."',
        max_words=25,
        footer=True,
    ),
    _r(
        "cms_line",
        r"penanggung\s*jawab(?:\s+berita)?\s*:?\s*(?P<value>.*)",
        "responsible",
        '"Penanggung jawab berita: ..."',
        max_words=25,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "cms_line",
        r"(?:kategori|category|tags?|label|topik|rubrik)\s*:\s*.{1,120}",
        max_words=20,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "cms_line",
        r"(?:diposting|ditulis|diunggah|diperbarui|terakhir\s+diperbarui|last\s+updated|posted|updated)\s*"
        r"(?:oleh|by|pada|on)\s*:?\s*.{1,60}",
        max_words=12,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "cms_line",
        r"(?:oleh|by|admin|administrator)\s*:\s*\S.{0,40}",
        max_words=6,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "cms_line",
        r"(?:ditulis\s+|diposting\s+)?(?:oleh|by)\s+(?:admin\w*|administrator|redaksi|humas|tim|webmaster)"
        r"\b[^.]{0,40}",
        description='"Oleh Admin", "Oleh Humas Pemkot"',
        max_words=8,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "breadcrumb",
        r"(?:beranda|home)\s*(?:[>»›/|]\s*[^>»›/|.]{1,60}){1,6}|\S[^>»›|.]{0,40}(?:\s*[>»›]\s*[^>»›|.]{1,60}){2,6}",
        description='"Beranda > Berita > ..." navigation trail',
        max_words=25,
    ),
    _r(
        "link_list",
        r"-?\s*(?:https?://|www\.)\S+",
        description="a line that is only a link",
        max_words=1,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "hashtags",
        rf"(?:{_HASHTAG}(?:\s+[A-Z][a-z]+)?[\s,.]*)+",
        description='a line of hashtags ("#Sobat Hijau" too)',
        max_words=20,
        footer=True,
    ),
    _r(
        "media_widget",
        r"press\s+esc\s+to\s+exit\s+full\s*screen|your\s+browser\s+does\s+not\s+support.{0,60}|play\s+video"
        r"|putar\s+video|(?:tonton|saksikan)\s+(?:video|selengkapnya)\s*(?:di|:).{0,120}|advertisement|iklan"
        r"|(?:simak|tonton|saksikan)\s+(?:juga\s+)?video\b.{0,150}|\[gambas:.{0,80}\]|saksikan\s+live\w*\b.{0,80}"
        r"|scroll\s+(?:untuk|to)\s+.{0,40}|gulir\s+untuk\s+.{0,40}",
        description="video-player and advert chrome",
        max_words=16,
    ),
    _r(
        "comments",
        r"(?:\d+\s+)?(?:komentar|comments?)|tulis(?:kan)?\s+komentar(?:\s+anda)?|tinggalkan\s+(?:komentar|balasan)"
        r"|leave\s+a\s+(?:comment|reply)",
        description="comment-widget labels",
        max_words=4,
    ),
    _r(
        "distribution_note",
        r"(?P<value>(?:berita|siaran\s+pers|rilis)\s+ini\s+(?:disiarkan|diterbitkan|disebarluaskan|dirilis)\s+oleh\b.*)",
        "contact",
        '"Berita ini disiarkan oleh Biro Komunikasi ... hotline 1500-567 ... email ..."',
        max_words=90,
    ),
    _r(
        "greeting",
        r"(?:halo|hai|hi|hallo)\s+sobat\b[^.!?]{0,30}[.!?,]*",
        description='"Halo Sobat Hijau!"',
        max_words=5,
    ),
    _r(
        "social_footer",
        rf"(?:{_SOCIAL_LABEL}|ikuti\s+kami|follow\s+us|temukan\s+kami)\s*(?:di|on)?\s*[:：]\s*(?P<value>.{{0,200}})",
        "social",
        '"Instagram: @kemenhut", "Laman: kemendikdasmen.go.id, X: ..."',
        max_words=30,
        footer=True,
    ),
    _r(
        "social_footer",
        r"@[\w.]{2,40}",
        "social",
        "a bare social-media handle",
        max_words=1,
        footer=True,
    ),
    _r(
        "social_footer",
        r"(?:ikuti|follow)\s+(?:kami|us)(?:\s+(?:di|on))?\s*:?",
        "social",
        '"Ikuti kami di"',
        max_words=4,
        footer=True,
    ),
    _r(
        "social_footer",
        r"(?:ikuti|follow)\s+(?:kami|juga|akun|us).{0,80}(?:media\s+sosial|instagram|twitter|facebook|youtube|tiktok)"
        r"[^.]{0,80}\.?",
        "social",
        max_words=25,
        footer=True,
    ),
    _r(
        "link_list",
        r"[^:]{2,40}:\s*(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?",
        description='"Siaran Pers Kemendikdasmen: kemdikdasmen.go.id/..." (a label and a link)',
        max_words=8,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "copyright",
        r"(?:©|\(c\)|copyright|hak\s+cipta)\s*.{0,200}",
        description="copyright line",
        max_words=30,
        footer=True,
    ),
    _r(
        "copyright",
        r".{0,120}(?:hak\s+cipta\s+dilindungi|all\s+rights\s+reserved).{0,80}",
        max_words=30,
        footer=True,
    ),
    _r(
        "contact_line",
        r"(?:(?:alamat|address|e-?mail|surel|call\s*cent(?:er|re)|hotline|sms|phone|kontak|website|situs)\s*[:：]\s*"
        r"|(?:telp|tel|telepon|hp|handphone|ponsel|wa|whatsapp|fax|faks|faksimili)\.?\s*[:.]?\s*(?=[+(\d]))"
        r"(?P<value>.{1,200})",
        "contact",
        '"HP. 085246207112", "Email: humas@bkn.go.id"',
        max_words=30,
        footer=True,
        contact=True,
    ),
    _r(
        "contact_line",
        r"(?P<value>(?:jl|jln|jalan)\.?\s+(?=.*(?:\b\d{5}\b|\bNo\.?\s*\d|\bKav\.?\s*\d)).{2,200}?)(?<![a-z][.!?])",
        "address",
        '"Jl. Jendral Gatot Subroto Kav. 51, Jakarta 12950"',
        max_words=40,
        footer=True,
        contact=True,
    ),
    _r(
        "contact_line",
        rf"(?P<value>[^.!?]{{0,80}}(?:{PHONE_PATTERN}|{EMAIL_PATTERN}).{{0,200}}\|.{{0,200}})",
        "contact",
        "a pipe-separated row with a phone number or an email address",
        max_words=40,
        footer=True,
        contact=True,
    ),
    _r(
        "contact_line",
        rf"(?P<value>(?:{PHONE_PATTERN}|{EMAIL_PATTERN})(?:\s*[,/|]\s*(?:{PHONE_PATTERN}|{EMAIL_PATTERN}))*)",
        "contact",
        max_words=6,
        footer=True,
        contact=True,
    ),
    _r(
        "end_marker",
        r"\*{3,}|#{3}|-{3,}|_{3,}|[-–—]?\s*(?:selesai|end|akhir)\s*[-–—]?|\[\s*selesai\s*\]|\(\s*\*\s*\)",
        description='"***", "-selesai-", "(*)" closing marks',
        max_words=3,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "signature",
        r"\((?P<value>[^()]{1,60})\)",
        "signature",
        'a line that is only a short parenthetical: "(ant)", "(Biro Infohan Setjen Kemhan)"',
        max_words=8,
        footer=True,
    ),
    _r("separator", r"[^\w\s]{1,10}", description="a line of punctuation only", max_words=3),
    _r(
        "sign_off",
        r"salam\s+\w+(?:\s+\w+)?\s*!*",
        description='"Salam LESTARI!"',
        max_words=3,
        footer=True,
    ),
)
"""Whole-line rules, tried in order; the first that matches names the line."""

BLOCK_HEADERS: tuple[Rule, ...] = (
    _r(
        "contact_block",
        r"(?:narahubung|kontak\s+(?:media|pers|person)|contact\s+person|media\s+contact|kontak|hubungi\s*(?=[:：]))"
        r"(?:\s+(?:lembaga|media|pers|kami))?\s*[:：,]?\s*(?P<value>.{0,160})",
        "contact",
        '"Narahubung : Anton Jumaedi", "Kontak Media:"',
        max_words=25,
        footer=True,
        contact=True,
        claims_tail=True,
    ),
    # "Untuk Informasi Lebih Lanjut: ...", "Untuk informasi lebih lanjut, hubungi:"; without the colon
    # it is a sentence of the release ("Informasi lebih lanjut dapat dilihat di ...") and stays
    _r(
        "contact_block",
        r"(?:untuk\s+)?(?:informasi|info|keterangan)\s+(?:lebih\s+)?lanjut[^:：.]{0,60}[:：]\s*(?P<value>.{0,160})",
        "contact",
        '"Untuk Informasi Lebih Lanjut: Kepala Balai ..."',
        max_words=25,
        footer=True,
        contact=True,
        claims_tail=True,
    ),
    _r(
        "signature_block",
        r"\(?(?P<value>(?:(?:biro|bagian|sub\s*bagian|tim|pusat|divisi|kepala\s+biro)\s+)?(?:humas|hubungan\s+masyarakat"
        r"|komunikasi(?:\s+(?:publik|dan\s+\w+(?:\s+\w+){0,3}))?|infohan|pusat\s+penerangan|puspen|penerangan"
        r"|corporate\s+(?:communication|secretary)|sekretaris\s+perusahaan)\b[^.!?()]{0,90})\)?",
        "signature_lines",
        '"Biro Humas Kemnaker", "Humas Kementerian ...", a closing unit signature',
        max_words=14,
        footer=True,
        claims_tail=True,
    ),
    _r(
        "about_block",
        r"(?:[Tt]entang|TENTANG|[Aa]bout|ABOUT)\s+(?P<value>(?:PT|Perum|Persero|Bank|BUMN|Kementerian|Badan|Lembaga|Otoritas|Pemerintah"
        r"|Pemprov|Pemkab|Pemkot|Pemerintah)\b.{0,80}|(?!Kami\b|Kita\b|Us\b)[A-Z][A-Za-z0-9&.]{1,15}(?:\s+[A-Z(][\w&.()]*){0,4})\s*:?",
        "about",
        '"Tentang PT Pertamina (Persero)" boilerplate company description',
        max_words=10,
        flags=0,
        footer=True,
    ),
    _r(
        "link_list",
        r"(?:link\s+counter|referensi|rujukan|sumber\s+(?:berita|referensi)|tautan)\s*:?",
        description='"Link Counter:" followed by source links',
        max_words=4,
        footer=True,
        claims_tail=True,
    ),
)
"""Lines that open a footer block; short lines after them belong to the block."""

# Datelines at the start of the first paragraph: "Jakarta, 12 Juli 2017 -", "JAKARTA, KOMPAS.com -",
# "TEMPO.CO, Jakarta -", "Samarkand, Uzbekistan, Kemendikdasmen –", "Mataram—", "Jakarta (ANTARA) -".
_SEG = r"(?:[A-Z][\w.'’&]*(?:-[A-Z][\w.'’&]*)?(?:\s+[A-Z][\w.'’&]*){0,3}|[a-z][\w-]*\.(?:com|co\.id|id|net|go\.id|co))"
_PAREN = r"\s*\((?:[A-Z][\w .]{1,20}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)"  # "(ANTARA)", "(16/9)"
DATELINE = re.compile(
    rf"(?P<value>{_SEG}(?:{_PAREN})?"
    rf"(?:\s*,\s*(?:(?:{_WEEKDAY_ALT})\s*,?\s*)?(?:{_DATE}(?:\s+{_SEG})?|{_SEG})(?:{_PAREN})?)*)"
    # " - ", "–", "—", "--", "JAKARTA-Menteri", "Jakarta, 30 Agustus 2025. Teks"
    r"(?P<dash>\s+[-–—]{1,2}\s*|\s*[–—]{1,2}\s*|--\s*|(?<=[A-Z]{3})-\s*(?=[A-Z][a-z])|(?<=\d{4})\.\s+)"
    r"(?=[\"“‘'(]?[A-Z0-9])",
)
"""Dateline prefix of a first paragraph; ``cleaning`` stores it in ``meta["dateline"]``."""

_LABEL_WORDS = (
    "Catatan|Keterangan|Informasi|Penjelasan|Sumber|Fakta|Faktanya|Kesimpulan|Pengumuman|Hoaks|Disinformasi"
    "|Ringkasan|Update|Tanggal|Waktu|Tempat|Lokasi|Agenda|Perihal|Tentang|Judul|Kategori|Editor|Penulis|Foto"
    "|Narasi|Isi|Pesan|Menteri|Presiden|Wapres|Gubernur|Bupati|Wali|Kepala|Ketua|Direktur|Sekretaris|Juru"
)
DATELINE_COLON = re.compile(
    rf"(?P<value>(?!(?:{_LABEL_WORDS})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?P<dash>:\s+)(?=[\"“‘'(]?[A-Z0-9])"
)
"""``"Jakarta: Menteri ..."`` (Kemenpora style); only taken before a whole sentence, see ``cleaning``."""

# "... peserta. (FAF - Humas Kemensetneg)", "... ujar Leonardo.(*)", "... pungkasnya. (dil)",
# "... penghargaan. *** (Penulis & Fotografer: Irfan/Editor: Denty A.)", "... kata dia. ***"
TRAILING_SIGNATURE = re.compile(
    r"(?<=[.!?\"”’')\]*])\s*(?P<value>[(\[](?P<inner>[^()\[\]]{1,90})[)\]]|\*{3,}|-\s*selesai\s*-)\s*$",
    re.IGNORECASE,
)
"""A signature, credit or end mark glued to the end of the last paragraph."""


ORG_LINE = re.compile(
    r"(?:Kementerian|Kemen[a-z]+|Badan|Biro|Bagian|Pemerintah|Pemprov|Pemkab|Pemkot|Dinas|Sekretariat|Direktorat"
    r"|Ditjen|PT|Perum|Bank|Lembaga|Otoritas|Humas|Pusat|Divisi|Republik|Universitas|Kantor|Komisi|Dewan)\b"
)
"""A line naming an institution; a closing block of such short lines is a signature."""


_ALL_RULES = (*LINE_RULES, *BLOCK_HEADERS)
_MAX_WORDS = max(rule.max_words for rule in _ALL_RULES)


def match_line(line: str) -> Rule | None:
    """The first of :data:`LINE_RULES` or :data:`BLOCK_HEADERS` that matches the whole ``line``."""
    text = line.strip()
    n_words = len(text.split())
    if not text or n_words > _MAX_WORDS:
        return None
    for rule in _ALL_RULES:
        if rule.match(text, n_words):
            return rule
    return None


def rule_table() -> list[tuple[str, str, str | None, str]]:
    """``(name, kind, meta key, description)`` of every pattern, for documentation and reports."""
    rows = [(r.name, "line", r.meta, r.description) for r in LINE_RULES]
    rows += [(r.name, "block header", r.meta, r.description) for r in BLOCK_HEADERS]
    rows += [
        ("dateline", "start of first paragraph", "dateline", DATELINE_DOC),
        (
            "signature",
            "end of last paragraph",
            "signature",
            "(FAF - Humas Kemensetneg), (ant), (*), ***",
        ),
        ("title", "first paragraph", None, "headline-like first line followed by prose"),
        (
            "subtitle",
            "first paragraph",
            "subtitle",
            "a second headline beside an HTML <title>/<h1>",
        ),
        (
            "navigation",
            "closing lines",
            None,
            "a scraped menu: five or more very short lines at the end",
        ),
        ("html_boilerplate", "HTML", None, "page text the extractor (trafilatura) left out"),
        ("footer", "closing lines", None, "short lines inside a contact/signature footer"),
    ]
    return rows


DATELINE_DOC = (
    '"Jakarta, 12 Juli 2017 -", "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -", "Mataram—"'
)


def rule_names() -> list[str]:
    """Every rule name that can appear in ``Article.removed`` (sorted)."""
    names = {r.name for r in (*LINE_RULES, *BLOCK_HEADERS)}
    names |= {
        "dateline",
        "signature",
        "title",
        "subtitle",
        "html_boilerplate",
        "footer",
        "separator",
        "navigation",
    }
    return sorted(names)
