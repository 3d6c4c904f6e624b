"""The form on which an applicant names the account for the money the court collects is titled as each court likes:
申请执行人收取案款确认书, 执行款收款账户确认书 — and 申请执行人收取执行款账户确认书 at 遵义红花岗 (court_dd at first
sight, where it was read as the application itself and two complete dossiers were returned for lacking it)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify


def _form(title: str) -> PageText:
    """court_dd_01 p13 as read: court, title (letter-spaced across the sheet: as wide as a line of text, so not
    taken as centred), number, the form's first cells."""
    return PageText([TextLine("贵州省遵义市红花岗区人民法院", 1.0, height=1.1, centred=True, top=0.06, width=0.4),
                     TextLine(title, 1.0, height=1.18, centred=False, top=0.12, width=0.76),
                     TextLine("（2024）黔0302执98213号", 0.97, height=1.0, top=0.15, width=0.3),
                     TextLine("案号", 1.0, height=1.0, top=0.2, width=0.06),
                     TextLine("申请执行人贵州湄潭盛兴茶业有限公司", 0.96, height=1.0, top=0.24, width=0.5),
                     TextLine("收款户名", 1.0, height=1.0, top=0.28, width=0.1)])


def test_each_courts_wording_of_the_account_form_is_that_form() -> None:
    for title in ("申请执行人收取执行款账户确认书", "执行款收款账户确认书", "案款领取账户确认表"):
        verdict = classify(_form(title))
        assert (verdict.doc_type, verdict.evidence) == ("payment_account_confirmation", "title"), title


def test_an_application_naming_an_account_is_still_the_application() -> None:
    verdict = classify(_form("强制执行申请书"))
    assert verdict.doc_type == "enforcement_application"
