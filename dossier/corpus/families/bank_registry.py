"""bank_registry — what banks, registries and other offices send or the parties copy:
网络查控 feedback printouts (总对总 / 点对点 tables in a monospaced system font), a bank's 协助查询
存款回执, bank transfer receipts and the court's 案款发放凭证, 诉讼费 bills printed in red, ID card
copies (two faces on a page), business licence copies, lawyer's licence copies, household register
pages (亲属关系证明)."""

from __future__ import annotations

import random

from dossier.corpus import forms
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet

CODES = frozenset({"online_inquiry_result", "payment_voucher", "fee_receipt", "identity_proof", "lawyer_license",
                   "kinship_proof"})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "online_inquiry_result":
        pages = [forms.inquiry_printout(c, rng, kind="national")]
        if rng.random() < 0.5:
            pages.append(forms.inquiry_printout(c, rng, kind="local"))
        else:
            pages.append(forms.bank_reply(c, rng))
        pages[-1].starts_document = True  # titled on its own: a second inquiry result, not a later page
        return pages
    if code == "payment_voucher":
        return [forms.payment_voucher(c, rng, bank_slip=rng.random() < 0.5)]
    if code == "fee_receipt":
        return [forms.fee_receipt(c, rng)]
    if code == "identity_proof":
        if "respondent" in served:
            p = c.respondent
            if p.kind == "organisation":
                return [forms.licence_copy(p, c, rng)]
            return [forms.id_card_copy(p, rng, authority=f"{c.court.city}公安局")]
        return [forms.id_card_copy(c.applicant, rng, authority=f"{c.court.city}公安局")]
    if code == "lawyer_license":
        return [forms.lawyer_licence_copy(c, rng)]
    if code == "kinship_proof":
        return [forms.household_register(c, rng)]
    raise KeyError(code)
