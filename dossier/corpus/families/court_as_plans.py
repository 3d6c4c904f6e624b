"""court_as's three dossiers (山东省青岛市黄岛区人民法院执行局): a logistics company resumes its 2017 case against a
container yard on the yard's receivables from a shipping agent (the 2016 judgment, the old 终本 ruling and the yard's
licence pulled from the 2017 volume, exported as 1-bit halftones), paid through the agent; a shipyard welder's
追索劳动报酬 judgment (after a 黄岛 劳动人事争议仲裁 award), paid after a 传票 warning of 拘传 and 罚款, archived; a
second 执恢 on a 货代 company's 牵引车 found by the 车管所, handed in without its 恢复执行裁定书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_as import CAR_SEQ, WELDER_SEQ, YARD_SEQ

MISSING = "resumption_ruling"
"""what the defective 执恢 dossier lacks: the 恢复执行裁定书 was never printed into the new volume"""


def _resumed(note: str) -> list[Doc]:
    docs = base_docs("fully_performed", "resumption")
    docs = behind(docs, "resumption_application", Doc("evidence", note=note))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="reply"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="release"))
    if note == "car":
        docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="vehicle"))
    return [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]


def welder_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("summons"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="release"))
    docs = [*docs, Doc("service_receipt", served=["summons"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def plans() -> list[Plan]:
    return [
        Plan("court_as_01_complete_resumption_container_yard_receivables", "court_as", "court_as",
             "黄岛法院对2017年终本案件恢复执行：物流公司发现集装箱堆场对船务代理公司的堆存费应收账款（对账单为线索），恢复执行"
             "申请书有原承办人确认签名，原终本执行裁定书、2016年判决及堆场营业执照自旧卷调取（首代电子档案系统导出的1-bit"
             "半色调页：误差扩散或有序抖动、150–200 dpi、偶有摩尔纹），冻结应收账款，船代公司付款执行完毕（新页为灰度平板扫描"
             "200–300 dpi、轻微歪斜）",
             "resumption", "fully_performed", "closing", _resumed("receivables"), True, seq=YARD_SEQ),
        Plan("court_as_02_complete_archive_shipyard_welder_wages_paid", "court_as", "court_as",
             "黄岛法院执行本院追索劳动报酬判决（船厂电焊工，判决载明黄岛区劳动人事争议仲裁委员会裁决经过，附生效证明书），"
             "传票警示拘传、罚款后船舶配套公司履行完毕，归档卷宗（卷宗封面、卷内目录、归档复核表、备考表）",
             "enforcement", "fully_performed", "archive", welder_archive(), True, seq=WELDER_SEQ),
        Plan("court_as_03_resumption_tractor_missing_resumption_ruling", "court_as", "court_as",
             "黄岛法院对2017年货代合同终本案件恢复执行（车管所查得牵引车），执行完毕；恢复执行裁定书未入卷",
             "resumption", "fully_performed", "closing", [d for d in _resumed("car") if d.code != MISSING], False,
             seq=CAR_SEQ),
    ]
