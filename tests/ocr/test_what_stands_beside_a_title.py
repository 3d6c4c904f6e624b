"""What stands beside, above and over a document's title on papers of courts that write their heads their own way
(court_r, 呼和浩特: Mongolian script in columns in the margin; court_s, 上海浦东: the e-dossier system's page stamp in
the corner, the volume's name over every archive form, a watermark across a letter-spaced title), and the pages a
clerk files behind a document. Each story: what the archive centre must see the page as.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from ocr_synth import images_pdf
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.families import court_r_capture, renderer
from dossier.ocr import PageResult, analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import predict, shipped_model, train
from dossier.ocr.titles import match_title


def _one(tmp_path: Path, image: Image.Image) -> PageResult:
    (page,) = analyse([images_pdf([image], tmp_path / "page.pdf")], engine="rapidocr")
    return page


def title(text: str, top: float = 0.1, *, alone: bool = True) -> TextLine:
    return TextLine(text, 0.98, height=1.6, centred=True, top=top, width=0.3, alone=alone)


def body(text: str, top: float, width: float = 0.75) -> TextLine:
    return TextLine(text, 0.97, height=1.0, centred=False, top=top, width=width)


def corner(text: str, top: float = 0.01) -> TextLine:
    """A short box alone in a corner of the sheet."""
    return TextLine(text, 0.98, height=1.0, centred=False, top=top, width=0.08)


def _scanned_by_court_r(prefix: str, code: str, seed: int) -> Image.Image:
    """A paper of 呼和浩特新城 as the corpus family draws it, through its county archive's low-resolution scanner."""
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    sheet = renderer("court_r")(code, case_for(plan, random.Random(i)), random.Random(seed), [])[0]
    rng = random.Random(seed)
    return Image.open(io.BytesIO(court_r_capture.capture(sheet, court_r_capture.plan_capture(rng, sheet), rng)))


def test_mongolian_columns_in_the_margin_beside_the_title_leave_it_the_title(tmp_path: Path) -> None:
    """呼和浩特's notices run the court's and the document's Mongolian names down the left margin, beside the court
    name and the title: the detector finds pieces of those columns on the title's row, but they are no cells of
    it, so 受理案件通知书 is still the title (these two scans were read as later pages before)."""
    pages = [_scanned_by_court_r("court_r_01", "acceptance_notice", seed) for seed in (3, 7)]
    read = list(analyse([images_pdf(pages, tmp_path / "notices.pdf")], engine="rapidocr"))
    assert [(p.doc_type, p.title_text) for p in read] == [("acceptance_notice", "受理案件通知书")] * 2


def test_the_line_under_a_marker_read_whole_is_read_for_the_operative_part(tmp_path: Path) -> None:
    """…第五百一十七条的规定，裁定如下： is read whole and the next line (终结本院……案件的本次执行程序。) was left
    unread by the selective reading: it is read before the ruling is called a plain 执行裁定书."""
    page = _scanned_by_court_r("court_r_03", "termination_this_round_ruling", 3)
    result = _one(tmp_path, page)
    assert result.doc_type == "termination_this_round_ruling"


