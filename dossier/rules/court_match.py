"""Which court overlays apply: matched by overlay id, court name or court code (法院代字 of the case number)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from dossier.model import Case, CaseNumberError, parse_case_number


class CourtMatch(BaseModel):
    """Names and court codes an overlay applies to; empty lists for plans whose court is unnamed."""

    model_config = ConfigDict(extra="forbid")

    names: list[str] = []
    codes: list[str] = []


def court_code(case: Case) -> str | None:
    try:
        return parse_case_number(case.case_number).court_code
    except CaseNumberError:
        return None


def court_keys(court: str | None, case: Case | None) -> set[str]:
    """Everything that can identify the court: the given name/code/overlay id, the case's court and code."""
    keys: set[str] = set()
    if court:
        keys.add(court.strip())
    if case is not None:
        keys.add(case.court.strip())
        code = court_code(case)
        if code:
            keys.add(code)
    return keys


def matches(overlay_id: str, match: CourtMatch, keys: set[str]) -> bool:
    return overlay_id in keys or bool(keys & set(match.names)) or bool(keys & set(match.codes))
