"""Pages read wrong at first sight by 白山浑江 (court_gf, drawn blind: a vanished respondent traced through the police's
household register), 达州通川 (court_gg, drawn blind: nine migrant workers' wage award, enforced by their elected
representative), 三亚天涯 (court_gh, drawn blind: a 调解书 whose second sheet opens on its fourth item) and 沧州运河
(court_gi, drawn blind: a respondent's undertaking to pay); each real page is as it was captured."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse

DATA = Path(__file__).parent / "data"


def test_a_police_stations_household_register_printout_of_a_respondent_is_his_identity_proof() -> None:
    """常住人口信息查询结果 (a lawyer's 调查令 printout: name, 公民身份号码, 户籍地址, 所属派出所) read as near to 登记信息查询结果,
    a 查控 reply's title, as to anything — and the respondent's identity proof was filed as an inquiry (court_gf_02 p9)."""
    (page,) = analyse([DATA / "police_household_registration_printout_of_a_respondent.pdf"], engine="rapidocr")
    assert (page.doc_type, page.title_text) == ("identity_proof", "常住人口信息查询结果")


def test_a_mediations_second_sheet_opening_on_item_four_goes_on_from_the_first_however_its_mark_reads() -> None:
    """收回土地； then 四丶被告未按期足额履行… (its 、 read as the look-alike 丶): the sheet's items began on the sheet before,
    yet it was read as a 调解书 of its own by its 审判员 and 案件受理费 (court_gh_02 p4)."""
    pages = analyse([DATA / "mediation_its_second_sheet_opening_with_item_four_read_with_a_lookalike_mark.pdf"],
                    engine="rapidocr")
    assert [p.doc_type for p in pages] == ["enforcement_basis", "continuation"]


def test_an_awards_annex_table_of_each_workers_wages_is_the_awards_last_sheet() -> None:
    """附表：申请人欠付工资明细 at the margin over the nine workers' rows and the arbitrators' signatures: no title, no page
    number read, no prose — it was unreadable (court_gg_02 p5; the award's page of reasons before it, the first of the
    file here, has nothing to continue)."""
    _reasons, annex = analyse([DATA / "labour_award_its_reasons_then_its_annex_table_of_wages.pdf"], engine="rapidocr")
    assert (annex.doc_type, annex.readable) == ("continuation", True)


def test_the_workers_election_of_their_representative_is_his_authority_to_act() -> None:
    """推选书: nine workers elect one of them to apply, take part in a settlement and sign for papers — the paper that
    lets him act for them, as a 授权委托书 lets an agent; it was read as the text of the page before (court_gg_02 p17)."""
    (page,) = analyse([DATA / "migrant_workers_election_of_their_representative.pdf"], engine="rapidocr")
    assert (page.doc_type, page.title_text) == ("power_of_attorney", "推选书")


def test_a_respondents_undertaking_to_perform_is_how_the_case_was_settled() -> None:
    """沧州运通管道管件有限公司 / 履行承诺书 / 河北省沧州市运河区人民法院执行局：…一次性汇入贵院执行款账户: the respondent's
    written undertaking, the settlement of a case paid at once — it was unknown (court_gi_01 p27)."""
    (page,) = analyse([DATA / "respondents_undertaking_to_perform_photographed_sideways.pdf"], engine="rapidocr")
    assert (page.doc_type, page.title_text) == ("settlement_agreement", "履行承诺书")
