"""The appositive PERSON rule, the press-release way of naming people:

* name + appositive role: "Juvenal, salah satu peserta, ...", "Faisal Fahmi, Kepala
  Bidang ...";
* role + name + reporting verb: "Kepala Dinas Kominfo Jabar, Ika Mardiah, mengatakan".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressnlp import gazetteer
from pressnlp.ner.context import NerContext
from pressnlp.ner.lexicon import lexicon
from pressnlp.ner.names import (
    is_common_word,
    known_non_person,
    looks_like_name,
    name_token,
    paragraph_start,
    person_words,
    title_at,
)

__all__ = ["appositive_persons"]

_Found = tuple[int, int, list[Span]]
# lower-case words and signs a job title or unit name may hold: "Kominfo dan Statistik"
_TITLE_GLUE = frozenset({"dan", "serta", "&", "/", "(", ")", "-"})


def appositive_persons(ctx: NerContext, spans: list[Span]) -> list[Span]:
    """The name next to an appositive role is a PERSON. A model ORG/LOC there becomes PERSON
    unless the gazetteer's own spans (``ctx.protected``) or a DATE hold it; unlabelled
    capitalised words become a new PERSON (appended at the end)."""
    doc = ctx.doc
    owner: dict[int, Span] = {}
    for e in spans:
        for i in range(e.start, e.end):
            owner[i] = e
    out = list(spans)
    # only commas matter: find them in one array pass instead of making a Token each
    comma = doc.vocab.strings.add(",")
    commas = (doc.to_array("ORTH") == comma).nonzero()[0]
    for c in commas.tolist():
        if c == 0 or c + 1 >= len(doc):
            continue
        found = _appositive_at(doc, c, owner)
        if found is None:
            continue
        start, end, replaced = found
        if any(id(e) in ctx.protected or e.label_ == "DATE" for e in replaced):
            continue
        if replaced and not all(start <= e.start and e.end <= end for e in replaced):
            continue
        if not _person_ok(doc, start, end):
            continue
        for e in replaced:
            out.remove(e)
        span = Span(doc, start, end, label="PERSON")
        out.append(span)
        for i in range(start, end):
            owner[i] = span
    return out


def _appositive_at(doc: Doc, c: int, owner: dict[int, Span]) -> _Found | None:
    """The name of an appositive around the comma at ``c``: before a role, or after a title."""
    found = None
    role = _role_follows(doc, c)
    if role:
        found = _name_before(doc, c, owner)
        if found is not None and not _appositive_ok(doc, found, role, owner):
            found = None
    if found is None and _title_before(doc, c):
        found = _name_after(doc, c, owner)
    return found


def _appositive_ok(doc: Doc, found: _Found, role: str, owner: dict[int, Span]) -> bool:
    start, _, replaced = found
    # one-word places the gazetteer lacks ("Kairo") come before titles in datelines and
    # addresses: a model LOC turns PERSON before a job title only when it has two words
    if role == "title" and any(e.label_ == "LOC" and len(e) == 1 for e in replaced):
        return False
    # "Universitas Al Azhar, Kairo, Menteri ...": a list of places and institutions,
    # unless a job title precedes ("Kepala LLDIKTI Wilayah X, Afdalisma, Rektor ...")
    if start >= 2 and doc[start - 1].text == "," and start - 2 in owner:
        prev = owner[start - 2]
        if prev.label_ in ("ORG", "LOC") and not _title_before(doc, start - 1):
            return False
    return True


def _role_follows(doc: Doc, c: int) -> str:
    """ ", salah satu peserta", ", selaku Ketua ...", ", Kepala Bidang ... ," after a comma:
    ``"cue"`` or ``"title"``, else ``""``."""
    lex = lexicon()
    words = [t.lower_ for t in doc[c + 1 : c + 4]]
    for cue in lex.appositive_cues:
        if tuple(words[: len(cue)]) != cue:
            continue
        if "seorang" in cue:  # the classifier for people
            return "cue"
        n = c + 1 + len(cue)
        person = n < len(doc) and (doc[n].lower_ in lex.person_nouns or title_at(doc, n) > 0)
        return "cue" if person else ""
    n = title_at(doc, c + 1)
    if not n:
        return ""
    # the role ends in a comma or the sentence ends: "Jakarta, Kepala Biro Humas
    # Kemnaker menyampaikan" is a dateline before a sentence, not an appositive
    for j in range(c + 1 + n, min(len(doc), c + 20)):
        t = doc[j]
        if t.text in {",", ".", ";"} or "\n" in doc[j - 1].text_with_ws:
            return "title" if t.text in {",", ".", ";"} else ""
        if not (t.text[:1].isupper() or t.lower_ in _TITLE_GLUE):
            return ""
    return ""


def _title_before(doc: Doc, c: int) -> bool:
    """A job title ends at the comma: "Kepala Dinas Kominfo Jabar, ..." """
    i = c
    while i > 0 and c - i < 15:
        t = doc[i - 1]
        if "\n" in t.text_with_ws and i != c:
            break
        if not (t.text[:1].isupper() or t.lower_ in _TITLE_GLUE):
            break
        i -= 1
    return any(title_at(doc, k) > 0 for k in range(i, c))


def _clean_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range of the bare name inside a "title + name" region."""
    region = doc[start:end]
    name = gazetteer.clean_person_name(region.text)
    if not name:
        return None
    at = region.text.rfind(name)
    if at < 0:
        return None
    span = doc.char_span(
        region.start_char + at, region.start_char + at + len(name), alignment_mode="contract"
    )
    if span is None or not len(span):
        return None
    start, end = span.start, span.end
    while end - start > 1 and is_common_word(doc[start].text):
        start += 1  # a portfolio the title patterns left over: "Hilirisasi Rosan ..."
    return start, end


