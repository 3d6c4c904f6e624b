"""lawyer — documents written by applicants and law firms: 强制执行申请书 / 执行申请书, 授权委托书,
律师事务所函 (firm letterhead and seal), 执行异议申请书, 恢复执行申请书, 证据材料清单, 和解协议书.

Word-processor look: sans body, left-aligned or centred titles, 申请事项 / 事实与理由 headings,
numbered paragraphs, 此致 + court, hand signature and date at the end; no page footer or "第 n 页"."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.layout import Style, lay_out
from dossier.corpus.wording import party_doc, settlement

CODES = frozenset({"enforcement_application", "power_of_attorney", "law_firm_letter", "objection_application",
                   "resumption_application", "evidence", "settlement_agreement"})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    left = rng.random() < 0.4
    style = Style(body=rng.choice(["sans", "serif"]), body_mm=rng.choice([5.0, 5.3, 5.6]), title="sans_bold",
                  title_mm=rng.choice([7.0, 8.0]), top=rng.choice([25, 30]), bottom=25, left=rng.choice([25, 31.8]),
                  right=rng.choice([25, 31.8]), leading=rng.choice([1.5, 1.8]), issuer="left" if left else "none",
                  footer=rng.choice(["none", "nm_tight"]), sign_by_hand=True)
    flow = settlement(c, "lawyer", rng) if code == "settlement_agreement" else party_doc(c, code, "lawyer", rng)
    if code == "law_firm_letter":
        style = Style(body="serif", body_mm=5.4, title="serif_bold", title_mm=8, top=45, issuer="above",
                      footer="none", sign_by_hand=False)
    return lay_out(flow, style, rng)
