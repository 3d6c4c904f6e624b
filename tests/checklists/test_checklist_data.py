"""The checklist data files: every rule cites where it comes from, every shipped file validates, and a
mistake in a file is reported with the file and the line, so a court's clerk can fix it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.checklists import load_checklist, overlay_ids
from dossier.checklists.loader import Checklist
from dossier.checklists.schema import ChecklistFile, Item, Overlay
from dossier.deadlines import load_deadlines
from dossier.errors import ChecklistDataError
from dossier.model import Case
from dossier.rules.overlays import LoadedOverlay, apply_overlay
from dossier.rules.yamldata import load_model

CITES_A_RULE = re.compile(r"种子00[0-4]|最高人民法院|法〔2016〕373号|法发〔2014〕26号|民事诉讼法|立卷归档办法")
SEEDS = ["seed000", "seed001", "seed002", "seed003", "seed004"]


def test_one_overlay_per_seed_is_shipped() -> None:
    assert overlay_ids() == SEEDS


@pytest.mark.parametrize("seed", [None, *SEEDS])
def test_every_item_and_deadline_cites_a_seed_or_a_supreme_court_rule(seed: str | None) -> None:
    checklist = load_checklist(court=seed)
    assert checklist.overlays == ([seed] if seed else [])
    for item in checklist.items:
        assert CITES_A_RULE.search(item.source), (item.key, item.source)
        assert item.why and not item.why.isascii()
    for rule in load_deadlines(court=seed).rules.values():
        assert CITES_A_RULE.search(rule.source), (rule.name, rule.source)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_overlay_item_cites_its_own_seed(seed: str) -> None:
    national = {i.key for i in load_checklist().items}
    own = [i for i in load_checklist(court=seed).items if i.key not in national]
    assert own, f"{seed} adds nothing"
    for item in own:
        assert seed.replace("seed", "种子") in item.source


def write(tmp_path: Path, text: str, name: str = "national.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_ITEM = """\
  - document: fee_receipt
    stages: [filing]
    why: 核对诉讼费。
    source: 种子002 §六(三)1(4)
"""


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("version: 1\nitems:\n" + GOOD_ITEM + "  - document: fee_recipt\n    stages: [filing]\n"
         "    why: x\n    source: 种子002\n", 7, "未知的文书类型代码“fee_recipt”"),
        ("version: 1\nitems:\n" + GOOD_ITEM + "  - document: summons\n    stages: [filing]\n    source: s\n",
         7, "缺少必填字段"),
        ("version: 1\nitems:\n" + GOOD_ITEM + "  - document: summons\n    served: summons\n    stages: [filing]\n"
         "    why: x\n    source: 种子002\n", 7, "必须且只能有"),
        ("version: 1\nitems:\n" + GOOD_ITEM + "  - document: summons\n    stages: [trial]\n    why: x\n"
         "    source: s\n", 8, "取值“trial”不在允许范围内"),
        ("version: 1\nitems:\n" + GOOD_ITEM.replace("    why:", "    when: {category: [divorce]}\n    why:"),
         5, "取值“divorce”不在允许范围内"),
        ("version: 1\nitems:\n  - document: fee_receipt\n    stages: [filing]\n    stages: [closing]\n", 5,
         "键“stages”重复"),
        ("version: 1\nitems:\n  - document: [fee_receipt\n", 4, "YAML 格式错误"),
        ("version: 1\nitems:\n" + GOOD_ITEM.replace("    why:", "    party: respondent\n    why:"), 5,
         "respondent"),
        ("version: 1\nitems:\n  - served: fee_receipt\n    party: applicant\n    stages: [filing]\n    why: x\n"
         "    source: 种子002\n", 3, "party 只能用于 document 条目"),
    ],
    ids=["unknown_code", "missing_why", "two_requirements", "unknown_stage", "unknown_category",
         "duplicate_key", "syntax", "party_not_a_side", "party_without_document"],
)
def test_a_mistake_in_a_checklist_file_names_the_file_and_line(tmp_path: Path, text: str, line: int,
                                                               words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ChecklistDataError) as info:
        load_model(ChecklistFile, path, label="courts/my_court.yaml")
    message = str(info.value)
    assert "courts/my_court.yaml" in message
    assert f"第{line}行" in message
    assert words in message


OVERLAY = """\
version: 1
id: test_court
title: 测试法院
court: {names: [测试法院], codes: [豫0399]}
source: 测试
drop:
  - id: fee_receipt
    source: 本院不收诉讼费收据
change:
  - id: property_clue_form
    set: {label: 财产线索登记表}
    source: 本院表格名称
add:
  - document: summons
    stages: [filing]
    why: 本院立案时一并附传票。
    source: 测试
"""


def overlay_applied(tmp_path: Path, text: str) -> Checklist:
    path = write(tmp_path, text, "test_court.yaml")
    model, lines = load_model(Overlay, path)
    base = {i.key: i for i in load_checklist().items}
    items = apply_overlay(base, LoadedOverlay(model, lines, str(path)), Item, lambda i: i.key)
    return Checklist(items=list(items.values()), overlays=[model.id], titles=[model.title],
                     deadlines=load_deadlines().rules)


def test_an_overlay_drops_changes_and_adds_items(tmp_path: Path, make_case: Callable[..., Case]) -> None:
    from dossier.checklists import Present, evaluate, missing_items

    case = make_case()
    national = {m.code: m for m in missing_items(evaluate(case, Present(), load_checklist(), stage="filing"))}
    local = {m.code: m for m in missing_items(evaluate(case, Present(), overlay_applied(tmp_path, OVERLAY),
                                                        stage="filing"))}
    assert "fee_receipt" in national and "fee_receipt" not in local
    assert national["property_clue_form"].label == "被执行人可供执行财产线索表"
    assert local["property_clue_form"].label == "财产线索登记表"
    assert "summons" in local and "summons" not in national


@pytest.mark.parametrize(
    ("edit", "line", "words"),
    [
        (lambda t: t.replace("  - id: fee_receipt", "  - id: fee_reciept"), 7, "要删除的条目“fee_reciept”不存在"),
        (lambda t: t.replace("set: {label: 财产线索登记表}", "set: {stages: [trial]}"), 11, "修改“property_clue_form”后不合法"),
        (lambda t: t.replace("document: summons", "document: fee_receipt").replace(
            "drop:\n  - id: fee_receipt\n    source: 本院不收诉讼费收据\n", ""), 11, "已存在"),
    ],
    ids=["drop_unknown", "change_invalid", "add_existing"],
)
def test_a_mistaken_overlay_names_the_file_and_line(tmp_path: Path, edit: Callable[[str], str], line: int,
                                                    words: str) -> None:
    with pytest.raises(ChecklistDataError) as info:
        overlay_applied(tmp_path, edit(OVERLAY))
    assert "test_court.yaml" in str(info.value)
    assert f"第{line}行" in str(info.value)
    assert words in str(info.value)
