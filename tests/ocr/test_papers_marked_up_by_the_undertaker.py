"""齐齐哈尔龙沙 (court_cv): the undertaker's working copy, marked up in ballpoint before it was scanned. A 批示 written
against the title of a 执行裁定书 (拟同意 报局长) hid its 执: the title read 行裁定书, one character from 执行裁定书 and
one from 行政裁定书 alike, and the vocabulary's order made the ruling an administrative ruling — the basis of another
case. Now a line as near a form's subject as another type is read as the form, and its operative part decides.
And a 机动车鉴定评估报告书 under its appraiser's name, read as running text from the page before (the name is as wide
as a body line), is now the paper it opens."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model
from dossier.ocr.titles import match_title


def _line(text: str, top: float, width: float, *, title: bool = False) -> TextLine:
    return TextLine(text, 0.97, height=1.6 if title else 1.0, centred=True, top=top, width=width)


def test_a_title_that_lost_a_character_to_a_note_is_no_nearer_one_title_than_another() -> None:
    found = match_title("行裁定书", tall=True)
    assert found is not None and {found.code, *found.tied} >= {"enforcement_ruling", "enforcement_basis"}


def test_a_ruling_whose_title_lost_its_first_character_is_decided_by_its_operative_part() -> None:
    page = PageText([_line("黑龙江省齐齐哈尔市龙沙区人民法院", 0.125, 0.6), _line("行裁定书", 0.156, 0.39, title=True),
                     _line("（2024）黑0202执89127号", 0.23, 0.3),
                     TextLine("申请执行人：苏海福，女，住黑龙江省齐齐哈尔市龙沙区彩虹街道", 0.97, height=1.0, top=0.27,
                              width=0.75),
                     TextLine("一、冻结、划拨被执行人北疆财产保险股份有限公司的银行存款49511.14元；", 0.97, height=1.0,
                              top=0.75, width=0.75)],
                    [], complete=True)
    assert classify(page, shipped_model()).doc_type == "enforcement_ruling"


def test_an_appraisal_report_under_its_appraisers_name_opens_a_paper() -> None:
    page = PageText([_line("齐齐哈尔鹤诚旧机动车鉴定评估有限公司", 0.116, 0.55),
                     _line("机动车鉴定评估报告书", 0.165, 0.44, title=True),
                     TextLine("齐鹤评字[2024]第166号", 0.97, height=1.0, top=0.215, width=0.28),
                     TextLine("委托方", 0.97, height=1.0, top=0.268, width=0.1),
                     TextLine("黑龙江省齐齐哈尔市龙沙区人民法院", 0.97, height=1.0, top=0.27, width=0.4)],
                    [], complete=True)
    assert classify(page, shipped_model()).doc_type != "continuation"
