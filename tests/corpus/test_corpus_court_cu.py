"""court_cu (安徽省蚌埠市蚌山区人民法院): three dossiers of 蚌埠's middle district. A seamstress enforces a
蚌埠市劳动人事争议仲裁委员会 award for unpaid wages and 经济补偿 against a garment factory: its account frozen and
deducted, paid in full, closed 执行完毕 and archived (cover and catalogue first, the committee's 生效证明 right behind
the award). A contractor enforces 蚌埠中院's 二审 judgment for 工程款 against a developer whose estate stands half-built:
nothing found, 限制消费 and 失信, the applicant's lawyer heard, 终本. A wholesaler enforces the 禹会区法院's 支付令
against a restaurant company that settles and pays — filed without the 财产线索表. Every volume was shot as open
spreads on an overhead scanner and split at the gutter, so pages carry a strip of the facing page at their binding
edge, on alternate sides."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_cu_capture as cap
from dossier.corpus.families.court_cu import made_on, render
from dossier.corpus.families.court_cu_kit import body
from dossier.corpus.families.court_cu_plans import MISSING

from .family_stories import case_of, family_plans, text_of


def test_court_cu_seqs_lie_in_its_range_and_only_the_defective_dossier_lacks_its_item() -> None:
    ps = family_plans("court_cu")
    assert len(ps) == 3 and all(88000 <= p.seq <= 88999 for p in ps)
    assert all(p.name.startswith(f"court_cu_0{i}_") for i, p in enumerate(ps, 1))
    for p in ps:
        assert (MISSING in {d.code for d in p.docs}) == p.complete, p.name


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wage, build, fish = case_of("court_cu_01"), case_of("court_cu_02"), case_of("court_cu_03")
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "蚌埠市劳动人事争议仲裁委员会" in award and "终局裁决" in award and "经济补偿" in award
    assert "生效" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", wage, random.Random(0), []))
    assert "扣划" in ruling and wage.extra["r_acct"] in ruling
    judgment = text_of(render("enforcement_basis", build, random.Random(0), []))
    assert "安徽省蚌埠市中级人民法院" in judgment and "驳回上诉，维持原判" in judgment and "建设工程施工合同" in judgment
    ttr = text_of(render("termination_this_round_ruling", build, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    order = text_of(render("enforcement_basis", fish, random.Random(0), []))
    assert "安徽省蚌埠市禹会区人民法院" in order and "支付令" in order and "十五日" in order


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_cu"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def test_pages_alternate_sides_and_face_their_real_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cap, "STATE", cap._Volume())
    c = case_of("court_cu_03")
    c.extra["volume"] = []
    sheets = [s for code in ("acceptance_notice", "enforcement_notice", "payment_notice")
              for s in render(code, c, random.Random(1), [])]
    assert len(sheets) >= 3
    rng = random.Random(3)
    plans = [cap.plan_capture(rng, s) for s in sheets]
    assert [p.right_hand for p in plans] == [i % 2 == 0 for i in range(len(sheets))]
    assert plans[0].facing is None and plans[0].cover, "the first page faces the inside of the cover"
    assert plans[1].facing is sheets[2] and plans[1].facing_real, "a left-hand page faces the next sheet"
    assert plans[2].facing is sheets[1] and plans[2].facing_real, "a right-hand page faces the one before"


def _neighbour() -> Sheet:
    """A facing page whose lines run to its margin and whose seal sits close to its inner edge."""
    s = Sheet()
    f = body(44)
    for k in range(20):
        s.text(mm(30), mm(40) + k * 82, "本院在执行中查明被执行人名下存款已被冻结扣划完毕执行款已发放", f)
    seal(s, s.width - mm(44), s.height / 2, "安徽省蚌埠市蚌山区人民法院", random.Random(0), radius=mm(21))
    return s


def _shoot(right_hand: bool, overshoot: float) -> np.ndarray:
    page = render("closing_notice", case_of("court_cu_01"), random.Random(0), [])[0]
    facing = _neighbour()
    if not right_hand:  # the facing page of a left-hand page is a right-hand one: its lines start at its spine side
        facing.image = facing.image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    plan = cap.plan_capture(random.Random(11), Sheet())
    plan.right_hand, plan.facing, plan.facing_real = right_hand, facing, True
    plan.overshoot, plan.skew, plan.colour, plan.dpi, plan.blur = overshoot, 0.0, True, 200, 0.0
    img = Image.open(io.BytesIO(cap.capture(page, plan, random.Random(11))))
    assert img.mode == "RGB" and img.info["dpi"][0] == pytest.approx(200, abs=1)
    a = np.asarray(img, dtype=np.float32)
    return a if right_hand else a[:, ::-1]  # spine side at the left


def test_the_split_leaves_a_strip_of_the_facing_page_beyond_the_gutter_on_the_binding_side() -> None:
    for right_hand in (True, False):
        a = _shoot(right_hand, mm(26))
        h, w = a.shape[:2]
        grey = a.mean(axis=2)
        band = grey[h // 4: 3 * h // 4]
        cols = band.mean(axis=0)
        gutter = int(np.argmin(cols[: mm(45)]))
        assert mm(14) < gutter < mm(34), "the gutter's shadow lies where the split overshot the spine"
        assert cols[gutter] < cols[w // 2] - 70, "a dark valley along the spine"
        strip = a[h // 4: 3 * h // 4, : max(1, gutter - mm(3))]
        ink = (strip.mean(axis=2) < 110).mean()
        assert ink > 0.01, "cut characters of the facing page's lines"
        red = ((strip[..., 0] > strip[..., 1] + 50) & (strip[..., 0] > 120)).mean()
        assert red > 0.002, "a piece of the facing page's red seal"
        outer = grey[h // 4: 3 * h // 4, w - mm(0.8):]
        assert outer.mean() < cols[w // 2] - 90, "the dark copy-stand bed past the outer edge"


def test_when_the_split_falls_on_the_spine_only_the_gutter_shadow_remains() -> None:
    a = _shoot(True, -mm(2))
    h = a.shape[0]
    edge = a[h // 4: 3 * h // 4, : mm(10)]
    red = ((edge[..., 0] > edge[..., 1] + 50) & (edge[..., 0] > 120)).mean()
    assert red == 0.0, "no facing page"
    assert edge.mean() < a[h // 4: 3 * h // 4, mm(60): mm(80)].mean() - 20, "but the shadowed inner edge"


def test_most_pages_carry_a_strip_in_grey_or_colour_at_200_to_300_dpi(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cap, "STATE", cap._Volume())
    rng = random.Random(9)
    plans = [cap.plan_capture(rng, Sheet()) for _ in range(200)]
    assert all(p.rotation == 0 and not p.photo and 200 <= p.dpi <= 300 and abs(p.skew) < 1.2 for p in plans)
    strips = sum(p.overshoot > mm(11) for p in plans)
    assert 130 < strips < 185, "many pages, not all, carry the facing page's line ends"
    assert 60 < sum(p.colour for p in plans) < 160, "grey and colour"
    assert sum(p.right_hand for p in plans) == 100, "right- and left-hand pages alternate"
