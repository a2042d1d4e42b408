"""spaCy component ``pressnlp_stemmer``: Indonesian stems in ``Token._.stem``.

Runs after ``ner`` and ``pressnlp_entities`` and uses the same rules as
:func:`pressnlp.stem` (one shared stemmer and cache per process):

* ordinary words get lower-case roots (``menyampaikan`` → ``sampai``);
* tokens inside ``doc.ents`` are kept as written, as are capitalised tokens inside a
  sentence, acronyms, numbers, URLs and e-mail addresses; punctuation keeps its text;
* in a Title Case or ALL CAPS line (a headline or heading) capitals say nothing, so
  ordinary words are stemmed there too and only names by other evidence are kept (the
  entity spans first, then :meth:`pressnlp.stemming.Stemmer.headline_tokens`);
* ``keep_proper_nouns=False`` lower-cases and stems every word, entities included,
  as PySastrawi does;
* spaCy's Indonesian tokenizer splits most hyphenated words (``inovasi - inovasi``).
  Such a group (word, ``-``, word, … written without spaces) is stemmed as one word:
  its **first token carries the stem of the whole group** and the following ``-`` and
  word tokens get an empty string, so ``" ".join(t._.stem for t in doc if t._.stem)``
  is the stemmed text and a reduplicated plural is counted once.

Values are plain strings, so they survive ``nlp.pipe(..., n_process=2)``. Light imports
only: spaCy may load this module through its ``spacy_factories`` entry point.

>>> import spacy
>>> nlp = spacy.blank("id"); _ = nlp.add_pipe("pressnlp_stemmer")
>>> [(t.text, t._.stem) for t in nlp("Kerusakan inovasi-inovasi di Bekasi")]
[('Kerusakan', 'rusak'), ('inovasi', 'inovasi'), ('-', ''), ('inovasi', ''), ('di', 'di'), ('Bekasi', 'Bekasi')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pressnlp.stemming import Stemmer, get_stemmer

if not Token.has_extension("stem"):
    Token.set_extension("stem", default=None)


class StemmerComponent:
    """Sets ``Token._.stem`` on every token (see the module docstring for the rules)."""

    def __init__(
        self,
        name: str = "pressnlp_stemmer",
        *,
        keep_entities: bool = True,
        keep_proper_nouns: bool = True,
    ) -> None:
        self.name = name
        self.keep_entities = keep_entities
        self.keep_proper_nouns = keep_proper_nouns

    def __call__(self, doc: Doc) -> Doc:
        stemmer = get_stemmer()
        text = doc.text
        n = len(doc)
        keep = self.keep_proper_nouns
        # headline lines: stems by the headline rules, keyed by (start, token)
        heads = {(t.start, t.token): t.stem for t in stemmer.headline_tokens(text)} if keep else {}
        kept = bytearray(n)  # 1 = inside an entity: keep as written
        if keep and self.keep_entities:
            for ent in doc.ents:
                kept[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
        sents = doc.has_annotation("SENT_START")
        # one Token object per position: doc[i] builds a new one on every access
        toks = list(doc)
        words = [t.text for t in toks]
        i = 0
        while i < n:
            tok = toks[i]
            # a hyphenated word split by the tokenizer (j > i) is stemmed as one token
            j = _group_end(toks, words, i) if i + 2 < n and words[i + 1] == "-" else i
            if any(kept[i : j + 1]):
                for k in range(i, j + 1):
                    toks[k]._.stem = words[k]
                i = j + 1
                continue
            span_text = words[i] if j == i else text[tok.idx : toks[j].idx + len(words[j])]
            if not keep:
                tok._.stem = stemmer.stem(span_text, keep_proper_nouns=False)
            else:
                head = heads.get((tok.idx, span_text)) if heads else None
                tok._.stem = (
                    head if head is not None else _stem(stemmer, text, tok, span_text, sents)
                )
            for k in range(i + 1, j + 1):
                toks[k]._.stem = ""
            i = j + 1
        return doc


def _stem(stemmer: Stemmer, text: str, tok: Token, token_text: str, sents: bool) -> str:
    if sents and token_text[:1].isupper():
        # sentence boundaries from a parser/senter beat the punctuation rule
        stem = stemmer.stem_token(token_text)
        return stem if tok.is_sent_start else token_text
    return str(stemmer.stem_at(text, tok.idx, token_text))


def _group_end(toks: list[Token], words: list[str], i: int) -> int:
    """Index of the last token of a hyphen group starting at ``i`` (``i`` if none)."""
    n = len(toks)
    j = i
    while (
        j + 2 < n
        and words[j + 1] == "-"
        and toks[j].is_alpha
        and not toks[j].whitespace_
        and not toks[j + 1].whitespace_
        and toks[j + 2].is_alpha
    ):
        j += 2
    return j


@Language.factory(
    "pressnlp_stemmer",
    default_config={"keep_entities": True, "keep_proper_nouns": True},
    requires=["doc.ents"],
    assigns=["token._.stem"],
)
def make_stemmer(
    nlp: Language, name: str, keep_entities: bool, keep_proper_nouns: bool
) -> StemmerComponent:
    """Factory of the ``pressnlp_stemmer`` component."""
    return StemmerComponent(name, keep_entities=keep_entities, keep_proper_nouns=keep_proper_nouns)
