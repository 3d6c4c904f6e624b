"""The family court_n (山东济南历下, held out: drawn without looking at the page reader): old paper volumes of 2020
that an archive service digitised — the archivist's page number in every numbered page's corner, photocopies of
photocopies, dot-matrix receipts and EMS slips, a handwritten catalogue and 备考表 — holding a 执恢 case resumed
after a 终本, a criminal judgment's property part transferred by the 刑事审判庭, and a 终本 missing its 调查笔录."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_n_capture, renderer
from dossier.corpus.families.court_n_kit import NSheet
from dossier.validators.identity import check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_n"]


def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


@cache
def _dossier(prefix: str) -> tuple[Plan, CaseCtx, list[tuple[str, list[Sheet]]]]:
    """Every document of the dossier drawn in filing order, as build.py draws them."""
    plan, c = _plan(prefix)
    rng = random.Random(5)
    return plan, c, [(d.code, renderer("court_n")(d.code, c, rng, d.served or ([d.note] if d.note else [])))
                     for d in plan.docs]


def test_court_n_is_planned_after_every_older_dossier_and_was_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier("court_n", "court_m", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_n")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_investigation_record() -> None:
    judged_as_planned("court_n", "investigation_record")


def test_the_resumed_case_names_the_earlier_termination_and_the_new_clue() -> None:
    plan, c, docs = _dossier("court_n_01")
    assert plan.category == "resumption" and c.number.startswith("（2020）鲁0102执恢")
    assert c.previous_number.startswith("（2019）鲁0102执") and c.previous_number != c.number
    application = text_of(dict(docs)["resumption_application"])
    assert c.previous_number in application and str(c.extra["plate"]) in application, "names the 终本 and the car"
    assert "原承办人意见" in application and c.officer in application, "the original undertaker signs his view"
    earlier = text_of(dict(docs)["termination_this_round_ruling"])
    assert c.previous_number in earlier and c.number not in earlier and "终结本院" in earlier
    ruling = text_of(dict(docs)["resumption_ruling"])
    assert f"恢复{c.previous_number}案件的执行。" in ruling and c.number in ruling


def test_the_criminal_tribunal_transfers_its_judgment_and_the_case_ends_on_the_convicts_death() -> None:
    plan, c, docs = _dossier("court_n_02")
    assert plan.category == "transfer" and plan.basis_kind == "criminal" and plan.method == "terminated"
    assert "鲁0102刑初" in c.basis_number
    transfer = dict(docs)["transfer_statement"]
    assert "移送执行函" in transfer[0].lines and "移送执行表" in transfer[1].lines and transfer[1].starts_document
    assert c.basis_number in text_of(transfer) and "刑事审判庭" in text_of(transfer)
    assert "刑事判决书" in text_of(dict(docs)["enforcement_basis"]) and "判决如下：" in text_of(dict(docs)["enforcement_basis"])
    death = dict(docs)["evidence"]
    assert "罪犯死亡通知书" in death[0].lines and "居民死亡医学证明（推断）书" in death[1].lines and death[1].starts_document
    assert f"终结本院{c.basis_number}刑事判决书" in text_of(dict(docs)["termination_ruling"])


def test_parties_are_from_jinan_with_valid_identity_numbers() -> None:
    for prefix in ("court_n_01", "court_n_02", "court_n_03"):
        _, c = _plan(prefix)
        assert "济南市历下区" in c.applicant.address and c.number.startswith("（2020）鲁0102执")
        assert check_id_number(c.applicant.id_number) is None
        if c.respondent.kind == "person":
            assert check_id_number(c.respondent.id_number) is None
    assert _plan("court_n_03")[1].basis_court == "山东省济南市中级人民法院"


def test_the_archivist_numbers_every_page_between_catalogue_and_remarks_and_the_catalogue_lists_them() -> None:
    _, _, docs = _dossier("court_n_02")
    numbered = [s for code, sheets in docs for s in sheets if code not in ("dossier_cover", "catalogue", "remarks_sheet")]
    assert [getattr(s, "leaf", None) for s in numbered] == list(range(1, len(numbered) + 1))
    corner = 0 if _plan("court_n_02")[1].extra["leaf_corner"] == "top" else -1
    assert all(s.lines[corner].lstrip("0") == str(getattr(s, "leaf", "")) for s in numbered), "read in its corner"
    cover, catalogue = dict(docs)["dossier_cover"][0], dict(docs)["catalogue"][0]
    assert isinstance(catalogue, NSheet) and getattr(cover, "leaf", None) is None
    cap = court_n_capture.plan_capture(random.Random(1), catalogue)
    court_n_capture.capture(catalogue, cap, random.Random(1))  # the 页号 are written once the pages are numbered
    firsts = [n for n, (code, _) in zip(_firsts(docs), docs, strict=True) if code not in ("dossier_cover", "catalogue",
                                                                                          "remarks_sheet")]
    assert "刑事判决书" in catalogue.lines and "死亡证明" in catalogue.lines
    assert [line for line in catalogue.lines if line.isdigit()][1::2] == [str(n) for n in firsts]


def _firsts(docs: list[tuple[str, list[Sheet]]]) -> list[int]:
    return [int(getattr(sheets[0], "leaf", 0) or 0) for _, sheets in docs]


def test_photocopies_come_out_grey_and_the_page_number_stays_dark_in_its_corner() -> None:
    _, c, docs = _dossier("court_n_01")
    judgment, notice = dict(docs)["enforcement_basis"][0], dict(docs)["enforcement_notice"][0]
    assert isinstance(judgment, NSheet) and judgment.copy
    assert {"复印件与原件核对无异", "此件与原件相符"} & set(judgment.lines), "the copy is stamped and signed"

    def scan(sheet: Sheet) -> np.ndarray:
        cap = court_n_capture.plan_capture(random.Random(4), sheet)
        cap.rotation, cap.skew, cap.grey = 0, 0.0, True
        return np.asarray(Image.open(io.BytesIO(court_n_capture.capture(sheet, cap, random.Random(4)))).convert("L"))

    copy, original = scan(judgment), scan(notice)
    h, w = copy.shape
    middle = (slice(h // 3, h // 2), slice(w // 4, 3 * w // 4))
    assert np.median(copy[middle]) < np.median(original[middle]) - 12, "a copy of a copy has a grey ground"
    rows = slice(0, h // 16) if c.extra["leaf_corner"] == "top" else slice(h - h // 24, h)
    assert original[rows, 3 * w // 4:].min() < 110, "the archive's page number in its corner"
    assert original[:, w // 4: 3 * w // 4].min() < 60, "the print stays dark: legible"


def test_receipts_and_postal_slips_are_struck_by_a_dot_matrix_printer() -> None:
    _, c, docs = _dossier("court_n_03")
    receipt = dict(docs)["fee_receipt"][0]
    assert "山东省非税收入通用票据" in receipt.lines and c.number in receipt.lines and "申请执行费" in receipt.lines
    slips = [renderer("court_n")("service_receipt", c, random.Random(seed), ["enforcement_notice"])[0] for seed in range(8)]
    assert {("法院专递　邮件详情单" in s.lines) for s in slips} == {True, False}, "EMS slips and paper 送达回证"
