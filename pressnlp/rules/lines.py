"""Whole-line rules (:data:`LINE_RULES`): widgets, counters, credits, contact lines, ... ."""

from __future__ import annotations

from pressnlp.contacts import EMAIL_PATTERN, PHONE_PATTERN
from pressnlp.rules.base import DATE, WEEKDAY_ALT, Rule, rule

__all__ = ["LINE_RULES"]

_TIME = r"(?:(?:pukul|jam)\s*)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT|GMT\s*\+?\d*|UTC)?"
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
    rule(
        "share_widget",
        rf"(?:bagikan|share|sebarkan|bagi)(?:\s+(?:berita|artikel|ini|this|halaman|postingan|post)){{0,2}}"
        rf"(?:\s+(?:ke|on|via|to|melalui))?\s*:?(?:\s*{_SOCIAL}\b[\s,|/•·]*)*",
        description='"bagikan berita ke :", "Share this:", "Bagikan: Facebook Twitter"',
        max_words=14,
        footer=True,
    ),
    rule(
        "share_widget",
        rf"(?:{_SOCIAL}\s*[|,/•·]?\s*){{2,}}",
        description="a bare row of share buttons",
        max_words=12,
        footer=True,
    ),
    rule(
        "view_counter",
        rf"(?:(?:telah\s+)?(?:di\s*baca|dilihat|dikunjungi)|views?|pembaca|hits|jumlah\s+(?:pembaca|kunjungan))"
        rf"\s*:?\s*(?P<value>{_NUM})\s*(?:kali|x|views?|pembaca)?",
        "views",
        '"Di baca 1414 kali", "Dilihat: 2.345 kali", "Views: 120"',
        max_words=8,
    ),
    rule(
        "view_counter",
        rf"(?P<value>{_NUM})\s*(?:kali\s+(?:di\s*baca|dilihat)|x\s+dibaca|total\s+views?|views?|pembaca|hits|kunjungan)"
        rf"(?:\s*,\s*{_NUM}\s*views?\s+today)?",
        "views",
        '"39,540 total views, 2,488 views today" (WordPress Post Views Counter)',
        max_words=10,
    ),
    rule(
        "rating_widget",
        r"(?:bagaimana|apa)\s+(?:pendapat|reaksi|perasaan|tanggapan|penilaian)\s+(?:anda|kamu|sobat)\b.{0,60}",
        description='"Bagaimana pendapat anda mengenai artikel ini?"',
        max_words=14,
        footer=True,
    ),
    rule(
        "rating_widget",
        r"(?:beri(?:kan)?\s+(?:rating|penilaian|nilai)|rate\s+this|apakah\s+(?:artikel|informasi|halaman)\s+ini\s+"
        r"(?:bermanfaat|membantu))\b.{0,50}",
        max_words=12,
        footer=True,
    ),
    rule(
        "rating_widget",
        r"(?:(?:senang|sedih|marah|terkejut|kaget|terinspirasi|bangga|takut|lucu|suka|tidak\s+suka|terhibur"
        r"|bosan|gembira|khawatir|puas|kecewa|wow|inspiratif|menarik|biasa\s+saja)\s*(?:\d+\s*)?[|,·]?\s*){2,}",
        description="a row of reaction labels (Senang Sedih Marah ...)",
        max_words=20,
        footer=True,
    ),
    rule(
        "count_row",
        r"\d{1,6}(?:\s+\d{1,6})+",
        description='a row of bare widget counts such as "0   0   0   0   0"',
        max_words=12,
        footer=True,
    ),
    rule(
        "baca_juga",
        r"(?:baca\s+(?:juga|pula)|simak\s+juga|lihat\s+juga|artikel\s+terkait|berita\s+terkait|related(?:\s+news)?)"
        r"\s*(?:[:\-–—»>]\s*.*|)",
        description='"Baca juga: ..." cross-links',
        max_words=30,
    ),
    rule(
        "baca_juga",
        r"(?:baca\s+juga|simak\s+juga|lihat\s+juga)\s+[^.!?]*[^.!?,;:]",
        description='"Baca juga Judul Lain" without a colon (a headline: no sentence end)',
        max_words=16,
    ),
    rule(
        "baca_juga",
        r"(?:baca\s+selengkapnya|selengkapnya|read\s+more)\s*(?:[:\-–—»>]|di|\.{2,}|…)\s*.*",
        max_words=20,
    ),
    rule("baca_juga", r"baca\s*:\s*.*", description='"Baca: <headline>"', max_words=20),
    rule(
        "pagination",
        r"halaman(?:\s+\d+(?:\s+dari\s+\d+)?)?|selanjutnya|sebelumnya|next|prev(?:ious)?|\d{1,2}|load\s+more"
        r"|muat\s+lebih\s+banyak|tampilkan\s+(?:semua|lebih\s+banyak)|lihat\s+semua|[«‹]?\s*(?:\d{1,2}\s+){1,8}[»›]?",
        description='page-navigation widgets: "Halaman", "1", "2", "Selanjutnya"',
        max_words=10,
    ),
    rule(
        "credit",
        rf"\(?\s*(?P<value>{_CREDIT}(?:\s*[|;/,]\s*{_CREDIT})*)\s*\)?",
        "credits",
        '"Editor: des", "Penulis: Mia | Foto: Kis", "(Foto: Humas)"',
        max_words=24,
        footer=True,
    ),
    rule(
        "source_credit",
        r"(?:sumber|source)\s*:\s*(?P<value>\S.{0,80})",
        "source",
        '"Sumber: indonesia.go.id"',
        max_words=10,
        footer=True,
    ),
    rule(
        "release_number",
        r"(?:(?:siaran\s+pers|press\s+release|rilis(?:\s+pers)?|keterangan\s+pers)(?:\s+bersama)?\s*[:,]?\s*)?"
        # "\s" not "\s?" before the second part: an optional space between two runs of the same
        # class made "Nomor: 111..." backtrack quadratically (issue 20); the matches are the same
        r"(?:nomor|no\.?|number|nr\.?)\s*[:.]?\s*(?P<value>[A-Z0-9][\w.\-]*(?:\s[\w.\-]+)?(?:\s*/\s*[\w.\-]+)+)",
        "release_number",
        '"Siaran Pers Nomor: 123/HM/..", "Nomor: SP.297/HUMAS/PP/HMS.3/11/2025"',
        max_words=10,
    ),
    rule(
        "release_number",
        r"(?:nomor|no\.?)\s*:?",
        "release_number",
        'a "Nomor:" label on its own line',
        max_words=2,
    ),
    rule(
        "release_number",
        r"(?P<value>[A-Z][A-Za-z.\-]{0,8}\s?\d{1,5}(?:\s*/\s*[\w.\-]+){2,})",
        "release_number",
        'a bare release number line: "SP-133/GKPB/OJK/VIII/2025"',
        max_words=3,
        flags=0,
    ),
    rule(
        "release_header",
        r"tentang\s*:?|perihal\s*:?|hal\s*:",
        description='the "Tentang" label above the subject of a numbered release',
        max_words=1,
    ),
    rule(
        "release_header",
        r"(?P<value>siaran\s+pers(?:\s+bersama)?|press\s+release|rilis\s+pers|keterangan\s+pers|"
        r"pengumuman\s+resmi|for\s+immediate\s+release|untuk\s+segera\s+(?:diterbitkan|dipublikasikan)"
        r"|siaran\s+pers\s+untuk\s+segera\s+diterbitkan)(?:\s+[A-Z][\w.]*){0,3}\s*[:!]?",
        "release_type",
        '"SIARAN PERS", "Siaran Pers Bersama", "Press Release"',
        max_words=7,
    ),
    rule(
        "date_line",
        rf"(?:(?:diposting|diterbitkan|dipublikasikan|ditulis|dirilis|tanggal|posted(?:\s+on)?|published(?:\s+on)?"
        rf"|tgl\.?)\s*(?:pada|on)?\s*:?\s*)?(?:(?:{WEEKDAY_ALT})\s*,?\s*)?\(?(?P<value>{DATE})\)?"
        rf"(?:\s*[|,\-–—/]?\s*{_TIME})?(?:\s*[|,\-–—]?\s*(?:oleh|by)\s*:?\s*\S.{{0,40}})?",
        "date_text",
        '"Rabu, 12 Juli 2017", "2019-03-21", "11 November 2025 | 13.45 WIB"',
        max_words=12,
    ),
    rule(
        "dateline_line",
        rf"(?P<value>(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*,\s*)(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}\s*,\s*){{0,3}}"
        rf"(?:(?:{WEEKDAY_ALT})\s*,?\s*)?{DATE})\s*[-–—]?",
        "dateline",
        '"Jakarta, Kemenhut, 14 November 2025" on a line of its own',
        max_words=12,
        footer=True,
    ),
    rule(
        "pdf_download",
        r"(?:format\s+pdf\s+siaran\s+pers.*|(?:unduh|download|dowload)\s+(?:siaran\s+pers|rilis|dokumen|file|materi"
        r"|lampiran|selengkapnya|versi\s+pdf|pdf).*|.*\((?:download|unduh)\)|.*(?:dapat|bisa)\s+di\s*"
        r"(?:unduh|download|dowload)\s+(?:di\s*sini|disini)\.?)",
        description='"Format pdf siaran pers ini dapat diunduh pada tautan berikut."',
        max_words=25,
        footer=True,
    ),
    rule(
        "cms_line",
        r"penanggung\s*jawab(?:\s+berita)?\s*:?\s*(?P<value>.*)",
        "responsible",
        '"Penanggung jawab berita: ..."',
        max_words=25,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "cms_line",
        r"(?:kategori|category|tags?|label|topik|rubrik)\s*:\s*.{1,120}",
        max_words=20,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "cms_line",
        r"(?:diposting|ditulis|diunggah|diperbarui|terakhir\s+diperbarui|last\s+updated|posted|updated)\s*"
        r"(?:oleh|by|pada|on)\s*:?\s*.{1,60}",
        max_words=12,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "cms_line",
        r"(?:oleh|by|admin|administrator)\s*:\s*\S.{0,40}",
        max_words=6,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "cms_line",
        r"(?:ditulis\s+|diposting\s+)?(?:oleh|by)\s+(?:admin\w*|administrator|redaksi|humas|tim|webmaster)"
        r"\b[^.]{0,40}",
        description='"Oleh Admin", "Oleh Humas Pemkot"',
        max_words=8,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "breadcrumb",
        r"(?:beranda|home)\s*(?:[>»›/|]\s*[^>»›/|.]{1,60}){1,6}|\S[^>»›|.]{0,40}(?:\s*[>»›]\s*[^>»›|.]{1,60}){2,6}",
        description='"Beranda > Berita > ..." navigation trail',
        max_words=25,
    ),
    rule(
        "link_list",
        r"-?\s*(?:https?://|www\.)\S+",
        description="a line that is only a link",
        max_words=1,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "hashtags",
        rf"(?:{_HASHTAG}(?:\s+[A-Z][a-z]+)?[\s,.]*)+",
        description='a line of hashtags ("#Sobat Hijau" too)',
        max_words=20,
        footer=True,
    ),
    rule(
        "media_widget",
        r"press\s+esc\s+to\s+exit\s+full\s*screen|your\s+browser\s+does\s+not\s+support.{0,60}|play\s+video"
        r"|putar\s+video|(?:tonton|saksikan)\s+(?:video|selengkapnya)\s*(?:di|:).{0,120}|advertisement|iklan"
        r"|(?:simak|tonton|saksikan)\s+(?:juga\s+)?video\b.{0,150}|\[gambas:.{0,80}\]|saksikan\s+live\w*\b.{0,80}"
        r"|scroll\s+(?:untuk|to)\s+.{0,40}|gulir\s+untuk\s+.{0,40}",
        description="video-player and advert chrome",
        max_words=16,
    ),
    rule(
        "comments",
        r"(?:\d+\s+)?(?:komentar|comments?)|tulis(?:kan)?\s+komentar(?:\s+anda)?|tinggalkan\s+(?:komentar|balasan)"
        r"|leave\s+a\s+(?:comment|reply)",
        description="comment-widget labels",
        max_words=4,
    ),
    rule(
        "distribution_note",
        r"(?P<value>(?:berita|siaran\s+pers|rilis)\s+ini\s+(?:disiarkan|diterbitkan|disebarluaskan|dirilis)\s+oleh\b.*)",
        "contact",
        '"Berita ini disiarkan oleh Biro Komunikasi ... hotline 1500-567 ... email ..."',
        max_words=90,
    ),
    rule(
        "greeting",
        r"(?:halo|hai|hi|hallo)\s+sobat\b[^.!?]{0,30}[.!?,]*",
        description='"Halo Sobat Hijau!"',
        max_words=5,
    ),
    rule(
        "social_footer",
        rf"(?:{_SOCIAL_LABEL}|ikuti\s+kami|follow\s+us|temukan\s+kami)\s*(?:di|on)?\s*[:：]\s*(?P<value>.{{0,200}})",
        "social",
        '"Instagram: @kemenhut", "Laman: kemendikdasmen.go.id, X: ..."',
        max_words=30,
        footer=True,
    ),
    rule(
        "social_footer",
        r"@[\w.]{2,40}",
        "social",
        "a bare social-media handle",
        max_words=1,
        footer=True,
    ),
    rule(
        "social_footer",
        r"(?:ikuti|follow)\s+(?:kami|us)(?:\s+(?:di|on))?\s*:?",
        "social",
        '"Ikuti kami di"',
        max_words=4,
        footer=True,
    ),
    rule(
        "social_footer",
        r"(?:ikuti|follow)\s+(?:kami|juga|akun|us).{0,80}(?:media\s+sosial|instagram|twitter|facebook|youtube|tiktok)"
        r"[^.]{0,80}\.?",
        "social",
        max_words=25,
        footer=True,
    ),
    rule(
        "link_list",
        r"[^:]{2,40}:\s*(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?",
        description='"Siaran Pers Kemendikdasmen: kemdikdasmen.go.id/..." (a label and a link)',
        max_words=8,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "copyright",
        r"(?:©|\(c\)|copyright|hak\s+cipta)\s*.{0,200}",
        description="copyright line",
        max_words=30,
        footer=True,
    ),
    rule(
        "copyright",
        r".{0,120}(?:hak\s+cipta\s+dilindungi|all\s+rights\s+reserved).{0,80}",
        max_words=30,
        footer=True,
    ),
    rule(
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
    rule(
        "contact_line",
        r"(?P<value>(?:jl|jln|jalan)\.?\s+(?=.*(?:\b\d{5}\b|\bNo\.?\s*\d|\bKav\.?\s*\d)).{2,200}?)(?<![a-z][.!?])",
        "address",
        '"Jl. Jendral Gatot Subroto Kav. 51, Jakarta 12950"',
        max_words=40,
        footer=True,
        contact=True,
    ),
    rule(
        "contact_line",
        rf"(?P<value>[^.!?]{{0,80}}(?:{PHONE_PATTERN}|{EMAIL_PATTERN}).{{0,200}}\|.{{0,200}})",
        "contact",
        "a pipe-separated row with a phone number or an email address",
        max_words=40,
        footer=True,
        contact=True,
    ),
    rule(
        "contact_line",
        rf"(?P<value>(?:{PHONE_PATTERN}|{EMAIL_PATTERN})(?:\s*[,/|]\s*(?:{PHONE_PATTERN}|{EMAIL_PATTERN}))*)",
        "contact",
        max_words=6,
        footer=True,
        contact=True,
    ),
    rule(
        "end_marker",
        r"\*{3,}|#{3}|-{3,}|_{3,}|[-–—]?\s*(?:selesai|end|akhir)\s*[-–—]?|\[\s*selesai\s*\]|\(\s*\*\s*\)",
        description='"***", "-selesai-", "(*)" closing marks',
        max_words=3,
        footer=True,
        claims_tail=True,
    ),
    rule(
        "signature",
        r"\((?P<value>[^()]{1,60})\)",
        "signature",
        'a line that is only a short parenthetical: "(ant)", "(Biro Infohan Setjen Kemhan)"',
        max_words=8,
        footer=True,
    ),
    rule("separator", r"[^\w\s]{1,10}", description="a line of punctuation only", max_words=3),
    rule(
        "sign_off",
        r"salam\s+\w+(?:\s+\w+)?\s*!*",
        description='"Salam LESTARI!"',
        max_words=3,
        footer=True,
    ),
)
"""Whole-line rules, tried in order; the first that matches names the line."""
