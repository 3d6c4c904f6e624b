"""court_a — a basic court printing in a 仿宋-like serif.

The court name stands on its own line above a letter-spaced title (执 行 裁 定 书); case number
right-aligned below; 3.7 cm top margin; footer 第 n 页  共 m 页 on every page; fines and detention
titled 罚款决定书 / 拘留决定书; 送达回证 with the court name line above the title."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families._court import COURT_CODES, render_court
from dossier.corpus.layout import Style

CODES = COURT_CODES
STYLE = Style(body="serif", body_mm=5.6, title="serif_bold", title_mm=8.8, title_spacing_mm=3.2,
              top=37, bottom=30, left=28, right=26, issuer="above", number_align="right", footer="nm")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return render_court(code, c, rng, served, style=STYLE, voice="a", receipt_title="serif_bold",
                        receipt_body="serif", receipt_court_line=True)
