"""Linear time on the worst input families found by ``scripts/regex_audit.py`` (issue 20).

Each test doubles a pathological input and checks that the time at most ~2.5x (a quadratic
pattern gives 4x, the exponential ones far more). Times are the best of 3 on inputs large
enough (tens of milliseconds and up) that timer noise does not decide the ratio; the
families are the ones that were super-linear before their pattern was fixed:

- ``normalize_date`` on a date followed by a run of newlines: the clock-time tail pattern
  (``... 20:15 WIB`` at the end) took 0.14 s at 100 newlines, 2.3 s at 200, 28.7 s at 400;
- ``clean`` on a contact line of one long "word": the e-mail pattern searched it in
  quadratic time (5.3 s at 40,000 characters);
- ``normalize_date`` on digit runs: a run of 40 digits once hung the duration pattern;
- ``clean_person_name`` on a run of ", ": the degree-suffix pattern was quadratic (12 s at
  8,000 characters).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import assert_linear

import pressnlp
from pressnlp.contacts import email_addresses
from pressnlp.dates import find_dates, normalize_date

BODY = (
    "Menteri Keuangan meresmikan gedung layanan baru di Jakarta pada Senin. Acara ini "
    "dihadiri pejabat daerah dan pusat serta perwakilan masyarakat setempat.\n\n"
)
PUB = dt.date(2024, 5, 2)


def test_normalize_date_with_a_run_of_newlines() -> None:
    assert normalize_date("6 Juni 2016" + "\n" * 1000 + "20:15 WIB") == "2016-06-06"
    assert_linear(normalize_date, lambda n: "6 Juni 2016" + "\n" * n + "x", 200_000)


@pytest.mark.parametrize("unit", ["\n", " ", " \n", " - "])
def test_normalize_date_clock_tail_families(unit: str) -> None:
    assert_linear(
        lambda s: normalize_date(s, pub_date=PUB),
        lambda n: "sen, 6 Juni 2016" + unit * (n // len(unit)) + "!",
        100_000,
    )


@pytest.mark.parametrize(("unit", "n"), [("1", 20_000), ("1 ", 20_000), ("1.", 5_000)])
def test_normalize_date_digit_families(unit: str, n: int) -> None:
    assert_linear(lambda s: normalize_date(s, pub_date=PUB), lambda n: unit * (n // len(unit)), n)


def test_find_dates_on_dotted_digits() -> None:
    assert_linear(find_dates, lambda n: "1." * (n // 2), 20_000)


def test_email_search_over_a_long_word() -> None:
    assert email_addresses("Email: humas@kemenkeu.go.id / ppid@jabarprov.go.id") == [
        "humas@kemenkeu.go.id",
        "ppid@jabarprov.go.id",
    ]
    assert_linear(email_addresses, lambda n: "a" * n + "@!", 200_000)


@pytest.mark.parametrize("unit", ["a", "a.", "x-"])
def test_clean_contact_line_of_one_long_word(unit: str) -> None:
    article = pressnlp.clean(BODY + "Narahubung:\nhumas@kemenkeu.go.id")
    assert article.meta.get("emails") == ["humas@kemenkeu.go.id"]
    assert_linear(
        pressnlp.clean, lambda n: BODY + "Narahubung:\n" + unit * (n // len(unit)), 40_000
    )


@pytest.mark.parametrize("unit", ["1", "A", "Aa Bb ", ". "])
def test_clean_runs(unit: str) -> None:
    assert_linear(pressnlp.clean, lambda n: "Nomor: 1" + unit * (n // len(unit)), 100_000)


def test_clean_person_name_on_a_comma_run() -> None:
    from pressnlp.gazetteer import clean_person_name

    assert clean_person_name("Ahmad Yani, S.IP., M.Si") == "Ahmad Yani"
    assert_linear(clean_person_name, lambda n: "Budi" + ", " * (n // 2) + "x", 200_000)


HEADED = "Menteri Resmikan Gedung Baru Nomor Satu Di Kota\nWarga membuka gedung baru itu bersama menteri.\n"


def test_headline_segments_over_many_lines() -> None:
    # each line used to copy the text before it to ask "is this the first line?"
    from pressnlp.stemming.segments import headline_segments

    assert len(headline_segments(HEADED * 3)) == 3
    assert_linear(headline_segments, lambda n: HEADED * (n // len(HEADED)), 400_000)


def test_stem_of_many_headline_lines_with_running_text() -> None:
    # every headline line asks the running text of the same document (stemming/context.py)
    # the body writes "menteri" in lower case only: in this document it is no name
    assert pressnlp.stem(HEADED).startswith("menteri resmi gedung baru")
    assert_linear(pressnlp.stem, lambda n: HEADED * (n // len(HEADED)), 40_000)
