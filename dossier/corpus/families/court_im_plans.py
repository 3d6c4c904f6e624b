"""court_im's three dossiers (浙江省嘉兴市秀洲区人民法院执行局): a textile-machinery maker enforces this court's judgment
for unpaid water-jet looms against a 王江泾 weaving mill — the looms seized, appraised, sold, the proceeds paid out,
执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment, review form and
remarks sheet last); a bank enforces a notarised loan (the 秀水公证处's 公证书, its 执行证书 behind it) against a
洪合 sweater-shop owner and his guarantor — deposits deducted and paid out, 执行完毕; a farmer enforces this court's
land-rent judgment against a vegetable cooperative with nothing left — 限制消费, 失信, the farmer heard, 终本, filed
without the 网络查控 printout."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_im import LOAN_SEQ, LOOM_SEQ, RENT_SEQ

MISSING = "online_inquiry_result"
"""what the cooperative's dossier lacks: the 总对总 feedback was read on screen and cited in the 终本 ruling, but its
printout never went into the volume"""


def loom_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("enforcement_ruling", note="sale"),
                  Doc("service_receipt", served=["enforcement_ruling"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    """The shop owner's ID copy and his guarantor's filed right behind the bank's licence."""
    docs = [d for d in base_docs("fully_performed", "enforcement")
            if d.code != "settlement_agreement" and d.note != "respondent"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return behind(docs, "identity_proof", Doc("identity_proof", note="respondent"), Doc("identity_proof", note="guarantor"))


def rent_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_im_01_complete_archive_loom_judgment_sold_paid", "court_im", "court_im",
             "秀洲法院执行本院民事判决（纺织机械公司诉王江泾织造公司喷水织机货款，附民事审判庭生效证明书）：查封织机、评估、"
             "变卖，变卖款发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；缩微胶片翻拍扫描",
             "enforcement", "fully_performed", "archive", loom_archive(), True, seq=LOOM_SEQ),
        Plan("court_im_02_complete_notarial_loan_deposits_deducted", "court_im", "court_im",
             "秀洲法院执行秀水公证处赋予强制执行效力的借款合同公证书（附执行证书），被执行人为毛衫商行经营者及其保证人："
             "冻结、扣划存款，案款发放，执行完毕；缩微胶片翻拍扫描",
             "enforcement", "fully_performed", "closing", loan_closing(), True, basis_kind="notarial", seq=LOAN_SEQ),
        Plan("court_im_03_rent_cooperative_terminated_missing_online_inquiry", "court_im", "court_im",
             "秀洲法院执行本院土地租金判决（承包农户诉果蔬专业合作社），查无财产，限制消费、纳入失信，约谈申请执行人后终本；"
             "卷内缺网络查控反馈结果",
             "enforcement", "terminated_this_round", "closing", rent_closing(), False, seq=RENT_SEQ),
    ]
