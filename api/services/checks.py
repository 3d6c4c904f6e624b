"""Filing and closing checks on stored cases, and the filing decision recorded in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

from api.auth import Principal
from api.deps import Services
from api.errors import ApiError
from api.schemas import DecisionOut
from api.services import cases as svc_cases
from api.services import decisions
from api.services.uploads import StoredUpload, scan_pages
from dossier.filing.check import FilingResult
from dossier.model.case import Case
from dossier.model.stage import DossierStage
from dossier.usecases import closing as closing_usecase
from dossier.usecases import filing as filing_usecase


@dataclass
class FilingOutcome:
    case: Case
    declared: list[str]
    materials: list[StoredUpload]
    check: FilingResult  # from `dossier.usecases.filing.check_submission`, as `dossier check-filing` gives it

    @property
    def result(self) -> dict[str, Any]:
        return self.check.to_json()

    def inputs(self) -> list[dict[str, Any]]:
        return case_inputs(self.case) + [{"kind": "declared", "codes": sorted(self.declared)}] + [
            {"kind": "file", **m.as_input()} for m in self.materials]


def case_inputs(case: Case) -> list[dict[str, Any]]:
    """The case data as an input of a decision: identified by the sha256 of its canonical JSON."""
    return [{"kind": "case", "case_number": case.case_number,
             "sha256": decisions.canonical_sha256(case.model_dump(mode="json", exclude_none=True))}]


def filing(svc: Services, case_id: int, declared: list[str], materials: list[StoredUpload]) -> FilingOutcome:
    _rec, case = svc_cases.get_case(svc.db, case_id)
    if materials:
        scan_pages(svc, materials, what="材料扫描件")  # bounded before any page is read
    with svc.files.named_copies([(m.sha256, m.name) for m in materials]) as paths:  # under their upload names
        check = filing_usecase.check_submission(filing_usecase.Submission(case=case, materials=paths,
                                                                          declared=declared))
    return FilingOutcome(case=case, declared=declared, materials=materials, check=check)


async def filing_with_files(svc: Services, case_id: int, declared: list[str],
                            materials: list[StoredUpload]) -> FilingOutcome:
    """The filing check of uploaded scans (OCR, seconds a page) on a worker thread: the request waits,
    every other page keeps answering. Bounded by `max_dossier_pages`, counted before any OCR."""
    return await run_in_threadpool(filing, svc, case_id, declared, materials)


def notice_pdf(svc: Services, outcome: FilingOutcome) -> bytes:
    """The 一次性告知书 of this very check (uploaded files included), as the CLI's `--notice` writes it."""
    return filing_usecase.notice_pdf(outcome.case, outcome.check, to_pdf=svc.to_pdf)


def decide_filing(svc: Services, user: Principal, case_id: int, declared: list[str], result: str,
                  reason: str | None, materials: list[StoredUpload] | None = None) -> DecisionOut:
    """Accept only what the check accepts (of the ticked codes and the files its check read); a return
    needs nothing more (the notice lists what is missing)."""
    outcome = filing(svc, case_id, declared, materials or [])
    if result == "accepted" and outcome.result["decision"] != "accept":
        raise ApiError(409, "材料不全或案件数据有误，不能受理；请退回并出具一次性告知书", field="result")
    return decisions.record(svc.db, kind="filing", case_number=outcome.case.case_number, result=result,
                            actor=user, inputs=outcome.inputs(), check=outcome.result, reason=reason)


def closing(svc: Services, case_id: int, declared: list[str], stage: DossierStage) -> dict[str, Any]:
    _rec, case = svc_cases.get_case(svc.db, case_id)
    return closing_usecase.check_closing(case, declared, stage).to_json()