def test_the_dossiers_page_stamp_in_the_corner_does_not_make_a_letter_a_later_page() -> None:
    """The e-dossier system stamps 第11页 in the top right corner of every page: the dossier's running number, not
    the document's. The letter under it is a letter."""
    page = PageText([corner("第11页"), title("律师事务所函", 0.1), body("（2024）申浦律执字第176号", 0.14, 0.3),
                     body("上海市浦东新区人民法院执行局：", 0.17, 0.3),
                     body("本所接受上海农村商业银行股份有限公司的委托，指派律师担任其申请执行", 0.2)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "law_firm_letter" and verdict.page_of is None


def test_a_page_number_beside_a_running_header_still_places_the_page() -> None:
    """重庆渝中's rulings carry （2024）…号执行裁定书 and 第2页 on one row at the top of later pages: that 第2页 is the
    document's."""
    page = PageText([TextLine("（2024）渝0103执1188号执行裁定书", 0.98, height=1.0, centred=False, top=0.05, width=0.37,
                              alone=False),
                     TextLine("第2页", 0.92, height=1.1, centred=False, top=0.05, width=0.07, alone=False),
                     body("七日内向本院提出书面异议。", 0.12, 0.3), body("书记员  崔磊", 0.19, 0.27)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "continuation" and verdict.page_of == (2, None)


def test_the_volumes_name_over_the_catalogue_is_no_cover() -> None:
    """浦东's archive forms repeat the volume's name (上海市浦东新区人民法院执行卷宗) over their own title."""
    rows = [body("序号  文件名称  页号  备注", 0.2, 0.8), body("1  执行申请书  1", 0.23, 0.8)]
    catalogue = PageText([corner("第2页"), body("上海市浦东新区人民法院执行卷宗", 0.08, 0.42), title("卷 内 目 录", 0.12),
                          *rows], complete=True)
    assert classify(catalogue).doc_type == "catalogue"
    remarks = PageText([body("上海市浦东新区人民法院执行卷宗", 0.08, 0.43), title("备 考 表", 0.12),
                        body("本卷共计45页，其中文字材料43页。", 0.2)], complete=True)
    assert classify(remarks).doc_type == "remarks_sheet"
    cover = PageText([title("上海市浦东新区人民法院", 0.13), title("执行案件卷宗", 0.2), body("案号", 0.3, 0.1)],
                     complete=True)
    assert classify(cover).doc_type == "dossier_cover"
    name_only = PageText([corner("第2页"), corner("202401101052603", 0.06), body("上海市浦东新区人民法院执行卷宗", 0.08, 0.42)])
    verdict = classify(name_only)
    assert verdict.doc_type == "dossier_cover" and not verdict.settled, "the lines under the name are read first"


def test_a_receipts_title_cut_in_two_on_its_row_is_joined_again() -> None:
    """A watermark across the letter-spaced 送 达 回 证 makes the detector cut it: 送达回 | 浦证."""
    page = PageText([title("上海市浦东新区人民法院", 0.08), title("送达回", 0.12, alone=False),
                     TextLine("浦证", 0.99, height=1.1, centred=True, top=0.12, width=0.08, alone=False),
                     body("（2024）沪0115执52187号", 0.17, 0.21)], complete=False)
    verdict = classify(page)
    assert verdict.doc_type == "service_receipt"


@pytest.mark.parametrize("label", ["申请执行人：", "申请执行人 ：", "申请执行人 :", "申 请 人: "])
def test_the_last_page_of_an_application_signed_by_the_bank_continues_it(label: str) -> None:
    """Its last words, the bank's signature under them and the date: no form of its own, the application's page
    (the party's label however it is spaced)."""
    page = PageText([body("函、律师执业证复印件。", 0.08, 0.2),
                     TextLine(f"{label}上海农村商业银行股份有限公司张江科技支行（盖章）", 0.97, height=1.2, centred=True,
                              top=0.12, width=0.56),
                     body("2024年2月7日", 0.15, 0.12)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "continuation"


def test_a_gachas_certificate_of_kinship_is_a_kinship_proof_and_one_of_livestock_is_no_effectiveness_certificate() -> None:
    model = shipped_model()
    kin = PageText([title("证　明", 0.08), body("呼和浩特市新城区人民法院：", 0.14, 0.3),
                    body("兹证明乌云其其格（女，蒙古族）户籍在我嘎查，系我嘎查牧民，现随子居住于呼和浩特市。", 0.17),
                    body("额尔敦·巴图系其长子。", 0.2, 0.2), body("特此证明。", 0.23, 0.1)], complete=True)
    assert classify(kin, model).doc_type == "kinship_proof"
    herd = PageText([title("证　明", 0.08), body("呼和浩特市新城区人民法院执行局：", 0.14, 0.3),
                     body("巴特尔·朝鲁系我嘎查牧民，家中四口人，妻子无固定收入，两个孩子在呼和浩特市上学。", 0.17),
                     body("经嘎查两委核实，巴特尔·朝鲁家现有基础母羊37只、牛4头，承包草场2380亩。", 0.2),
                     body("该户名下无登记的机动车辆。", 0.23, 0.25), body("特此证明。", 0.26, 0.1)], complete=True)
    assert classify(herd, model).doc_type != "effectiveness_certificate"


def test_a_registrys_reply_to_the_inquiry_is_an_inquiry_result() -> None:
    for reply in ("不动产登记信息查询结果告知书", "机动车信息查询回复"):
        found = match_title(reply)
        assert found is not None and found.code == "online_inquiry_result", reply


def test_a_receipt_for_a_summons_with_its_count_names_the_summons() -> None:
    """呼和浩特's 送达文书 cell reads 传票　各一份: the summons was served (two receipts of one form, one for the summons
    and one for the ruling, are then no 重张 of each other)."""
    from dossier.ocr.titles import served_doc_types

    assert served_doc_types("传票　各一份") == ["summons"]
    assert served_doc_types("送达文书：传票1份") == ["summons"]
    assert served_doc_types("送达文书名称及件数传票各一份") == ["summons"]
    assert served_doc_types("他的传票一份文件") == []


def test_a_form_titles_subject_the_model_alone_decides_is_no_surer_than_the_model() -> None:
    """A 证明 whose body no cue places, which the n-gram model gives 73 % as a kinship proof and the rest to a
    paper no 证明 can be: the clerk's confidence is the model's own share (times the title's doubt), not that
    share among the 证明's subjects (100 %), which would pass a doubtful page for a sure one."""
    model = train([("kinship_proof", "户口簿上同住的人口与户主的关系"), ("kinship_proof", "同住人口户主关系登记"),
                   ("asset_report", "名下财产情况申报房屋车辆存款"), ("asset_report", "财产申报存款车辆")])
    model = model.model_copy(update={"temperature": 8.0})
    page = PageText([title("证　明", 0.08), body("户主同住人口关系，另有车辆存款。", 0.17)], complete=True)
    own = dict(predict(model, page.text))["kinship_proof"]
    assert 0.6 < own < 0.8
    verdict = classify(page, model)
    assert verdict.doc_type == "kinship_proof" and verdict.evidence == "model"
    assert verdict.confidence <= own * 0.8


@pytest.mark.parametrize("line", ["附 件：身份证复印件", "附　：送达回证", "附 : 送达回证"])
def test_an_attachment_line_spaced_by_the_typist_names_a_paper_and_is_no_title(line: str) -> None:
    """The last page of a letter lists what it encloses; the typist spaced 附 件 out. The list names an ID copy
    or a receipt; the page is the letter's, not that paper."""
    page = PageText([body("特此函告，请予协助为盼。", 0.08, 0.3), title(line, 0.12),
                     body("某某律师事务所（盖章）", 0.18, 0.3), body("2024年3月5日", 0.21, 0.12)], complete=True)
    assert classify(page).doc_type not in ("identity_proof", "service_receipt")


def test_a_sticky_note_stuck_beside_a_forms_title_is_no_cell_of_its_row() -> None:
    """丹东振兴 (court_ec_03 p28): the undertaker stuck a yellow note, 页码？, right of the 执行案件结案审批表's title,
    a character apart and lower than the title's row. Taken for a cell beside it, the title was no title, the
    form's 申请执行人 row made it an application and the dossier lacked its 结案审批表."""
    from pathlib import Path

    from dossier.ocr import analyse

    data = Path(__file__).parent / "data" / "closing_approval_form_with_a_sticky_note_beside_its_title.pdf"
    (page,) = analyse([data], engine="rapidocr")
    assert page.doc_type == "closing_approval_form"
