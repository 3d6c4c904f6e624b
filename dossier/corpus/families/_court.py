"""What the three court families share: which codes a court prints as flowing text."""

from __future__ import annotations

import random

from dossier.corpus import forms
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.layout import Style, lay_out
from dossier.corpus.wording import court_doc

COURT_CODES = frozenset({
    "acceptance_notice", "enforcement_notice", "property_report_order", "consumption_restriction_order",
    "enforcement_ruling", "summons", "payment_notice", "assistance_notice", "resumption_notice",
    "dishonest_list_decision", "fine_decision", "detention_decision", "termination_this_round_ruling",
    "termination_ruling", "resumption_ruling", "closing_notice", "enforcement_basis", "effectiveness_certificate",
    "whereabouts_unknown_proof", "kinship_proof", "property_status_statement", "transfer_statement",
    "settlement_agreement", "interview_record", "investigation_record", "service_receipt",
})


def render_court(code: str, c: CaseCtx, rng: random.Random, served: list[str], *, style: Style, voice: str,
                 receipt_title: str, receipt_body: str, receipt_court_line: bool) -> list[Sheet]:
    if code == "service_receipt":
        return [forms.service_receipt(c, served, rng, title_font=receipt_title, body_font=receipt_body,
                                      court_line=receipt_court_line)]
    return lay_out(court_doc(c, code, voice, rng), style, rng, case_number=c.number)
