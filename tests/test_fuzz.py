"""Fast fuzz subset (issue 20): the nasty fixtures and a few hundred generated inputs through
every public function; ``scripts/fuzz.py --n 10000`` is the long run (same checks)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressnlp
from pressnlp.dates import normalize_date

ROOT = Path(__file__).resolve().parents[1]


def _load_fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pressnlp_fuzz", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()
CHECKS = fuzz._checks()
NASTY = fuzz.nasty_inputs()


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_nasty_inputs_hold_the_invariants(name: str) -> None:
    for label, text in NASTY:
        if label.endswith(("_1mb", "_10k")) and name in ("analyze", "nlp", "extract_entities"):
            text = text[:5_000]  # the full-size runs are in scripts/fuzz.py
        CHECKS[name](text)


_TEXT = st.lists(st.sampled_from(fuzz.FRAGMENTS), max_size=40).map("".join) | st.text(max_size=200)
_FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(_TEXT)
def test_fuzz_stem_and_stem_tokens(text: str) -> None:
    CHECKS["stem"](text)
    CHECKS["stem_tokens"](text)


@_FAST
@given(_TEXT)
def test_fuzz_clean_plain_text_idempotent(text: str) -> None:
    if "<" in text:
        text = text.replace("<", " ")
    CHECKS["clean"](text)


@_FAST
@given(_TEXT)
def test_fuzz_normalize_date(text: str) -> None:
    for pub in (None, dt.date(2024, 5, 2)):
        value = normalize_date(text[:200], pub_date=pub)
        assert value is None or fuzz.ISO_DATE.fullmatch(value), value


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_fuzz_normalize_date_calendar_edges(text: str) -> None:
    CHECKS["normalize_date"](text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_fuzz_entities_and_topic(text: str) -> None:
    CHECKS["extract_entities"](text)
    CHECKS["classify_topic"](text)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_fuzz_analyze_and_nlp(text: str) -> None:
    CHECKS["analyze"](text)
    CHECKS["nlp"](text)


def test_non_str_input_raises_documented_error() -> None:
    with pytest.raises(TypeError):
        pressnlp.extract_entities(b"Jakarta")  # type: ignore[arg-type]
