"""Three pages of 北仑 and 镜湖 (court_az, court_ba) at first sight, each a rule of its own:

- a resumption ruling whose operative sentence names the case first — （2022）皖0202执735号案件恢复执行。 — under
  reasoning that recites the 终本 it resumes (…九月七日裁定终结本次执行程序…): what it decides is the resumption
  (court_ba_03 p12, read as a 终本 ruling);
- a phone screen of 浙江移动微法院's 电子送达回证 whose cell 执行裁定书 is set a pixel above its label 送达文书, so it is
  read before it: the cell names what was served, it is no title (court_az_01 p29, read as an 执行裁定书);
- a party's 往来款项对账单: a heading of its own over two wide lines of its form (供货单位：… 对账期间：…) opens a paper;
  it does not run on from the page before (court_ba_03 p2, read as the resumption application's second page)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, *, width: float = 0.8, centred: bool = False, height: float = 1.0,
          alone: bool = True) -> TextLine:
    return TextLine(text, 0.98, height=height, centred=centred, top=top, width=width, alone=alone)


def test_a_resumption_ruling_naming_the_case_first_is_a_resumption_ruling() -> None:
    page = PageText([_line("安徽省芜湖市镜湖区人民法院", 0.04, width=0.5), _line("执行裁定书", 0.08, centred=True, width=0.3, height=2.0),
                     _line("（2024）皖0202执恢22361号", 0.12, width=0.3),
                     _line("本院在执行（2022）皖0202执735号申请执行人芜湖某港务有限公司与被执行人", 0.4),
                     _line("九月七日裁定终结本次执行程序。现申请执行人以发现被执行人对安徽某混凝土有限公司享有", 0.5),
                     _line("院经审查，申请符合法律规定。依照《最高人民法院关于严格规范终", 0.55),
                     _line("（2022）皖0202执735号案件恢复执行。", 0.6, width=0.4), _line("本裁定送达后立即生效。", 0.64, width=0.3)],
                    complete=True)
    assert classify(page, shipped_model()).doc_type == "resumption_ruling"


def test_a_served_cell_read_before_its_label_is_no_title() -> None:
    rows = [("电子送达", 0.05, True, True), ("电子送达回证", 0.08, False, True), ("案号", 0.12, False, False),
            ("(2024）浙0206执18217号", 0.121, False, False), ("执行裁定书", 0.155, True, True), ("送达文书", 0.156, False, False),
            ("受送达人", 0.19, False, False), ("宁波北仑某压铸有限公司", 0.191, False, False), ("送达方式", 0.22, False, False),
            ("浙江移动微法院／短信", 0.221, True, True), ("送达状态", 0.3, False, False), ("已送达 (受送达人已签收)", 0.301, True, True),
            ("签收时间", 0.33, False, False), ("2024-02-06 17:57", 0.331, True, True)]
    page = PageText([_line(t, top, width=0.25, centred=c, alone=a) for t, top, c, a in rows], complete=True)
    verdict = classify(page, shipped_model())
    assert verdict.doc_type != "enforcement_ruling" and "enforcement_ruling" in verdict.served


def test_a_heading_over_its_forms_wide_lines_opens_a_paper() -> None:
    page = PageText([_line("往来款项对账单", 0.05, width=0.26, centred=True, height=1.4),
                     _line("供货单位：芜湖某建材贸易有限公司采购单位：安徽某混凝土有限公司", 0.09, width=0.62),
                     _line("对账期间：2023年1月1日至2023年12月31日品名：P·O42.5袋装水泥", 0.11, width=0.57),
                     _line("单价（元）应付金额（元）", 0.15, width=0.27, centred=True, alone=False)])
    assert classify(page, shipped_model()).doc_type != "continuation"
