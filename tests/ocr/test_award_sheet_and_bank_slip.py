"""Two pages of 兰州城关 (court_be) at first sight:

- an award's second sheet that opens with the last word of a sentence begun on the first — 据。被申请人未提交答辩意见及证据。
  — over 二、仲裁庭意见 and the award's operative part (裁决如下): it continues the award, it is no second award
  (court_be_01 p7, read as a new 裁决书 by the model, its footer read only as 共2页);
- a bank's 网上银行电子回单 of the court's 执行款专户 paying the applicant, read down to its 收款人户名 (its 付款人 row
  unread): a record of money moved, not the applicant's 收款账户确认书 (court_be_03 p23, whose misreading made the
  defective dossier lack a proof of payment as well)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, *, width: float = 0.8, centred: bool = False, height: float = 1.0) -> TextLine:
    return TextLine(text, 0.98, height=height, centred=centred, top=top, width=width, alone=True)


def test_an_award_sheet_opening_with_a_sentences_last_word_continues_the_award() -> None:
    page = PageText([_line("据。被申请人未提交答辩意见及证据。", 0.05, width=0.5),
                     _line("二、仲裁庭意见", 0.08, width=0.2, centred=True),
                     _line("仲裁庭认为，双方签订的特许经营合同系真实意思表示，内容不违", 0.11),
                     _line("反法律、行政法规的强制性规定，合法有效。被申请人在对账确认函上", 0.14),
                     _line("三、裁决", 0.3, width=0.15, centred=True),
                     _line("根据《中华人民共和国民法典》第五百零九条、第五百七十七条、", 0.33),
                     _line("如下：", 0.36, width=0.1),
                     _line("（一）被申请人白东向申请人兰州某牛肉面餐饮管理有限公司", 0.39),
                     _line("为终局裁决，自作出之日起发生法律效力。", 0.6, width=0.5),
                     _line("独任仲裁员王某", 0.7, width=0.2), _line("二〇二三年十月二十四日", 0.73, width=0.25)],
                    footer=[_line("共2页", 0.96, width=0.08, centred=True)], complete=True)
    assert classify(page, shipped_model()).doc_type == "continuation"


def test_a_banks_electronic_slip_read_down_to_its_payee_is_the_payment() -> None:
    page = PageText([_line("兰州银行", 0.04, width=0.18, height=1.8), _line("BANKOFLANZHOU", 0.06, width=0.2),
                     _line("网上银行电子回单", 0.09, width=0.3, centred=True),
                     _line("回单编号：13659149269383", 0.12, width=0.3), _line("交易日期：2024年3月2日", 0.12, width=0.3),
                     _line("收款人户名邓华", 0.16, width=0.2, centred=True),
                     _line("兰州市城关区人民法院执行款专户", 0.18, width=0.35)], complete=False)
    assert classify(page, shipped_model()).doc_type == "payment_voucher"


def test_an_accounts_statement_of_money_moved_is_no_account_confirmation() -> None:
    """秦皇岛海港 (court_du_01 p31, copied two pages up): a bank's 账户交易明细清单 of the applicant's account, the
    respondent's payments in it, read down to its column heads. Its 户名 and 账号 line had made it the applicant's
    收款账户确认书, and the fully performed case lacked its proof of payment."""
    page = PageText([_line("秦皇岛银行海阳路支行", 0.05, width=0.3, centred=True),
                     _line("账户交易明细清单", 0.08, width=0.3, centred=True, height=1.6),
                     _line("户名：秦皇岛通汇国际货运代理有限公司账号：204537917币种：人民币", 0.12),
                     _line("查询期间：2024-01-22至2024-04-02", 0.14, width=0.35),
                     _line("交易日期摘要", 0.17, width=0.2), _line("发生额余额", 0.17, width=0.2),
                     _line("交易网点/对方户名", 0.17, width=0.2)], complete=False)
    assert classify(page, shipped_model()).doc_type == "payment_voucher"


POS_SLIP = ["银联POS签购单", "持卡人存根CARDHOLDERCOPY", "商户名称：榆林市榆阳区人民法院", "商户编号：102610817805463",
            "终端编号：89384256操作员：01", "发卡行：陕西榆林农村", "卡号：6217****6017（C）", "交易类型：消费/SALE",
            "批次号：00676", "凭证号：923781授权码：936863", "参考号：240123662827", "日期/时间：2024/01/2311:55:34"]


def test_a_card_slip_of_the_fee_paid_at_the_courts_counter_is_the_fee_receipt_never_a_payout() -> None:
    """榆林榆阳 (court_eb_01 p8): the applicant paid the 执行费 by card at the court's counter and the thermal POS
    签购单 was stapled to the 非税收入 票据. Its 凭证号 and 交易类型 made it a proof that the court paid the applicant
    out — which could have stood in for a fully performed case's missing 案款发放凭证. Read to its 备注 it is the
    fee's receipt; read without it, it is not known what it paid, and it is no proof of payment."""
    lines = [*POS_SLIP, "备注执行费（2024", "持卡人签名："]
    page = PageText([_line(t, 0.1 + 0.03 * i, width=0.3) for i, t in enumerate(lines)], complete=True)
    assert classify(page, shipped_model()).doc_type == "fee_receipt"
    page = PageText([_line(t, 0.1 + 0.03 * i, width=0.3) for i, t in enumerate(POS_SLIP)], complete=True)
    verdict = classify(page, shipped_model())
    assert (verdict.doc_type, verdict.readable) == ("unknown", True)
