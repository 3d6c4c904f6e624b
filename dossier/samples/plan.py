"""What goes into a sample dossier: the documents of a case in archive order, and the defects."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from dossier.model import Case
from dossier.model.stage import DossierStage

QrMode = Literal["stamp", "none", "damaged"]


@dataclass(frozen=True)
class DocPlan:
    """One document of the dossier as it will be printed, signed, sealed and scanned."""

    doc_type: str
    pages: int = 1
    served: str | None = None  # the document a 送达回证 names
    signer: str | None = None  # handwritten signature on the last page
    seal: bool = False
    case_number: str | None = None  # another case's number: a misfiled document
    letter_spaced: bool = False
    illegible: bool = False
    blank_back: bool = False
    qr: QrMode = "stamp"


@dataclass(frozen=True)
class DossierSpec:
    """A sample dossier: which case, which stage, its documents, and what is wrong with it."""

    name: str
    description: str
    case_number: str
    stage: DossierStage
    today: date
    documents: list[DocPlan]
    expected_missing: list[str] = field(default_factory=list)
    case_changes: dict[str, object] = field(default_factory=dict)
    split_after: list[int] = field(default_factory=list)  # document indexes ending a SCAN file
    born_digital_files: list[int] = field(default_factory=list)  # SCAN files left as printed PDF
    qr: QrMode = "stamp"


def served_documents(case: Case) -> list[str]:
    """Court documents of this case that are served and need a 送达回证 in the dossier."""
    served = ["acceptance_notice", "enforcement_notice", "property_report_order"]
    method = case.closing_method
    if method == "terminated_this_round":
        served += ["consumption_restriction_order"]
        if case.facts.dishonest_list:
            served.append("dishonest_list_decision")
        served.append("termination_this_round_ruling")
    elif method == "terminated":
        served.append("termination_ruling")
    elif method == "fully_performed":
        served.append("closing_notice")
    return served


def documents_for(case: Case, stage: str) -> list[DocPlan]:
    """Every document a complete dossier of this case holds, in archive order."""
    applicant = case.applicants[0]
    respondent = case.respondents[0]
    docs: list[DocPlan] = [
        DocPlan("enforcement_application", signer=applicant.name, qr="none"),
        DocPlan("enforcement_basis", pages=2, seal=True, qr="none", blank_back=True),
    ]
    if case.basis and case.basis.kind in ("arbitration", "notarial"):
        docs.append(DocPlan("effectiveness_certificate", seal=True, qr="none"))
    docs += [
        DocPlan("property_clue_form", signer=applicant.name, qr="none", letter_spaced=True),
        DocPlan("fee_receipt", seal=True, qr="none"),
        DocPlan("acceptance_notice", seal=True),
        DocPlan("enforcement_notice", seal=True),
        DocPlan("property_report_order", seal=True),
        DocPlan("identity_proof", qr="none"),
        DocPlan("identity_proof", qr="none", blank_back=True),
    ]
    agent = applicant.agent
    if agent is not None:
        docs.append(DocPlan("power_of_attorney", signer=applicant.name, qr="none"))
        if agent.kind == "lawyer":
            docs += [DocPlan("law_firm_letter", seal=True, qr="none"), DocPlan("lawyer_license", qr="none")]
        elif agent.kind == "relative":
            docs.append(DocPlan("kinship_proof", qr="none"))
    docs += [
        DocPlan("payment_account_confirmation", signer=applicant.name, qr="none"),
        DocPlan("interview_record", pages=2, signer=applicant.name, qr="none"),
        DocPlan("investigation_record", signer=respondent.legal_representative or respondent.name, qr="none"),
        DocPlan("online_inquiry_result", qr="none", blank_back=True),
    ]
    method = case.closing_method
    if method == "terminated_this_round":
        docs.append(DocPlan("consumption_restriction_order", seal=True))
        if case.facts.dishonest_list:
            docs.append(DocPlan("dishonest_list_decision", seal=True))
        if case.facts.obstruction:
            docs.append(DocPlan("fine_decision", seal=True, qr="none"))
        docs += [DocPlan("enforcement_ruling", seal=True), DocPlan("termination_this_round_ruling", seal=True)]
    elif method == "terminated":
        docs.append(DocPlan("termination_ruling", seal=True))
    elif method == "fully_performed":
        docs += [DocPlan("payment_voucher", signer=applicant.name, qr="none"),
                 DocPlan("closing_notice", seal=True)]
    docs.append(DocPlan("closing_approval_form", qr="none"))
    docs.append(DocPlan("service_address_confirmation", signer=respondent.legal_representative or respondent.name,
                        qr="none"))
    signer = respondent.legal_representative or respondent.name
    docs += [DocPlan("service_receipt", served=code, signer=signer, seal=True) for code in served_documents(case)]
    if stage == "archive":
        docs = [DocPlan("dossier_cover", qr="none"), DocPlan("catalogue", qr="none"), *docs,
                DocPlan("file_review_form", qr="none"), DocPlan("remarks_sheet", qr="none")]
    return docs


def without(docs: list[DocPlan], doc_type: str, served: str | None = None) -> list[DocPlan]:
    """The documents without the first one of this type (and served document, for receipts)."""
    for i, d in enumerate(docs):
        if d.doc_type == doc_type and d.served == served:
            return docs[:i] + docs[i + 1:]
    raise ValueError(f"{doc_type} not in plan")


def with_inserted(docs: list[DocPlan], after_type: str, extra: DocPlan) -> list[DocPlan]:
    """The documents with `extra` inserted after the first one of type `after_type`."""
    for i, d in enumerate(docs):
        if d.doc_type == after_type:
            return [*docs[: i + 1], extra, *docs[i + 1:]]
    raise ValueError(f"{after_type} not in plan")


def with_qr(docs: list[DocPlan], mode: QrMode) -> list[DocPlan]:
    """The same documents with every QR code absent or damaged (older scans)."""
    return [replace(d, qr=mode) if d.qr == "stamp" else d for d in docs]
