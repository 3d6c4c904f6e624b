"""The audit trail, read-only: decisions are written by the check routes and never edited or deleted."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.auth import Principal
from api.deps import SvcDep, require
from api.errors import ErrorBody
from api.schemas import DecisionOut, IdPath
from api.services import decisions as svc_decisions

router = APIRouter(prefix="/api/decisions", tags=["审计"],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}})

Auditor = Annotated[Principal, Depends(require("filing", "archive", "undertaker"))]


@router.get("", response_model=list[DecisionOut], summary="决定记录（谁、何时、输入的 sha256、结果）")
def list_decisions(
    svc: SvcDep, _: Auditor,
    case_number: Annotated[str | None, Query(max_length=64)] = None,
    kind: Annotated[str | None, Query(pattern="^(filing|closing|dossier)$")] = None,
) -> list[DecisionOut]:
    return svc_decisions.list_decisions(svc.db, case_number=case_number, kind=kind)


@router.get("/{decision_id}", response_model=DecisionOut, summary="一条决定记录",
            responses={404: {"model": ErrorBody}})
def read_decision(svc: SvcDep, _: Auditor, decision_id: IdPath) -> DecisionOut:
    return svc_decisions.get_decision(svc.db, decision_id)
