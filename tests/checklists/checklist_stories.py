"""Shared facts of the checklist stories (a module with a unique name: test folders are not packages)."""

from __future__ import annotations

from collections.abc import Callable

from dossier.results import MissingItem

# What a complete enforcement filing of CONTRACT.md's case (a lawyer acts for a person) holds.
ENFORCEMENT_FILING = [
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation",
]
# What every closing adds for an enforcement case.
CLOSING_COMMON = [
    "acceptance_notice", "enforcement_notice", "property_report_order", "service_receipt:enforcement_notice",
    "service_receipt:property_report_order", "closing_approval_form",
]


Check = Callable[..., dict[str, MissingItem]]
