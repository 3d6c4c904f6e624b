"""court_c — a third court: Heiti titles (WenQuanYi Zen Hei) in a box, Noto Sans body, wide
margins, seals over the date line, footer 第n页共m页 at the right.

Its wording differs: 执行通知书（含报告财产令）, 限制消费令 saying 限制高消费, 失信 decisions titled
决定书 (纳入失信被执行人名单), fines and detention titled 决定书 with the operative part saying 罚款 /
拘留, 终本 operative part 终结……的本次执行程序, typed 谈话笔录 with the court name, 送达回证 without
the court line."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families._court import COURT_CODES, render_court
from dossier.corpus.layout import Style

CODES = COURT_CODES
STYLE = Style(body="sans", body_mm=5.0, title="hei", title_mm=8.0, title_spacing_mm=1.5, top=42, bottom=34,
              left=36, right=34, leading=1.85, issuer="boxed", number_align="right", footer="nm_tight",
              para_gap=1.5)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return render_court(code, c, rng, served, style=STYLE, voice="c", receipt_title="hei",
                        receipt_body="sans", receipt_court_line=False)
