"""The checklist engine: pure — case, evidence and checklist in; per item a status and its reason out."""

from __future__ import annotations

from datetime import date
from typing import Literal, NamedTuple

from pydantic import BaseModel

from dossier.checklists.loader import Checklist
from dossier.checklists.present import Present
from dossier.checklists.schema import Item
from dossier.deadlines.compute import evaluate_rule
from dossier.doctypes import label as doc_label
from dossier.model import Case
from dossier.model.stage import Stage
from dossier.rules.case_extras import case_events
from dossier.vocab.labels import labels

# to_confirm: what a document must state is not given by the case data: unknown, for the clerk to check.
Status = Literal["satisfied", "missing", "not_applicable", "to_confirm"]


class ItemResult(BaseModel):
    id: str
    code: str
    label: str
    status: Status
    reason: str
    applies: str | None = None
    detail: str | None = None
    satisfied_by: list[str] | None = None
    pages: list[int] | None = None
    alternatives: list[str] | None = None
    why: str
    obtain: str | None = None
    source: str


def evaluate(case: Case, present: Present, checklist: Checklist, *, stage: Stage,
             today: date | None = None) -> list[ItemResult]:
    """Every item of the checklist judged for this case at this stage. `today` stands in for a closing
    date not yet reached (a time condition without its date and without `today` counts as missing)."""
    return [_evaluate_item(item, case, present, checklist, stage, today) for item in checklist.items]


def _evaluate_item(item: Item, case: Case, present: Present, checklist: Checklist, stage: Stage,
                   today: date | None) -> ItemResult:
    label = item.display_label
    if item.deadline and not item.label:
        label = checklist.deadlines[item.deadline].label

    def result(status: Status, reason: str, applies: str | None = None, detail: str | None = None,
               satisfied_by: list[str] | None = None, pages: list[int] | None = None) -> ItemResult:
        return ItemResult(id=item.key, code=item.code, label=label, status=status, reason=reason,
                          applies=applies, detail=detail, satisfied_by=satisfied_by, pages=pages or None,
                          alternatives=item.alternatives, why=item.why, obtain=item.obtain,
                          source=item.source)

    if stage not in item.stages:
        return result("not_applicable", f"不适用：{labels().stages[stage]}阶段不审查此项")
    applies_ok, applies = item.when.check(case)
    if not applies_ok:
        return result("not_applicable", applies)
    if item.states:
        stated, detail = _check_statements(item.states, case)
        return result("satisfied" if stated else "to_confirm", f"{applies}；{detail}", applies, detail)
    if item.deadline:
        verdict = _check_deadline(item.deadline, case, checklist, today)
    elif item.served:
        verdict = _check_served(item.served, present)
    else:
        verdict = _check_documents(item, case, present)
    if verdict.ok is None:
        return result("not_applicable", f"不适用：{verdict.detail}", applies, verdict.detail)
    if not verdict.ok:
        return result("missing", f"{verdict.detail}。{item.why}", applies, verdict.detail)
    shown = (item.served,) if item.served else verdict.used
    pages = sorted({p for code in shown for p in present.documents.get(code, [])})
    return result("satisfied", f"{applies}；{verdict.detail}", applies, verdict.detail, list(verdict.used) or None,
                  pages)


class Verdict(NamedTuple):
    """ok: True satisfied, False missing, None not applicable (a time limit not yet started)."""

    ok: bool | None
    detail: str
    used: tuple[str, ...] = ()


def _check_documents(item: Item, case: Case, present: Present) -> Verdict:
    if item.party and item.document and present.own_count(item.document) < min(item.min_count,
                                                                               present.count(item.document)):
        return _others_only(item, present)
    options = item.options()
    for option in options:
        if all(present.count(code) >= item.min_count for code in option):
            found = "、".join(doc_label(c) for c in option)
            if item.signature:
                signed, text = _check_signature(item, case, present)
                if not signed:
                    return Verdict(False, text)
                found += f"（{text}）"
            if item.min_count > 1:
                found += f"，共{present.count(option[0])}份"
            via = "（以其中一项满足）" if len(options) > 1 else ""
            return Verdict(True, f"已具备{found}{via}", tuple(option))
    if item.min_count > 1 and present.count(options[0][0]) > 0:
        have = present.count(options[0][0])
        return Verdict(False, f"仅有{have}份{doc_label(options[0][0])}，需要不少于{item.min_count}份")
    if len(options) > 1:
        wanted = "；或".join("、".join(doc_label(c) for c in option) for option in options)
        return Verdict(False, f"缺少{item.display_label}（以下任一即可：{wanted}）")
    missing = [c for c in options[0] if not present.has(c)]
    if item.label and len(options[0]) == 1:  # the item's own name (终结执行事由的证明材料), not its type's (证据材料)
        return Verdict(False, f"缺少{item.label}")
    return Verdict(False, "缺少" + "、".join(doc_label(c) for c in missing))


