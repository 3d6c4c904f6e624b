"""court_az's three dossiers (浙江省宁波市北仑区人民法院执行局): a mould maker enforces a 宁波中院 二审 judgment against a
die-casting company, paid from its frozen deposit; a freight forwarder enforces a 宁波仲裁委员会 award against a 保税区
importer, settles, is paid and the file is archived; an auto-parts worker's 劳动人事争议仲裁 wage award, paid in two
instalments, reaches the file without its 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_az import FORWARDER_SEQ, MOULD_SEQ, WORKER_SEQ

MISSING = "service_address_confirmation"
"""what the worker's dossier lacks: the 送达地址确认书 was never filled in (nor a 下落不明证明 put in its place)"""


def mould() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def forwarder_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def worker() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_az_01_complete_mould_judgment_frozen_deposit", "court_az", "court_az",
             "北仑法院执行宁波中院二审定作合同判决（压铸模具款）：律师经浙江移动微法院在线立案（Word/WPS生成PDF，斜向水印"
             "“仅供北仑法院立案使用”、电子签章），送达地址确认与电子送达为手机截图，冻结划拨压铸公司存款，执行完毕；法院文书及"
             "纸质材料经立案窗口双面ADF灰度300dpi扫描、强压缩",
             "enforcement", "fully_performed", "closing", mould(), True, seq=MOULD_SEQ),
        Plan("court_az_02_complete_archive_forwarder_award_settled", "court_az", "court_az",
             "北仑法院执行宁波仲裁委员会货运代理合同裁决（海运费、港杂费）：保税区进口商与货代公司执行和解后付清，归档卷宗"
             "（卷宗封面、卷内目录、归档复核表、备考表；生效证明紧随裁决书）",
             "enforcement", "fully_performed", "archive", forwarder_archive(), True, basis_kind="arbitration",
             seq=FORWARDER_SEQ),
        Plan("court_az_03_worker_wage_award_missing_address_confirmation", "court_az", "court_az",
             "北仑法院执行北仑区劳动人事争议仲裁委员会工资裁决（汽车零部件厂压铸工，法律援助律师代理），和解分两期付清；"
             "卷内缺送达地址确认书",
             "enforcement", "fully_performed", "closing", worker(), False, basis_kind="arbitration", seq=WORKER_SEQ),
    ]
