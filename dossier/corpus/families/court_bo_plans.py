"""court_bo's three dossiers (湖北省武汉市江汉区人民法院执行局): a 绍兴 fabric mill's 武汉中院 二审 judgment against a
汉正街 clothing wholesaler, paid from its 汉口银行 account; a 热干面 brand's 武汉仲裁委员会 award of franchise fees against
a franchisee, paid and archived; 湖北银行's 金融借款 调解书 against a 万松园 flat owner, paid after the flat was sealed,
handed in without its 结案审批表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_bo import CLOTH_SEQ, LOAN_SEQ, NOODLE_SEQ

MISSING = "closing_approval_form"
"""what the 万松园 loan dossier lacks: the 结案审批表 was signed but never scanned into the volume"""


def _paid() -> list[Doc]:
    docs = base_docs("fully_performed", "enforcement")
    docs = behind(docs, "payment_voucher", Doc("service_receipt", served=["closing_notice"]))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def noodle_archive() -> list[Doc]:
    docs = behind(_paid(), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_bo_01_complete_hanzhengjie_wholesaler_appeal_judgment_paid", "court_bo", "court_bo",
             "江汉法院执行武汉中院二审判决（绍兴柯桥面料公司诉汉正街服饰批发公司买卖合同货款），冻结汉口银行账户后执行完毕；"
             "法院文书印在带“武汉市江汉区人民法院”底纹的防伪纸上，角上盖正本/副本章，彩色平板扫描200–300 dpi，部分存为灰度",
             "enforcement", "fully_performed", "closing", _paid(), True, seq=CLOTH_SEQ),
        Plan("court_bo_02_complete_archive_reganmian_franchise_award", "court_bo", "court_bo",
             "江汉法院执行武汉仲裁委员会裁决（热干面品牌公司追索加盟费，附仲裁委生效证明），执行完毕并归档（卷宗封面、卷内目录、"
             "归档审查表、备考表）",
             "enforcement", "fully_performed", "archive", noodle_archive(), True, basis_kind="arbitration",
             seq=NOODLE_SEQ),
        Plan("court_bo_03_wansongyuan_loan_mediation_missing_closing_approval", "court_bo", "court_bo",
             "江汉法院执行本院金融借款民事调解书（湖北银行江汉支行诉万松园业主），不动产登记中心查得房产并查封后履行完毕；"
             "结案审批表未入卷",
             "enforcement", "fully_performed", "closing", [d for d in _paid() if d.code != MISSING], False,
             basis_kind="mediation", seq=LOAN_SEQ),
    ]
