"""昆山 (court_cc): the applicant files online, and the 江苏法院诉讼服务网 prints each uploaded image on an A4 page inside
its own frame — 江苏法院网上立案材料 · 申请号… · 第n页 over it, the upload time and the file's name under it — which the
court prints and scans again. A photo taken with the phone held sideways lies turned inside the upright frame. The
filing window must see the paper inside, not the frame: a sideways 送达地址确认书 is that form, and the second page of
a judgment under the frame is the judgment's page, not a new one."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify

DATA = Path(__file__).parent / "data"


def test_a_form_photographed_sideways_inside_the_portals_upright_frame_is_that_form() -> None:
    """court_cc_01's page 16 (200 dpi, its JPEG saved again at q35): the frame's header and footer run across the sheet,
    the form's lines down it. Taken by the frame, the sheet was read upright and the form not at all."""
    (page,) = analyse([DATA / "portal_page_with_a_sideways_upload.pdf"], engine="rapidocr")
    assert page.doc_type == "service_address_confirmation" and page.rotation in (90, 270)


def test_the_second_page_of_a_judgment_under_the_portals_frame_continues_the_judgment() -> None:
    """court_cc_01's page 3 as read: the frame's header first, then the judgment's last paragraphs."""
    lines = [TextLine("江苏法院网上立案材料·申请号 320583202602027268·第3页", 0.992, height=1.039, top=0.0336, width=0.5302,
                      alone=False),
             TextLine("江苏法院诉讼服务网", 0.999, height=1.013, top=0.0336, width=0.1483, alone=False),
             TextLine("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人", 0.999, height=1.013, centred=True, top=0.1789,
                      width=0.5536),
             TextLine("民共和国民事诉讼法》第二百六十四条之规", 0.998, height=0.935, centred=True, top=0.2023, width=0.5882),
             TextLine("的债务利息。", 0.999, height=0.961, top=0.2262, width=0.108),
             TextLine("如不服本判决，可以在判决书送达之日起十五", 1.0, height=1.013, centred=True, top=0.2484, width=0.556),
             TextLine("状，上诉于江苏省苏州市中级人民法院。", 1.0, height=1.065, top=0.2707, width=0.3368, alone=False)]
    assert classify(PageText(lines)).doc_type == "continuation"
