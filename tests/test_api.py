"""The public surface: lazy imports, entry points, pipeline assembly, CLI plumbing."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
from conftest import SAMPLES

import pressnlp
from pressnlp.cli import main
from pressnlp.pipeline import COMPONENTS, load
from pressnlp.resources import model_path, shared_data_dir

HEAVY = ("spacy", "sklearn", "pandas", "dask", "pyarrow")


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in out.stdout.split()}


def test_import_is_light() -> None:
    loaded = _modules_after("import pressnlp")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


@pytest.mark.parametrize("name", ["stemmer", "entities", "topics"])
def test_component_modules_do_not_import_heavy_libraries(name: str) -> None:
    # spaCy imports these through entry points while loading *any* pipeline.
    loaded = _modules_after(f"import pressnlp.components.{name}")
    assert not loaded & {"sklearn", "pandas", "dask", "pyarrow"}


def test_all_public_names_resolve() -> None:
    for name in pressnlp.__all__:
        assert getattr(pressnlp, name) is not None, name
    with pytest.raises(AttributeError):
        _ = pressnlp.no_such_function  # type: ignore[attr-defined]


def test_spacy_factories_entry_points() -> None:
    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    for component in ("pressnlp_stemmer", "pressnlp_entities", "pressnlp_topics"):
        assert names.get(component, "").startswith("pressnlp.components."), component


def test_pipeline_has_every_component_in_order() -> None:
    nlp = load()
    present = [name for name in nlp.pipe_names if name in COMPONENTS]
    assert present == [name for name in COMPONENTS if name in nlp.pipe_names]
    assert present[-3:] == ["pressnlp_entities", "pressnlp_stemmer", "pressnlp_topics"]
    assert "pressnlp_topics" not in load(exclude=["pressnlp_topics"]).pipe_names
    with pytest.raises(ValueError, match="unknown component"):
        load(exclude=["parser"])


def test_analyze_seed_is_json_ready_and_offsets_point_into_body(seed_raw: str) -> None:
    result = pressnlp.analyze(seed_raw)
    record = result.to_dict()
    json.dumps(record, ensure_ascii=False)
    body = result.article.body
    assert result.n_tokens > 300
    for ent in result.entities:
        assert body[ent.start : ent.end] == ent.text


def test_model_path_and_data_dir_errors(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="no_such_model"):
        model_path("no_such_model")
    with pytest.raises(FileNotFoundError):
        shared_data_dir(tmp_path / "missing")
    assert shared_data_dir(tmp_path) == tmp_path


def test_cli_version_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert pressnlp.__version__ in capsys.readouterr().out
    assert main([]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2


def test_console_script_reports_errors_on_stderr(tmp_path) -> None:
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "pressnlp", "clean", str(missing)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert "missing.txt" in proc.stderr
    assert proc.stdout == ""


def test_analyze_splits_an_overlong_body_without_losing_entities(seed_raw: str) -> None:
    from pressnlp.analysis import analyze_article
    from pressnlp.cleaning import Article
    from pressnlp.entities import CHUNK_CHARS

    nlp = load(exclude=["pressnlp_topics"])
    one = pressnlp.analyze(seed_raw, nlp=nlp)
    copies = CHUNK_CHARS // len(one.article.body) + 2
    body = "\n\n".join([one.article.body] * copies)
    long = analyze_article(Article(body=body, date=one.article.date), nlp)
    assert len(long.entities) == copies * len(one.entities)
    assert all(body[e.start : e.end] == e.text for e in long.entities)
    assert long.n_tokens > copies * (one.n_tokens - 5)


def test_pipeline_tokenizer_gives_the_shipped_model_tokens(seed_raw: str) -> None:
    # load() builds spaCy's Indonesian tokenizer without its 15,600 hyphenated special cases
    # (pressnlp.tokenizer) and skips reading models/ner/tokenizer: right only while both give
    # the tokens the model was trained on
    import spacy

    saved = spacy.load(model_path("ner")).tokenizer
    used = load(exclude=["pressnlp_topics"]).tokenizer
    texts = [
        seed_raw,
        "Masing-masing daerah.Kapal-kapal (abu-abu) Jakarta-Bandung 95Toko-toko sehari-hari!Ya",
        "masing-masing-red) Undang-undang,itu.Undang-Undang Nomor 8 abu-abu/biru ~alih-alih",
    ]
    shared = shared_data_dir(required=False)
    if shared is not None:  # real releases when the corpora are there
        for path in sorted((shared / "press").rglob("*.txt"))[:40]:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    for text in texts:
        assert [t.text for t in used(text)] == [t.text for t in saved(text)]
    assert len(saved.rules) > 15_000 > len(used.rules)  # the hyphenated words moved out


def test_pub_date_survives_nlp_pipe_with_two_processes(seed_raw: str) -> None:
    import datetime as dt

    nlp = load(exclude=["pressnlp_topics"])
    body = pressnlp.clean(seed_raw).body.replace("3 s.d. 14 Juli 2017", "Jumat (14/7)")
    docs = []
    for pub in (dt.date(2017, 7, 12), "2017-07-12", None):
        doc = nlp.make_doc(body)
        doc._.pub_date = pub
        docs.append(doc)
    out = list(nlp.pipe(docs, n_process=2, batch_size=1))
    values = [[e._.value for e in doc.ents if e.text == "Jumat (14/7)"] for doc in out]
    assert values == [["2017-07-14"], ["2017-07-14"], [None]]  # ISO or nothing (issue 12)
    assert out[0]._.pub_date == dt.date(2017, 7, 12)
    with pytest.raises(ValueError, match="pub_date"):
        nlp.make_doc("x")._.pub_date = "kemarin"


def test_long_documents_get_the_same_vectors_and_entities_window_by_window() -> None:
    # load() lets tok2vec run a long document in windows (bounded memory); every token
    # must still see its full context: same tensor (to float32 rounding: OpenBLAS, see
    # pressnlp.ops, may sum a row in another order for another number of rows), same entities
    import numpy as np

    from pressnlp.cleaning import clean
    from pressnlp.pipeline import TOK2VEC_WINDOW, tok2vec_context, window_long_documents

    nlp = load(exclude=["pressnlp_stemmer", "pressnlp_topics"])
    tok2vec = nlp.get_pipe("tok2vec")
    assert "predict" in vars(tok2vec)  # the shipped model is a fixed-window one
    bodies = [clean(p.read_bytes()).body for p in sorted(SAMPLES.iterdir())]
    text = "\n\n".join(bodies)
    windowed = nlp(text)
    assert len(windowed) > 2 * TOK2VEC_WINDOW  # several windows, with seams
    assert window_long_documents(nlp, window=333)  # many more seams
    small = nlp(text)
    del tok2vec.predict  # back to spaCy's whole-document predict
    whole = nlp(text)
    ents = [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    for doc in (windowed, small):
        np.testing.assert_allclose(doc.tensor, whole.tensor, rtol=0, atol=1e-5)
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == ents

    assert tok2vec_context({"@architectures": "spacy.Tok2Vec.v2", "embed": {}}) is None
    import spacy

    assert not window_long_documents(spacy.blank("id"))  # no tok2vec: left alone
