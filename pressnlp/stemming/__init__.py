"""Indonesian stemming: Sastrawi's ECS algorithm with the fixes users ask for.

Two functions make the public API::

    >>> import pressnlp
    >>> pressnlp.stem("Kerusakan jalan di Bekasi diperbaiki, kata Juvenal.")
    'rusak jalan di Bekasi baik, kata Juvenal.'
    >>> [(t, s) for t, s in pressnlp.stem_tokens("inovasi-inovasi Kemensetneg")]
    [('inovasi-inovasi', 'inovasi'), ('Kemensetneg', 'Kemensetneg')]

What differs from plain PySastrawi (``Sastrawi.Stemmer.StemmerFactory``):

* **Text is kept, words are replaced.** ``stem`` swaps every word for its stem and keeps
  punctuation, numbers and spacing, so the output is still readable text;
  ``stem_tokens`` gives :class:`StemToken` items that unpack as ``(token, stem)`` and
  carry ``.start``/``.end`` offsets into the input.
* **Casing.** Stems of ordinary words are lower case. Proper nouns and acronyms are kept
  exactly as written: ALL-CAPS tokens (``PHK``), capitalised tokens that are not at the
  start of a sentence (``Bekasi``, ``Bali``), tokens with inner capitals (``KemenPUPR``)
  and, at the start of a sentence, capitalised words that running Indonesian news
  mostly writes capitalised (``Kementerian``, ``Jakarta``) or that are unknown and do not
  stem (``Juvenal``). In the spaCy component, tokens inside ``doc.ents`` are kept too.
* **Headlines.** Case is judged per line/sentence (:mod:`~pressnlp.stemming.headlines`):
  in a Title Case or ALL CAPS headline or heading capitals carry no information
  (function words, auxiliaries and units after numbers may stay lower case: ``ASN Muda
  harus Komitmen``), so ordinary words are stemmed (``MENTERI MERESMIKAN JEMBATAN`` →
  ``MENTERI resmi jembatan``) and a token is kept only when it is a name by other
  evidence: entity spans (in the pipeline), institution/place names of
  :mod:`pressnlp.gazetteer`, acronym shape, the corpus counts of the lower-cased form
  (written capitalised far more often, and not a verb), runs of foreign words
  (``Reverse Repo Rate``), unknown words, and its neighbours: a noun news capitalises as
  often as not heads the name or number after it (``Masjid Raya Baiturrahman``,
  ``Kementerian PPN``, ``Terminal 3``), root words news often capitalises continue the
  name before them (``Kopdes Merah Putih``, ``PT Chandra Asri Pacific``), and ``<name>
  <Word> <year>`` is an event or programme (``Indonesia Emas 2045``)
  (:meth:`Stemmer.headline_tokens`). Function words of a headline are lower-cased, not
  stemmed (``Melalui`` → ``melalui``; running text gives ``lalu``). Last, the release's
  own running text decides where it is clear (:mod:`~pressnlp.stemming.context`: the
  non-headline lines of the input, plus ``context=``, the body of a title stemmed on
  its own): a word it writes only in lower case is stemmed, a pair it writes
  capitalised inside sentences is kept.
* **keep_proper_nouns=False** (``stem``, ``stem_tokens``, the component) lower-cases and
  stems every word, names included, as PySastrawi users expect (URLs, e-mail addresses
  and numbers are kept).
* **Kept as written:** numbers and anything with digits (``1.414``, ``COVID-19``), URLs,
  e-mail addresses, domain names, @mentions and #hashtags.
* **Reduplication.** ``inovasi-inovasi``/``anak-anaknya``/``berlari-lari``/
  ``meniru-nirukan`` give the single root; pairs with a sound change (``muda-mudi``,
  ``sayur-mayur``, ``bolak-balik``) stay whole; other hyphenated compounds are stemmed
  part by part (``jual-beli`` stays, ``sosial-ekonomi`` stays).
* **Over-stemming.** Sastrawi stops at the first dictionary word its rule order
  reaches (``menangis`` → ``menang``, ``berikan`` → ``ikan``, ``perbankan`` → ``perban``).
  pressnlp enumerates every affix reading (prefixes ``di ke se ber ter per pe meN peN ku
  kau``, ``ke-tidak-``; suffixes ``-i -kan -an -wan -wati``, clitics, loan suffixes as a
  last resort) whose root is in the dictionary and scores each: longer roots, fewer
  affixes, no impossible confix (``ke-…-kan``, ``peN-…-kan``, …) and the corpus frequency
  of the root and of its regular derivations (``stem_freq.tsv.gz``: counts from Indonesian
  news, the word itself excluded). Also scored: ``pe(N)-/per-…-an`` nouns by the verbs
  they pair with (``peramalan``: ``meramal``), ``ber-`` forms shared by r-roots
  (``beragam``), a root inside a per- root that news uses (``keperdataan`` →
  ``perdata``), ``-ku`` on a verb-like root (``memangku`` → ``pangku``), roots missing
  from the dictionary that news uses alone or as compounds (``terinci`` → ``rinci``,
  ``penandatanganan`` → ``tandatangan``), names left alone (``marwan``, ``kusumawan``)
  and -an nouns of their own (``tujuannya`` → ``tujuan``, ``alasan``, ``pangkalan``).
  Sastrawi's own answer is a candidate and wins near-ties;
  when every reading gives the same root Sastrawi is not consulted at all. A word with
  no dictionary root may take a root that news writes on its own (``mendetil`` →
  ``detil``). :data:`OVERRIDES` is a (currently empty) table of hand corrections.

The root-word dictionary is the one inside the installed PySastrawi package, read at
run time (it is CC BY-NC-SA; pressnlp ships no copy of it). One :class:`Stemmer` per
process is created lazily by the module functions; its cache of token → stem is
process-wide and unbounded (:func:`cache_info`, :func:`clear_cache`).

Modules: :mod:`~pressnlp.stemming.tokens` (tokens, sentence starts),
:mod:`~pressnlp.stemming.morphology` (affix readings), :mod:`~pressnlp.stemming.words`
(the word level: dictionary and scoring) and :mod:`~pressnlp.stemming.stemmer` (the token
level and the module functions).
"""

from __future__ import annotations

from pressnlp.stemming.morphology import WordAnalysis
from pressnlp.stemming.stemmer import (
    Stemmer,
    cache_info,
    clear_cache,
    get_stemmer,
    stem,
    stem_tokens,
)
from pressnlp.stemming.tokens import StemToken
from pressnlp.stemming.words import OVERRIDES, sastrawi_words

__all__ = [
    "OVERRIDES",
    "StemToken",
    "Stemmer",
    "WordAnalysis",
    "cache_info",
    "clear_cache",
    "get_stemmer",
    "sastrawi_words",
    "stem",
    "stem_tokens",
]
