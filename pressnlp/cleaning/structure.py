r"""The structured pass: classify every line, drop boilerplate (recording it), keep the rest.

:func:`structure` runs small passes over the lines, in order:

1. :func:`join_wrapped` re-joins hard-wrapped lines and names each line after its rule;
2. :func:`mark_about_blocks` finds "Tentang PT ..." company blurbs in the second half;
3. :func:`demote_early_signatures` keeps unit signatures that do not close the release;
4. :func:`absorb_footer_blocks` gives the short lines around a footer line after the prose to it;
5. :func:`closing_runs` finds a scraped menu and a closing run of name/institution lines;
6. :func:`keep_lines` records every dropped line and returns the kept ones.

>>> from pressnlp.cleaning.record import Collector
>>> col = Collector()
>>> structure("Menteri meresmikan gedung baru di Bandung pada hari Senin ini.\n\nDi baca 3 kali", col)
['Menteri meresmikan gedung baru di Bandung pada hari Senin ini.']
>>> col.removed, col.meta
(['view_counter: Di baca 3 kali'], {'views': 3})
"""

from __future__ import annotations

from pressnlp import rules as R
from pressnlp.cleaning.lines import PROSE_WORDS, is_short, name_like
from pressnlp.cleaning.record import FOOTER_NAMES, TAIL_NAMES, Collector, Hit, classify, record_hit

__all__ = [
    "absorb_footer_blocks",
    "closing_runs",
    "demote_early_signatures",
    "join_wrapped",
    "keep_lines",
    "mark_about_blocks",
    "structure",
]


def structure(text: str, col: Collector) -> list[str]:
    """Classify lines, drop boilerplate (recording it in ``col``), return the kept lines."""
    lines, hits = join_wrapped(text)
    content_idx = [i for i, line in enumerate(lines) if line]
    in_about = mark_about_blocks(hits, content_idx)
    prose = [
        i
        for i in content_idx
        if not hits[i] and not in_about[i] and len((lines[i] or "").split()) >= PROSE_WORDS
    ]
    last_prose = prose[-1] if prose else -1
    demote_early_signatures(hits, content_idx, last_prose)
    dropped: dict[int, str] = {}
    for i in content_idx:
        hit = hits[i]
        if hit:
            dropped[i] = hit[0].name
        elif in_about[i]:
            dropped[i] = "about_block"
    absorb_footer_blocks(lines, dropped, last_prose)
    if last_prose >= 0:  # without any prose there is nothing for a signature to close
        tail = [(i, lines[i] or "") for i in content_idx if i > last_prose and i not in dropped]
        dropped.update(closing_runs(tail))
    # the first sentence-like line (a headline has no final full stop); what precedes it is the header
    first_prose = next(
        (i for i in prose if (lines[i] or "").rstrip("\"”’' ").endswith((".", "!", "?"))),
        len(lines),
    )
    return keep_lines(lines, hits, dropped, first_prose, col)


def join_wrapped(text: str) -> tuple[list[str | None], list[Hit | None]]:
    """The lines of ``text`` (``None`` for blank ones) and the rule hit of each.

    Hard-wrapped lines are re-joined first (no sentence end before, lower-case start after,
    neither line boilerplate), so that every later decision sees the paragraphs a second
    cleaning would see.
    """
    raw_lines: list[str | None] = [line or None for line in text.split("\n")]
    raw_hits = classify(raw_lines)
    lines: list[str | None] = []
    hits: list[Hit | None] = []
    for line, hit in zip(raw_lines, raw_hits, strict=True):
        prev = lines[-1] if lines else None
        if (
            line
            and prev
            and not hit
            and not hits[-1]
            and prev[-1] not in ".!?:;\"”'’)"
            and line[0].islower()
        ):
            lines[-1] = f"{prev} {line}"
            hits[-1] = classify([lines[-1]])[0]
        else:
            lines.append(line)
            hits.append(hit)
    return lines, hits


def mark_about_blocks(hits: list[Hit | None], content_idx: list[int]) -> list[bool]:
    """Which lines belong to a "Tentang PT ..." blurb (it runs to the next boilerplate line).

    Such blurbs sit in the second half; an "about" line in the first half is no boilerplate
    (its hit is cleared in place).
    """
    in_about = [False] * len(hits)
    for k, i in enumerate(content_idx):
        hit = hits[i]
        if hit and hit[0].name == "about_block":
            if k < len(content_idx) / 2:
                hits[i] = None
                continue
            for j in content_idx[k + 1 :]:
                if hits[j]:
                    break
                in_about[j] = True
    return in_about


