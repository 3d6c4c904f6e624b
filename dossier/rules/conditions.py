"""Conditions on a case under which a checklist item or a deadline applies, and their Chinese wording.

Every key given must hold (and); each key lists the values any of which will do (or). A condition
with no keys always holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from dossier.model import Case, CaseNumberError, parse_case_number
from dossier.model.case import AgentKind, BasisKind, Category, ClosingMethod, PartyKind
from dossier.rules.case_extras import Track, case_extras
from dossier.vocab.labels import labels

Fact = Literal["respondent_missing", "obstruction", "dishonest_list"]

class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: list[Category] | None = None
    closing_method: list[ClosingMethod] | None = None
    basis_kind: list[BasisKind] | None = None
    agent_kind: list[AgentKind] | None = None
    applicant_kind: list[PartyKind] | None = None
    respondent_kind: list[PartyKind] | None = None
    case_type: list[str] | None = None
    track: list[Track] | None = None
    facts: dict[Fact, bool] | None = None

    def clauses(self) -> list[str]:
        """The condition in Chinese, one clause per key (for printed checklists and reasons)."""
        words = labels()
        out: list[str] = []
        if self.category:
            out.append("案件类别为" + _or(words.categories[c] for c in self.category))
        if self.closing_method:
            out.append("结案方式为" + _or(words.closing_methods[m] for m in self.closing_method))
        if self.basis_kind:
            out.append("执行依据为" + _or(words.basis_kinds[b] for b in self.basis_kind))
        if self.agent_kind:
            out.append("委托" + _or(words.agent_kinds[a] for a in self.agent_kind) + "代理")
        if self.applicant_kind:
            out.append("申请人为" + _or(words.party_kinds[k] for k in self.applicant_kind))
        if self.respondent_kind:
            out.append("被执行人为" + _or(words.party_kinds[k] for k in self.respondent_kind))
        if self.case_type:
            out.append("案号类型代字为" + _or(f"“{t}”" for t in self.case_type))
        if self.track:
            out.append("分流类型为" + _or(words.tracks[t] for t in self.track))
        for fact, wanted in (self.facts or {}).items():
            out.append(words.facts[fact] if wanted else f"非{words.facts[fact]}")
        return out

    def describe(self) -> str:
        return "；".join(self.clauses()) or "一律适用"

    def check(self, case: Case) -> tuple[bool, str]:
        """Whether the case meets the condition, and the clause that decided it (Chinese)."""
        for clause, ok in self._tests(case):
            if not ok:
                return False, f"不适用：本案不满足“{clause}”"
        return True, "适用：" + self.describe()

    def _tests(self, case: Case) -> list[tuple[str, bool]]:
        clauses = iter(self.clauses())
        tests: list[tuple[str, bool]] = []
        if self.category:
            tests.append((next(clauses), case.category in self.category))
        if self.closing_method:
            tests.append((next(clauses), case.closing_method in self.closing_method))
        if self.basis_kind:
            tests.append((next(clauses), case.basis is not None and case.basis.kind in self.basis_kind))
        if self.agent_kind:
            kinds = {p.agent.kind for p in case.applicants if p.agent}
            tests.append((next(clauses), bool(kinds & set(self.agent_kind))))
        if self.applicant_kind:
            tests.append((next(clauses), any(p.kind in self.applicant_kind for p in case.applicants)))
        if self.respondent_kind:
            tests.append((next(clauses), any(p.kind in self.respondent_kind for p in case.respondents)))
        if self.case_type:
            tests.append((next(clauses), _type_code(case) in self.case_type))
        if self.track:
            tests.append((next(clauses), case_extras(case).track in self.track))
        for fact, wanted in (self.facts or {}).items():
            tests.append((next(clauses), getattr(case.facts, fact) is wanted))
        return tests


def _type_code(case: Case) -> str | None:
    try:
        return parse_case_number(case.case_number).type_code
    except CaseNumberError:
        return None


def _or(words: Iterable[str]) -> str:
    return "或".join(words)
