"""court_t's three dossiers from 拉萨市城关区人民法院's enforcement bureau: two complete (a labour subcontractor's
unpaid 工程款, this court's judgment upheld by the 拉萨市中级人民法院, the contractor's deposits frozen, a 执行和解 —
the frozen money deducted and the rest paid into the court's account — and paid out: 执行完毕 at closing; a bank's
personal loan to a Tibetan trader notarised by the 拉萨市公证处 with its 执行证书, 终本, archived with 卷宗封面, 卷内目录,
卷宗复核表 and 备考表) and one defective (this court's 民事调解书 between a yak-products and highland-barley
cooperative and a hotel company, 终本, handed in for closing without the 调查笔录: the hotel was shut for the winter
when the officers went to check the cooperative's clues, and no record of the visit was put in the dossier)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def _ours(docs: list[Doc]) -> list[Doc]:
    return [Doc(d.code, note=d.note, served=d.served, family="court_t") for d in docs]


def middle_court_settled() -> list[Doc]:
    """拉萨中院 judgment, frozen deposits, 限消, 和解: deduction + transfer, paid out, 执行完毕."""
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_voucher"]
    docs = behind(docs, "assistance_notice", Doc("consumption_restriction_order"))
    docs = behind(
        docs, "settlement_agreement", Doc("payment_voucher", note="in"), Doc("payment_voucher", note="out")
    )
    return _ours(
        [
            *docs,
            Doc("service_receipt", served=["payment_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"]),
            Doc("service_receipt", served=["closing_notice"]),
        ]
    )


def notarial_round_archive() -> list[Doc]:
    """拉萨市公证处 公证书 and 执行证书, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    return _ours(
        [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]
    )


def cooperative_mediation_without_investigation() -> list[Doc]:
    """This court's 调解书 of a 买卖合同 dispute, 终本, the 调查笔录 of the clues never filed."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "investigation_record"]
    return _ours([*docs, Doc("service_receipt", served=["enforcement_ruling"])])


def plans() -> list[Plan]:
    return [
        Plan(
            "court_t_01_complete_middle_court_settled",
            "court_t",
            "court_t",
            "拉萨市城关区法院执行拉萨市中级人民法院二审民事判决（建设工程施工合同纠纷，劳务分包工程款）、执行中和解、划拨冻结款与"
            "被执行人汇款后发放、执行完毕的完整卷宗（藏汉双语文书抬头与印章；双面薄纸扫描透印；便签、订书钉、折角；"
            "单位彩色复合机扫描，JPEG 质量50–75，轻微歪斜，偶有倒置页）",
            "enforcement",
            "fully_performed",
            "closing",
            middle_court_settled(),
            True,
            seq=61207,
        ),
        Plan(
            "court_t_02_complete_archive_notarial_round",
            "court_t",
            "court_t",
            "拉萨市城关区法院执行拉萨市公证处赋予强制执行效力的公证债权文书（附执行证书，银行个人贷款）、终结本次执行程序的"
            "归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表；藏汉双语文书；双面薄纸透印、便签、订书钉）",
            "enforcement",
            "terminated_this_round",
            "archive",
            notarial_round_archive(),
            True,
            basis_kind="notarial",
            seq=61538,
        ),
        Plan(
            "court_t_03_cooperative_mediation_missing_investigation_record",
            "court_t",
            "court_t",
            "拉萨市城关区法院执行本院民事调解书（牦牛青稞产品合作社与旅游酒店公司买卖合同纠纷）的终本卷宗，核查申请人财产线索"
            "的调查笔录未入卷",
            "enforcement",
            "terminated_this_round",
            "closing",
            cooperative_mediation_without_investigation(),
            False,
            basis_kind="mediation",
            seq=61864,
        ),
    ]