def _name_before(doc: Doc, c: int, owner: dict[int, Span]) -> _Found | None:
    """The name (or the model span) ending at the comma ``c``."""
    if c - 1 in owner:
        e = owner[c - 1]
        if e.end != c or e.label_ == "PERSON":
            return None
        return e.start, e.end, [e]
    particles = lexicon().name_particles
    _, heads, _ = person_words()
    i = c
    while i > 0 and c - i < 8:
        t = doc[i - 1]
        if i - 1 in owner or (i != c and "\n" in t.text_with_ws):
            break
        if not (name_token(t) or t.text.isupper() or t.lower_ in particles):
            break
        i -= 1
    if i == c:
        return None
    if any(doc[k].text.rstrip(".") in heads for k in range(i, c)):
        span = _clean_span(doc, i, c)  # "Menteri Keuangan Sri Mulyani"
        return (span[0], span[1], []) if span else None
    while c - i > 1 and is_common_word(doc[i].text):
        i += 1  # "Menurut Budi, ...", "Menteri Investasi dan Hilirisasi Rosan Roeslani, ..."
    if i == c or c - i > 5:
        return None
    return i, c, []


def _name_after(doc: Doc, c: int, owner: dict[int, Span]) -> _Found | None:
    """ "<title>, <Name>, mengatakan" / "<title>, <Name> menegaskan"."""
    lex = lexicon()
    j = c + 1
    while j < len(doc) and j - c <= 8:
        t = doc[j]
        if not (name_token(t) or t.text.isupper() or t.lower_ in lex.name_particles):
            break
        j += 1
        if "\n" in t.text_with_ws:
            return None
    if j == c + 1 or j >= len(doc):
        return None
    nxt = doc[j]
    if nxt.text == ",":
        if j + 1 >= len(doc):
            return None
        verb = doc[j + 1].lower_
        if not (
            verb in lex.reporting_verbs
            or verb in lex.after_name
            or re.fullmatch(r"(?:me|ber)[a-z]{4,}", verb)
        ):
            return None
    elif nxt.lower_ not in lex.reporting_verbs:
        return None
    span = _clean_span(doc, c + 1, j)
    if span is None:
        return None
    start, end = span
    replaced = {id(owner[i]): owner[i] for i in range(c + 1, j) if i in owner}
    if any(e.label_ == "PERSON" for e in replaced.values()):
        return None
    return start, end, list(replaced.values())


def _person_ok(doc: Doc, start: int, end: int) -> bool:
    span = doc[start:end]
    if not looks_like_name(span) or known_non_person(span.text):
        return False
    if any(title_at(doc, k) for k in range(start, end)):
        return False  # a list of positions: "Perdana Menteri RRT, Presiden AIIB, ..."
    if start > 0 and doc[start - 1].lower_ in lexicon().place_preps:
        return False  # "di Cibinong, Kepala Dinas ..."
    # a one-word dateline opening a paragraph: "Cibinong, Kepala Dinas ..."
    return not (
        len(span) == 1
        and paragraph_start(doc, start)
        and end < len(doc)
        and doc[end].text == ","
        and title_at(doc, end + 1) > 0
    )
