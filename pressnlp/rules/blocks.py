"""Rules for blocks and paragraph edges: footer block headers (:data:`BLOCK_HEADERS`), the
dateline of the first paragraph and the signature at the end of the last one."""

from __future__ import annotations

import re

from pressnlp.rules.base import DATE, WEEKDAY_ALT, Rule, rule

__all__ = ["BLOCK_HEADERS", "DATELINE", "DATELINE_COLON", "ORG_LINE", "TRAILING_SIGNATURE"]

BLOCK_HEADERS: tuple[Rule, ...] = (
    rule(
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
    rule(
        "contact_block",
        r"(?:untuk\s+)?(?:informasi|info|keterangan)\s+(?:lebih\s+)?lanjut[^:：.]{0,60}[:：]\s*(?P<value>.{0,160})",
        "contact",
        '"Untuk Informasi Lebih Lanjut: Kepala Balai ..."',
        max_words=25,
        footer=True,
        contact=True,
        claims_tail=True,
    ),
    rule(
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
    rule(
        "about_block",
        r"(?:[Tt]entang|TENTANG|[Aa]bout|ABOUT)\s+(?P<value>(?:PT|Perum|Persero|Bank|BUMN|Kementerian|Badan|Lembaga|Otoritas|Pemerintah"
        r"|Pemprov|Pemkab|Pemkot|Pemerintah)\b.{0,80}|(?!Kami\b|Kita\b|Us\b)[A-Z][A-Za-z0-9&.]{1,15}(?:\s+[A-Z(][\w&.()]*){0,4})\s*:?",
        "about",
        '"Tentang PT Pertamina (Persero)" boilerplate company description',
        max_words=10,
        flags=0,
        footer=True,
    ),
    rule(
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
    rf"(?:\s*,\s*(?:(?:{WEEKDAY_ALT})\s*,?\s*)?(?:{DATE}(?:\s+{_SEG})?|{_SEG})(?:{_PAREN})?)*)"
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
