"""Validation of a whole case: the data problems a filing clerk must see before accepting a case."""

from __future__ import annotations

from dossier.model.case import Case
from dossier.model.case_number import CaseNumberError, parse_case_number
from dossier.results import Problem
from dossier.validators.identity import check_party_number
from dossier.vocab.labels import labels


def validate_case(case: Case) -> list[Problem]:
    """All data problems of a case, in field order. Warnings do not block; errors do."""
    problems: list[Problem] = []
    try:
        cn = parse_case_number(case.case_number)
    except CaseNumberError as exc:
        problems.append(Problem(kind="malformed_case_number", field="case_number", message=str(exc)))
    else:
        for w in cn.warnings:
            problems.append(Problem(kind="case_number_normalised", field="case_number", message=w,
                                    severity="warning"))
        if cn.category and cn.category != case.category and case.category != "transfer":
            problems.append(Problem(
                kind="category_mismatch", field="category", severity="warning",
                message=f"案号类型代字“{cn.type_code}”通常对应{labels().categories.get(cn.category, cn.category)}，"
                        f"而案件类别为{labels().categories.get(case.category, case.category)}",
            ))
        if cn.year != case.filed_on.year and not cn.legacy:
            problems.append(Problem(
                kind="case_number_year_mismatch", field="case_number", severity="warning",
                message=f"案号年度{cn.year}与立案日期{case.filed_on.isoformat()}的年份不一致",
            ))
    try:
        case.amount_value  # noqa: B018 - parse for its error
    except ValueError as exc:
        problems.append(Problem(kind="invalid_amount", field="amount", message=str(exc)))
    for role, parties in (("applicants", case.applicants), ("respondents", case.respondents)):
        for i, party in enumerate(parties):
            msg = check_party_number(party)
            if msg:
                kind = "invalid_id_number" if party.kind == "person" else "invalid_credit_code"
                problems.append(Problem(kind=kind, field=f"{role}[{i}].id_number",
                                        message=f"{party.name}：{msg}"))
    if case.closing and case.closing.closed_on and case.closing.closed_on < case.filed_on:
        problems.append(Problem(kind="invalid_date", field="closing.closed_on",
                                message="结案日期早于立案日期"))
    return problems