def demote_early_signatures(
    hits: list[Hit | None], content_idx: list[int], last_prose: int
) -> None:
    """A unit signature ("Humas Kemensetneg ...") only closes a release; earlier it is a title or
    prose, so its hit is cleared (in place)."""
    for i in content_idx:
        hit = hits[i]
        if hit and hit[0].name == "signature_block" and (i < last_prose or last_prose < 0):
            hits[i] = None


def _blocks(lines: list[str | None]) -> list[list[int]]:
    """Indexes of the non-blank lines, grouped by blank-line separated block."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if line:
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def absorb_footer_blocks(lines: list[str | None], dropped: dict[int, str], last_prose: int) -> None:
    """Footer blocks after the last prose line: short lines around a footer line go with it.

    Once a contact/signature/link block started (a rule with ``claims_tail``), the rest of
    the tail follows it. Adds to ``dropped`` (line index -> rule name) in place.
    """
    mode: str | None = None
    for block in _blocks(lines):
        if block[0] <= last_prose:
            continue
        matched = [i for i in block if i in dropped and dropped[i] in FOOTER_NAMES]
        if not matched and not mode:
            continue
        opener = dropped[matched[0]] if matched else mode or "footer"
        start = block.index(matched[0]) if matched else 0
        # a name line right above "Kepala Biro ..." belongs to the signature
        while (
            matched
            and start > 0
            and block[start - 1] not in dropped
            and name_like(lines[block[start - 1]] or "")
            and block.index(matched[0]) - start < 2
        ):
            start -= 1
        for i in block[start:]:
            if i not in dropped and is_short(lines[i] or ""):
                dropped[i] = opener
        for i in block:
            if dropped.get(i) in TAIL_NAMES:
                mode = dropped[i]
                break


def closing_runs(tail: list[tuple[int, str]]) -> dict[int, str]:
    """Boilerplate runs at the very end, among the kept lines ``tail`` after the last prose line.

    A scraped navigation menu (many very short lines) and a closing run of name/institution
    lines ("Kementerian Keuangan / Republik Indonesia"). Walked line by line from the end, so the
    decision does not depend on blank lines (idempotence).
    """
    found: dict[int, str] = {}
    menu: list[int] = []
    for i, line in reversed(tail):
        if len(line.split()) > 8 or line.endswith((".", "!", "?", ":", ";")):
            break
        menu.append(i)
    texts = dict(tail)
    if len(menu) >= 5 and sum(len(texts[i].split()) <= 3 for i in menu) >= 0.6 * len(menu):
        found.update((i, "navigation") for i in menu)
    run: list[int] = []
    for i, line in reversed(tail):
        if i in found:
            continue
        if len(run) > 4 or not name_like(line):
            break
        run.append(i)
    if run and len(run) <= 4 and any(R.ORG_LINE.match(texts[i]) for i in run):
        found.update((i, "signature_block") for i in run)
    return found


def keep_lines(
    lines: list[str | None],
    hits: list[Hit | None],
    dropped: dict[int, str],
    first_prose: int,
    col: Collector,
) -> list[str]:
    """Record every dropped line in ``col`` and return the kept lines, whitespace collapsed.

    Lines before ``first_prose`` are the header: a dateline there is the opening one.
    """
    kept: list[str] = []
    responsible: list[str] | None = None  # lines after an empty "Penanggung jawab berita:" label
    for i, line in enumerate(lines):
        if i in dropped and line:
            responsible = _drop_line(
                line, hits[i], dropped[i], responsible, col, first_line=i < first_prose
            )
            continue
        if responsible:
            col.set_first("responsible", ", ".join(responsible))
        responsible = None
        if line:
            kept.append(" ".join(line.split()))
    if responsible:
        col.set_first("responsible", ", ".join(responsible))
    return kept


def _drop_line(
    line: str,
    hit: Hit | None,
    name: str,
    responsible: list[str] | None,
    col: Collector,
    *,
    first_line: bool,
) -> list[str] | None:
    """Record one dropped line; returns the "Penanggung jawab" lines collected so far."""
    if responsible is not None:
        responsible.append(line)
    elif hit and hit.rule.meta == "responsible" and not (hit.match.group("value") or "").strip():
        responsible = []
    if hit and hit.rule.name == name:
        record_hit(hit, line, col, first_line=first_line)
    else:
        col.footer_meta(name, line)
        col.drop(name, line)
    return responsible
