"""The family court_j (广西南宁青秀, held out: drawn without looking at the page reader): a dossier generated
alongside the case — scans with the scanning software's own imperfect text layer, a few born-digital exports —
built only when named, planned after every older dossier, its dossiers judged as planned."""

from __future__ import annotations

import io
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader

from dossier.corpus import build
from dossier.corpus.build import build_corpus, case_for, check_plan, plans, selected_plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import FAMILIES, court_j_capture, court_j_pdf, handles, renderer
from dossier.corpus.families.court_j_kit import COURT, ZHUANG, JSheet, face, grid, stamp
from dossier.samples.truth import GroundTruth

OURS = [p for p in plans() if p.family == "court_j"]
NOT_CONTENT = {"blank", "unknown", "continuation"}


def _case(prefix: str) -> CaseCtx:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_j_is_planned_after_every_older_dossier(monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(p.family == "court_j" for _, p in selected_plans(plans(), None)), "built with the others now"
    monkeypatch.setattr(build, "HELD_OUT", ("court_j",))  # as it was until its held-out measurement
    ps = [p for p in plans() if p.family not in FAMILIES[FAMILIES.index("court_k"):]]  # they come after it
    assert FAMILIES[FAMILIES.index("court_k") - 1] == "court_j"
    assert [p.family for p in ps[-3:]] == ["court_j"] * 3, "its seeds come after the older dossiers'"
    assert [p.family for p in ps[-6:-3]] == ["court_i"] * 3
    assert not any(p.family == "court_j" for _, p in selected_plans(ps, None)), "built only when named"
    assert [(i, p.name) for i, p in selected_plans(ps, [OURS[2].name])] == [(len(ps) - 1, OURS[2].name)]
    assert sum(p.complete for p in OURS) == 2 and sum(not p.complete for p in OURS) == 1
    assert all(d.family == "court_j" for p in OURS for d in p.docs)
    assert not {p.seq for p in OURS} & {p.seq for p in ps[:-3]}, "no case number shared with another dossier"


def test_it_draws_every_code_its_dossiers_hold() -> None:
    drawn = {d.code for p in OURS for d in p.docs}
    assert drawn == set(handles("court_j")), sorted(drawn ^ set(handles("court_j")))


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_its_closing_approval() -> None:
    for p in OURS:
        i = plans().index(p)
        missing = check_plan(p, case_for(p, random.Random(i)).case_json(), date(2030, 1, 1))
        assert missing == ([] if p.complete else ["closing_approval_form"]), (p.name, missing)
    archived = next(p for p in OURS if p.stage == "archive")
    codes = [d.code for d in archived.docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-1] == "remarks_sheet"
    assert codes.index("effectiveness_certificate") == codes.index("enforcement_basis") + 1


def test_a_vietnamese_company_enforces_a_nanning_award_and_a_person_a_nanning_judgment() -> None:
    award, judged = _case("court_j_01"), _case("court_j_02")
    assert award.basis_court == "南宁仲裁委员会" and "南仲裁字" in award.basis_number
    assert award.applicant.name.startswith("越南") and award.applicant.kind == "organisation"
    assert judged.basis_court == "广西壮族自治区南宁市中级人民法院" and "桂01民终" in judged.basis_number
    for c in (award, judged):
        assert c.number.startswith("（2024）桂0103执") and c.respondent.address.startswith("南宁市青秀区")
    sheets = renderer("court_j")("enforcement_basis", award, random.Random(1), [])
    assert sheets[0].lines[:2] == ["南宁仲裁委员会", "裁\u3000决\u3000书"] and "裁决如下" in _text(sheets)
    attorney = renderer("court_j")("power_of_attorney", award, random.Random(1), [])
    assert attorney[0].lines[2] == "GIẤY ỦY QUYỀN" and attorney[1].lines[0] == "授权委托书（译文）"
    assert "领事认证" in attorney[2].lines and not any(s.starts_document for s in attorney)


def test_a_ruling_carries_the_courts_zhuang_name_and_decides_in_its_operative_part() -> None:
    c = _case("court_j_02")
    sheets = renderer("court_j")("termination_this_round_ruling", c, random.Random(3), [])
    assert sheets[0].lines[:4] == [COURT, ZHUANG, "执行裁定书", c.number]
    assert _text(sheets).split("裁定如下：", 1)[1].startswith("终结本次执行程序。")
    assert sheets[-1].lines[-1].startswith("— "), "the footer: — n —"


def test_the_case_systems_exports_are_born_digital_and_never_scanned() -> None:
    c = _case("court_j_01")
    for code in ("acceptance_notice", "closing_approval_form", "catalogue"):
        sheet = renderer("court_j")(code, c, random.Random(2), [])[0]
        cap = court_j_capture.plan_capture(random.Random(2), sheet)
        assert getattr(sheet, "digital", False) and cap.dpi is None and cap.kind == "digital", code
        assert court_j_capture.capture(sheet, cap, random.Random(2)) == b""
    paper = renderer("court_j")("enforcement_notice", c, random.Random(2), [])[0]
    assert not getattr(paper, "digital", False)


def _ocr(sheet: Sheet, seed: int = 0) -> list[str]:
    cap = court_j_capture.JCapture(dpi=300, rotation=0, photo=False, quality=80, skew=0.0, kind="grey")
    return [t for *_, t in court_j_capture.ocr_layer(sheet, cap, random.Random(seed))]


def test_the_scanning_softwares_text_layer_is_imperfect_the_way_real_ones_are() -> None:
    s = JSheet()
    s.text(mm(30), mm(40), "申请执行人已于二〇二四年申请执行，本院裁定如下：" * 2, face("body", mm(5)))
    assert any(read != s.lines[0] for seed in range(10) for read in _ocr(s, seed)), "look-alike characters swapped"
    seal = JSheet()
    seal.text(mm(110), mm(100), "二〇二四年三月十四日", face("body", mm(5)))
    stamp(seal, mm(130), mm(101), random.Random(1))
    assert all(read != seal.lines[0] for seed in range(5) for read in _ocr(seal, seed)), "the seal garbles the date"
    table = JSheet()
    grid(table, mm(20), mm(50), [40, 120], [["受送达人", "南宁青秀商贸有限公司"]])
    rows = [_ocr(table, seed) for seed in range(10)]
    assert all(len(r) <= 1 for r in rows), "a row is read as one line"
    assert any(r and r[0].startswith("受送") and r[0].endswith("公司") for r in rows), "its cells run together"
    sideways = court_j_capture.JCapture(dpi=200, rotation=90, photo=False, quality=80, skew=0.0, kind="grey")
    junk = court_j_capture.ocr_layer(s, sideways, random.Random(4))
    assert all(s.lines[0] not in t for *_, t in junk), "a page fed sideways is read as noise"
    card = renderer("court_j")("identity_proof", _case("court_j_02"), random.Random(1), [])[0]
    assert getattr(card, "kind", "") == "photo" and len(_ocr(card)) <= 2 < len(card.lines), "an ID copy: nearly empty"


def test_a_grey_scan_is_declared_grey_and_a_born_digital_page_carries_real_text(tmp_path: Path) -> None:
    c = _case("court_j_01")
    notice = renderer("court_j")("enforcement_notice", c, random.Random(5), [])[0]
    grey = court_j_capture.JCapture(dpi=200, rotation=0, photo=False, quality=75, skew=1.0, kind="grey")
    jpeg = court_j_capture.capture(notice, grey, random.Random(5))
    assert Image.open(io.BytesIO(jpeg)).mode == "L"
    export = renderer("court_j")("closing_notice", c, random.Random(5), [])[0]
    digital = court_j_capture.plan_capture(random.Random(5), export)
    pages = [court_j_capture.page(notice, grey, jpeg, random.Random(5)),
             court_j_capture.page(export, digital, b"", random.Random(5))]
    court_j_pdf.write_pdf(str(tmp_path / "scan.pdf"), pages)
    pdf = pdfium.PdfDocument(str(tmp_path / "scan.pdf"))
    drawn = np.asarray(pdf[0].render(scale=0.3).to_pil().convert("L"))
    assert drawn.mean() < 250 and drawn.min() < 80, "the grey scan is drawn, not white"
    layer = pdf[0].get_textpage().get_text_bounded()
    assert "执行通知书" in layer or COURT[:6] in layer, "the invisible text layer is there"
    resources: Any = PdfReader(tmp_path / "scan.pdf").pages[0]["/Resources"]
    assert [x.get_object()["/ColorSpace"] for x in resources["/XObject"].values()] == ["/DeviceGray"]
    born = pdf[1].get_textpage().get_text_bounded().replace("\r\n", "")
    assert export.lines[1] in born and c.number in born, "the export's text is real"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_j")
    build_corpus(out, seed=3, small=True, only=["court_j_03_missing_closing_approval_form"], workers=1)
    return out


def test_every_page_has_its_truth_whatever_its_text_layer_says(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_j"] and "court_j" in index["families"]
    truth = GroundTruth.load(built / "court_j_03_missing_closing_approval_form")
    pdf = pdfium.PdfDocument(str(built / truth.name / "scan.pdf"))
    assert len(pdf) == len(truth.pages) >= 8
    differs = 0
    for page, pdf_page in zip(truth.pages, pdf, strict=True):
        assert page.family == "court_j" and page.doc_type in handles("court_j") | NOT_CONTENT
        assert page.dpi in (200, 300, None) and page.rotation in (0, 90, 270)
        if page.doc_type == "blank":
            continue
        assert page.text, page.page
        layer = pdf_page.get_textpage().get_text_bounded().replace("\r\n", "")
        differs += layer != page.text.replace("\n", "")
    assert differs >= 3, "the scanning software's text is not the truth"
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")


def test_older_dossiers_keep_their_places() -> None:
    after = 3 * len(FAMILIES[FAMILIES.index("court_j"):])  # court_j's dossiers and those of the families after it
    assert [p.family for p in plans() if p.family not in FAMILIES[FAMILIES.index("court_j"):]] == [p.family for p in plans()[:-after]]
    assert [p.name for p in build.held_out_plans()[-after:][:3]] == [p.name for p in OURS]
