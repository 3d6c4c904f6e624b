"""Pages read wrong at first sight by 玉林玉州 (court_fr, drawn blind: parties held their papers up to a laptop's or a
phone's front camera in the court's video sessions, and the clerk kept the frames — some seen as in a mirror),
潞州 (court_fq, drawn blind: registries' replies headed by the office's full name) and 营口站前 (court_fs, drawn blind:
a judgment's second page opening with its operative part); each real page is as it was captured."""

from __future__ import annotations

from pathlib import Path

import pytest
from ocr_synth import images_pdf, scanned_page
from PIL import ImageOps

from dossier.ocr import analyse
from dossier.ocr.titles import match_title

DATA = Path(__file__).parent / "data"
POA = ["委托人：张三，男，1962年7月21日出生，汉族，住玉林市", "受托人：李四，广西某某律师事务所律师，执业证号",
       "1450920161234567，电话13927156901。", "委托人因与玉林市某某果业有限公司买卖合同纠纷执行",
       "一案，特委托上列受托人为执行阶段的代理人。", "代理权限：特别授权，包括代为申请强制执行、提供财产线索。"]


def test_a_power_of_attorney_held_up_to_a_phones_front_camera_reads_as_in_a_mirror() -> None:
    """The applicant held his 授权委托书 up to the phone: the frame shows it left to right reversed, and read as it
    lay it was lines of half-known shapes at 0.4–0.7 (委, 江市林王西…) — an unreadable page, and the 授权委托书
    reported missing from a complete dossier (court_fr_02 p15)."""
    (page,) = analyse([DATA / "power_of_attorney_held_up_to_a_phones_front_camera_mirrored.pdf"], engine="rapidocr")
    assert (page.doc_type, page.title_text) == ("power_of_attorney", "授权委托书")


def test_a_mirrored_sheet_is_read_flipped_and_a_mirrored_upside_down_one_too(tmp_path: Path) -> None:
    """Flipped left to right, or flipped top to bottom (a mirrored sheet the direction classifier turned over)."""
    sheet = scanned_page("授权委托书", case_number=None, body=POA)
    pdf = images_pdf([ImageOps.mirror(sheet), ImageOps.flip(sheet), sheet], tmp_path / "frames.pdf")
    assert [p.doc_type for p in analyse([pdf], engine="rapidocr")] == ["power_of_attorney"] * 3


def test_a_mirrored_judgment_the_direction_classifier_turned_upside_down_is_read_flipped_back() -> None:
    """A judgment's first page held up to the camera, mirrored: the direction classifier turned it upside down, where
    it read as scraps (下， 1 上); turned back it read as garbled Chinese (人中市 民建别), but only the scraps' reading was
    asked whether it was garbled, and the judgment was unreadable (court_fr_01 p3)."""
    (page,) = analyse([DATA / "judgment_held_up_mirrored_turned_upside_down_first.pdf"], engine="rapidocr")
    assert (page.doc_type, page.title_text) == ("enforcement_basis", "民事判决书")


def test_a_clue_form_whose_title_reads_one_character_off_is_still_the_clue_form() -> None:
    """被执行人财产线索表 read 被执行人财产线素表 in a video frame: nearer the 被执行人财产状况表 than any clue form's title
    the vocabulary had, it was read as the respondent's property statement (court_fr_01 p7)."""
    (page,) = analyse([DATA / "property_clue_form_held_up_its_title_misread.pdf"], engine="rapidocr")
    assert page.doc_type == "property_clue_form"


def test_a_registrys_reply_headed_by_the_offices_full_name_is_what_its_title_says() -> None:
    """长治市公安局交通警察支队车辆管理所查询结果告知单: longer than a title line may run beyond its title, the office's name
    hid the title 查询结果告知单 and the reply was read as the 查控 printout's next page (court_fq_03 p22); the
    registration office's 企业登记信息查询单 of the respondent, filed behind the applicant's licence, was read as the
    licence's next page (court_fq_01 p12)."""
    printout, reply = analyse([DATA / "inquiry_printout_then_a_vehicle_registrys_reply_named_by_its_office.pdf"],
                              engine="rapidocr")
    assert (printout.doc_type, reply.doc_type, reply.title_text) == (
        "online_inquiry_result", "online_inquiry_result", "查询结果告知单")
    licence, registration = analyse([DATA / "business_licence_then_the_respondents_registration_printout.pdf"],
                                    engine="rapidocr")
    assert (licence.doc_type, registration.doc_type) == ("identity_proof", "identity_proof")


def test_an_offices_name_before_a_title_is_not_taken_for_a_title_of_its_own() -> None:
    assert match_title("某某市不动产登记中心不动产登记信息查询结果") is not None
    assert match_title("本院已向长治市公安局交通警察支队查询") is None
    assert match_title("某市公安局出入境管理局") is None
    assert match_title("委托人住所地湖南省郴州市北湖区人民东路18号某某律师事务所律师执业证号查询结果告知单") is None


def test_a_judgments_page_after_its_first_that_opens_with_its_operative_part_is_its_second_page() -> None:
    """营口站前's judgment numbered -1- under its first page; its second page opens mid-sentence (…事诉讼法》第六十七条
    之规定，判决如下：) with no title and no number read: read by its operative part as a second judgment (court_fs_02
    p4)."""
    first, second = analyse([DATA / "judgment_numbered_minus_one_then_a_page_opening_with_its_operative_part.pdf"],
                            engine="rapidocr")
    assert (first.doc_type, second.doc_type) == ("enforcement_basis", "continuation")


def test_a_cover_of_short_labels_read_again_flipped_keeps_its_first_reading() -> None:
    """白银 (court_ft_02 p1, drawn blind: pages stitched from two phone shots): the 卷宗封面's labels (全宗号, 年度,
    卷号, 保管期限) are short lines read at 0.97–1.0 but none of four characters, so the head was read again flipped;
    going back to the first reading broke the page (an unreadable cover, the cover reported missing)."""
    (page,) = analyse([DATA / "dossier_cover_of_short_labels_stitched_from_two_shots.pdf"], engine="rapidocr")
    assert page.doc_type == "dossier_cover" and page.readable


def test_a_sheet_read_again_flipped_for_nothing_keeps_its_first_reading(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Read again flipped and flipped and turned over, a sheet that was the right way round goes back to its first
    reading whole — what it read, which way it lies, where its boxes are (a cover of short labels broke on the way
    back: court_ft_02 p1)."""
    from dossier.ocr.stages import head

    monkeypatch.setattr(head, "_garbled", lambda read: True)
    pdf = images_pdf([scanned_page("授权委托书", case_number=None, body=POA)], tmp_path / "upright.pdf")
    (page,) = analyse([pdf], engine="rapidocr")
    assert (page.doc_type, page.rotation, page.readable) == ("power_of_attorney", 0, True)
