"""ISO or nothing (issue 12): every DATE value is ISO 8601 or None, on a large run."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from conftest import sample_records

import pressnlp
from pressnlp.dates import ISO_VALUE, find_dates, find_relative_dates, normalize_date

PUB = dt.date(2025, 6, 19)  # a Thursday of ISO week 25

_DAYS = ["1", "07", "17", "31"]
_MONTHS = ["Januari", "Feb", "Juni", "Agt.", "Nopember", "Desember"]
_WEEKDAYS = ["", "Selasa, ", "Kamis ", "sen, ", "Minggu "]
_YEARS = ["", " 2015", " 2025", " 16"]
_TAILS = ["", " 20:15", " pukul 10.00 WIB"]


def _phrases() -> list[str]:
    out = [
        f"{w}{d} {m}{y}{t}"
        for w, d, m, y, t in itertools.product(_WEEKDAYS, _DAYS, _MONTHS, _YEARS, _TAILS)
    ]
    out += [f"{w}({d}/{mo})" for w in ("Selasa ", "Jumat ", "") for d in _DAYS for mo in (6, 12)]
    out += [f"{d}.{mo}.2013" for d in _DAYS for mo in ("01", "10")]
    out += ["Kamis", "Minggu", "Juni", "bulan Mei", "kemarin", "hari ini", "besok", "lusa"]
    out += [
        f"{u} {r}"
        for u in ("pekan", "minggu", "Minggu", "bulan", "tahun")
        for r in ("lalu", "ini", "depan")
    ]
    out += ["kuartal III 2024", "semester I 2025", "2020-2024", "3-5 Juli", "28 Juni - 2 Juli 2024"]
    out += ["akhir Mei", "awal 2014", "Mei lalu", "Senin depan", "tiga bulan", "1414"]
    return out


def test_every_normalised_value_is_iso_or_none() -> None:
    phrases = _phrases()
    assert len(phrases) > 1000
    bad = []
    for text in phrases:
        for pub in (None, PUB):
            value = normalize_date(text, pub_date=pub)
            if value is not None and not ISO_VALUE.fullmatch(value):
                bad.append((text, pub, value))
            for m in find_dates(text, pub_date=pub) + find_relative_dates(text, pub_date=pub):
                if m.value is not None and not ISO_VALUE.fullmatch(m.value):
                    bad.append((text, pub, m.value))
    assert bad == []


def test_entity_values_and_keys_of_the_samples_are_iso_or_none() -> None:
    seen = 0
    for record in sample_records():
        article = pressnlp.clean(record["text"])
        for pub in (None, PUB):
            for e in pressnlp.extract_entities(article.body, pub_date=pub):
                if e.label != "DATE":
                    continue
                seen += 1
                for v in (e.value, e.key):
                    assert v is None or ISO_VALUE.fullmatch(v), (e.text, v)
    assert seen > 20


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("07 Feb 2015 20:15", "2015-02-07"),
        ("06 Mar 2026 20:52 WIB", "2026-03-06"),
        ("sen, 6 Juni 2016", "2016-06-06"),
        ("Monday, 6 June 2016", "2016-06-06"),
        ("31.10.2013", "2013-10-31"),
        ("31/10/13", "2013-10-31"),
        ("6 Juni 16", "2016-06-06"),
    ],
)
def test_normalize_date_reads_what_sites_print(text: str, value: str) -> None:
    assert normalize_date(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kemarin", "2025-06-18"),
        ("hari ini", "2025-06-19"),
        ("besok", "2025-06-20"),
        ("pekan lalu", "2025-W24"),
        ("minggu lalu", "2025-W24"),  # last week, not last Sunday
        ("pekan depan", "2025-W26"),
        ("Minggu lalu", "2025-06-15"),  # capitalised: the Sunday
        ("bulan lalu", "2025-05"),
        ("tahun depan", "2026"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text: str, value: str) -> None:
    assert normalize_date(text, pub_date=PUB) == value
    assert normalize_date(text) is None


def test_unresolved_partial_keeps_its_span_without_value() -> None:
    text = "Rapat digelar pada Selasa (17/6) di Jakarta."
    (m,) = find_dates(text)
    assert (text[m.start : m.end], m.value, m.partial) == ("Selasa (17/6)", None, "--06-17")
    dates = [e for e in pressnlp.extract_entities(text) if e.label == "DATE"]
    assert [(e.text, e.value, e.key) for e in dates] == [("Selasa (17/6)", None, None)]
    dates = [e for e in pressnlp.extract_entities(text, pub_date=PUB) if e.label == "DATE"]
    assert [(e.text, e.value) for e in dates] == [("Selasa (17/6)", "2025-06-17")]


def test_relative_dates_in_text_skip_distances() -> None:
    text = "Dua minggu lalu tim tiba, dan pekan lalu rapat digelar; 3 tahun lalu juga."
    got = [(m.text, m.value) for m in find_relative_dates(text, pub_date=PUB)]
    assert got == [("pekan lalu", "2025-W24")]
