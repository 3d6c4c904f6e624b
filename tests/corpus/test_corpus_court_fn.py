"""court_fn (安徽省淮北市相山区人民法院): three dossiers of 淮北. A mine-equipment firm enforces 淮北仲裁委员会's award
for slurry pumps rented to dredge the 南湖 subsidence lake — an account frozen, the sum paid in, 执行完毕, archived
(cover and catalogue first, the commission's 生效证明 behind the award). A micro-loan company enforces a notarised loan
with the 相山公证处's 执行证书 against an 烈山 pomegranate-juice maker that has stopped: nothing found, 限制消费 and 失信,
the lender's lawyer heard, 终本. A 口子窖 dealer enforces this court's judgment against a canal-themed restaurant's
owner, who settles and pays — without the 收款账户确认书. Every page was stored by the old 电子卷宗 system as a
small-palette indexed image (median cut, octree, a fixed 16-colour palette or 4 greys; Floyd–Steinberg, Bayer or no
dither) and exported as JPEG."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import RED, Sheet, mm
from dossier.corpus.families import court_fn_capture as cap
from dossier.corpus.families.court_fn import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fn_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fn")]
    assert len(seqs) == 3 and all(16000 <= s <= 16999 for s in seqs)
    assert not set(seqs) & {16000, 16103, 16127, 16400, 16402, 16458, 16803, 16999}, "older families' numbers"
    assert all(p.name.startswith(f"court_fn_0{i}_") for i, p in enumerate(family_plans("court_fn"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fn_01", "court_fn_02", "court_fn_03"):
        c = case_of(prefix)
        assert "皖0603执16" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    pump, loan, liquor = case_of("court_fn_01"), case_of("court_fn_02"), case_of("court_fn_03")
    award = text_of(render("enforcement_basis", pump, random.Random(0), []))
    assert "淮北仲裁委员会" in award and "裁" in award and "南湖" in award and "淮仲字" in award
    assert "终局裁决" in text_of(render("effectiveness_certificate", pump, random.Random(0), []))
    deed = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "公" in deed and "相山公证处" in deed and "强制执行效力" in deed and "石榴" in deed
    cert = text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    assert "执" in cert and loan.extra["cert_no"] in cert and "证执字" in cert
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr.replace("　", "").replace(" ", "") or "终结本次执行程序" in ttr
    assert "终结本次执行程序" in ttr and "食品工业园" in ttr
    judgment = text_of(render("enforcement_basis", liquor, random.Random(0), []))
    assert "皖0603民初" in judgment and "口子窖" in judgment and liquor.extra["shop"] in judgment
    assert "口子窖" in text_of(render("settlement_agreement", liquor, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", pump, random.Random(0), []))
    assert pump.extra["r_acct"] in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fn_01", "court_fn_02", "court_fn_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fn") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_papers_from_other_bodies_come_before_the_case() -> None:
    for prefix in ("court_fn_01", "court_fn_02"):
        c = case_of(prefix)
        assert c.basis_effective < c.filed_on
        assert c.basis_court in ("淮北仲裁委员会", "安徽省淮北市相山公证处")


def _strip() -> Sheet:
    """A strip of a page: black text, a light pencil grey, a pale grey fill and a red seal-like block."""
    s = Sheet(size=(mm(180), mm(90)))
    s.text(mm(10), mm(8), "淮北市相山区人民法院执行局", font("serif", 60))
    s.draw.rectangle((mm(10), mm(30), mm(80), mm(50)), fill=(232, 232, 232))
    s.draw.rectangle((mm(100), mm(30), mm(170), mm(50)), fill=RED)
    s.text(mm(10), mm(60), "铅笔", font("serif", 60), fill=(200, 200, 200))
    return s


def _export(sheet: Sheet, seed: int, **change: object) -> tuple[cap.IndexedExport, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    if plan.rotation in (0, 180):
        assert img.width == round(sheet.width * plan.dpi / 200)
    assert img.mode == ("L" if plan.palette == "grey4" else "RGB")
    return plan, np.asarray(img)


def test_the_indexed_page_holds_only_its_palette_before_the_jpeg() -> None:
    s = _strip()
    img = s.image
    for palette, colours in (("mediancut", 8), ("octree", 12), ("fixed16", 16), ("grey4", 4)):
        for dither in ("fs", "bayer", "none"):
            plan = cap.IndexedExport(dpi=200, rotation=0, photo=False, scan_dpi=200, palette=palette, colours=colours,
                                     dither=dither, skew=0.0, quality=85, container="png")
            q = cap.quantise(img, plan)
            assert q.mode == "P"
            rgb = np.asarray(q.convert("RGB"))[::7, ::7].reshape(-1, 3)
            used = {(int(r), int(g), int(b)) for r, g, b in rgb}
            assert len(used) <= colours, (palette, dither, len(used))
            assert min(sum(rgb) for rgb in used) < 150, "the text keeps a near-black entry"


def test_dither_turns_a_pale_grey_into_a_pattern_and_no_dither_into_a_flat_band() -> None:
    s = _strip()
    grey = (slice(mm(33), mm(47)), slice(mm(13), mm(77)))
    flat = cap.IndexedExport(dpi=200, rotation=0, photo=False, scan_dpi=200, palette="grey4", colours=4, dither="none",
                             skew=0.0, quality=90, container="png", noise=0.5, paper=0.0)
    _, a = _export(s, 1, **{k: getattr(flat, k) for k in ("dpi", "rotation", "scan_dpi", "palette", "colours", "dither",
                                                           "skew", "quality", "noise", "paper")})
    assert a[grey].std() < 6 and a[grey].mean() > 240, "posterised: the pale fill vanishes into the paper"
    _, b = _export(s, 1, dpi=200, rotation=0, scan_dpi=200, palette="grey4", colours=4, dither="fs", skew=0.0, quality=90,
                   noise=0.5, paper=0.0)
    assert b[grey].std() > 12, "error diffusion: scattered darker dots in the pale fill"
    _, c = _export(s, 1, dpi=200, rotation=0, scan_dpi=200, palette="grey4", colours=4, dither="bayer", skew=0.0,
                   quality=90, noise=0.5, paper=0.0)
    assert c[grey].std() > 12, "ordered dither: a regular pattern"


def test_a_red_seal_snaps_to_one_red_or_to_grey() -> None:
    s = _strip()
    red = (slice(mm(34), mm(46)), slice(mm(104), mm(166)))
    _, a = _export(s, 2, dpi=200, rotation=0, scan_dpi=200, palette="fixed16", colours=16, dither="none", skew=0.0,
                   quality=90, noise=0.5, paper=0.0)
    px = a[red].reshape(-1, 3).astype(int)
    assert abs(px[:, 0].mean() - 255) < 12 and px[:, 1].mean() < 20, "the fixed palette's pure red"
    _, g = _export(s, 2, dpi=200, rotation=0, scan_dpi=200, palette="grey4", colours=4, dither="none", skew=0.0,
                   quality=90, noise=0.5, paper=0.0)
    assert abs(float(g[red].mean()) - 96) < 12, "no red in four greys: the seal goes grey"


def test_capture_plans_stay_in_the_theme_and_readable() -> None:
    s = _strip()
    many = [cap.plan_capture(random.Random(k), s) for k in range(120)]
    assert {p.palette for p in many} == {"mediancut", "octree", "fixed16", "grey4"}
    assert {p.dither for p in many} == {"fs", "bayer", "none"}
    assert all(abs(p.skew) <= 1.5 and 150 <= p.dpi <= p.scan_dpi <= 300 and 75 <= p.quality <= 90 for p in many)
    assert 0 < sum(p.rotation != 0 for p in many) < 25 and not any(p.photo for p in many)
    assert any(p.dpi < p.scan_dpi for p in many), "some pages downscaled on export"
    for p in many[:6]:
        _, a = _export(s, 7, **{k: getattr(p, k) for k in ("palette", "colours", "dither", "dpi", "scan_dpi")},
                       rotation=0, skew=0.0)
        lum = a if a.ndim == 2 else a.mean(axis=2)
        text = lum[: lum.shape[0] // 4]
        assert text.min() < 70, (p.palette, p.dither, "the black text stays dark")
