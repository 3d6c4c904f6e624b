"""Scanned pages read by a real OCR engine: a few pages only, each telling one part of the story."""

from __future__ import annotations

from pathlib import Path

import pytest
from ocr_synth import (
    CASE,
    blank_back,
    cast_shadow,
    dusty_back,
    images_pdf,
    phone_photo,
    scanned_page,
    signature_page,
)
from PIL import Image

from dossier.ocr import PageResult, analyse
from dossier.ocr._exec import tesseract

OTHER_CASE = "（2023）豫0311执987号"


def _one(tmp_path: Path, image: Image.Image, *, engine: str = "rapidocr") -> PageResult:
    (page,) = analyse([images_pdf([image], tmp_path / "page.pdf")], engine=engine, expected_case_number=CASE)
    return page


def _smeared(sharp: Image.Image) -> Image.Image:
    from PIL import ImageFilter

    smeared = sharp.resize((sharp.width // 9, sharp.height // 9)).resize(sharp.size).filter(ImageFilter.GaussianBlur(4))
    return Image.eval(smeared, lambda v: 150 + v * 90 // 255)


def test_an_upside_down_notice_is_turned_and_read(tmp_path: Path) -> None:
    page = _one(tmp_path, scanned_page("执行通知书").rotate(180))
    assert (page.doc_type, page.rotation, page.case_number) == ("enforcement_notice", 180, CASE)
    assert page.readable and page.ocr_pages_read == "title_band"


def test_a_sideways_page_is_turned_upright(tmp_path: Path) -> None:
    page = _one(tmp_path, scanned_page("报告财产令").rotate(90, expand=True))
    assert page.doc_type == "property_report_order" and page.rotation in (90, 270)


def test_a_signature_page_lying_sideways_is_turned_and_continues_its_ruling(tmp_path: Path) -> None:
    """Little stands at the top of a last page fed sideways (date and clerk low on the sheet): the whole
    sheet says which way it lies, and the archive centre sees the ruling's second page, not an unreadable one."""
    last = signature_page(["二〇二四年一月二十八日", "书 记 员  谢强斌"]).rotate(90, expand=True)
    pages = list(analyse([images_pdf([scanned_page("执行裁定书"), last], tmp_path / "ruling.pdf")], engine="rapidocr"))
    assert pages[1].rotation in (90, 270) and pages[1].readable
    assert [p.doc_type for p in pages] == ["enforcement_ruling", "continuation"]


def test_a_skewed_letter_spaced_title_is_read(tmp_path: Path) -> None:
    image = scanned_page("谈话笔录", letter_spaced=True).rotate(2.0, fillcolor=250)
    page = _one(tmp_path, image)
    assert page.doc_type == "interview_record" and abs(page.skew) >= 1.0


def test_the_receipt_for_the_notice_is_a_receipt_and_says_what_it_proves(tmp_path: Path) -> None:
    image = scanned_page("送达回证", body=["送达文书：执行通知书、报告财产令", "受送达人：洛阳某某商贸有限公司"])
    page = _one(tmp_path, image)
    assert page.doc_type == "service_receipt"
    assert page.served_doc_types == ["enforcement_notice", "property_report_order"]


def test_a_scanned_address_confirmation_without_qr_is_not_a_receipt(tmp_path: Path) -> None:
    image = scanned_page("送达地址确认书", case_number=None,
                         body=["受送达人：张三", "送达地址：洛阳市老城区中州东路1号", "联系电话：13800000000"])
    page = _one(tmp_path, image)
    assert (page.doc_type, page.served_doc_types) == ("service_address_confirmation", [])


def test_a_page_of_another_case_is_caught_by_ocr(tmp_path: Path) -> None:
    page = _one(tmp_path, scanned_page("执行通知书", case_number=OTHER_CASE))
    assert page.case_number == OTHER_CASE and page.case_number_matches is False


def test_an_untitled_page_continues_the_document_before_it(tmp_path: Path) -> None:
    pdf = images_pdf([scanned_page("执行裁定书"), scanned_page(None, case_number=None)], tmp_path / "two.pdf")
    pages = list(analyse([pdf], engine="rapidocr"))
    assert [p.doc_type for p in pages] == ["enforcement_ruling", "continuation"]


def test_a_dusty_streaked_blank_back_is_blank_not_unreadable(tmp_path: Path) -> None:
    """An old flatbed leaves dust, a streak and falling light on a blank back: no text anywhere on it, so
    the archive centre is not told a page is unreadable (a smeared page of text still is: below)."""
    page = _one(tmp_path, dusty_back(seed=2))
    assert (page.doc_type, page.blank, page.readable) == ("blank", True, True)


def test_an_illegible_page_is_unreadable_rather_than_guessed(tmp_path: Path) -> None:
    page = _one(tmp_path, _smeared(scanned_page("执行通知书")))
    assert page.readable is False and page.doc_type == "unknown"


def test_a_photographed_blank_back_with_a_hard_shadow_across_it_is_blank(tmp_path: Path) -> None:
    """A phone photo of a blank back, the front showing through and the photographer's shadow falling across
    its corner (court_h_02 p41): the shadow's edge is no washed-out text, so the archive centre is not told
    that a page is unreadable. A smeared page of text under the same shadow still is."""
    front = scanned_page("执行通知书")
    back, washed = analyse([images_pdf([phone_photo(cast_shadow(blank_back(seed=6, bleed=front)), seed=3),
                                        phone_photo(cast_shadow(_smeared(front)), seed=3)], tmp_path / "shadow.pdf")],
                           engine="rapidocr")
    assert (back.doc_type, back.blank, back.readable) == ("blank", True, True)
    assert (washed.doc_type, washed.blank, washed.readable) == ("unknown", False, False)


def test_a_blank_back_photographed_under_a_document_camera_on_its_desk_is_blank(tmp_path: Path) -> None:
    """成都武侯 photographs its bound volumes under a 高拍仪: a blank back lies on the desk, the lamp's light falls
    across it and the notice on its other side shows through, fainter than washed-out text. The archive centre
    is not told that the page is unreadable (court_w_02 p7, p15, p23 were)."""
    import io
    import random

    from dossier.corpus import degrade
    from dossier.corpus.build import case_for, plans
    from dossier.corpus.draw import Sheet
    from dossier.corpus.families import court_w, court_w_capture, renderer

    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_w_02"))
    case = case_for(plan, random.Random(i))
    court_w.adopt_basis(case, random.Random(i))
    front = renderer("court_w")("enforcement_notice", case, random.Random(1), [])[0]
    rng = random.Random(2)
    back = Sheet()
    back.image = degrade.blank_back(rng, front.image)
    photo = Image.open(io.BytesIO(court_w_capture.capture(back, court_w_capture.plan_capture(rng, back), rng)))
    page = _one(tmp_path, photo)
    assert (page.doc_type, page.blank, page.readable) == ("blank", True, True)


def test_a_blank_back_held_down_by_a_thumb_under_the_window_camera_is_blank(tmp_path: Path) -> None:
    """雁塔's filing window photographs the papers under a 高拍仪, a thumb now and then holding a sheet's edge down:
    the detector takes the thumb for a box of text, which reads as nothing. The clerk is not told that a blank
    back is unreadable (court_z_03 p36 was)."""
    import dataclasses
    import io
    import random

    from dossier.corpus import degrade
    from dossier.corpus.build import case_for, plans
    from dossier.corpus.draw import Sheet
    from dossier.corpus.families import court_z, court_z_capture, renderer

    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_z_03"))
    case = case_for(plan, random.Random(i))
    court_z.adopt_basis(case, random.Random(i))
    front = renderer("court_z")("service_receipt", case, random.Random(1), ["payment_notice"])[0]
    rng = random.Random(1)
    back = Sheet()
    back.image = degrade.blank_back(rng, front.image)
    shot = court_z_capture.plan_capture(rng, back)
    while shot.shot != "raw":  # the whole camera frame, desk and all, as the thumb appears only on those
        shot = court_z_capture.plan_capture(rng, back)
    held = dataclasses.replace(shot, thumb=True, rotation=0)
    photo = Image.open(io.BytesIO(court_z_capture.capture(back, held, rng)))
    page = _one(tmp_path, photo)
    assert (page.doc_type, page.blank, page.readable) == ("blank", True, True)


@pytest.mark.slow
@pytest.mark.skipif(not tesseract.available(), reason="tesseract chi_sim not installed")
def test_tesseract_reads_the_same_page_through_the_same_interface(tmp_path: Path) -> None:
    page = _one(tmp_path, scanned_page("执行通知书"), engine="tesseract")
    assert page.doc_type == "enforcement_notice" and page.case_number == CASE


def test_rapidocr_ships_its_models_and_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import numpy as np

    from dossier.ocr.engines import rapid

    assert {p.name for p in rapid.model_files()} >= {"ch_PP-OCRv4_rec_infer.onnx", "ch_PP-OCRv4_det_infer.onnx",
                                                     "ch_ppocr_mobile_v2.0_cls_infer.onnx"}

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("RapidOCR tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    rapid._rapid.cache_clear()
    line = np.full((48, 200), 255, dtype=np.uint8)
    engine = rapid.RapidEngine()
    assert len(engine.read_lines([line])) == 1
    assert engine.detect(np.full((200, 300), 255, dtype=np.uint8)) == []
    assert len(engine.upside_down([line])) == 1


def test_an_unknown_engine_is_bad_input() -> None:
    from dossier.errors import InputError
    from dossier.ocr import get_engine

    with pytest.raises(InputError) as err:
        get_engine("abbyy")
    assert err.value.field == "engine"


def test_an_application_stamped_received_beside_its_title_is_still_titled(tmp_path: Path) -> None:
    """The filing window's 收件 stamp lands on the title's row, to its right: the title stays a title."""
    from PIL import ImageDraw, ImageFont

    page = scanned_page("强制执行申请书", court=None, case_number=None, noise=3.0,
                        body=["申请人：袁英，男，1964年3月27日出生，住深圳市福田区。",
                              "被申请人：深圳明德餐饮管理有限公司，住所地深圳市。",
                              "申请事项：请求依法强制执行（2023）粤0305民初1234号民事判决。",
                              "事实与理由：上述判决已经发生法律效力，被申请人至今未履行。"])
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 30)
    draw.rectangle((930, 172, 1080, 262), outline=60, width=3)
    draw.text((975, 180), "收件", font=font, fill=40)
    draw.text((945, 222), "2024.03.06", font=ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 24),
              fill=40)
    result = _one(tmp_path, page)
    assert (result.doc_type, result.title_text) == ("enforcement_application", "强制执行申请书")


@pytest.mark.parametrize(("at_8", "at_12", "blank"), [
    (0.0004, 0.044, True),   # court_h_02 p41: a photographer's shadow, recognised as one at 8 grey levels only
    (0.026, 0.0003, True),   # court_w_02 p7: a reverse showing through under the 高拍仪's lamp, gone at 12
    (0.049, 0.025, False),   # handfilled_02 p14: washed-out text stays at both
])
def test_a_textless_sheet_is_blank_when_either_contrast_clears_it(
        monkeypatch: pytest.MonkeyPatch, at_8: float, at_12: float, blank: bool) -> None:
    """What is left of a sheet without any text box, its light evened out, is measured at two contrasts: a cast
    shadow is recognised (and left out) at the lower one, a show-through fades below the higher one; washed-out
    text stays at both, and the page stays unreadable."""
    import numpy as np

    from dossier.ocr import imaging, stages

    monkeypatch.setattr(imaging, "textless_faint", lambda sheet, *, contrast=8.0, margin=0.06: at_8 if contrast < 10 else at_12)
    ctx = stages.PageContext(source=None, engine=None, grey=np.full((1754, 1240), 240, np.uint8),  # type: ignore[arg-type]
                             sheet=np.full((585, 413), 240, np.uint8), rest_read=True, doc_type="unknown")
    stages.blank_when_textless(ctx)
    assert ctx.blank is blank


def test_a_cockled_blank_back_from_the_office_copier_is_blank(tmp_path: Path) -> None:
    """海口's humid air waves the sheets, and the office copier's 1-bit scan turns the waves into bands of dots
    running from one side of the sheet to the other (court_ae_03 p9 was read as unreadable). A band across the
    whole sheet is no washed-out text: the archive centre is not told that a blank back is unreadable. A smeared
    page of text under the same waves (in grey: the copier keeps a grey page as colour) still is."""
    import io
    import random

    from dossier.corpus.draw import Sheet
    from dossier.corpus.families.court_ae_capture import ECapture, capture

    def copied(image: Image.Image, seed: int, *, colour: bool = False) -> Image.Image:
        sheet = Sheet()
        sheet.image = image.convert("RGB").resize((1654, 2339))
        cap = ECapture(dpi=200, rotation=0, photo=False, colour=colour, skew=0.4, bleed=0.1, cockle=0.07,
                       seal_tone=170, threshold=125, quality=75)
        return Image.open(io.BytesIO(capture(sheet, cap, random.Random(seed))))

    front = scanned_page("执行通知书")
    back, washed = analyse([images_pdf([copied(blank_back(seed=4, bleed=front), 3), copied(_smeared(front), 3, colour=True)],
                                       tmp_path / "cockled.pdf")], engine="rapidocr")
    assert (back.doc_type, back.blank, back.readable) == ("blank", True, True)
    assert (washed.doc_type, washed.blank, washed.readable) == ("unknown", False, False)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_blank_back_with_a_waters_tide_lines_across_it_is_blank(tmp_path: Path, seed: int) -> None:
    """赣州章贡's volumes were soaked when the 档案室 flooded and were rescanned dry: a blank back carries the brown rims
    of a water stain running across it, thin curves that fill little of the area they span. They are no washed-out
    text: the archive centre is not told that a blank back is unreadable (court_ao_02 p3 and court_ao_03 p17 were, at
    their first sight). A smeared page of text under the same stain still is."""
    import dataclasses
    import io
    import random

    from dossier.corpus.draw import Sheet
    from dossier.corpus.families import court_ao_capture

    back = Sheet()
    back.image = Image.new("RGB", (1654, 2339), "white")
    rng = random.Random(seed)
    cap = dataclasses.replace(court_ao_capture.plan_capture(rng, back), rotation=0, torn="", mould=0,
                              stains=[(0.55, 0.8, 0.35, 0.25), (0.3, 0.9, 0.2, 0.2)])
    page = _one(tmp_path, Image.open(io.BytesIO(court_ao_capture.capture(back, cap, rng))))
    assert (page.doc_type, page.blank, page.readable) == ("blank", True, True)
    washed = Sheet()
    washed.image = _smeared(scanned_page("执行通知书")).convert("RGB").resize((1654, 2339))
    smeared = _one(tmp_path, Image.open(io.BytesIO(court_ao_capture.capture(washed, cap, random.Random(seed)))))
    assert (smeared.doc_type, smeared.readable) == ("unknown", False)
