"""Indonesian date finding and normalisation (rule layer, no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressnlp.dates import find_dates, is_non_date, normalize_date, regulation_spans

PUB = dt.date(2017, 7, 12)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12 Juli 2017", "2017-07-12"),
        ("Rabu, 12 Juli 2017", "2017-07-12"),
        ("Rabu (12/7/2017)", "2017-07-12"),
        ("Selasa, 11/07/2017", "2017-07-11"),
        ("Kamis (3/7/25)", "2025-07-03"),
        ("3 s.d. 14 Juli 2017", "2017-07-03/2017-07-14"),
        ("3 s/d 14 Juli 2017", "2017-07-03/2017-07-14"),
        ("3-14 Juli 2017", "2017-07-03/2017-07-14"),
        ("3 hingga 14 Juli 2017", "2017-07-03/2017-07-14"),
        ("3 sampai dengan 14 Juli 2017", "2017-07-03/2017-07-14"),
        ("19–28 September 2025", "2025-09-19/2025-09-28"),
        ("28 Juni - 2 Juli 2024", "2024-06-28/2024-07-02"),
        ("28 Desember - 2 Januari 2024", "2023-12-28/2024-01-02"),
        ("1 Januari 2024 - 31 Maret 2025", "2024-01-01/2025-03-31"),
        ("Januari 2025", "2025-01"),
        ("bulan Mei 2023", "2023-05"),
        ("Januari - Maret 2025", "2025-01/2025-03"),
        ("tahun 2024", "2024"),
        ("Tahun Anggaran 2026", "2026"),
        ("2020-2024", "2020/2024"),
        ("tahun ajaran 2024/2025", "2024/2025"),
        ("kuartal III 2024", "2024-Q3"),
        ("triwulan I 2023", "2023-Q1"),
        ("Q4 2024", "2024-Q4"),
        ("semester I 2025", "2025-H1"),
        ("semester kedua 2024", "2024-H2"),
        ("2024-05-06", "2024-05-06"),
        # month names and abbreviations
        ("5 Agt. 2017", "2017-08-05"),
        ("5 Agu 2017", "2017-08-05"),
        ("12 Peb 2018", "2018-02-12"),
        ("12 Feb 2018", "2018-02-12"),
        ("1 Okt 2019", "2019-10-01"),
        ("3 Nop 2019", "2019-11-03"),
        ("3 Nov 2019", "2019-11-03"),
        ("24 Des 2020", "2020-12-24"),
        ("7 Jan 2021", "2021-01-07"),
        ("17 Agustus 1945", "1945-08-17"),
    ],
)
def test_full_date_values(text: str, value: str) -> None:
    assert normalize_date(text) == value
    (match,) = find_dates(f"Acara itu berlangsung {text} di Jakarta.")
    assert match.value == value


def test_seed_range_offsets() -> None:
    text = "dilaksanakan dari tanggal 3 s.d. 14 Juli 2017 di Takes Mansion and Hotel, Jakarta."
    (m,) = find_dates(text)
    assert text[m.start : m.end] == "3 s.d. 14 Juli 2017"
    assert (m.value, m.kind) == ("2017-07-03/2017-07-14", "range")


@pytest.mark.parametrize(
    ("text", "with_pub", "without_pub"),
    [
        ("Jumat (14/7)", "2017-07-14", "--07-14"),
        ("14 Juli", "2017-07-14", "--07-14"),
        ("(22/3)", "2017-03-22", "--03-22"),
        # nearest plausible year: a December date in a January release is last December
        ("Sabtu (30/12)", "2016-12-30", "--12-30"),
        ("3-5 Juli", "2017-07-03/2017-07-05", "--07-03/--07-05"),
    ],
)
def test_partial_dates_use_publication_date(text: str, with_pub: str, without_pub: str) -> None:
    pub = dt.date(2017, 1, 10) if "30/12" in text else PUB
    assert normalize_date(text, pub_date=pub) == with_pub
    # ISO or nothing (issue 12): no value without a publication date; the month and day
    # stay on the match's separate `partial` field
    assert normalize_date(text) is None
    (m,) = find_dates(text)
    assert (m.value, m.kind, m.partial) == (None, "partial", without_pub)


def test_relative_dates_need_publication_date() -> None:
    assert normalize_date("tahun lalu", pub_date=dt.date(2025, 3, 1)) == "2024"
    assert normalize_date("bulan ini", pub_date=dt.date(2025, 3, 1)) == "2025-03"
    assert normalize_date("hari ini", pub_date=dt.date(2025, 3, 1)) == "2025-03-01"
    assert normalize_date("tahun lalu") is None


@pytest.mark.parametrize(
    "text",
    [
        "Di baca 1414 kali",
        "Di baca 2017 kali",
        "Rp 2024 miliar",
        "sebanyak 2024 peserta",
        "tiga bulan",
        "selama 2 tahun",
        "pukul 10.00 WIB",
        "Telp (021) 2024 5678",
        "hubungi 0812-2017-7890",
        "sesuai Undang-Undang Nomor 12 Tahun 2017 tentang",
        "UU No. 5 Tahun 2014",
        "PP 12/2017",
        "Permenkeu Nomor 81/PMK.03/2024",
        "Pasal 33 UUD 1945",
        "Indonesia Emas 2045",
        "skor 1999 poin",
        "1/2 bagian",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_regulation_reference_is_not_a_date_but_nearby_date_is() -> None:
    text = "Sesuai PP Nomor 5 Tahun 2021, mulai 1 Juli 2021 izin berlaku."
    assert [m.value for m in find_dates(text)] == ["2021-07-01"]
    assert len(regulation_spans(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "tiga bulan",
        "12 bulan",
        "pukul 14.00",
        "14.00 WIB",
        "1414",
        "Nomor 12 Tahun 2017",
        # model DATE spans seen on real releases that are not dates
        "Jember",
        "Kabupaten/Kota",
        "13640 – Indonesia",
        "09.00 WIB s.d 12.00 WIB",
    ],
)
def test_is_non_date(text: str) -> None:
    assert is_non_date(text)
    assert normalize_date(text) is None


def test_impossible_day_is_not_a_day() -> None:
    # a typo'd day must not become another day; the month is still a safe reading
    assert [(m.text, m.value) for m in find_dates("pada 31 Februari 2024")] == [
        ("Februari 2024", "2024-02")
    ]


def test_bare_year_in_date_context() -> None:
    assert [m.value for m in find_dates("ekonomi tumbuh 5% pada 2023 dan 2024.")] == [
        "2023",
        "2024",
    ]


def test_type_error() -> None:
    with pytest.raises(TypeError):
        find_dates(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_find_dates_never_crashes_and_offsets_hold(text: str) -> None:
    for m in find_dates(text, pub_date=PUB):
        assert text[m.start : m.end] == m.text
        assert m.value is not None


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_day_round_trips(day: dt.date) -> None:
    months = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
    assert normalize_date(f"{day.day} {months[day.month - 1]} {day.year}") == day.isoformat()
    assert normalize_date(f"Senin ({day.day}/{day.month}/{day.year})") == day.isoformat()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mei lalu", "2024-05"),  # the last May before the publication date
        ("Maret lalu", "2024-03"),  # the same month counts as "lalu" of the year before
        ("Juli mendatang", "2025-07"),
        ("Senin lalu", "2025-02-24"),  # 2025-03-01 is a Saturday
        ("Senin depan", "2025-03-03"),
        ("akhir Mei", "2025-05"),
        ("awal 2014", "2014"),
    ],
)
def test_named_months_and_weekdays_relative_to_publication(text: str, value: str) -> None:
    assert normalize_date(text, pub_date=dt.date(2025, 3, 1)) == value
    if not text[-4:].isdigit():
        assert normalize_date(text) is None  # no publication date: no ISO value


@pytest.mark.parametrize(
    "text", ["semester", "satu semester", "dua kuartal", "bulan", "10 bulan", "3 jam"]
)
def test_period_words_and_durations_are_no_dates(text: str) -> None:
    # spans a model may tag DATE ("kita lihat satu semester"); the issue excludes durations
    assert is_non_date(text)
    assert normalize_date(text) is None


def test_sunday_is_not_a_period_word() -> None:
    assert not is_non_date("Minggu")
    assert not is_non_date("Minggu (24/8)")


def test_normalize_date_is_linear_on_digit_runs() -> None:
    # a run of 40 digits used to take 2^40 steps in the duration pattern (CI hung on it)
    assert normalize_date("1" * 5_000) is None
    assert normalize_date("dua puluh " * 500 + "x") is None
    assert normalize_date(" " + "1" * 40, pub_date=dt.date(2024, 5, 2)) is None
