"""Papers of 雁塔's filing window: an applicant's evidence bundle labels each paper (证据二：微信聊天记录及转账记录截图),
and 陕西移动微法院 prints an 电子送达凭证 for each electronic service. The clerk sees the screenshot as evidence (its
chat's 判决都生效了 makes no 生效证明 of it) and the record as the proof of what it served, not as the notice it names."""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify


def line(text: str, top: float, *, width: float = 0.3, centred: bool = False, alone: bool = True,
         height: float = 1.0) -> TextLine:
    return TextLine(text, 0.97, height=height, centred=centred, top=top, width=width, alone=alone)


def test_a_chat_screenshot_labelled_as_an_exhibit_is_evidence() -> None:
    page = PageText([line("证据二：微信聊天记录及转账记录截图（都磊静提供）", 0.06, width=0.6),
                     line("4G 78%", 0.1, width=0.08, alone=False), line("19:51", 0.1, width=0.06, alone=False),
                     line("高伟英", 0.13, width=0.08, centred=True),
                     line("你在哪上班？法院要你单位", 0.2), line("¥865.00", 0.25, width=0.1),
                     line("曲江文旅演艺，一个月就那点工资", 0.3), line("判决都生效了你还拖", 0.35),
                     line("你去法院吧，我没钱", 0.4), line("好，我申请执行扣你工资", 0.45)])
    assert classify(page).doc_type == "evidence"


def test_an_exhibits_later_page_is_still_its_continuation() -> None:
    page = PageText([line("证据二：微信聊天记录及转账记录截图（续）", 0.06, width=0.5), line("判决都生效了你还拖", 0.3)],
                    [line("第2页共2页", 0.95, width=0.1, centred=True)])
    assert classify(page).doc_type == "continuation"


def test_the_document_an_e_service_record_served_is_not_its_title() -> None:
    page = PageText([line("陕西移动微法院电子送达凭证", 0.1, width=0.31, height=1.5),
                     line("(2024）陕0113执15881号", 0.19, width=0.17, centred=True),
                     line("案号", 0.19, width=0.04, alone=False), line("承办法院", 0.22, width=0.06, alone=False),
                     line("陕西省西安市雁塔区人民法院", 0.22, width=0.19, centred=True),
                     line("送达文书", 0.26, width=0.06, alone=False),
                     line("缴纳执行费通知书", 0.26, width=0.12, centred=True)], complete=False)
    verdict = classify(page)
    assert verdict.doc_type != "payment_notice" and verdict.evidence == "attachment"
    assert verdict.served == ["payment_notice"]


@pytest.mark.parametrize(("field", "value"), [("exhibit_labels", ["^证据[一二"]), ("contract_titles", ["^借款合同(（节选）$"]),
                                              ("subject_titles", {"online_inquiry_result": ["^关于(协助.*的复函$"]})])
def test_a_broken_exhibit_pattern_in_the_cue_data_is_refused_when_it_loads(
    monkeypatch: pytest.MonkeyPatch, field: str, value: object
) -> None:
    """A clerk editing cues.yaml writes 证据[一二 without its ] (or a contract's title with an open bracket): the data
    is refused at once, naming the file, not at the first page that reaches the pattern."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    broken = {**load_vocab("cues"), field: value}
    monkeypatch.setattr(cue_data, "load_vocab", lambda name: broken)
    cue_data.cues.cache_clear()
    try:
        with pytest.raises(ChecklistDataError, match="识别线索词表不合法") as caught:
            cue_data.cues()
        assert "cues.yaml" in str(caught.value.file)
    finally:
        monkeypatch.undo()
        cue_data.cues.cache_clear()
