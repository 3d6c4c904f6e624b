"""court_jg (河北省石家庄市桥西区人民法院): three dossiers of 石家庄's old west side. A 新石中路 fabric wholesaler enforces
a 石家庄仲裁委员会 award against a garment company — its 河北银行 account found, frozen and deducted, paid out, 执行完毕,
archived (cover and catalogue first, the commission's 生效证明书 behind the award). A retired mill worker enforces this
court's 民事调解书 against a decoration company that shut its 中华南大街 shop: the shop visited, 限制消费, 失信, heard, 终本.
A 振头 building-materials dealer enforces this court's judgment against a 赞皇 contractor: 终本 without any 调查笔录.
Nearly every paper reached the volume through the 河北法院电子诉讼平台 — stored small, grey and hard-compressed, printed
back out with the platform's line of upload information on a laser printer — and the volume was scanned at 200 dpi grey."""

from __future__ import annotations

import io
import random
import re
from datetime import date, datetime

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_jg_capture as cap
from dossier.corpus.families.court_jg import made_on, render
from dossier.corpus.families.court_jg_kit import Page, uploaded
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_jg_seqs_lie_in_its_range_and_its_names_run_in_order() -> None:
    ours = family_plans("court_jg")
    assert len(ours) == 3 and all(15900 <= p.seq <= 15999 for p in ours)
    assert all(p.name.startswith(f"court_jg_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_jg_01", "court_jg_02", "court_jg_03"):
        c = case_of(prefix)
        assert "冀0104执159" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_jg_03").respondent.id_number.startswith("130129"), "the contractor is from 赞皇"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    cloth, decor, brick = case_of("court_jg_01"), case_of("court_jg_02"), case_of("court_jg_03")
    award = text_of(render("enforcement_basis", cloth, random.Random(0), []))
    assert "石家庄仲裁委员会" in award and "石仲裁字" in award and "裁决如下" not in award and "三、裁决" in award
    assert "终局裁决" in text_of(render("effectiveness_certificate", cloth, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", decor, random.Random(0), []))
    assert "民事调解书" in mediation and "冀0104民初" in mediation and "装修" in mediation
    judgment = text_of(render("enforcement_basis", brick, random.Random(0), []))
    assert "民事判决书" in judgment and "判决如下" in judgment and brick.extra["shop"] in judgment
    ruling = text_of(render("enforcement_ruling", cloth, random.Random(0), []))
    assert "执行裁定书" in ruling and cloth.extra["r_acct"] in ruling
    for c in (decor, brick):
        ttr = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
        assert "执行裁定书" in ttr and "本次执行程序" in ttr
    assert brick.extra["truck"] in text_of(render("termination_this_round_ruling", brick, random.Random(0), []))
    assert "中华南大街" in text_of(render("investigation_record", decor, random.Random(0), []))


def test_the_contractors_dossier_lacks_only_the_investigation_record() -> None:
    brick = next(p for p in family_plans("court_jg") if p.name.startswith("court_jg_03"))
    codes = [d.code for d in brick.docs]
    assert "investigation_record" not in codes and "interview_record" in codes
    decor = next(p for p in family_plans("court_jg") if p.name.startswith("court_jg_02"))
    assert sorted(c for c in (d.code for d in decor.docs) if c not in codes) == ["investigation_record"]


def test_uploads_and_served_papers_carry_the_platforms_line_and_the_bureaus_own_papers_none() -> None:
    c = case_of("court_jg_02")
    for sheet in render("enforcement_application", c, random.Random(0), []):
        assert isinstance(sheet, Page) and sheet.upload is not None
        assert "网上立案申请号" in sheet.upload.line() and c.number not in sheet.upload.line(), "filed before it had a number"
        assert sheet.lines[-1] == sheet.upload.line()
    pages = render("enforcement_basis", c, random.Random(0), [])
    assert [s.upload.page for s in pages if isinstance(s, Page) and s.upload] == list(range(1, len(pages) + 1))
    served = render("enforcement_notice", c, random.Random(0), [])[0]
    assert isinstance(served, Page) and served.upload is not None
    assert "电子送达" in served.upload.line() and c.number in served.upload.line() and c.respondent.name in served.upload.line()
    for code in ("interview_record", "closing_approval_form", "online_inquiry_result", "summons"):
        for sheet in render(code, c, random.Random(0), []):
            assert not (isinstance(sheet, Page) and sheet.upload), code
    receipt = render("service_receipt", c, random.Random(0), ["enforcement_notice", "property_report_order"])[0]
    assert not (isinstance(receipt, Page) and receipt.upload)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_jg_01", "court_jg_02", "court_jg_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_jg") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            text = "\n".join(render("service_receipt", c, random.Random(3), d.served)[0].lines)
            got = [date(*map(int, m)) for m in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)]
            assert got, text
            assert all(g > made_on(c, s) for g in got for s in d.served), (prefix, d.served, got)


def _uploaded_strip(*, red: bool = True) -> Page:
    s = Page(size=(mm(160), mm(120)))
    s.text(mm(10), mm(30), "执行通知书", font("serif", 60))
    if red:
        seal(s, mm(110), mm(70), "河北省石家庄市桥西区人民法院", random.Random(1), radius=mm(22))
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.PlatformPrint, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == 200 and plan.dpi == 200
    return plan, np.asarray(img, dtype=np.float32)


def test_the_platform_keeps_an_upload_small_grey_and_hard_compressed() -> None:
    s = uploaded([_uploaded_strip()], "某律师", datetime(2024, 1, 5, 9, 30), "申请书.pdf", "网上立案申请号X")[0]
    plan = cap.plan_capture(random.Random(2), s)
    assert plan.via_platform and 96 <= plan.store_dpi <= 120 and plan.store_quality <= 26
    small = cap.stored(s, plan)
    assert small.ndim == 2 and abs(small.shape[1] - s.width * plan.store_dpi / 200) <= 1
    # the red seal turns a middling grey: lighter than the black title, darker than the paper
    ring = small[round(mm(70) * plan.store_dpi / 200) - 3: round(mm(70) * plan.store_dpi / 200) + 3,
                 round(mm(110) * plan.store_dpi / 200) - 40: round(mm(110) * plan.store_dpi / 200) + 40]
    assert 70 < ring.min() < 190
    # blocks: the compression leaves steps at the 8-pixel grid
    plain = cap.stored(s, cap.PlatformPrint(dpi=200, rotation=0, photo=False, via_platform=True, store_dpi=plan.store_dpi,
                                            store_quality=95))
    assert np.abs(small - plain).mean() > 1.0


def test_the_print_carries_the_platforms_line_and_the_laser_screens_its_greys() -> None:
    s = uploaded([_uploaded_strip(red=False)], "某律师", datetime(2024, 1, 5, 9, 30), "申请书.pdf", "网上立案申请号X")[0]
    _, top = _scan(s, 3, line_at_top=True, skew=0.0, rotation=0, specks=0)
    band = top[: mm(9)]
    assert band.min() < 150, "the upload line is printed at the top"
    _, foot = _scan(s, 3, line_at_top=False, skew=0.0, rotation=0, specks=0)
    assert foot[-mm(9):].min() < 150 and foot[: mm(9)].min() > 150
    flat = np.full((300, 300), 128.0, np.float32)
    printed = cap.laser(flat, cap.PlatformPrint(dpi=200, rotation=0, photo=False, via_platform=True, specks=0),
                        np.random.default_rng(0))
    assert 0.3 < printed.mean() < 0.7 and printed.std() > 0.25, "a mid grey is printed as a dot screen"


def test_the_bureaus_own_papers_are_scanned_as_they_are_and_a_few_pages_turn() -> None:
    plain = Page(size=(mm(100), mm(60)))
    plain.lines.append("x")
    plan = cap.plan_capture(random.Random(1), plain)
    assert not plan.via_platform
    plans = [cap.plan_capture(random.Random(k), plain) for k in range(200)]
    turned = [p.rotation for p in plans if p.rotation]
    assert 0 < len(turned) < 25 and set(turned) <= {90, 180, 270}
    assert all(p.dpi == 200 and not p.photo and abs(p.skew) <= 1.2 for p in plans)
    _, a = _scan(plain, 1, rotation=90, skew=0.0)
    assert a.shape == (round(mm(100)), round(mm(60)))
