"""Two titles that name a paper by its form, not by what it is (court_ap and court_aq, at first sight).

A 公证书 is the notary's deed: the one that gives a loan contract force of enforcement is the case's 执行依据, but
a Taiwan 民间公证人's 公證書 that 認證s the signature on the 授權委託書 filed before it is that power of attorney's
page — read as a 执行依据, it would have proved a basis the dossier may lack (court_aq_01 p11). A bare 确认书 is
whatever it confirms: a 项目部's note that it still owes the labour team 566,397.79元 is the team's evidence, not
a proof that the court paid out (court_ap_01 p7 was read as a 收款确认书)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify


def _page(title: str, body: list[str], *, complete: bool = True) -> PageText:
    lines = [TextLine(title, 0.97, height=1.6, centred=True, top=0.08, width=0.2, alone=True)]
    lines += [TextLine(text, 0.97, height=1.0, centred=False, top=0.15 + 0.04 * i, width=0.7, alone=True)
              for i, text in enumerate(body)]
    return PageText(lines, complete=complete)


TAIWAN_CERTIFICATE = ["113年度中院民公瑞字第004845號", "請求人：林志宏", "公證人認證下列文書：授權委託書乙份",
                      "茲據請求人林志宏持中華民國國民身分證到場，於本公證人面前承認前揭授權委託書上之簽名為其親自所為，",
                      "經本公證人核對身分無誤。依公證法第一百零一條規定予以認證。"]
LOAN_DEED = ["（2024）苏宁钟证经字第321号", "兹证明甲银行与乙于2024年1月1日在本公证员的面前，签订了前面的《借款合同》，",
             "依据《中华人民共和国公证法》第三十七条的规定，前面的《借款合同》具有强制执行效力。"]


def test_a_taiwan_notarys_certificate_of_the_power_of_attorney_before_it_is_that_papers_page() -> None:
    verdict = classify(_page("公證書", TAIWAN_CERTIFICATE))
    assert (verdict.doc_type, verdict.evidence) == ("continuation", "certificate")


def test_the_straits_foundations_letter_sending_the_notarial_certificates_copy_goes_with_it() -> None:
    """昆山 (court_cc): behind a Taiwan notary's 公證書 on the director's 授權委託書 comes the 海峡交流基金会's letter to the
    江苏省公证协会 sending its copy for checking (《海峡两岸公证书使用查证协议》), titled 證明: part of the paper before it,
    not a party's evidence. As read at first sight:"""
    page = _page("證明", ["（115）核字第402366号", "江蘇省公證協會：", "基寄送察明督授委托替公避费副本一份(15年度北院民公",
                          "字），請查收。", "依據《海峡雨岸公澄書使用查澄协罐》游理"])
    page = PageText([TextLine("财图法人海峡交流基金會", 0.9, centred=True, top=0.05, width=0.3), *page.lines])
    assert classify(page).doc_type == "continuation"


def test_a_mainland_notarys_certificate_of_a_signature_on_the_paper_before_it_is_that_papers_page() -> None:
    page = _page("公　证　书", ["（2025）桂南证字第1234号",
                               "兹证明某公司的法定代表人张三于二〇二五年三月一日在本公证处，在前面的《授权委托书》上签名。"])
    assert classify(page).doc_type == "continuation"


def test_the_deed_that_gives_a_loan_contract_force_of_enforcement_is_the_basis_though_it_names_the_contract_before_it(
) -> None:
    verdict = classify(_page("公证书", LOAN_DEED))
    assert (verdict.doc_type, verdict.evidence) == ("enforcement_basis", "operative")


def test_a_notarial_deed_read_only_at_its_head_is_taken_for_the_basis_but_read_on() -> None:
    verdict = classify(_page("公證書", TAIWAN_CERTIFICATE[:2], complete=False))
    assert verdict.doc_type == "enforcement_basis" and not verdict.settled


def test_a_project_offices_confirmation_of_a_debt_is_the_teams_evidence_not_a_proof_of_payment() -> None:
    page = _page("确 认 书", ["兹确认我项目部尚欠刘敏劳务班组", "西陵二路商住楼项目劳务费566,397.79元，", "于工程款到位后优先支付。",
                           "项目部负责人：邹国敏", "2022年12月29日"])
    assert classify(page).doc_type == "evidence"


def test_a_confirmation_says_what_it_confirms() -> None:
    received = _page("确认书", ["本人已收到贵院发放的执行款人民币伍万元整。", "收款人：王某", "2024年5月6日"])
    address = _page("确认书", ["本人确认以下送达地址，法院按此地址送达的文书视为送达。", "送达地址：南京市鼓楼区中山路1号"])
    assert classify(received).doc_type == "payment_voucher"
    assert classify(address).doc_type == "service_address_confirmation"
