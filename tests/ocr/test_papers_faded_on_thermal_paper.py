"""榆林榆阳 (court_eb): the banks' replies to the court reached the bureau by an old thermal fax, on roll paper that
has yellowed and faded since — the print a pale brown-grey a few grey levels under the paper, fainter at one end. On
the blank test's small copy the whole reply showed as 1–1.5 % faint grey, where a blank back shows at most 0.5 %
(430 blank backs of 60 families measured), and it was set aside as a blank back unread: the bank's 协助执行回执 was
gone from the dossier without a word. Faint grey of that much is read."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse

DATA = Path(__file__).parent / "data"


def test_a_bank_reply_faded_on_thermal_fax_paper_is_read_not_set_aside_as_blank() -> None:
    (page,) = analyse([DATA / "bank_reply_faded_on_thermal_fax_paper.pdf"], engine="rapidocr")
    assert not page.blank and page.readable
    assert page.title_text == "协助执行回执"
