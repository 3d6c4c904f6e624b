"""court_cc's three dossiers (江苏省昆山市人民法院执行局, every one filed online): a 台资 PCB maker, whose 董事长 is a
Taiwan resident, enforces this court's judgment for unpaid 货款 against a 开发区 connector maker, paid by a bank
扣划 after the 执行通知书; a 上海 buyer of 阳澄湖 crab gift cards enforces a 苏州中院 二审 judgment against a 巴城 crab
company, settled (执行和解), paid and archived; a 花桥 warehouse owner enforces a 苏州仲裁委员会 rent award, paid after a
freeze, filed without the award's 生效证明."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cc import CRAB_SEQ, PCB_SEQ, RENT_SEQ

MISSING = "effectiveness_certificate"
"""what the award dossier lacks: the applicant never obtained the 苏州仲裁委员会's 生效证明 before filing online"""


def _receipts(docs: list[Doc]) -> list[Doc]:
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def pcb() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return _receipts(docs)


def crab_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *_receipts(docs), Doc("file_review_form"), Doc("remarks_sheet")]


def rent() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return _receipts(docs)


def plans() -> list[Plan]:
    return [
        Plan("court_cc_01_complete_pcb_connector_judgment_taiwan_rep_paid", "court_cc", "court_cc",
             "昆山法院执行本院买卖合同判决（台资电路板公司诉开发区连接器公司欠付PCB货款）：申请人法定代表人为台湾居民，"
             "附台湾居民来往大陆通行证复印件、在台湾签署的授权委托书及台湾公证书、海峡交流基金会证明（繁体）；执行通知后"
             "冻结、扣划银行存款，执行完毕。网上立案材料为诉讼服务网打印页（页眉申请号、页脚上传时间与文件名）",
             "enforcement", "fully_performed", "closing", pcb(), True, seq=PCB_SEQ),
        Plan("court_cc_02_complete_archive_crab_gift_card_appeal_settled", "court_cc", "court_cc",
             "昆山法院执行苏州中院二审判决（阳澄湖大闸蟹礼券冷链失温纠纷，维持本院一审），本院出具生效证明书；执行和解"
             "分两期履行完毕，归档卷宗（卷宗封面、卷内目录、卷宗审查表、备考表）",
             "enforcement", "fully_performed", "archive", crab_archive(), True, seq=CRAB_SEQ),
        Plan("court_cc_03_warehouse_rent_award_missing_effectiveness_certificate", "court_cc", "court_cc",
             "昆山法院执行苏州仲裁委员会裁决（花桥镇仓库租金），账户冻结后被执行人履行完毕；仲裁裁决生效证明未随网上立案提交",
             "enforcement", "fully_performed", "closing", rent(), False, basis_kind="arbitration", seq=RENT_SEQ),
    ]
