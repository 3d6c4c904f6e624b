"""The checklist as published to a window or printed for applicants: items for a category and stage,
with the conditions that remain open when no particular case is at hand, in Chinese."""

from __future__ import annotations

from pydantic import BaseModel

from dossier.checklists.loader import Checklist
from dossier.checklists.schema import Item
from dossier.model.case import Category, ClosingMethod
from dossier.model.stage import Stage
from dossier.rules.conditions import Condition
from dossier.vocab.labels import labels


class ShownItem(BaseModel):
    code: str
    label: str
    condition: str | None
    why: str
    obtain: str | None
    alternatives: list[str] | None
    source: str


def shown_items(checklist: Checklist, category: Category, stage: Stage,
                method: ClosingMethod | None = None) -> list[ShownItem]:
    """Items that can apply to this category at this stage (and closing method, when given)."""
    out: list[ShownItem] = []
    for item in checklist.items:
        when = item.when
        if stage not in item.stages:
            continue
        if when.category and category not in when.category:
            continue
        if method and when.closing_method and method not in when.closing_method:
            continue
        if stage == "filing" and when.closing_method:
            continue
        open_condition = when.model_copy(update={"category": None, **({"closing_method": None} if method else {})})
        out.append(ShownItem(code=item.code, label=label_of(item, checklist), condition=_open(open_condition),
                             why=item.why, obtain=item.obtain, alternatives=item.alternatives,
                             source=item.source))
    return out


def label_of(item: Item, checklist: Checklist) -> str:
    if item.deadline and not item.label:
        return checklist.deadlines[item.deadline].label
    if item.signature:
        return f"{item.display_label}（须经{item.signature.describe()}）"
    return item.display_label


def _open(condition: Condition) -> str | None:
    clauses = condition.clauses()
    return "；".join(clauses) if clauses else None


def heading(category: Category, stage: Stage, method: ClosingMethod | None) -> str:
    words = labels()
    parts = [words.categories[category], words.stages[stage]]
    if method:
        parts.append(words.closing_methods[method])
    return "执行案件材料清单（" + "·".join(parts) + "）"


def court_line(checklist: Checklist) -> str:
    if not checklist.titles:
        return "适用规定：全国通用基础清单"
    return "适用规定：全国通用基础清单，并适用" + "、".join(checklist.titles) + "的规定"


def as_text(checklist: Checklist, category: Category, stage: Stage, method: ClosingMethod | None) -> str:
    """The checklist as a clerk or applicant reads it on screen."""
    items = shown_items(checklist, category, stage, method)
    lines = [heading(category, stage, method), court_line(checklist), ""]
    for i, item in enumerate(items, 1):
        lines.append(f"{i}. {item.label}" + (f"（{item.condition}时需要）" if item.condition else ""))
        lines.append(f"   为什么需要：{item.why}")
        if item.obtain:
            lines.append(f"   从哪里取得：{item.obtain}")
        lines.append(f"   依据：{item.source}")
    if not items:
        lines.append("（该类别在此阶段没有需审查的材料）")
    return "\n".join(lines)
