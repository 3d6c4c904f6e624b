"""The case model: what a case file says, validated at the edge with pydantic."""

from dossier.model.case import Agent, Basis, Case, Closing, Facts, Party, Requests, Resumption, Staff
from dossier.model.case_number import CaseNumber, CaseNumberError, normalize_case_number, parse_case_number

__all__ = [
    "Agent", "Basis", "Case", "CaseNumber", "CaseNumberError", "Closing", "Facts", "Party", "Requests",
    "Resumption", "Staff", "normalize_case_number", "parse_case_number",
]
