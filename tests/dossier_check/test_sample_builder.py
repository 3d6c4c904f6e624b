"""The sample dossiers are made by the project itself, like a scanner would: reproducible from the seed,
QR codes damaged where the plan says so, blank backs blank, illegible pages still inked."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dossier.qrid import PageIdentity, decode_identities, qr_png
from dossier.samples.build import build_samples
from dossier.samples.scanner import Degradation, blank_back, damage_qr, degrade

REPO = Path(__file__).resolve().parents[2]


def page_with_qr() -> Image.Image:
    import io

    page = Image.new("RGB", (1240, 1754), "white")
    ident = PageIdentity("（2024）豫0311执1234号", "enforcement_notice", "d1", 1, 2)
    page.paste(Image.open(io.BytesIO(qr_png(ident, box_size=4))).convert("RGB"), (1050, 60))
    return page


def test_a_damaged_qr_no_longer_decodes_while_an_intact_one_does():
    page = page_with_qr()
    assert decode_identities(page)
    assert damage_qr(page, rng=random.Random(3)) == 1
    assert decode_identities(page) == []


def test_a_blank_back_stays_nearly_white_and_an_illegible_page_keeps_its_ink():
    rng = random.Random(5)
    back = degrade(blank_back((620, 877), rng=rng), Degradation(), rng=rng)
    assert (np.asarray(back) < 128).mean() < 0.002
    printed = Image.new("RGB", (620, 877), "white")
    from PIL import ImageDraw

    ImageDraw.Draw(printed).rectangle((100, 100, 500, 400), fill="black")
    smeared = degrade(printed, Degradation(illegible=True), rng=rng)
    assert smeared.mode == "L" and smeared.size == printed.size
    assert (np.asarray(smeared) < 128).mean() > 0.05


@pytest.mark.slow
def test_the_same_seed_builds_the_same_dossier(tmp_path):
    kwargs = {"cases_file": REPO / "samples" / "cases.json", "only": ["06"], "use_templates": False, "seed": 7}
    first = build_samples(tmp_path / "a", **kwargs)[0]
    second = build_samples(tmp_path / "b", **kwargs)[0]
    assert first == second
    assert (tmp_path / "a" / first.name / "scan.pdf").read_bytes() == (tmp_path / "b" / first.name / "scan.pdf").read_bytes()
    assert first.expected_decision == "reject"
    assert [p.kind for p in first.expected_problems] == ["blank_page", "unreadable_page"]
