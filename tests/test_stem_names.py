"""Headlines: which capitalised words are names (issue 18, third pass), and the stemmer
component agreeing with :func:`pressnlp.stem` in both casing modes."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import pressnlp.components.stemmer  # registers the factory
from pressnlp.stemming import stem, stem_tokens

SAMPLES = Path(pressnlp.__file__).resolve().parent / "data" / "samples"


def _samples() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


# -- the component and stem() agree ------------------------------------------------------


def _agreeing(nlp: spacy.language.Language, text: str, *, keep: bool) -> int:
    """Compare the component's stems with stem_tokens' where both see the same word;
    returns how many were compared (hyphen groups: the first token carries the stem)."""
    doc = nlp(text)
    ours = {t.start: t for t in stem_tokens(text, keep_proper_nouns=keep)}
    compared = 0
    for tok in doc:
        end, k = tok.idx + len(tok), tok.i + 1
        while k < len(doc) and doc[k]._.stem == "":  # the rest of a hyphen group
            end, k = doc[k].idx + len(doc[k]), k + 1
        o = ours.get(tok.idx)
        if o is not None and o.end == end:
            assert tok._.stem == o.stem, (tok.text, o.token)
            compared += 1
    return compared


@pytest.mark.parametrize("keep", [True, False])
def test_component_agrees_with_stem_tokens(keep: bool) -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("pressnlp_stemmer", config={"keep_proper_nouns": keep})
    compared = sum(_agreeing(nlp, text, keep=keep) for text in _samples())
    assert compared > 2000


def test_component_lower_case_mode_groups_hyphenated_words() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("pressnlp_stemmer", config={"keep_proper_nouns": False})
    text = "Imunisasi Campak-Rubela dan inovasi-inovasi Kemenkes di Asia-Pasifik."
    doc = nlp(text)
    stems = [t._.stem for t in doc]
    # the group's first token carries the stem of the whole word, the rest are empty,
    # as the docstring says and as stem(..., keep_proper_nouns=False) reads the word
    i = [t.text for t in doc].index("inovasi")
    assert stems[i : i + 3] == ["inovasi", "", ""]
    j = [t.text for t in doc].index("Campak")
    assert stems[j] == stem("Campak-Rubela", keep_proper_nouns=False) == "campak-rubela"
    assert stems[j + 1 : j + 3] == ["", ""]
    assert " ".join(s for s in stems if s.isalpha() or "-" in s) == " ".join(
        t.stem for t in stem_tokens(text, keep_proper_nouns=False)
    )
