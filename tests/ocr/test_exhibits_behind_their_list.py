"""An objector files a list of exhibits (证据清单) and the exhibits behind it: a copy of the court's own 执行裁定书, a
passbook's page, a printout of the 公示系统. The archive counts them as one document, the evidence; the reader used to
count each copy as a paper of its own — the ruling copy as the ruling, which could hide a ruling the dossier lacks
(court_gl_01, court_gy_03)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ocr import analyse
from dossier.ocr.exhibits import exhibits_behind_their_list
from dossier.ocr.models import PageResult, ReadText

DATA = Path(__file__).parent / "data"


def test_the_ruling_copy_and_the_passbook_behind_an_objectors_list_are_its_exhibits() -> None:
    """泰安泰山 (court_gy_03 p4–7): 证据清单 naming 执行裁定书（复印件）一份 and 农业银行存折复印件一份, the ruling copy turned
    upside down, the passbook's page; the landlord's 营业执照 behind them is a paper of its own."""
    pages = list(analyse([DATA / "objection_evidence_list_with_a_ruling_copy_and_passbook_behind_it.pdf"],
                         engine="rapidocr"))
    assert [p.doc_type for p in pages] == ["evidence", "continuation", "continuation", "identity_proof"]
    assert pages[0].ocr_pages_read == "full_page" and any("存折" in ln.text for ln in pages[0].text_lines)


def _line(text: str, top: float) -> ReadText:
    return ReadText(text=text, confidence=0.98, box=(100, int(top * 1700), 1000, int(top * 1700) + 40), height=1.0,
                    centred=False, top=top, width=0.6)


def _page(n: int, doc_type: str, title: str = "", lines: tuple[str, ...] = (),
          page_of: tuple[int, int] | None = None) -> PageResult:
    text = [_line(t, 0.08 + 0.05 * i) for i, t in enumerate((title, *lines) if title else lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.97, readable=True,
                      source="ocr", title_text=title, text_lines=text, page_of=page_of)


LIST = _page(1, "evidence", "证据目录", ("序号 证据名称 证明内容 页数",
                                         "1（2024）赣0602执28617号执行裁定书（复印件） 查封库存电缆的事实",
                                         "2 国家企业信用信息公示系统股东信息打印件 异议人系股东",
                                         "3 被执行人成品仓库库存清单 被查封电缆价值超过执行标的"))


def test_each_exhibit_the_list_names_goes_with_it_and_the_settlement_behind_them_does_not() -> None:
    pages = [LIST,
             _page(2, "enforcement_ruling", "执行裁定书", ("江西省鹰潭市月湖区人民法院",), page_of=(1, 2)),
             _page(3, "continuation", lines=("本裁定送达后立即生效。",), page_of=(2, 2)),
             _page(4, "identity_proof", lines=("国家企业信用信息公示系统", "统一社会信用代码91360602KW2MTE4CA1")),
             _page(5, "unknown", lines=("鹰潭瑞通电线电缆有限公司成品仓库库存清单", "序 规格型号 单位 数量")),
             _page(6, "settlement_agreement", "执行和解协议", ("甲方（申请执行人）：贵溪市信江铜材有限公司",
                                                          "乙方（被执行人）：鹰潭瑞通电线电缆有限公司"))]
    out = list(exhibits_behind_their_list(pages))
    assert [p.doc_type for p in out] == ["evidence", "continuation", "continuation", "continuation", "continuation",
                                         "settlement_agreement"]
    assert out[1].page_of is None, "the copy's 第1页共2页 numbers the ruling, not the bundle"


def test_a_row_names_one_exhibit_so_the_courts_own_ruling_after_the_copy_stays_the_ruling() -> None:
    copy = _page(2, "enforcement_ruling", "执行裁定书")
    ruling = _page(3, "enforcement_ruling", "执行裁定书")
    out = list(exhibits_behind_their_list([LIST, copy, ruling]))
    assert [p.doc_type for p in out] == ["evidence", "continuation", "enforcement_ruling"]


def test_the_bundle_ends_at_the_first_paper_the_list_does_not_name() -> None:
    """The 营业执照 behind the bundle ends it: the 公示系统 printout after it is a paper of its own, though listed."""
    out = list(exhibits_behind_their_list([LIST, _page(2, "identity_proof", "营业执照"),
                                           _page(3, "identity_proof", lines=("国家企业信用信息公示系统",))]))
    assert [p.doc_type for p in out] == ["evidence", "identity_proof", "identity_proof"]


def test_a_short_title_counts_when_it_stands_whole_in_a_row_and_party_roles_name_nothing() -> None:
    receipts = _page(1, "evidence", "证据清单", ("1.2021年物业费收据一张，证明交过800元", "2.被执行人的银行流水"))
    out = list(exhibits_behind_their_list([receipts, _page(2, "payment_voucher", "收据"),
                                           _page(3, "closing_notice", "结案通知书", ("被执行人：杜斌海",))]))
    assert [p.doc_type for p in out] == ["evidence", "continuation", "closing_notice"]


def test_a_page_titled_evidence_that_is_no_list_takes_nothing_behind_it() -> None:
    out = list(exhibits_behind_their_list([_page(1, "evidence", "证据材料", ("执行裁定书复印件",)),
                                           _page(2, "enforcement_ruling", "执行裁定书")]))
    assert [p.doc_type for p in out] == ["evidence", "enforcement_ruling"]


def test_a_list_title_pattern_that_does_not_compile_is_refused_when_the_cue_data_loads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """cues.yaml exhibit_lists holds patterns of a list's title: one a clerk mistyped (an unclosed bracket) is refused
    at once, naming the file, never at the first evidence page read; the words left out must be a list of words."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    for key, bad in (("exhibit_lists", ["^证据(清单"]), ("exhibit_list_common", "复印件")):
        broken = {**load_vocab("cues"), key: bad}
        monkeypatch.setattr(cue_data, "load_vocab", lambda name, data=broken: data)
        cue_data.cues.cache_clear()
        try:
            with pytest.raises(ChecklistDataError, match="识别线索词表不合法") as caught:
                cue_data.cues()
            assert "cues.yaml" in str(caught.value.file), key
        finally:
            monkeypatch.undo()
            cue_data.cues.cache_clear()