def _others_only(item: Item, present: Present) -> Verdict:
    """The copies found are another party's (a respondent's ID card): the applicant's is what is missing, and the
    clerk is told which pages were read as whose."""
    assert item.document
    what = doc_label(item.document)
    whose = "；".join(f"第{page}页是{name}的{what}" for page, name in present.others.get(item.document, []))
    return Verdict(False, f"缺少申请执行人的{what}（{whose}）")


def _check_signature(item: Item, case: Case, present: Present) -> tuple[bool, str]:
    assert item.signature and item.document
    signer: str | None = present.signatures.get(item.document)
    if signer is None and item.signature.case_field:
        signer = _case_value(case, item.signature.case_field)
    wanted = item.signature.describe()
    if signer in item.signature.by:
        return True, f"已由{labels().signers[str(signer)]}签字确认"
    if signer is None:
        return False, f"{doc_label(item.document)}未见{wanted}"
    return False, f"{doc_label(item.document)}由{labels().signers.get(str(signer), str(signer))}签字，应由{wanted}"


def _check_statements(states: dict[str, str], case: Case) -> tuple[bool, str]:
    """Whether the case data gives every fact the document must state; the wording for the clerk."""
    unknown = [label for field, label in states.items() if _case_value(case, field) is None]
    if unknown:
        return False, "案件数据未载明是否申请" + "、".join(unknown) + "，请立案人员核对执行申请书后确认"
    said = [("申请" if _case_value(case, field) == "True" else "不申请") + label for field, label in states.items()]
    return True, "已载明：" + "；".join(said)


def _case_value(case: Case, dotted: str) -> str | None:
    value: object = case
    for part in dotted.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return str(value)


def _check_served(code: str, present: Present) -> Verdict:
    name = doc_label(code)
    if not present.has(code):
        if code in present.served:
            return Verdict(False, f"有载明{name}的送达回证，但缺少{name}本身")
        return Verdict(False, f"缺少{name}及载明它的送达回证")
    if code not in present.served:
        return Verdict(False, f"有{name}，但未见载明{name}的送达回证")
    return Verdict(True, f"已具备{name}及载明它的送达回证", (code, "service_receipt"))


def _check_deadline(name: str, case: Case, checklist: Checklist, today: date | None) -> Verdict:
    rule = checklist.deadlines[name]
    events = case_events(case)
    end_label = labels().events[rule.end] if rule.end else "办理"
    status = evaluate_rule(rule, events, today)
    if status is None:
        starts = "或".join(labels().events[e] for e in rule.start)
        return Verdict(None, f"案件尚无{starts}日期，期限尚未起算")
    if status.done_on is None and today is None:
        return Verdict(False, f"缺少{end_label}日期，无法确认是否符合“{rule.label}”")
    start = f"{status.start_event_label}于{_d(status.start_on)}"
    if rule.kind == "not_before":
        earliest = _d(status.due_on)
        if status.status == "met":
            return Verdict(True, f"{start}，{end_label}于{_d(status.done_on)}，已超过{rule.period.describe()}")
        if status.status == "too_early":
            return Verdict(False, f"{start}，{end_label}于{_d(status.done_on)}，"
                                  f"未超过{rule.period.describe()}（最早可于{earliest}）")
        if status.status == "not_yet":
            return Verdict(False, f"{start}，至今未超过{rule.period.describe()}，最早可于{earliest}{end_label}")
        return Verdict(True, f"{start}，至今已超过{rule.period.describe()}")
    due = _d(status.due_on)
    if status.status == "met":
        return Verdict(True, f"{start}，已于{_d(status.done_on)}{end_label}，在期限（{due}）内")
    if status.status == "late":
        return Verdict(False, f"{start}，{end_label}于{_d(status.done_on)}，超过期限（{due}）")
    if status.status == "overdue":
        return Verdict(False, f"{start}，应于{due}前{end_label}，已逾期")
    return Verdict(True, f"{start}，应于{due}前{end_label}，尚在期限内")


def _d(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "（日期不明）"
