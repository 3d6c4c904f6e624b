"""court_cl's three dossiers (辽宁省大连市甘井子区人民法院): a bearing seller's 大连中院 judgment against a heavy-machinery
maker, paid and archived; a cold-chain logistics company's 大连海事法院 judgment against a seafood trader with nothing
left, closed by 终结本次执行程序; a 北良港 logistics company's 大连仲裁委员会 award against a crane-parts dealer, paid,
handed in without the applicant's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cl import BEARING_SEQ, CRANE_SEQ, SEAFOOD_SEQ

MISSING = "service_address_confirmation"
"""what the crane-parts dossier lacks: the applicant's lawyer never uploaded the 送达地址确认书"""


def _bearing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def _seafood() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def _crane() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return behind(docs, "assistance_notice", Doc("summons"))


def plans() -> list[Plan]:
    return [
        Plan("court_cl_01_complete_archive_bearing_seller_paid", "court_cl", "court_cl",
             "甘井子法院执行大连市中级人民法院二审买卖合同判决（轴承销售公司诉重型机械制造公司，附生效证明书），冻结大连银行"
             "账户后被执行人付清，执行完毕归档（卷宗封面、卷内目录、归档审查表、备考表）；各页自电子卷宗平台导出：150 dpi、"
             "灰色斜向水印、左下蓝色平台章、细灰边框，手机拍照件保留透视与阴影",
             "enforcement", "fully_performed", "archive", _bearing(), True, basis_kind="judgment", seq=BEARING_SEQ),
        Plan("court_cl_02_complete_seafood_award_terminated_this_round", "court_cl", "court_cl",
             "甘井子法院执行大连海事法院冷藏集装箱运输合同判决（冷链物流公司诉海产品贸易公司，附生效证明书），查控、调查不动产登记中心"
             "及市场监管局无财产，限制消费、纳入失信名单，终结本次执行程序结案",
             "enforcement", "terminated_this_round", "closing", _seafood(), True, basis_kind="judgment",
             seq=SEAFOOD_SEQ),
        Plan("court_cl_03_crane_parts_missing_service_address_confirmation", "court_cl", "court_cl",
             "甘井子法院执行大连仲裁委员会港机配件购销合同裁决（港埠物流公司诉港机配件公司，附仲裁委生效证明），传唤后和解付清；申请人送达地址"
             "确认书未上传入卷",
             "enforcement", "fully_performed", "closing", _crane(), False, basis_kind="arbitration", seq=CRANE_SEQ),
    ]
