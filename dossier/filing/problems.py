"""Filing-window problems beyond the generic data validators: what a document must state and the case
data does not give (to be confirmed), and party names that differ between the case data and the materials."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher

from dossier.checklists.engine import ItemResult
from dossier.checklists.present import Present
from dossier.doctypes import short_label
from dossier.model import Case
from dossier.results import Problem


def to_confirm_problems(results: Iterable[ItemResult]) -> list[Problem]:
    """What a document must state but the case data does not give (a court's rule, e.g. seed 002's
    限高/失信 requests): unknown, so a warning for the clerk to confirm, never a reason to return."""
    return [Problem.model_validate({"kind": "to_confirm", "item": r.id, "severity": "warning",
                                    "source": r.source, "message": f"{r.label}：{r.detail}"})
            for r in results if r.status == "to_confirm"]


def normalise_name(name: str) -> str:
    """Compare names as written: full-width/half-width forms and spaces do not make a difference."""
    text = unicodedata.normalize("NFKC", name)
    return re.sub(r"\s+", "", text)


def known_names(case: Case) -> dict[str, str]:
    """Normalised name → field path of every person or organisation the case names."""
    names: dict[str, str] = {}
    for role, parties in (("applicants", case.applicants), ("respondents", case.respondents)):
        for i, party in enumerate(parties):
            names.setdefault(normalise_name(party.name), f"{role}[{i}].name")
            if party.legal_representative:
                names.setdefault(normalise_name(party.legal_representative),
                                 f"{role}[{i}].legal_representative")
            if party.agent:
                names.setdefault(normalise_name(party.agent.name), f"{role}[{i}].agent.name")
    return names


def closest(name: str, known: dict[str, str]) -> tuple[str, str] | None:
    """The case name this one most likely means (a typo or a variant), if any is close."""
    scored = [(SequenceMatcher(None, name, k).ratio(), k) for k in known]
    if not scored:
        return None
    score, best = max(scored)
    return (best, known[best]) if score >= 0.5 else None


def name_problems(case: Case, present: Present) -> list[Problem]:
    """A name on a document that is none of the case's parties, agents or legal representatives."""
    known = known_names(case)
    parties = "、".join(p.name for p in case.parties)
    problems: list[Problem] = []
    for code, names in present.party_names.items():
        for name in names:
            norm = normalise_name(name)
            if norm in known:
                continue
            near = closest(norm, known)
            if near:
                message = f"{short_label(code)}上的当事人名称“{name}”与案件数据中的“{near[0]}”不一致"
            else:
                message = f"{short_label(code)}上的当事人名称“{name}”与案件数据不一致（案件数据中的当事人：{parties}）"
            problems.append(Problem(kind="name_mismatch", field=near[1] if near else None,
                                    pages=present.documents.get(code) or None, message=message))
    return problems
