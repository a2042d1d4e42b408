"""Phone numbers and e-mail addresses as press releases print them in contact lines.

One definition for the cleaning rules (which recognise contact lines) and for cleaning's
``meta["phones"]``/``meta["emails"]``.

>>> phone_numbers("Narahubung: Anton (0821-1234-5678), Telp. (021) 345 6789")
['0821-1234-5678', '(021) 345 6789']
>>> email_addresses("Email: humas@bkn.go.id")
['humas@bkn.go.id']
"""

from __future__ import annotations

import re

__all__ = [
    "EMAIL_PATTERN",
    "EMAIL_RE",
    "PHONE_PATTERN",
    "PHONE_RE",
    "email_addresses",
    "phone_numbers",
]

PHONE_PATTERN = r"(?:\+62|\(?0\d{1,3}\)?)[\s.-]?\d{2,4}[\s.-]?\d{3,5}(?:[\s.-]?\d{2,5})?"
"""Regex source of an Indonesian phone number: ``+62 ...``, ``(021) ...``, ``0812-...``."""
EMAIL_PATTERN = r"[\w.+-]{1,64}@[\w-]++(?:\.[\w-]++)+"
"""Regex source of an e-mail address (a local part of at most 64 characters, RFC 5321: searching
a long run of letters is then linear, not quadratic)."""
PHONE_RE = re.compile(PHONE_PATTERN)
EMAIL_RE = re.compile(EMAIL_PATTERN)


def phone_numbers(line: str) -> list[str]:
    """Phone numbers in ``line`` (at least 7 digits), in order, as written.

    A "(" opening a bracket around the whole number is not kept: ``(0821...)`` is a number in
    brackets, ``(021) 345 6789`` an area code.
    """
    found = []
    for phone in PHONE_RE.findall(line):
        phone = phone.strip()
        if phone.startswith("(") and ")" not in phone:
            phone = phone[1:]
        if len(re.sub(r"\D", "", phone)) >= 7:
            found.append(phone)
    return found


def email_addresses(line: str) -> list[str]:
    """E-mail addresses in ``line``, in order."""
    return list(EMAIL_RE.findall(line))
