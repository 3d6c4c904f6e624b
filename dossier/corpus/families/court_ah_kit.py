"""court_ah's drawing kit: the 石河子市人民法院 house style (黑体 court line, 明体 body, a double rule under the
number), the sheet that remembers where the undertaker's highlighter may go, and the fictional 兵团 names."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import A4, Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "新疆生产建设兵团石河子市人民法院"
BUREAU = "石河子市人民法院执行局"
APPEAL = "新疆生产建设兵团第八师中级人民法院"
ARBITRATION = "石河子仲裁委员会"
TRIBUNAL = "石河子市人民法院北泉人民法庭"
BANK = "石河子农村商业银行股份有限公司"
REGISTRY = "新疆生产建设兵团第八师不动产登记中心"
VEHICLES = "第八师公安局交通警察支队车辆管理所"
LAW = "《中华人民共和国民事诉讼法》"
FIRMS = (("新疆兵团石城律师事务所", "石河子市北四路71号"), ("新疆军垦律师事务所", "石河子市东一路东环商厦9楼"),
         ("新疆天业律师事务所", "石河子市开发区北八路21号"))
REGIMENTS = ("一四一团", "一四二团", "一四三团", "一四四团", "一二一团", "一三三团", "石河子总场")
COMPANY_NO = ("一连", "三连", "五连", "七连", "九连", "十二连", "十六连", "二十连")

X0 = mm(27)
WIDTH = A4[0] - mm(27) - mm(25)
BOTTOM = A4[1] - mm(28)


@dataclass
class HSheet(Sheet):
    """A page of this family: the bands the undertaker may have marked with a highlighter (x0, y0, x1, y1), the
    case it belongs to (the numbering machine starts again with each dossier) and whether it is one of the
    unnumbered sheets (封面, 卷内目录, 备考表)."""

    marks: list[tuple[int, int, int, int]] = field(default_factory=list)
    case: str = ""
    unnumbered: bool = False


def body(size: int = 39) -> Font:
    return font("ming", size)


def head(size: int = 56) -> Font:
    return font("hei", size)


def new(c: CaseCtx, *, unnumbered: bool = False) -> HSheet:
    return HSheet(case=c.number, unnumbered=unnumbered)


def mark(sheet: HSheet, x0: float, y0: float, x1: float, y1: float) -> None:
    sheet.marks.append((int(x0), int(y0), int(x1), int(y1)))


def mark_text(sheet: HSheet, x: float, y: float, s: str, f: Font) -> None:
    mark(sheet, x - 4, y - 2, x + f.getlength(s) + 4, y + f.size * 1.15)


def court_head(sheet: HSheet, c: CaseCtx, title: str, *, number: bool = True) -> float:
    """The bureau's heading: court line in 黑体, spaced title, the number on the right, a double rule."""
    y = float(mm(24))
    sheet.centred(y, COURT, head(50))
    y += mm(12)
    sheet.centred(y, title, head(66), spacing=18)
    y += mm(15)
    if number:
        f = body(40)
        x = sheet.right(X0 + WIDTH, y, c.number, f)
        mark_text(sheet, x, y, c.number, f)
        y += mm(8)
    sheet.line(X0, y, X0 + WIDTH, y, width=4)
    sheet.line(X0, y + 8, X0 + WIDTH, y + 8, width=1)
    return y + mm(7)


def paged(c: CaseCtx, first: HSheet, blocks: Sequence[Block], y: float, *, f: Font | None = None,
          lh: float = 66, highlight: Callable[[str], bool] | None = None, footer: bool = True) -> tuple[list[HSheet], float]:
    """Run `blocks` from y on `first`, onto new sheets as needed; blocks for which `highlight` is true are
    remembered as marked lines. Returns the sheets and the y below the text."""
    f = f or body()
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        s = new(c)
        sheets.append(s)
        return s, float(mm(26))

    for blk in blocks:
        before_sheet, before_y = sheets[-1], y
        y = flow(sheets[-1], [blk], f, x0=X0, width=WIDTH, y=y, line_height=lh, indent=f.size * 2,
                 bottom=BOTTOM, more=more)
        if highlight and highlight(blk[1]) and sheets[-1] is before_sheet:
            yy = before_y
            while yy < y - 1:
                mark(before_sheet, X0 - 6, yy - 4, X0 + WIDTH + 6, yy + f.size * 1.2)
                yy += lh
    if footer and len(sheets) > 1:
        for k, s in enumerate(sheets, 1):
            s.page_of = (k, len(sheets))
            s.centred(A4[1] - mm(16), f"第{k}页  共{len(sheets)}页", body(30))
    return sheets, y


def sign_block(sheet: HSheet, c: CaseCtx, y: float, rng: random.Random, signers: Sequence[tuple[str, str]], *,
               day: object, seal_name: str = COURT) -> float:
    f = body(40)
    x = X0 + WIDTH * 0.58
    y = max(y + mm(8), y)
    for role, name in signers:
        sheet.text(x, y, f"{role}　{name}", f)
        y += 62
    y += 24
    when = cn_date(day) if not isinstance(day, str) else day  # type: ignore[arg-type]
    sheet.right(X0 + WIDTH, y, when, f)
    seal(sheet, X0 + WIDTH - mm(30), y - mm(4), seal_name, rng, radius=mm(20))
    return y + 70


def party_blocks(c: CaseCtx) -> list[Block]:
    out: list[Block] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "person":
            born = f"{p.born.year}年{p.born.month}月{p.born.day}日出生，" if p.born else ""
            out.append(("f", f"{role}：{p.name}，{p.sex}，{born}汉族，住{p.address}，公民身份号码{p.id_number}。"))
        else:
            out.append(("f", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}，该公司负责人。"))
    return out


def basis_name(c: CaseCtx) -> str:
    kind = c.extra.get("kind")
    if kind == "award":
        return f"{ARBITRATION}{c.basis_number}裁决书"
    if kind == "appeal":
        return f"{APPEAL}{c.basis_number}民事判决书"
    return f"本院{c.basis_number}民事调解书"


def cause(c: CaseCtx) -> str:
    return {"award": "买卖合同纠纷", "appeal": "籽棉买卖合同纠纷"}.get(str(c.extra.get("kind")), "农机作业服务合同纠纷")
