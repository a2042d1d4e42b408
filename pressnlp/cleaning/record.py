"""Recording what cleaning removes: which rule names a line, and what the line says.

Every dropped snippet goes to ``Article.removed`` as ``"<rule>: <snippet>"`` and what it
carries (view count, credits, contact lines, phones, e-mails, ...) to ``Article.meta``.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from pressnlp import rules as R
from pressnlp.contacts import email_addresses, phone_numbers

__all__ = [
    "CONTACT_NAMES",
    "FOOTER_NAMES",
    "RULES",
    "TAIL_NAMES",
    "Collector",
    "Hit",
    "classify",
    "drop_if_boilerplate",
    "match_one",
    "record_hit",
    "unparen",
]

RULES = (*R.LINE_RULES, *R.BLOCK_HEADERS)
"""Every whole-line rule, in the order they are tried."""
FOOTER_NAMES = frozenset(rule.name for rule in RULES if rule.footer)
"""Rules that close a release (see :attr:`pressnlp.rules.Rule.footer`)."""
CONTACT_NAMES = frozenset(rule.name for rule in RULES if rule.contact)
TAIL_NAMES = frozenset(rule.name for rule in RULES if rule.claims_tail)

_CREDIT_PAIR = re.compile(
    r"([A-Za-z][A-Za-z &/,]*?)\s*:\s*([^:|;]+?)(?=\s*(?:[|;]|/\s*[A-Za-z][A-Za-z &]*:|$))"
)
_CREDIT_KEYS = {
    "editor": "editor",
    "redaktur": "editor",
    "penyunting": "editor",
    "copy editor": "editor",
    "penulis": "reporter",
    "reporter": "reporter",
    "pewarta": "reporter",
    "wartawan": "reporter",
    "kontributor": "reporter",
    "teks": "reporter",
    "narasi": "reporter",
    "liputan": "reporter",
    "foto": "photo",
    "fotografer": "photo",
    "sumber foto": "photo",
    "dokumentasi": "photo",
    "dok": "photo",
    "videografer": "photo",
    "video": "photo",
}


def unparen(text: str) -> str:
    """``"(Biro Infohan Setjen Kemhan)"`` -> ``"Biro Infohan Setjen Kemhan"``; other text only stripped."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        return text[1:-1].strip()
    return text


class Collector:
    """Accumulates ``removed`` entries and ``meta`` while the structured pass runs."""

    def __init__(self) -> None:
        self.removed: list[str] = []
        self.meta: dict[str, Any] = {}

    def drop(self, rule: str, snippet: str) -> None:
        if snippet:
            self.removed.append(f"{rule}: {snippet}")

    def add(self, key: str, value: Any) -> None:
        if value in (None, "", []):
            return
        self.meta.setdefault(key, [])
        if value not in self.meta[key]:
            self.meta[key].append(value)

    def set_first(self, key: str, value: Any) -> None:
        if value not in (None, "") and key not in self.meta:
            self.meta[key] = value

    def credits(self, text: str) -> None:
        self.add("credits", text)
        for label, value in _CREDIT_PAIR.findall(text):
            for part in re.split(r"\s*(?:&|dan|/|,)\s*", label.strip().lower()):
                key = _CREDIT_KEYS.get(part)
                if key:
                    self.set_first(key, value.strip().rstrip(".,"))

    def footer_meta(self, kind: str, line: str) -> None:
        if line.endswith((":", "：")) and len(line.split()) <= 4:
            return  # a bare label ("Website:", "Narahubung:"); its value follows on the next line
        if kind in CONTACT_NAMES:
            self.add("contact", line)
        elif kind in ("signature_block", "end_marker") and any(c.isalnum() for c in line):
            self.add("signature_lines", unparen(line))
        elif kind == "about_block":
            self.add("about", line)
        elif kind == "social_footer":
            self.add("social", line)
        for phone in phone_numbers(line):
            self.add("phones", phone)
        for email in email_addresses(line):
            self.add("emails", email)


def _rule_meta(
    rule: R.Rule, m: re.Match[str], line: str, col: Collector, *, first_line: bool
) -> None:
    value = (m.groupdict().get("value") or "").strip()
    if rule.meta == "views":
        digits = re.sub(r"\D", "", value)
        if digits:
            col.set_first("views", int(digits))
    elif rule.meta == "credits":
        col.credits(value or line)
    elif rule.meta == "dateline":
        col.set_first("dateline" if first_line else "closing_dateline", value.rstrip(" -–—"))
    elif rule.meta in (
        "release_number",
        "release_type",
        "source",
        "date_text",
        "responsible",
        "signature",
    ):
        col.set_first(rule.meta, value)
    elif rule.meta == "signature_lines":
        col.add("signature_lines", unparen(line))
    if rule in R.BLOCK_HEADERS and not value:
        return  # a bare heading ("Kontak", "Narahubung"): nothing to keep
    if rule.name in FOOTER_NAMES or rule.meta in ("contact", "address"):
        col.footer_meta(rule.name, line)
    if rule.meta == "address":
        col.set_first("address", value)


class Hit(NamedTuple):
    rule: R.Rule
    match: re.Match[str]
    # "Kamis, 9 Oktober 2025 | Dilihat 3.482 kali": the other widgets sharing the line
    extra: tuple[tuple[R.Rule, re.Match[str], str], ...] = ()


_MAX_RULE_WORDS = max(rule.max_words for rule in RULES)


def match_one(line: str) -> tuple[R.Rule, re.Match[str]] | None:
    n_words = len(line.split())
    if n_words > _MAX_RULE_WORDS:  # body prose: no rule takes lines this long
        return None
    for rule in RULES:
        m = rule.match(line, n_words)
        if m:
            return rule, m
    return None


_WIDGET_SEP = re.compile(r"\s+[|•·]\s+")


def classify(lines: list[str | None]) -> list[Hit | None]:
    out: list[Hit | None] = []
    for line in lines:
        hit = None
        if line:
            one = match_one(line)
            if one:
                hit = Hit(*one)
            elif _WIDGET_SEP.search(line):
                pieces = [p for p in _WIDGET_SEP.split(line) if p]
                found = [match_one(p) for p in pieces]
                if all(f is not None and f[0] in R.LINE_RULES for f in found):
                    parts = [
                        (f[0], f[1], p) for f, p in zip(found, pieces, strict=True) if f is not None
                    ]
                    hit = Hit(parts[0][0], parts[0][1], tuple(parts[1:]))
        out.append(hit)
    return out


def record_hit(hit: Hit, line: str, col: Collector, *, first_line: bool) -> None:
    """Store what a matched line says in ``meta`` and list it in ``removed`` under its rule."""
    _rule_meta(hit.rule, hit.match, line, col, first_line=first_line)
    for rule, m, piece in hit.extra:
        _rule_meta(rule, m, piece, col, first_line=first_line)
    col.drop(hit.rule.name, line)


def drop_if_boilerplate(par: str, col: Collector) -> bool:
    """Record ``par`` if it is, as a whole, a boilerplate line (what a cut left over)."""
    hit = classify([par])[0]
    if hit:
        record_hit(hit, par, col, first_line=False)
    return hit is not None
