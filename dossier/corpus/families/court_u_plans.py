"""court_u's three dossiers from 延吉市人民法院's enforcement bureau, in 延边朝鲜族自治州: two complete (a rural
commercial bank's loan to a cross-border trading company, the 延边州中级人民法院's appeal judgment upholding this
court's, the deposits frozen, a 执行和解 — the frozen money deducted and the rest paid into the court's account — and
paid out: 执行完毕 at closing; a bank's personal business loan to 金哲洙 notarised by the 延吉市公证处 with its 执行证书,
终本, archived with 卷宗封面, 卷内目录, 卷宗复核表 and 备考表) and one defective (this court's 民事调解书 of a 买卖合同纠纷:
a cross-border trading company that supplied Korean food to a restaurant, against the restaurant; 终本, handed in for
closing without the 约谈笔录: the applicant's lawyer was told of the 终本 by telephone and no record was filed)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

FAMILY = "court_u"


def _ours(docs: list[Doc]) -> list[Doc]:
    return [Doc(d.code, note=d.note, served=list(d.served), family=FAMILY) for d in docs]


def state_court_settled() -> list[Doc]:
    """延边中院 judgment, frozen deposits, 限消, 和解: deduction + transfer, paid out, 执行完毕."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_voucher"]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"), Doc("summons"))
    docs = behind(
        docs, "settlement_agreement", Doc("payment_voucher", note="in"), Doc("payment_voucher", note="out")
    )
    return _ours(
        [
            *docs,
            Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"]),
            Doc("service_receipt", served=["summons"]),
            Doc("service_receipt", served=["closing_notice"]),
        ]
    )


def notarial_round_archive() -> list[Doc]:
    """延吉市公证处 公证书 and 执行证书, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    return _ours(
        [
            Doc("dossier_cover"),
            Doc("catalogue"),
            *docs,
            Doc("service_receipt", served=["summons"]),
            Doc("file_review_form"),
            Doc("remarks_sheet"),
        ]
    )


def restaurant_mediation_without_interview() -> list[Doc]:
    """This court's 调解书 of a 买卖合同纠纷 against a restaurant, 终本, no 约谈笔录 in the dossier."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "interview_record"]
    return _ours(
        [
            *docs,
            Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["summons"]),
        ]
    )


def plans() -> list[Plan]:
    return [
        Plan(
            "court_u_01_complete_state_court_settled",
            FAMILY,
            FAMILY,
            "延吉市法院执行延边朝鲜族自治州中级人民法院二审民事判决（农商银行金融借款，被执行人为边境贸易公司）、执行中和解、"
            "划拨冻结款与被执行人汇款后发放、执行完毕的完整卷宗（本院文书朝汉双语文头、院印朝汉双语；当事人材料为手机扫描App"
            "生成的PDF；送达回证、财产申报表蓝色圆珠笔手填；本院彩色复印机扫描，低质量JPEG；网络查控结果横向打印、旋转扫描）",
            "enforcement",
            "fully_performed",
            "closing",
            state_court_settled(),
            True,
            seq=72118,
        ),
        Plan(
            "court_u_02_complete_archive_notarial_round",
            FAMILY,
            FAMILY,
            "延吉市法院执行延吉市公证处赋予强制执行效力的公证债权文书（附执行证书，银行对朝鲜族个人经营贷款）、终结本次执行程序"
            "的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表；身份证复印件手机扫描；银行协助执行回执、不动产登记查询回复）",
            "enforcement",
            "terminated_this_round",
            "archive",
            notarial_round_archive(),
            True,
            basis_kind="notarial",
            seq=72465,
        ),
        Plan(
            "court_u_03_restaurant_mediation_missing_interview_record",
            FAMILY,
            FAMILY,
            "延吉市法院执行本院民事调解书（跨境贸易公司诉朝鲜族餐馆买卖合同纠纷）的终本卷宗，终本前仅电话告知申请执行人代理人，"
            "约谈笔录缺失",
            "enforcement",
            "terminated_this_round",
            "closing",
            restaurant_mediation_without_interview(),
            False,
            basis_kind="mediation",
            seq=72803,
        ),
    ]
