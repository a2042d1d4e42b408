"""Each pass of the entity layer (``pressnlp.ner``) on its own, on Indonesian sentences.

Spans the statistical model would give are set by hand, so a pass is tested without the
model; ``tests/test_entities.py`` tests the passes together through the component.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Sequence
from importlib import resources
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

import pressnlp.components.entities  # noqa: F401  (registers the Doc/Span extensions)
from pressnlp import dates
from pressnlp.ner import lexicon as lexicon_module
from pressnlp.ner.boundaries import merge_acronyms
from pressnlp.ner.context import NerContext, NerOptions
from pressnlp.ner.date_spans import date_spans, extend_dates, split_trailing_weekdays
from pressnlp.ner.gazetteer_spans import GazetteerMatcher, gazetteer_spans
from pressnlp.ner.lexicon import lexicon, weekday_names, word_list
from pressnlp.ner.merge import merge_spans
from pressnlp.ner.model import model_spans
from pressnlp.ner.persons import appositive_persons
from pressnlp.ner.relabel import drop_place_roles, relabel_spans
from pressnlp.ner.shapes import shape_spans
from pressnlp.ner.splits import split_spans
from pressnlp.ner.values import set_values

Ents = Sequence[tuple[str, str]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("id")


@pytest.fixture(scope="module")
def matcher(nlp: Language) -> GazetteerMatcher:
    return GazetteerMatcher(nlp)


def _ctx(
    nlp: Language, text: str, ents: Ents = (), pub: dt.date | None = None, **options: Any
) -> tuple[NerContext, list[Span]]:
    """A context for ``text`` and the spans ``ents`` (text, label) as the model gives them."""
    doc = nlp.make_doc(text)
    spans = []
    for part, label in ents:
        start = text.index(part)
        span = doc.char_span(start, start + len(part), label=label)
        assert span is not None, part
        spans.append(span)
    return NerContext(doc, NerOptions(**options), pub=pub), spans


def _pairs(spans: Sequence[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


# -- word lists ----------------------------------------------------------------------------


def _data_files() -> list[str]:
    folder = resources.files("pressnlp") / "data" / "ner"
    return sorted(f.name for f in folder.iterdir() if f.name.endswith(".txt"))


def test_every_word_list_says_what_it_is_and_is_used() -> None:
    source = inspect.getsource(lexicon_module)
    names = _data_files()
    assert len(names) > 30
    for name in names:
        stem = name.removesuffix(".txt")
        text = (resources.files("pressnlp") / "data" / "ner" / name).read_text(encoding="utf-8")
        assert text.startswith("# "), f"{name} has no header"
        entries = word_list(stem)
        assert entries, f"{name} is empty"
        assert len(set(entries)) == len(entries), f"{name} lists an entry twice"
        assert f'"{stem}"' in source, f"{name} is read by no field of Lexicon"


def test_lexicon_combines_lists() -> None:
    lex = lexicon()
    assert lex.place_preps < lex.locative_before and "wilayah" in lex.locative_before
    assert lex.org_nouns < lex.org_heads and "kedutaan" in lex.org_heads
    assert {"awal", "lalu", "pagi", "tahun"} <= lex.date_context
    assert lex.appositive_cues[:2] == (("salah", "seorang"), ("salah", "satu"))
    # case is kept where it matters: acronyms and Titlecase unit words
    assert "PPh" in lex.not_org_acronyms and "pph" not in lex.not_org_acronyms
    assert "Biro" in lex.unit_words and "biro" not in lex.unit_words


def test_weekdays_are_the_shared_table() -> None:
    # press spec: "Minggu (5/10/2025)" is a DATE; capitalised "Minggu" is Sunday
    shared = {w[:1].upper() + w[1:] for w in dates.WEEKDAYS}
    assert weekday_names() == shared
    assert {"Senin", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad"} <= weekday_names()


# -- model spans -----------------------------------------------------------------------------


def test_model_spans_drop_titles_and_sentence_initial_words(nlp: Language) -> None:
    text = "Paparan diakhiri dengan tanya jawab bersama M.Eng. dari Kementerian/Lembaga, kemarin."
    ents = [("Paparan", "PERSON"), ("M.Eng.", "PERSON"), ("Kementerian/Lembaga,", "ORG")]
    ctx, spans = _ctx(nlp, text, ents)
    assert _pairs(model_spans(ctx, spans)) == [("Kementerian/Lembaga", "ORG")]
    # without the PERSON rules a capitalised common word stays
    ctx, spans = _ctx(
        nlp, "Paparan diakhiri dengan tanya jawab.", [("Paparan", "PERSON")], persons=False
    )
    assert _pairs(model_spans(ctx, spans)) == [("Paparan", "PERSON")]


# -- dates and the merge policy --------------------------------------------------------------


def test_date_spans_finds_rule_dates_with_values(nlp: Language) -> None:
    text = "Pelatihan berlangsung 3 s.d. 14 Juli 2017 di Jakarta."
    ctx, _ = _ctx(nlp, text, pub=dt.date(2017, 7, 12))
    found = date_spans(ctx)
    assert [(d.span.text, d.value, d.kind) for d in found] == [
        ("3 s.d. 14 Juli 2017", "2017-07-03/2017-07-14", "range")
    ]
    ctx, _ = _ctx(nlp, text, dates=False)
    assert date_spans(ctx) == []


def test_merge_rule_date_says_more_than_model_date(nlp: Language) -> None:
    text = "Pelatihan berlangsung 3 s.d. 14 Juli 2017 di Jakarta."
    ctx, model = _ctx(nlp, text, [("14 Juli 2017", "DATE")], pub=dt.date(2017, 7, 12))
    merged = merge_spans(ctx, model, date_spans(ctx), [])
    assert _pairs(merged) == [("3 s.d. 14 Juli 2017", "DATE")]
    assert ctx.values == {(22, 41): "2017-07-03/2017-07-14"}


def test_merge_keeps_model_boundaries_with_rule_value(nlp: Language) -> None:
    text = "Acara digelar Minggu (24/8) pagi di Bogor."
    ctx, model = _ctx(nlp, text, [("Minggu (24/8) pagi", "DATE")], pub=dt.date(2025, 8, 20))
    assert [d.span.text for d in date_spans(ctx)] == ["Minggu (24/8)"]
    merged = merge_spans(ctx, model, date_spans(ctx), [])
    assert _pairs(merged) == [("Minggu (24/8) pagi", "DATE")]
    assert list(ctx.values.values()) == ["2025-08-24"]
    # but a number the model missed goes in: "[Maret] 2025"
    ctx, model = _ctx(nlp, "Inflasi pada Maret 2025 turun.", [("Maret", "DATE")])
    assert _pairs(merge_spans(ctx, model, date_spans(ctx), [])) == [("Maret 2025", "DATE")]


def test_merge_cuts_a_name_running_into_a_date(nlp: Language) -> None:
    text = "Jakarta (13/11/2025) - Menteri hadir."
    ctx, model = _ctx(nlp, text, [("Jakarta (13/11/2025)", "LOC")])
    merged = merge_spans(ctx, model, date_spans(ctx), [])
    assert _pairs(merged) == [("Jakarta", "LOC"), ("(13/11/2025)", "DATE")]


def test_merge_drops_model_dates_that_are_durations(nlp: Language) -> None:
    ctx, model = _ctx(nlp, "Rapat berlangsung selama dua jam di kantor.", [("dua jam", "DATE")])
    assert merge_spans(ctx, model, date_spans(ctx), []) == []
    text = "Sesuai Peraturan Menteri Nomor 12 Tahun 2017 tentang pajak."
    ctx, model = _ctx(nlp, text, [("Tahun 2017", "DATE")])
    assert merge_spans(ctx, model, date_spans(ctx), []) == []
    # with the date rules off the model's DATE stands
    ctx, model = _ctx(nlp, text, [("Tahun 2017", "DATE")], dates=False)
    assert _pairs(merge_spans(ctx, model, date_spans(ctx), [])) == [("Tahun 2017", "DATE")]


def test_merge_exact_institution_beats_model_person(
    nlp: Language, matcher: GazetteerMatcher
) -> None:
    ctx, model = _ctx(nlp, "Pegawai Kemensetneg Budi hadir.", [("Kemensetneg Budi", "PERSON")])
    found = gazetteer_spans(ctx, matcher)
    merged = merge_spans(ctx, model, [], found)
    assert _pairs(merged) == [("Kemensetneg", "ORG")]
    assert ctx.protected == {id(merged[0])}
    # a match inside a longer model ORG leaves the model's span
    text = "Rapat di Kemensetneg Jakarta Pusat kemarin."
    ctx, model = _ctx(nlp, text, [("Kemensetneg Jakarta Pusat", "ORG")])
    merged = merge_spans(ctx, model, [], gazetteer_spans(ctx, matcher))
    assert _pairs(merged) == [("Kemensetneg Jakarta Pusat", "ORG")]
    assert not ctx.protected


# -- gazetteer -------------------------------------------------------------------------------


def test_gazetteer_units_belong_to_the_name_but_not_job_titles(
    nlp: Language, matcher: GazetteerMatcher
) -> None:
    ctx, _ = _ctx(nlp, "Kepala Biro Humas Kemnaker dan Biro Humas Kemnaker hadir.")
    assert _pairs(gazetteer_spans(ctx, matcher)) == [
        ("Kemnaker", "ORG"),
        ("Biro Humas Kemnaker", "ORG"),
    ]


def test_gazetteer_bare_places_need_a_place_cue(nlp: Language, matcher: GazetteerMatcher) -> None:
    text = "Ia belajar bahasa Inggris ke Jepang. Jepang melarang impor."
    ctx, _ = _ctx(nlp, text)
    found = gazetteer_spans(ctx, matcher)
    assert [(s.start_char, s.text) for s in found] == [(29, "Jepang")]
    ctx, _ = _ctx(nlp, text, bare_places=True)  # "bahasa Inggris" is a language all the same
    assert _pairs(gazetteer_spans(ctx, matcher)) == [("Jepang", "LOC"), ("Jepang", "LOC")]


# -- persons ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("Juvenal, salah satu peserta, mengatakan pelatihan bermanfaat.", [], ["Juvenal"]),
        ("Pantun, salah satu bentuk puisi lama, dibacakan.", [], []),
        (
            "Kepala Dinas Kominfo Jabar, Ika Mardiah, mengatakan hal itu.",
            [("Ika Mardiah", "ORG")],
            ["Ika Mardiah"],
        ),
        (
            "Faisal Fahmi, Kepala Bidang Kerja Sama, menjelaskan program.",
            [("Faisal Fahmi", "LOC")],
            ["Faisal Fahmi"],
        ),
    ],
)
def test_appositive_persons(nlp: Language, text: str, ents: Ents, expected: list[str]) -> None:
    ctx, spans = _ctx(nlp, text, ents)
    out = appositive_persons(ctx, spans)
    assert [s.text for s in out if s.label_ == "PERSON"] == expected
    assert len(out) == max(len(expected), len(spans))


def test_appositive_persons_leave_gazetteer_spans_alone(nlp: Language) -> None:
    text = "Kepala Dinas Kominfo Jabar, Ika Mardiah, mengatakan hal itu."
    ctx, spans = _ctx(nlp, text, [("Ika Mardiah", "ORG")])
    ctx.protected.add(id(spans[0]))
    assert _pairs(appositive_persons(ctx, spans)) == [("Ika Mardiah", "ORG")]


# -- shapes, splits, labels --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "BI melanjutkan pembelian Surat Berharga Negara di pasar.",
            [("pembelian Surat Berharga Negara", "ORG")],
            [("Surat Berharga Negara", "ORG")],
        ),
        ("Pengangkatan PPPK dilakukan tahun ini.", [("PPPK", "ORG")], []),
        ("Menkop Ferry membuka acara.", [("Menkop Ferry", "PERSON")], [("Ferry", "PERSON")]),
        ("Nilai Yen Jepang melemah.", [("Yen Jepang", "LOC")], []),
        ("Serangan bom bunuh diri Mei lalu.", [("Mei", "PERSON")], [("Mei", "DATE")]),
        ("Menurut Devisa Hasil Ekspor itu.", [("Devisa Hasil Ekspor", "PERSON")], []),
        (
            "Rapat di Emil Salim Institute kemarin.",
            [("Emil Salim Institute", "PERSON")],
            [("Emil Salim Institute", "ORG")],
        ),
        (
            "Acara dibuka Dirjen Strahan Kemhan kemarin.",
            [("Dirjen Strahan Kemhan", "ORG")],
            [("Kemhan", "ORG")],
        ),
        (
            "Delegasi Presidency for the Council of Ministers hadir.",
            [("Council of Ministers", "ORG")],
            [("Presidency for the Council of Ministers", "ORG")],
        ),
    ],
)
def test_shape_spans(nlp: Language, text: str, ents: Ents, expected: Ents) -> None:
    ctx, spans = _ctx(nlp, text, ents)
    assert _pairs(shape_spans(ctx, spans)) == list(expected)


@pytest.mark.parametrize(
    ("text", "ent", "expected"),
    [
        (
            "Kerja sama IPB University, Kedutaan Besar Amerika Serikat dimulai.",
            ("IPB University, Kedutaan Besar Amerika Serikat", "ORG"),
            [("IPB University", "ORG"), ("Kedutaan Besar Amerika Serikat", "ORG")],
        ),
        (
            "Data Badan Meteorologi, Klimatologi, dan Geofisika menunjukkan hujan.",
            ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG"),
            [("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG")],
        ),
        (
            "Pertemuan Doris dan Leuthard berlangsung.",
            ("Doris dan Leuthard", "PERSON"),
            [("Doris", "PERSON"), ("Leuthard", "PERSON")],
        ),
        (
            "Kementerian Koperasi dan UKM menggandeng OECD dalam riset.",
            ("Kementerian Koperasi dan UKM menggandeng OECD", "ORG"),
            [("Kementerian Koperasi dan UKM", "ORG"), ("OECD", "ORG")],
        ),
        (
            "Delegasi Presidency for the Council of Ministers Republik Democratik Timor Leste hadir.",
            ("Presidency for the Council of Ministers Republik Democratik Timor Leste", "ORG"),
            [("Presidency for the Council of Ministers", "ORG"), ("Timor Leste", "LOC")],
        ),
        (
            "Kementerian Pertahanan Republik Indonesia hadir.",
            ("Kementerian Pertahanan Republik Indonesia", "ORG"),
            [("Kementerian Pertahanan Republik Indonesia", "ORG")],
        ),
        ("Rapat di Gedung DPR-RI kemarin.", ("Gedung DPR", "LOC"), [("Gedung DPR-RI", "LOC")]),
    ],
)
def test_split_spans(nlp: Language, text: str, ent: tuple[str, str], expected: Ents) -> None:
    ctx, spans = _ctx(nlp, text, [ent])
    key = (spans[0].start_char, spans[0].end_char)
    ctx.values[key] = "value of the whole span"
    out = split_spans(ctx, spans)
    assert _pairs(out) == list(expected)
    # a span that changed loses its value, one left whole keeps it
    assert (key in ctx.values) == (_pairs(out) == [ent])


def test_split_trailing_weekdays(nlp: Language) -> None:
    text = "Hal itu disampaikan Amanda Vanstone Selasa kemarin."
    ctx, spans = _ctx(nlp, text, [("Amanda Vanstone Selasa", "PERSON")])
    assert _pairs(split_trailing_weekdays(ctx, spans)) == [
        ("Amanda Vanstone", "PERSON"),
        ("Selasa", "DATE"),
    ]
    # capitalised "Minggu" is Sunday (press spec), a weekday like the others
    ctx, spans = _ctx(
        nlp, "Hadir Amanda Vanstone Minggu ini.", [("Amanda Vanstone Minggu", "PERSON")]
    )
    assert _pairs(split_trailing_weekdays(ctx, spans)) == [
        ("Amanda Vanstone", "PERSON"),
        ("Minggu", "DATE"),
    ]


@pytest.mark.parametrize(
    ("text", "ent", "label"),
    [
        ("Runtuhnya Uni Soviet mengubah peta.", ("Uni Soviet", "ORG"), "LOC"),
        ("Mahasiswa Unila berprestasi.", ("Unila", "LOC"), "ORG"),
        ("Ia anggota Hamas sejak lama.", ("Hamas", "LOC"), "ORG"),
        (
            "Hadir Maju Daryono Pakpahan SH dalam sidang.",
            ("Maju Daryono Pakpahan SH", "LOC"),
            "PERSON",
        ),
        ("Rapat di Bogor kemarin.", ("Bogor", "LOC"), "LOC"),
    ],
)
def test_relabel_spans(nlp: Language, text: str, ent: tuple[str, str], label: str) -> None:
    ctx, spans = _ctx(nlp, text, [ent])
    assert _pairs(relabel_spans(ctx, spans)) == [(ent[0], label)]


def test_merge_acronyms_only_when_the_letters_fit(nlp: Language) -> None:
    text = "Ketua Himpunan Mahasiswa Islam (HMI) hadir."
    ctx, spans = _ctx(nlp, text, [("Himpunan Mahasiswa Islam", "ORG"), ("HMI", "ORG")])
    assert _pairs(merge_acronyms(ctx, spans)) == [("Himpunan Mahasiswa Islam (HMI)", "ORG")]
    ctx, spans = _ctx(nlp, "Data Bank Indonesia (SRBI) dirilis.", [("Bank Indonesia", "ORG")])
    assert _pairs(merge_acronyms(ctx, spans)) == [("Bank Indonesia", "ORG")]


def test_drop_place_roles(nlp: Language) -> None:
    text = "Gubernur Jawa Barat hadir bersama turis Jepang di Bandung."
    ents = [("Jawa Barat", "LOC"), ("Jepang", "LOC"), ("Bandung", "LOC")]
    ctx, spans = _ctx(nlp, text, ents)
    assert _pairs(drop_place_roles(ctx, spans)) == [("Bandung", "LOC")]
    ctx, spans = _ctx(
        nlp, "Israel meluncurkan serangan ke Gaza.", [("Israel", "LOC"), ("Gaza", "LOC")]
    )
    assert _pairs(drop_place_roles(ctx, spans)) == [("Gaza", "LOC")]


def test_extend_dates(nlp: Language) -> None:
    text = "Harga naik sejak akhir Mei lalu dan Senin malam."
    ctx, spans = _ctx(nlp, text, [("Mei", "DATE"), ("Senin", "DATE")])
    ctx.values[(23, 26)] = "2025-05"
    assert _pairs(extend_dates(ctx, spans)) == [("akhir Mei lalu", "DATE"), ("Senin malam", "DATE")]
    assert ctx.values == {(17, 31): "2025-05"}  # the value moves with the span
    # a word another span holds stays out
    ctx, spans = _ctx(nlp, "Sejak Mei lalu.", [("Mei", "DATE"), ("lalu", "ORG")])
    assert _pairs(extend_dates(ctx, spans)) == [("Mei", "DATE"), ("lalu", "ORG")]


# -- values ----------------------------------------------------------------------------------


def test_set_values(nlp: Language) -> None:
    text = "Kemensetneg menggelar rapat Jumat (14/7) di Jakarta."
    ents = [("Kemensetneg", "ORG"), ("Jumat (14/7)", "DATE"), ("Jakarta", "LOC")]
    ctx, spans = _ctx(nlp, text, ents, pub=dt.date(2017, 7, 12))
    ctx.doc.ents = spans
    set_values(ctx, ctx.doc.ents)
    org, date, loc = ctx.doc.ents
    assert org._.value["canonical"] == "Kementerian Sekretariat Negara"
    assert date._.value == "2017-07-14"
    assert (loc._.value["name"], loc._.value["code"]) == ("DKI Jakarta", "31")
    # a value a pass found wins over normalising the text
    ctx.values[(date.start_char, date.end_char)] = "2017-07-14/2017-07-15"
    set_values(ctx, ctx.doc.ents)
    assert ctx.doc.ents[1]._.value == "2017-07-14/2017-07-15"
    # values are copies: changing one doc's leaves the next doc's alone
    org._.value["canonical"] = "changed"
    again, _ = _ctx(nlp, text, ents)
    again.doc.ents = [again.doc.char_span(0, 11, label="ORG")]
    set_values(again, again.doc.ents)
    assert again.doc.ents[0]._.value["canonical"] == "Kementerian Sekretariat Negara"
