"""Full-text search of archived dossiers, for Chinese: character bigrams.

Chinese has no spaces between words and most personal names are two characters (张三, 周平), so
SQLite's trigram tokenizer cannot find them (it needs three characters) and a word tokenizer has no
words to find. Every run of letters and digits is therefore indexed as its overlapping character
bigrams (洛阳市 → 洛阳 阳市), and a query becomes the phrase of its own bigrams: any substring of two
or more characters is found, in FTS5 (SQLite) with its ordinary unicode61 tokenizer. On PostgreSQL the
normalised text is matched by LIKE, indexed by pg_trgm where that extension is available (pure functions
here; the SQL is in api/services/archive.py)."""

from __future__ import annotations

import re
import unicodedata

_RUN = re.compile(r"[^\W_]+")


def runs(text: str) -> list[str]:
    """Runs of letters and digits, NFKC-normalised (full-width digits and brackets folded) and
    lower-cased: （2024）豫0311执1号 → ['2024', '豫0311执1号']."""
    return _RUN.findall(unicodedata.normalize("NFKC", text).lower())


def normalised(text: str) -> str:
    """The text as matched: its runs separated by single spaces."""
    return " ".join(runs(text))


def bigrams(run: str) -> list[str]:
    return [run] if len(run) < 2 else [run[i:i + 2] for i in range(len(run) - 1)]


def index_text(text: str) -> str:
    """What the FTS5 column holds: each run's bigrams (no bigram spans two runs, so neither does a
    query's phrase)."""
    return " ".join(" ".join(bigrams(r)) for r in runs(text))


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every run of the query as a phrase of its bigrams (a one-character run
    as a prefix); None when the query has no letter or digit."""
    parts = []
    for run in runs(query):
        if len(run) == 1:
            parts.append(f'"{run}"*')
        else:
            parts.append('"' + " ".join(bigrams(run)) + '"')
    return " AND ".join(parts) if parts else None
