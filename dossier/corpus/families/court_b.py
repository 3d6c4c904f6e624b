"""court_b — an intermediate court in the Ming typeface (AR PL UMing).

Title in Noto Sans Bold with the court name on the same line (XX市中级人民法院执行裁定书), case number
centred, narrow margins, footer "- n -" on multi-page documents, running case-number header on
later pages; fines and detention titled 执行决定书; 送达回证 as a bordered table in sans with the
court seal over the date cell."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families._court import COURT_CODES, render_court
from dossier.corpus.layout import Style

CODES = COURT_CODES
STYLE = Style(body="ming", body_mm=5.3, title="sans_bold", title_mm=7.6, title_spacing_mm=0.6,
              top=30, bottom=25, left=22, right=20, leading=1.65, issuer="inline", number_align="centre",
              footer="dash", header_number=True)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return render_court(code, c, rng, served, style=STYLE, voice="b", receipt_title="sans_bold",
                        receipt_body="sans", receipt_court_line=True)
