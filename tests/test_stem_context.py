"""Issue 18: a headline is stemmed with the evidence of its own release's running text.

The titles and body sentences are quoted from shared releases (Kemhan, Kemnaker, BGN,
Kemenkomdigi); the bodies are cut to the sentences that carry the evidence.
"""

from __future__ import annotations

import pytest

from pressnlp import stem, stem_tokens
from pressnlp.stemming.context import DocumentCase

LORONG_TITLE = "Kemhan Buka Kembali Lorong Sejarah Untuk Umum Hadirkan Edukasi Pertahanan Nasional"
LORONG_BODY = (
    "Jakarta – Lorong Sejarah Kementerian Pertahanan Republik Indonesia (Kemhan RI) kembali "
    "dibuka untuk umum. Kemudian, peninjauan Gedung Jenderal Sudirman, pusat kegiatan "
    "pimpinan Kemhan, serta penelusuran Lorong Sejarah yang menggambarkan perjalanan panjang "
    "perjuangan bangsa.\n\nDiharapkan, pembukaan kembali Lorong Sejarah ini dapat menjadi "
    "sarana edukatif."
)
DUTA_TITLE = "Kepala BGN Nilai SPPG Sebatik Bisa Jadi Duta MBG Kawasan Perbatasan RI-Malaysia"
DUTA_BODY = (
    "SPPG di Pulau Sebatik dapat menjadi rujukan bagi pihak-pihak yang akan membangun SPPG di "
    'daerah lain sekaligus duta MBG di kawasan perbatasan. "Ini bisa menjadi duta juga."'
)
RIGHTS_TITLE = "Menkomdigi: Publisher Rights Jaga Keberlanjutan Media dan Akurasi Informasi Publik"
RIGHTS_BODY = "Melalui publisher rights, pemerintah melindungi hak ekonomi media nasional."


def _stems(title: str, **kw: object) -> dict[str, str]:
    return {t.token: t.stem for t in stem_tokens(title, **kw)}  # type: ignore[arg-type]


def test_document_case_counts_running_text_only() -> None:
    text = "LORONG SEJARAH DIBUKA\nWarga membuka Lorong Sejarah lalu menutup Lorong Sejarah."
    heading = (0, text.index("\n"))
    case = DocumentCase.read(text, [heading])
    assert case.named_pair("lorong", "sejarah")
    assert not case.lower_only("lorong")  # written capitalised inside the sentence
    assert case.lower_only("warga") is False  # only at the sentence start, never lower
    assert case.lower_only("membuka")
    # the heading is not read: its capitals would count as names otherwise
    title = "Warga Buka Lorong Sejarah Lagi, Warga Buka Lorong Sejarah Lagi"
    only_heading = DocumentCase.read(f"{title}\nwarga membuka.", [(0, len(title))])
    assert only_heading.capital("lorong") == 0
    assert not only_heading.named_pair("lorong", "sejarah")
    assert only_heading.lower("warga") == 1


def test_one_capitalised_mention_is_no_name() -> None:
    case = DocumentCase.read("Ia mengunjungi Lorong Sejarah kemarin.")
    assert not case.named_pair("lorong", "sejarah")  # written so once: not enough


def test_body_keeps_a_name_of_ordinary_words() -> None:
    alone = _stems(LORONG_TITLE)
    assert alone["Lorong"] == "lorong"  # no evidence in the title's words
    ctx = _stems(LORONG_TITLE, context=LORONG_BODY)
    assert (ctx["Lorong"], ctx["Sejarah"]) == ("Lorong", "Sejarah")
    # ordinary words of the same title are still stemmed
    assert (ctx["Hadirkan"], ctx["Buka"]) == ("hadir", "buka")


def test_body_in_lower_case_stems_kept_words() -> None:
    alone = _stems(DUTA_TITLE)
    assert alone["Duta"] == "Duta"
    ctx = _stems(DUTA_TITLE, context=DUTA_BODY)
    assert ctx["Duta"] == "duta"
    # acronyms of a Title Case line stay, whatever the body does
    assert (ctx["BGN"], ctx["SPPG"], ctx["MBG"], ctx["RI-Malaysia"]) == (
        "BGN",
        "SPPG",
        "MBG",
        "RI-Malaysia",
    )
    rights = _stems(RIGHTS_TITLE, context=RIGHTS_BODY)
    assert (rights["Publisher"], rights["Rights"]) == ("publisher", "rights")


def test_title_and_body_in_one_text_read_the_same_evidence() -> None:
    text = f"{LORONG_TITLE}\n{LORONG_BODY}"
    whole = stem_tokens(text)
    title_end = len(LORONG_TITLE)
    in_title = {t.token: t.stem for t in whole if t.end <= title_end}
    assert in_title == _stems(LORONG_TITLE, context=LORONG_BODY)
    # stem() and stem_tokens() agree on the same text
    assert stem(text).startswith("Kemhan buka kembali Lorong Sejarah untuk umum hadir")
    assert stem(LORONG_TITLE, context=LORONG_BODY) == stem(text).split("\n")[0]


