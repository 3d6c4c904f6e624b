"""The family court_aw (河北廊坊广阳, held out: drawn without looking at the page reader). 广阳 lies between 北京 and
天津, among logistics parks, furniture works and new housing estates. A property-service company's 物业费 judgment
(the court's own 小额诉讼) against an owner who works for a 北京 software company is paid when the employer withholds
half his salary on the court's 协助执行通知书; a 廊坊仲裁委员会 award for a logistics park's warehouse rent against a
北京 furniture company (with the 仲裁委's 生效证明) is settled by an 执行和解协议, paid and archived; a 北京市通州区
人民法院 judgment for a 广阳 furniture maker's sofas is paid but handed in without its 结案审批表.
The archive room scanned each volume at 600 dpi; its software shrank the pages to 150 dpi by dropping pixels (jagged
strokes, moiré on the photocopies' toner screens) and kept them as colour JPEG of quality 20–40 with 4:2:0 chroma.
Every numbered page carries the archive's boxed 档案号/页号 stamp in the upper right; some documents the undertaker's
circled pencil numbers."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, JpegImagePlugin

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_aw_capture, renderer
from dossier.corpus.families.court_aw import FEE_SEQ, LEASE_SEQ, SOFA_SEQ
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

F = "court_aw"


def test_court_aw_case_numbers_are_in_its_range_and_of_guangyang() -> None:
    ours = family_plans(F)
    assert sorted(p.seq for p in ours) == sorted([FEE_SEQ, LEASE_SEQ, SOFA_SEQ])
    assert all(12000 <= p.seq <= 12999 for p in ours)
    for p in ours:
        c = case_of(p.name)
        assert c.number == f"（{c.filed_on.year}）冀1003执{p.seq}号"


def test_court_aw_parties_numbers_are_valid() -> None:
    for p in family_plans(F):
        c = case_of(p.name)
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party.name)


def test_court_aw_tells_its_three_stories() -> None:
    fee, lease, sofa = (case_of(p.name) for p in family_plans(F))
    notice = text_of(renderer(F)("assistance_notice", fee, random.Random(2), []))
    assert "北京中科鼎易信息技术有限公司" in notice and "扣留、提取" in notice and fee.respondent.id_number in notice
    reply = text_of(renderer(F)("assistance_notice", fee, random.Random(2), ["reply"]))
    assert "协助执行回执" in reply and "扣划已足额" in reply and f"{fee.amount:,.2f}" in reply
    award = text_of(renderer(F)("enforcement_basis", lease, random.Random(2), []))
    assert "廊坊仲裁委员会" in award and "裁决如下" in award and "仓库租赁合同" in award
    assert "发生法律效力" in text_of(renderer(F)("effectiveness_certificate", lease, random.Random(2), []))
    judgment = text_of(renderer(F)("enforcement_basis", sofa, random.Random(2), []))
    assert "北京市通州区人民法院" in judgment and "判决如下" in judgment and "京0112民初" in judgment
    ruling = renderer(F)("enforcement_ruling", fee, random.Random(3), [])
    assert "执行裁定书" in ruling[0].lines[1] and "裁定如下" in text_of(ruling)
    codes = [d.code for d in next(p for p in family_plans(F) if p.seq == SOFA_SEQ).docs]
    assert "closing_approval_form" not in codes and "payment_voucher" in codes


def test_court_aw_numbered_pages_carry_the_archive_stamp_in_order() -> None:
    c = case_of(family_plans(F)[1].name)
    pages: list[int] = []
    for code in ("dossier_cover", "catalogue", "enforcement_basis", "identity_proof", "remarks_sheet"):
        sheets = renderer(F)(code, c, random.Random(4), [])
        for sh in sheets:
            stamped = "档案号" in sh.lines
            assert stamped == (code not in ("dossier_cover", "catalogue", "remarks_sheet")), code
            if stamped:
                pages.append(int(sh.lines[sh.lines.index("页  号") + 1]))
                top_right = np.asarray(sh.image.crop((sh.width - 400, 20, sh.width - 60, 120)))
                reddish = (top_right[..., 0].astype(int) - top_right[..., 2]) > 50
                assert reddish.mean() > 0.01, code
    assert len(pages) >= 4 and pages == list(range(pages[0], pages[0] + len(pages)))


def _jpeg(code: str, seed: int) -> tuple[Sheet, Image.Image, court_aw_capture.AwCapture]:
    c = case_of(family_plans(F)[0].name)
    sheet = renderer(F)(code, c, random.Random(seed), ["respondent"] if code == "identity_proof" else [])[0]
    rng = random.Random(seed)
    cap = court_aw_capture.plan_capture(rng, sheet)
    return sheet, Image.open(io.BytesIO(court_aw_capture.capture(sheet, cap, rng))), cap


def test_court_aw_capture_is_a_150_dpi_poor_colour_jpeg() -> None:
    for seed in range(3):
        _, im, cap = _jpeg("enforcement_notice", seed)
        assert im.info["dpi"] == (150, 150) and cap.dpi == 150 and im.mode == "RGB"
        assert abs(im.width - 1240) <= 2 and abs(im.height - 1754) <= 2
        assert 20 <= cap.quality <= 40 and abs(cap.skew) <= 3
        assert JpegImagePlugin.get_sampling(im) == 2  # 4:2:0 chroma
        assert isinstance(im, JpegImagePlugin.JpegImageFile)
        assert np.mean(im.quantization[0]) > 15  # heavily quantised luminance


def test_court_aw_downscale_drops_pixels_instead_of_filtering() -> None:
    """Decimation keeps strokes hard (few grey edge pixels) and turns a photocopy's screen into moiré, where a
    filtered resize would smooth both."""
    def both(sheet: Sheet) -> tuple[np.ndarray, np.ndarray]:
        big = sheet.image.convert("L").resize((sheet.width * 3, sheet.height * 3), Image.Resampling.NEAREST)
        hard = np.asarray(court_aw_capture.decimate(big, (1, 2))).astype(int)
        smooth = np.asarray(big.resize((hard.shape[1], hard.shape[0]), Image.Resampling.LANCZOS)).astype(int)
        return hard, smooth

    hard, smooth = both(_jpeg("enforcement_notice", 5)[0])
    ink = lambda a: (a < 185).mean()  # noqa: E731
    grey = lambda a: ((a > 70) & (a < 185)).mean() / ink(a)  # noqa: E731
    assert grey(hard) < 0.8 * grey(smooth)  # stroke edges stay hard: fewer grey pixels per inked pixel
    # the toner screen on the ID copy: high-frequency energy survives decimation (moiré), filtering smooths it away
    hard, smooth = both(_jpeg("identity_proof", 5)[0])
    patch_h, patch_s = hard[500:535, 400:700], smooth[500:535, 400:700]  # the card's empty lower band, screened
    assert patch_s.mean() < 250  # the screen is there
    assert patch_h.mean(axis=1).std() > 1.3 * patch_s.mean(axis=1).std()  # decimation bands it: moiré


def test_court_aw_pages_stay_readable() -> None:
    _, im, _ = _jpeg("enforcement_notice", 7)
    a = np.asarray(im.convert("L")).astype(int)
    body = a[300:1300, 150:1100]
    dark = (body < 110).mean()
    assert 0.01 < dark < 0.2  # text is there, and the page is not swamped by noise
    assert np.median(a) > 200  # paper stays light


def test_court_aw_some_documents_carry_circled_pencil_numbers() -> None:
    """The undertaker pencilled and circled page numbers on some documents, under the archive stamp; not on all."""
    c = case_of(family_plans(F)[0].name)
    marked = []
    for k, code in enumerate(("enforcement_application", "fee_receipt", "acceptance_notice", "enforcement_notice",
                              "property_report_order", "enforcement_ruling", "assistance_notice", "closing_notice",
                              "payment_voucher", "closing_approval_form", "property_clue_form", "power_of_attorney")):
        sh = renderer(F)(code, c, random.Random(k), [])[0]
        a = np.asarray(sh.image.crop((sh.width - 280, 140, sh.width - 100, 300))).astype(int)
        grey = (np.abs(a[..., 0] - 110) < 30) & (np.abs(a[..., 2] - a[..., 0]) < 20) & (np.abs(a[..., 1] - a[..., 0]) < 15)
        marked.append(grey.mean() > 0.004)
    assert any(marked) and not all(marked), marked
