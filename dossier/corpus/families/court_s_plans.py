"""court_s's three dossiers from 浦东法院's enforcement bureau, filed by law firms in batches: two complete (a bank's loan
to a company, the 上海金融法院's appeal judgment upholding this court's, the deposits frozen, a 执行和解 — the frozen
money deducted and the rest paid into the court's account — and paid out: 执行完毕 at closing; a bank's personal
business loan notarised by the 东方公证处 with its 执行证书, 终本, archived with 卷宗封面, 卷内目录, 卷宗复核表 and
备考表) and one defective (this court's 民事调解书 of a 融资租赁 dispute, 终本, handed in for closing without the
lawyer's 执业证 copy: the batch filing put it in another case of the batch only)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def financial_court_settled() -> list[Doc]:
    """上海金融法院 judgment, frozen deposits, 限消, 和解: deduction + transfer, paid out, 执行完毕."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_voucher"]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = behind(
        docs, "settlement_agreement", Doc("payment_voucher", note="in"), Doc("payment_voucher", note="out")
    )
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["consumption_restriction_order"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]


def notarial_round_archive() -> list[Doc]:
    """东方公证处 公证书 and 执行证书, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lease_mediation_without_licence() -> list[Doc]:
    """This court's 调解书 of a 融资租赁 dispute, 终本, the lawyer's licence copy not in this case of the batch."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "lawyer_license"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_s_01_complete_financial_court_settled",
            "court_s",
            "court_s",
            "浦东法院执行上海金融法院二审民事判决（银行金融借款）、执行中和解、划拨冻结款与被执行人汇款后发放、执行完毕的完整卷宗"
            "（律师批量立案：申请书附执行标的明细表、营业执照复印件；立案窗口材料收转条码贴纸；电子送达回证与EMS法院专递详情单、"
            "妥投记录；电子卷宗斜向水印与页码章；生产扫描仪，有红章彩色、其余灰度）",
            "enforcement",
            "fully_performed",
            "closing",
            financial_court_settled(),
            True,
            seq=52187,
        ),
        Plan(
            "court_s_02_complete_archive_notarial_round",
            "court_s",
            "court_s",
            "浦东法院执行上海市东方公证处赋予强制执行效力的公证债权文书（附执行证书，银行个人经营贷款）、终结本次执行程序的归档卷宗"
            "（卷宗封面、卷内目录、卷宗复核表、备考表；银行协助执行回执、不动产登记查询回复）",
            "enforcement",
            "terminated_this_round",
            "archive",
            notarial_round_archive(),
            True,
            basis_kind="notarial",
            seq=52603,
        ),
        Plan(
            "court_s_03_lease_mediation_missing_lawyer_license",
            "court_s",
            "court_s",
            "浦东法院执行本院民事调解书（融资租赁合同纠纷）的终本卷宗，批量立案时律师执业证复印件只附在同批次另一案中，本卷缺失",
            "enforcement",
            "terminated_this_round",
            "closing",
            lease_mediation_without_licence(),
            False,
            basis_kind="mediation",
            seq=52944,
        ),
    ]
