"""court_id's three dossiers (吉林省延吉市人民法院执行局): a lender enforces a loan notarised by the 延吉市公证处 (its
公证债权文书, and its 执行证书 behind it) against a 冷面 house's owner, who signs a settlement written in Korean and
Chinese and pays in full — 执行完毕; a ginseng cooperative enforces 延边中院's appeal judgment (the first instance's
生效证明书 behind it) against a ginseng trader with nothing left — 网络查控, 限制消费, 失信, the applicant heard, 终本,
archived with cover, catalogue, review form and remarks sheet; an old mother enforces this court's 赡养费 judgment
against her son herself (her application typed in 조선어, the certified translation behind it), his wages withheld at
his employer and paid to her — handed in without her ID card copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_id import ELDER_SEQ, GINSENG_SEQ, NOODLE_SEQ

MISSING = "identity_proof"
"""what the old mother's dossier lacks: she showed her ID card at the window, the clerk read it and gave it back, and no
copy was ever made; the son's identity came from the judgment, so no ID copy of either party is in the volume"""


def noodle_closing() -> list[Doc]:
    return behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def ginseng_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def elder_closing() -> list[Doc]:
    herself = ("power_of_attorney", "law_firm_letter", "lawyer_license", "settlement_agreement", MISSING)
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in herself]


def plans() -> list[Plan]:
    return [
        Plan("court_id_01_complete_notarial_loan_cold_noodle_settled_paid", "court_id", "court_id",
             "延吉法院执行延吉市公证处赋予强制执行效力的借款合同公证书（附执行证书），冷面馆经营者签订朝汉双语执行和解协议并"
             "全额付清，执行完毕；高速扫描仪红色滤除、去噪点扫描",
             "enforcement", "fully_performed", "closing", noodle_closing(), True, basis_kind="notarial", seq=NOODLE_SEQ),
        Plan("court_id_02_complete_archive_ginseng_appeal_terminated_this_round", "court_id", "court_id",
             "延吉法院执行延边中院二审维持的人参买卖合同判决（附一审生效证明书），人参商无财产可供执行，网络查控、限制消费、"
             "纳入失信、约谈申请人后终本，归档卷宗（封面、卷内目录、复核表、备考表）；红色滤除扫描",
             "enforcement", "terminated_this_round", "archive", ginseng_archive(), True, seq=GINSENG_SEQ),
        Plan("court_id_03_elder_maintenance_wages_withheld_missing_identity_proof", "court_id", "court_id",
             "延吉法院执行本院赡养费判决，老人自行申请（朝鲜文申请书附译文），向儿子单位发协助执行通知书扣留工资并发放，"
             "执行完毕；卷内缺申请人身份证复印件",
             "enforcement", "fully_performed", "closing", elder_closing(), False, seq=ELDER_SEQ),
    ]
