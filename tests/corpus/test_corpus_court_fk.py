"""court_fk (广东省韶关市浈江区人民法院): three dossiers of 韶关 on security paper. A 京广-line rail freight forwarder
enforces this court's judgment for container freight on 韶钢 rebar against a steel trader — account frozen, settled,
paid, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment). A 仁化 白毛茶
cooperative enforces a 韶关仲裁委员会 award against a 丹霞山 souvenir company: the shop named as a clue is rented,
nothing found, 限制消费 and 失信, the cooperative heard, 终本. A lender enforces a notarised loan (公证书 and the
notary's 执行证书) against a 客家 restaurant's owner, who settles and pays — filed without the 非税收入票据.
The papers carry drawn guilloche, rosettes, microtext and emblems; the capture is a colour flatbed with grey and
1-bit modes (a threshold or error diffusion), skew up to 2°, a few turned pages."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fk_capture as cap
from dossier.corpus.families import court_fk_kit as kit
from dossier.corpus.families.court_fk import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fk_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fk")]
    assert len(seqs) == 3 and all(15000 <= s <= 15999 for s in seqs)
    assert not set(seqs) & {15237, 15604, 15881}, "court_z's cases"
    assert all(p.name.startswith(f"court_fk_0{i}_") for i, p in enumerate(family_plans("court_fk"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fk_01", "court_fk_02", "court_fk_03"):
        c = case_of(prefix)
        assert "粤0204执15" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fk_02").applicant.id_number.startswith("93"), "a farmers' cooperative's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    rail, tea, hakka = case_of("court_fk_01"), case_of("court_fk_02"), case_of("court_fk_03")
    judgment = text_of(render("enforcement_basis", rail, random.Random(0), []))
    assert "民事判决书" in judgment and "粤0204民初" in judgment and "京广线" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", rail, random.Random(0), []))
    award = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "韶关仲裁委员会" in award and "韶仲案字" in award and "白毛茶" in award and "裁决如下" in award
    assert "生效" in text_of(render("effectiveness_certificate", tea, random.Random(0), []))
    deed = text_of(render("enforcement_basis", hakka, random.Random(0), []))
    assert "公证书" in deed and "强制执行效力" in deed and hakka.extra["restaurant"] in deed
    certificate = text_of(render("effectiveness_certificate", hakka, random.Random(0), []))
    assert "执行证书" in certificate and hakka.extra["cert_number"] in certificate
    ttr = text_of(render("termination_this_round_ruling", tea, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "正本" in ttr
    ruling = text_of(render("enforcement_ruling", rail, random.Random(0), []))
    assert "执行裁定书" in ruling and rail.extra["r_acct"] in ruling
    bill = text_of(render("fee_receipt", rail, random.Random(0), []))
    assert "广东省非税收入票据" in bill and rail.extra["fee_serial"] in bill
    clue = render("property_clue_form", tea, random.Random(0), [])
    assert len(clue) == 2 and "不动产权证书" in text_of(clue[1:]) and clue[1].page_of == (2, 2)
    inquiry = render("online_inquiry_result", rail, random.Random(0), [])
    assert len(inquiry) == 2 and inquiry[1].starts_document and "对账单" in text_of(inquiry[1:])


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fk_01", "court_fk_02", "court_fk_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fk") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_security_grounds_are_pale_line_art_behind_the_text() -> None:
    for kind in ("court", "notary", "arbitration", "bank", "fiscal", "licence", "title"):
        s = Sheet(size=(mm(120), mm(90)))
        kit.ground(s, kind, random.Random(1), issuer="中国建设银行")
        a = np.asarray(s.image.convert("L"), dtype=np.float32)
        assert not s.lines, "a ground prints no words of the document"
        assert a.std() > 1.5, (kind, "a pattern, not a flat sheet")
        assert np.median(a) > 185, (kind, "pale enough for text over it to stay legible")
    rope = kit.rope(400, 300, pitch=12.0, amp=5.0, period=60.0)
    assert 0.05 < (rope > 0.5).mean() < 0.5, "thin crossing lines, neither empty nor solid"


def test_a_photocopy_is_grey_and_shows_its_hidden_word() -> None:
    s = Sheet(size=(mm(150), mm(120)))
    kit.ground(s, "notary", random.Random(2))
    before = np.asarray(s.image.convert("L"), dtype=np.float32)
    kit.photocopy(s, random.Random(2), latent="复印无效")
    after = np.asarray(s.image, dtype=np.int16)
    assert (after.max(axis=2) - after.min(axis=2)).max() == 0, "grey"
    assert after[..., 0].mean() < before.mean() - 10, "the pale ground comes out a darker grey"
    assert "复印无效" in s.lines


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_flatbed_keeps_size_turns_pages_and_makes_noise_of_the_ground_in_1_bit() -> None:
    s = Sheet(size=(mm(120), mm(160)))
    kit.ground(s, "bank", random.Random(3), issuer="中国建设银行")
    s.text(mm(10), mm(20), "韶关市浈江区", kit.body(60))
    _, a = _scan(s, 1, dpi=300, rotation=0, mode="grey", skew=0.0)
    assert a.shape == (round(s.height * 1.5), round(s.width * 1.5))
    _, turned = _scan(s, 1, dpi=200, rotation=90, mode="grey", skew=0.0)
    assert turned.shape == (s.width, s.height)
    _, dots = _scan(s, 5, dpi=200, rotation=0, mode="bw", dither=True, skew=0.0, quality=85)
    _, cut = _scan(s, 5, dpi=200, rotation=0, mode="bw", dither=False, threshold=150.0, skew=0.0, quality=85)
    ground = (slice(mm(60), mm(140)), slice(mm(10), mm(110)))
    assert (dots[ground] < 100).mean() > 3 * max((cut[ground] < 100).mean(), 0.001), "diffusion: the ground as dots"
    plans = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert {p.mode for p in plans} == {"colour", "grey", "bw"}
    assert all(abs(p.skew) <= 2.0 and p.dpi in (200, 240, 300) and 50 <= p.quality <= 85 and not p.photo for p in plans)
    assert 0 < sum(p.rotation != 0 for p in plans) < 30
