"""court_gt's three dossiers (湖南省益阳市赫山区人民法院执行局), three private loans ended by the court's own tribunals'
民事调解书: an old 泉交河 farmer's loan to a 水竹凉席 workshop — a settlement with the workshop owner's brother-in-law's
执行担保书, broken; the old man's handwritten 恢复执行申请书, the case resumed (执恢), the guarantor's deposit taken,
执行完毕, archived with cover, catalogue, review form and remarks sheet (the tribunal's 生效证明书 behind the mediation
statement); a retired teacher's loan to a 稻虾 farmer of 兰溪 — the farmer's own 财产申报表, a 询问笔录, 限制消费 and
失信, the teacher heard, 终本; a shop owner's loan to a 黑茶 shop's owner — settlement and an uncle's guarantee broken,
resumed on her lawyer's application, paid in full after the 限制消费令, but handed in without the 恢复执行裁定书 (only
the notice that speaks of it)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gt_story import MAT_SEQ, SHRIMP_SEQ, TEA_SEQ

MISSING = "resumption_ruling"
"""what the 黑茶 debtor's resumed volume lacks: the 恢复执行裁定书. The undertaker sent the debtor a 恢复执行通知书 on
the day the case was filed and went after the money; the ruling that the notice speaks of was never signed out of the
case system, so the volume holds the notice, its receipt, and no ruling"""


def _resumed(method: str) -> list[Doc]:
    """A resumed case's papers: the first round's 终结执行 ruling (the applicant withdrew after the settlement) where the
    base list has a 终本 ruling, no second fee notice, the first round's settlement and guarantee, the debtor's hearing
    and the 限制消费令 before the money came in."""
    docs = [Doc("termination_ruling") if d.code == "termination_this_round_ruling" else d
            for d in base_docs(method, "resumption") if d.code != "payment_notice"]
    docs = behind(docs, "property_declaration_form", Doc("investigation_record"))
    docs = behind(docs, "online_inquiry_result", Doc("consumption_restriction_order"))
    return [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]),
            Doc("service_receipt", served=["consumption_restriction_order"])]


def mat_archive() -> list[Doc]:
    docs = behind(_resumed("fully_performed"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def shrimp_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def tea_closing() -> list[Doc]:
    docs = [d for d in _resumed("fully_performed") if d.code != MISSING]
    return [Doc("service_receipt", served=["resumption_notice"]) if d.served == ["resumption_ruling", "resumption_notice"]
            else d for d in docs]


def plans() -> list[Plan]:
    return [
        Plan("court_gt_01_complete_archive_resumed_mat_loan_guarantor_paid", "court_gt", "court_gt",
             "赫山法院恢复执行泉交河人民法庭民事调解书（老农征地补偿款借给水竹凉席作坊，民间借贷）：前案执行和解并由"
             "擂茶馆老板出具执行担保书，和解后撤回申请终结执行；被执行人违约，申请执行人手写恢复执行申请书，立执恢案，"
             "报告财产令、财产申报表、询问笔录、限制消费令，裁定执行担保人存款，执行完毕，归档卷宗（封面、卷内目录、"
             "归档审查表、备考表）；档案室加盖页号、打孔后高速扫描",
             "resumption", "fully_performed", "archive", mat_archive(), True, basis_kind="mediation", seq=MAT_SEQ),
        Plan("court_gt_02_complete_crayfish_farmer_loan_terminated_this_round", "court_gt", "court_gt",
             "赫山法院执行兰溪人民法庭民事调解书（退休教师借款给稻虾种养户），被执行人手填财产申报表、询问笔录，"
             "无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；档案室加盖页号、打孔后高速扫描",
             "enforcement", "terminated_this_round", "closing", shrimp_closing(), True, basis_kind="mediation",
             seq=SHRIMP_SEQ),
        Plan("court_gt_03_resumed_tea_shop_loan_missing_resumption_ruling", "court_gt", "court_gt",
             "赫山法院恢复执行沧水铺人民法庭民事调解书（小卖部店主借款给黑茶店老板）：和解及叔父执行担保后违约，"
             "律师代书恢复执行申请，限制消费后付清；卷内只有恢复执行通知书，缺恢复执行裁定书",
             "resumption", "fully_performed", "closing", tea_closing(), False, basis_kind="mediation", seq=TEA_SEQ),
    ]
