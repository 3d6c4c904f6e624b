"""Papers a foreign party files, as the archive centre sees them in 广州海事法院's dossiers: a Marshall Islands
shipowner's identity proven by its registry's CERTIFICATE OF GOOD STANDING and a 董事证明书, and its English
POWER OF ATTORNEY, notarised in Piraeus, apostilled, and followed by a translation agency's Chinese version.
"""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import translations_behind_originals


def line(text: str, top: float, *, width: float = 0.3, centred: bool = True, height: float = 1.0) -> TextLine:
    return TextLine(text, 0.97, height=height, centred=centred, top=top, width=width, alone=True)


def test_a_registrys_certificate_of_good_standing_under_its_republics_name_proves_a_companys_identity() -> None:
    page = PageText([line("REPUBLIC OF THE MARSHALL ISLANDS", 0.09, width=0.62, centred=False),
                     line("REGISTRAR OF CORPORATIONS", 0.12, width=0.36),
                     line("CERTIFICATE OF GOOD STANDING", 0.19, width=0.6, height=1.16, centred=False),
                     line("I, the undersigned Deputy Registrar of Corporations of the Republic of the", 0.25,
                          width=0.7, centred=False),
                     line("Marshall Islands, DO HEREBY CERTIFY that OCEANIC PEARL SHIPPING INC.", 0.28, width=0.69,
                          centred=False),
                     line("Registration No. 15208 was incorporated on 24 March 2011", 0.3, width=0.74, centred=False),
                     line("Given under my hand and seal at Majuro on 27 November 2025.", 0.55, width=0.7,
                          centred=False)])
    assert classify(page).doc_type == "identity_proof"


def test_a_foreign_companys_certificate_of_its_director_proves_who_acts_for_it() -> None:
    page = PageText([line("董事证明书", 0.07, width=0.19, height=1.34),
                     line("兹证明Nikolaos PAPADAKIS为本公司现任董事，有权代表本公司签署与", 0.13, width=0.72, centred=False),
                     line("执行案件有关的一切文件。", 0.15, width=0.23, centred=False)])
    assert classify(page).doc_type == "identity_proof"


def test_a_sentence_naming_a_power_of_attorney_is_no_title() -> None:
    page = PageText([line("NOTARIAL CERTIFICATE", 0.09, width=0.38),
                     line("3. That he signed the foregoing Power of Attorney", 0.34, width=0.76, centred=False),
                     line("POWER OF ATTORNEY granted by the said company", 0.37, width=0.6, centred=False)])
    assert classify(page).doc_type != "power_of_attorney"


def _result(page: int, doc_type: str, title: str, first_line: str) -> PageResult:
    return PageResult(page=page, file="poa.pdf", file_page=page, doc_type=doc_type, confidence=0.9, readable=True,
                      source="ocr", title_text=title, text_lines=[ReadText(text=first_line, confidence=0.99, box=(300, 120, 900, 160), height=1.2,
                                                    centred=True, top=0.08, width=0.37)])


def test_an_english_power_of_attorney_its_notarisation_apostille_and_translation_are_one_document() -> None:
    """The English original is the power of attorney; the translation behind it, titled 授权委托书（译文）, is its
    page, not a second power of attorney."""
    page = PageText([line("POWER OF ATTORNEY", 0.08, width=0.37, height=0.85),
                     line("KNOW ALL MEN BY THESE PRESENTS that OCEANIC PEARL SHIPPING INC., a company", 0.14,
                          width=0.71, centred=False),
                     line("incorporated under the laws of the Republic of the Marshall Islands", 0.16, width=0.74,
                          centred=False),
                     line("Marshall Islands MH96960 (the \"Company\"), acting by its director", 0.2, width=0.77,
                          centred=False),
                     line("in Case No. (2026) Yue 72 Zhi 83106 before the Guangzhou Maritime Court", 0.26, width=0.77,
                          centred=False)])
    original = classify(page)
    assert original.doc_type == "power_of_attorney"
    pages = [_result(10, original.doc_type, original.title, "POWER OF ATTORNEY"),
             _result(11, "continuation", "", "NOTARIAL CERTIFICATE"),
             _result(12, "continuation", "", "APOSTILLE"),
             _result(13, "power_of_attorney", "授权委托书", "授权委托书（译文）")]
    assert [p.doc_type for p in translations_behind_originals(pages)] == [
        "power_of_attorney", "continuation", "continuation", "continuation"]


def test_a_taiwan_companys_register_extract_proves_its_identity_and_a_banks_name_does_not() -> None:
    """平潭 court_ii_01 p9: a Taiwan tea company's 股份有限公司變更登記表 (the 經濟部's form) is its identity, as a
    mainland company's 营业执照 is — named only by the whole line: a bank's name over its reply (乌鲁木齐银行股份有限公司,
    court_q) shares the form's first words and is no register."""
    register = PageText([line("股份有限公司變更登記表", 0.06, width=0.42, height=1.3),
                         line("公司统一编號：58229480", 0.1, width=0.26, centred=False),
                         line("一、公司名稱　顶岚山茶业股份有限公司", 0.15, width=0.45, centred=False),
                         line("二、所在地　南投縣鹿谷鄉彰雅村仁義路102號", 0.19, width=0.5, centred=False),
                         line("三、代表公司负责人　邱美玲", 0.23, width=0.3, centred=False)])
    assert classify(register).doc_type == "identity_proof"
    reply = PageText([line("乌鲁木齐银行股份有限公司", 0.06, width=0.42, height=1.3),
                      line("协助查询存款回复函", 0.1, width=0.3, height=1.3),
                      line("乌鲁木齐市天山区人民法院：", 0.15, width=0.3, centred=False),
                      line("贵院（2024）新0102执12012号协助查询存款通知书收悉，经查，被执行人在我行开立账户一个，余额为零。",
                           0.19, width=0.8, centred=False)])
    assert classify(reply).doc_type != "identity_proof"
