"""Small shared pieces of court_ax: the court's name and seal, the signature blocks of its papers, its credit codes
(the village 经济社 carry N2… codes), and a table whose header row is shaded as the 南海 case system prints it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, table
from dossier.corpus.fonts import Font

COURT = "广东省佛山市南海区人民法院"
COURT_SEAL = "广东省佛山市南海区人民法院"
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
LABELS = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "交纳执行申请费通知书",
          "property_declaration_form": "财产申报表"}


def uscc(rng: random.Random, region: str, head: str = "91") -> str:
    """A fictional unified social credit code with a valid check character (head 91 company, N2 经济社)."""
    body = head + region + "".join(rng.choice(ALPHABET) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(ALPHABET.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + ALPHABET[0 if check == 31 else check]


def basis_title(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "arbitration": "裁决书", "mediation": "民事裁定书"}[c.basis_kind]
    return f"{c.basis_court}{c.basis_number}{kind}"


def what(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def issued(c: CaseCtx) -> str:
    return cn_date(c.filed_on)


class Sign:
    """The signature blocks of the bureau's papers."""

    def __init__(self, c: CaseCtx) -> None:
        self.c = c

    def bench(self) -> list[tuple[str, str]]:
        return [("sig", f"审　判　长　{self.c.judge}"), ("sig", f"审　判　员　{self.c.extra['trial_judge']}"),
                ("sig", f"执　行　员　{self.c.officer}")]

    def date_block(self, day: date, *, clerk: bool = False, officer: bool = False) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if officer:
            out.append(("sig", f"经办人：{self.c.officer}　{self.c.clerk}"))
            out.append(("sig", f"联系电话：{self.c.court.phone}"))
        out.append(("date", cn_date(day)))
        if clerk:
            out.append(("sig", f"书　记　员　{self.c.clerk}"))
        return out


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, row_h: float) -> float:
    """A table whose first row is a grey header band; returns the y below it."""
    s.draw.rectangle((x, y, x + sum(cols), y + row_h), fill=(196, 196, 196))
    return table(s, x, y, cols, rows, f, row_h=row_h, width=2, pad=mm_pad(f))


def mm_pad(f: Font) -> float:
    return max(6.0, f.size * 0.3)
