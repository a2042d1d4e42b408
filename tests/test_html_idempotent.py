"""HTML cleaning is idempotent (issue 20): the body of an HTML page is plain text with no
markup left, so cleaning it again changes nothing: ``clean(clean(x).body).body ==
clean(x).body``, including tags the page shows as text (``&lt;p&gt;``, ``<iframe>`` content)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressnlp
from pressnlp.cleaning.html import is_html, strip_markup

WORDS = [
    "Menteri", "Keuangan", "meresmikan", "jalan", "tol", "baru", "di", "Jakarta", "pada",
    "Senin", "(2/5/2024).", "Rp2,5", "triliun", "2 < 3", "5 > 4", "<humas@kemenkeu.go.id>",
    "Bandung -", "Dilihat 3.482 kali", "Bagikan:", "KPK", "100%", "\u200b", "\n", "\n\n", " ",
]  # fmt: skip
MARKUP = [
    "<p>", "</p>", "<div class='x'>", "</div>", "<br>", "<br/>", "<a href=\"/x\">", "</a>",
    "<span>", "</span>", "<h1>", "</h1>", "<li>", "<ul>", "<table><tr><td>", "</td></tr></table>",
    "<script>var a = 1;</script>", "<style>p{}</style>", "<iframe>", "</iframe>", "<script>",
    "<!-- komentar -->", "<!--", "-->", "<![CDATA[x]]>", "<!doctype html>", "<html>", "<body>",
    "&lt;p&gt;", "&lt;/p&gt;", "&lt;script&gt;", "&lt;a href=x&gt;", "&amp;lt;p&amp;gt;",
    "&lt;", "&gt;", "&nbsp;", "&amp;", "<", ">", "<<", "<p", "<noscript><p>", "</noscript>",
    "<o:p></o:p>", "<strong>", "</strong>", "<img src=x>", "<html", "\uff1cp\uff1e", "\uff1c/p\uff1e",
]  # fmt: skip
_PAGE = st.lists(st.sampled_from(WORDS + MARKUP), max_size=60).map("".join)


def _check(raw: str) -> None:
    once = pressnlp.clean(raw).body
    assert not is_html(once), once
    if is_html(raw):
        assert strip_markup(once) == once, once  # no markup left in an HTML page's body
    assert pressnlp.clean(once).body == once


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_html_clean_is_idempotent(raw: str) -> None:
    _check("<p>" + raw + "</p><p>Siaran pers</p>")  # detected as HTML
    _check(raw)


def test_issue_examples() -> None:
    assert pressnlp.clean("<iframe><script><a>").body == ""
    escaped = pressnlp.clean(
        "<p>&lt;p&gt;Menteri meresmikan jalan tol baru di Jawa Barat.&lt;/p&gt;"
        "&lt;p&gt;Jalan itu sepanjang 40 kilometer.&lt;/p&gt;</p><p>Bagikan</p>"
    ).body
    assert escaped.split("\n\n")[:2] == [
        "Menteri meresmikan jalan tol baru di Jawa Barat.",
        "Jalan itu sepanjang 40 kilometer.",
    ]
    for raw in ("<iframe><script><a>", escaped):
        _check(raw)
    # full-width brackets are "<p>" once normalised: cleaned as HTML
    assert pressnlp.clean("\uff1cp\uff1eMenteri hadir di Jakarta.\uff1c/p\uff1e").body == (
        "Menteri hadir di Jakarta."
    )
    # angle brackets that are text stay text
    body = pressnlp.clean(
        "<p>Inflasi 2 &lt; 3 persen, kata humas &lt;humas@kemenkeu.go.id&gt; di Jakarta.</p>"
        "<p>Menteri hadir.</p>"
    ).body
    assert "2 < 3 persen" in body and "<humas@kemenkeu.go.id>" in body
    _check(body)


def test_bundled_samples_are_idempotent() -> None:
    from conftest import sample_records

    for rec in sample_records():
        _check(rec["text"])


def test_strip_markup_is_linear() -> None:
    """Runs of tag openers and stray brackets: four times the input takes at most 6.25x
    the time (``conftest.assert_linear``: a quadratic pattern gives 16x; doubling with a 3x
    bound on 30 ms timings failed once on a machine busy with a second test run)."""
    from conftest import assert_linear

    def both(text: str) -> None:
        strip_markup(text)
        is_html(text)

    for unit in ("<", "<p", "<p ", "<!--", "<<p<", "&lt;p&gt;<"):
        assert_linear(both, unit.__mul__, 20_000)


def test_a_headline_like_paragraph_after_the_page_headline_is_the_deck() -> None:
    # the page shows its <title> as the first paragraph (the headline); the next line, once its
    # dateline is cut, reads like a headline too and a second cleaning (plain text) would take
    # it as one: it is the deck (a fuzz find: a lead paragraph split mid-word)
    page = (
        "<html><head><title>Pemprov Jabar Tuntaskan Perbaikan Jalan Provinsi</title></head>"
        "<body><p>Pemprov Jabar Tuntaskan Perbaikan Jalan Provinsi</p>"
        "<p>BANDUNG – Pemerintah Daerah Provinsi Jawa Barat melalui Dinas Bina Marga dan "
        "Penataan Ruang (DBMPR) menuntaskan per</p>"
        "<p>baikan jalan provinsi sepanjang 312 kilometer di 18 kabupaten/kota sebelum puncak "
        "musim hujan. Perbaikan dikerjakan sejak 2 Juni hingga 30 September 2025.</p>"
        "</body></html>"
    )
    article = pressnlp.clean(page)
    assert article.title == "Pemprov Jabar Tuntaskan Perbaikan Jalan Provinsi"
    assert article.meta["subtitle"].startswith("Pemerintah Daerah Provinsi Jawa Barat")
    assert article.body.startswith("baikan jalan provinsi")
    _check(page)
