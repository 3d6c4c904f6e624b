"""An arbitration commission's award ends on a sheet of its own (court_ap, 宜昌仲裁委): the last words of its last
paragraph (…日起发生法律效力。) at the top, then only the arbitrators' names and the date, its footer not read. The
archive centre must see the award's last page, not a 生效证明 — the words 发生法律效力 are that certificate's, and read
alone the model took the page for one (court_ap_02 p5 at first sight)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify


def line(text: str, top: float, *, width: float = 0.2, confidence: float = 0.97) -> TextLine:
    return TextLine(text, confidence, height=1.0, centred=False, top=top, width=width, alone=True)


def _last_sheet(first: str) -> PageText:
    """court_ap_02 p5 as read: the recogniser misread one 仲裁员 as 伸裁员."""
    return PageText([line(first, 0.086, width=0.186), line("首席仲裁员萧淑", 0.707, width=0.18),
                     line("伸裁员薛建春", 0.729), line("仲裁员冯胜", 0.756), line("二〇二三年九月八日", 0.785)],
                    complete=True)


def test_the_tail_of_an_awards_last_paragraph_over_its_signatures_is_the_awards_page() -> None:
    verdict = classify(_last_sheet("日起发生法律效力。"))
    assert verdict.doc_type == "continuation" and verdict.evidence == "running_text"


def test_a_short_sentence_with_no_sign_off_under_it_is_not_taken_for_a_papers_tail() -> None:
    page = PageText([line("日起发生法律效力。", 0.086, width=0.186), line("附件：房屋租赁合同一份", 0.5, width=0.3)],
                    complete=True)
    assert classify(page).evidence != "running_text"


def test_an_awards_last_sentence_over_its_sole_arbitrator_and_secretary_is_the_awards_page() -> None:
    """襄阳仲裁委's award (court_dq_01 p6): 本裁决为终局裁决… alone over the seal, the sole arbitrator, the date and the
    secretary (秘 书), its footer (- 2 -) not found. Taken at first sight for a 生效证明."""
    page = PageText([TextLine("本裁决为终局裁决，自作出之日起发生法律效力。", 0.99, height=1.0, centred=True, top=0.09,
                              width=0.51, alone=True),
                     line("员田风", 0.147, width=0.12, confidence=0.6), line("独任", 0.149, width=0.06),
                     line("三年十月四日", 0.187, width=0.14), line("秘书唐福", 0.229, width=0.15)], complete=True)
    assert classify(page).doc_type == "continuation"
