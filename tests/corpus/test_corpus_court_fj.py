"""court_fj (福建省莆田市城厢区人民法院): three dossiers of 莆田. A 鞋材 maker enforces a 莆田仲裁委员会 award against a
sports-shoe trading company — an account frozen, a settlement, paid, 执行完毕, archived (cover and catalogue first, the
commission's 生效证明 behind the award). A 龙眼木 carver enforces a notarised loan contract (the 壶山公证处's 公证书 and
执行证书) against a 木雕 company whose workshop by the 木兰溪 is shut: nothing found, 限制消费 and 失信, the carver heard,
终本. A gold wholesaler enforces this court's judgment against a 金店 owner, who settles and pays — without the
收取案款确认书. Every page went over a failing colour flatbed: a lamp cast that turns from pink to green as it warms,
light falling off to the right, the CCD's segment seams, colour lines out of register, slipped motor steps."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fj_capture as cap
from dossier.corpus.families.court_fj import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fj_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fj")]
    assert len(seqs) == 3 and all(37000 <= s <= 37999 for s in seqs)
    assert not set(seqs) & {37148, 37531, 37862}, "court_y's cases"
    assert all(p.name.startswith(f"court_fj_0{i}_") for i, p in enumerate(family_plans("court_fj"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fj_01", "court_fj_02", "court_fj_03"):
        c = case_of(prefix)
        assert "闽0302执37" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            assert p.id_number.startswith("350302") or p.id_number[2:8] == "350302"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    shoe, carving, gold = case_of("court_fj_01"), case_of("court_fj_02"), case_of("court_fj_03")
    award = text_of(render("enforcement_basis", shoe, random.Random(0), []))
    assert "莆田仲裁委员会" in award and "莆仲裁字" in award and "鞋" in award and "裁决如下" in award
    assert "生效" in text_of(render("effectiveness_certificate", shoe, random.Random(0), []))
    deed = text_of(render("enforcement_basis", carving, random.Random(0), []))
    assert "公证书" in deed and "闽莆壶证字" in deed and "龙眼木" in deed and "强制执行效力" in deed
    cert = text_of(render("effectiveness_certificate", carving, random.Random(0), []))
    assert "执行证书" in cert and "闽莆壶证执字" in cert
    judgment = text_of(render("enforcement_basis", gold, random.Random(0), []))
    assert "民事判决书" in judgment and "闽0302民初" in judgment and "金店" in judgment and "判决如下" in judgment
    ttr = text_of(render("termination_this_round_ruling", carving, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结" in ttr and "本次执行程序" in ttr and "木兰溪" in ttr
    ruling = text_of(render("enforcement_ruling", shoe, random.Random(0), []))
    assert "执行裁定书" in ruling and shoe.extra["r_acct"] in ruling
    assert "执行和解协议" in text_of(render("settlement_agreement", gold, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fj_01", "court_fj_02", "court_fj_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fj") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _strip() -> Sheet:
    s = Sheet(size=(mm(210), mm(120)))  # a strip of a page, full width: the glass's segments all show
    s.lines.append("x")
    return s


PLAIN: dict[str, object] = {"skew": 0.0, "rotation": 0, "slip": None, "dropouts": [], "noise": 0.5, "blur": 0.0, "mode": "colour",
         "dpi": 200, "quality": 90}


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in {**PLAIN, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_cold_lamp_is_pink_and_the_warm_one_green() -> None:
    plans = [cap.plan_capture(rng, _strip()) for rng in [random.Random(11)] for _ in range(12)]
    assert plans[0].sitting_page == 0 and plans[5].sitting_page == 5 and plans[0].warm < plans[8].warm
    cold, warm = plans[0].cast, plans[10].cast
    assert cold[0] > cold[1] + 0.04, "a cold tube: pink (red up, green down)"
    assert warm[1] > warm[0], "warm: a faint green"
    _, a = _scan(_strip(), 11, cast=cold, warm=0.0, falloff=0.0, gains=(1.0, 1.0, 1.0), dim=0.9)
    paper = a[mm(50):mm(70), mm(20):mm(60)].reshape(-1, 3).mean(axis=0)
    assert paper[0] > paper[1] + 8


def test_light_falls_off_right_and_the_ccd_seams_step() -> None:
    _, a = _scan(_strip(), 12, cast=(1.0, 1.0, 1.0), falloff=0.2, gains=(1.0, 1.0, 1.0), dim=0.95)
    g = a[..., 1]
    assert g[:, mm(10):mm(30)].mean() - g[:, -mm(30):-mm(10)].mean() > 25, "the worn end of the lamp at the right"
    _, b = _scan(_strip(), 12, cast=(1.0, 1.0, 1.0), falloff=0.0, gains=(1.0, 0.9, 1.0), dim=0.95)
    seam = round(cap.SEAMS[0] / 25.4 * 200)
    cols = b[..., 1].mean(axis=0)
    assert cols[seam - 12: seam - 2].mean() - cols[seam + 2: seam + 12].mean() > 15, "a level step at the seam"


def test_colour_lines_out_of_register_fringe_a_black_rule() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (0, mm(60), s.width, mm(60) + 6))
    _, a = _scan(s, 13, cast=(1.0, 1.0, 1.0), falloff=0.0, gains=(1.0, 1.0, 1.0), dim=1.0, shift_r=(0, 2),
                 shift_b=(0, -2))
    col = a[:, mm(100)]
    top, bottom = mm(60) - 2, mm(60) + 7
    assert col[top, 2] < col[top, 0] - 60, "above the rule the blue line has moved up: a yellow-red fringe"
    assert col[bottom, 0] < col[bottom, 2] - 60, "below it the red line has moved down"


def test_a_slipped_motor_stretches_a_band_and_dropouts_cross_the_page() -> None:
    _, a = _scan(_strip(), 14)
    _, b = _scan(_strip(), 14, slip=(0.3, 0.3, 1.06), dropouts=[])
    assert b.shape[0] - a.shape[0] in range(12, 23), (a.shape, b.shape)
    s = _strip()
    _, c = _scan(s, 15, dropouts=[(0.5, "black", 2)], falloff=0.0)
    y = int(0.5 * (c.shape[0] - 8)) + 2
    assert c[y, :, 1].mean() < c[y + 20, :, 1].mean() - 100, "a dark line across the page"


def test_capture_properties_over_many_pages() -> None:
    rng = random.Random(16)
    plans = [cap.plan_capture(rng, _strip()) for _ in range(200)]
    assert {p.dpi for p in plans} <= {200, 240, 300} and not any(p.photo for p in plans)
    assert all(45 <= p.quality <= 85 and abs(p.skew) <= 1.8 for p in plans)
    turned = [p.rotation for p in plans if p.rotation]
    assert 0 < len(turned) < 40 and set(turned) <= {90, 180, 270}
    assert sum(p.sitting_page == 0 for p in plans) >= 7, "several sittings, each starting cold"
    assert 20 < sum(p.slip is not None for p in plans) < 140
    assert {p.mode for p in plans} == {"colour", "grey"}