def test_roman_numerals_and_all_caps_acronyms() -> None:
    title = "Kemnaker Mulai Buka Pendaftaran Peserta Pemagangan Nasional Batch II Hari Ini"
    # a body that writes "ii" lower case (a list item) does not turn the numeral into a word
    body = "Pendaftaran dibuka untuk peserta batch kedua. Lihat butir ii di bawah ini."
    stems = _stems(title, context=body)
    assert stems["II"] == "II"
    assert stems["Batch"] == "batch"  # the body writes it lower case only


def test_context_must_be_text() -> None:
    with pytest.raises(TypeError, match="needs a str"):
        stem(LORONG_TITLE, context=b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs a str"):
        stem_tokens(LORONG_TITLE, context=3)  # type: ignore[arg-type]
    # an empty context is no evidence: the title alone
    assert stem(LORONG_TITLE, context="") == stem(LORONG_TITLE)


def test_a_title_repeated_in_the_body_is_no_evidence() -> None:
    # ESDM release scraped with its line breaks lost: the body repeats the title twice,
    # glued to the date, and writes "di lingkungan Kementerian ESDM" in its sentence
    title = "Menteri ESDM Lantik Pejabat Tinggi di Lingkungan Kementerian ESDM"
    body = (
        f"{title}Rabu, 25 Juni 2025 - Di{title}Menteri Energi dan Sumber Daya Mineral hari ini "
        "melantik Pejabat Tinggi di lingkungan Kementerian ESDM. Pelantikan dilaksanakan di "
        "Jakarta, lalu para pejabat baru menyapa Pejabat Tinggi yang lama."
    )
    case = DocumentCase.read(body, headlines=[title])
    assert title not in case.text
    assert not case.named_pair("lingkungan", "kementerian")  # lower case in the sentence
    stems = _stems(title, context=body)
    assert (stems["Lantik"], stems["Lingkungan"]) == ("lantik", "lingkungan")
    # the same body without the title removed would have made it a name twice over
    unread = DocumentCase.read(body)
    assert unread.capital("lingkungan") == 2 and unread.lower("lingkungan") == 1


def test_a_pair_with_a_number_or_a_mostly_lower_word_is_no_name() -> None:
    title = "Badan Geologi Rekomendasi Evakuasi Masyarakat dalam Radius 7 Km dari Kawah"
    body = "Warga di dalam Radius 7 Km diungsikan. Petugas menjaga dalam Radius 7 Km itu."
    assert _stems(title, context=body)["Radius"] == "radius"
    case = DocumentCase.read(
        "Warga membuka Lorong Sejarah, lalu membuka Lorong Sejarah. Itu sejarah, "
        "sejarah lama, sejarah kita."
    )
    assert not case.named_pair("lorong", "sejarah")  # "sejarah" is mostly a word here


def test_addresses_and_gazetteer_names_are_no_lower_case_evidence() -> None:
    # a Kemenhut release: the body names the ministry only in its web address and handle
    title = "Kemenhut Tanam Pohon Bersama Warga Serang"
    body = (
        "Informasi lebih lanjut di www.kemenhut.go.id dan @kemenhut. Hama bisa serang "
        "tanaman muda, kata petugas."
    )
    case = DocumentCase.read(body)
    assert case.lower("kemenhut") == 0  # inside an address: no lower-case use
    assert case.lower_only("serang")  # the verb, in lower case
    stems = _stems(title, context=body)
    # the short name of an institution and a place of the gazetteer stay names
    assert (stems["Kemenhut"], stems["Serang"]) == ("Kemenhut", "Serang")
    assert (stems["Tanam"], stems["Pohon"]) == ("tanam", "pohon")


def test_many_headline_lines_ask_a_bounded_number_of_questions() -> None:
    # thousands of distinct headline lines between sentences: the running text answers
    # the first questions; the rest keep the headline rules' stems (cost stays linear)
    from pressnlp.stemming import context

    def name(i: int) -> str:  # a distinct unknown word per line: Kombab, Kombac, ...
        return "Komb" + "".join(chr(97 + int(d)) for d in str(i))

    lines = []
    for i in range(800):
        lines.append(f"Menteri Resmikan Gedung {name(i)} Baru Di Kota")
        lines.append(f"Warga membuka gedung {name(i).lower()} dan menyapa Lorong Sejarah.")
    text = "\n".join(lines)
    tokens = stem_tokens(text)
    assert len(tokens) == len(text.split())  # every token stemmed, none lost
    first = {t.token: t.stem for t in tokens[:7]}
    assert first[name(0)] == name(0).lower()  # asked early: the body writes it in lower case
    last_line = [t for t in tokens if t.start >= text.rindex("Menteri Resmikan")][:7]
    assert {t.token: t.stem for t in last_line}[name(799)] == name(799)  # not asked
    case = DocumentCase("x")
    for i in range(context._MAX_QUESTIONS + 5):
        case.lower(f"w{i}")
    assert len(case._counts) == context._MAX_QUESTIONS
