"""court_af's three dossiers (银川兴庆), digitised on the archive's A3 flatbed two pages at a time: two complete (the
贺兰山公证处's 公证债权文书 on a 枸杞 trader's 借款合同, with its 执行证书, settled and paid in two transfers through
黄河农商银行 and archived with 卷宗封面, 卷内目录, 卷宗复核表 and 备考表; a 执恢 after an earlier 终本, the 银川中院
二审 judgment on 酿酒葡萄 against a winery, its new-found shop seized through the 不动产登记中心, then paid) and one
defective (the 金凤区法院's 要素式 judgment won by a 清真 food company against a restaurant, 终本, handed in for closing
with the lawyer's 所函 and 委托书 but without the copy of the lawyer's 执业证)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "lawyer_license"
"""what the defective dossier lacks: the 律师执业证 copy the 所函 says is attached was never glued in"""
SEQS = (74126, 74459, 74817)


def notarial_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def resumption_paid() -> list[Doc]:
    docs = base_docs("fully_performed", "resumption")
    return [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]),
            Doc("service_receipt", served=["enforcement_ruling"])]


def element_round_without_licence() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]
    docs = behind(docs, "online_inquiry_result", Doc("online_inquiry_result", note="again"))
    return [*docs, Doc("service_receipt", served=["summons"])]


def plans() -> list[Plan]:
    return [
        Plan("court_af_01_archive_notarial_goji_loan_paid", "court_af", "court_af",
             "银川兴庆法院执行贺兰山公证处赋予强制执行效力的借款合同公证书（枸杞商贸公司借款，附执行证书），和解后经黄河农商"
             "银行分两笔付清、执行完毕的归档卷宗（卷宗封面、卷内目录、卷宗复核表、备考表；身份证、执业证、票据贴在粘贴单上；"
             "档案外包A3平板两页并扫后软件切分：内侧残边、装订孔、手写卷宗页码、300dpi灰度）",
             "enforcement", "fully_performed", "archive", notarial_archive(), True, basis_kind="notarial", seq=SEQS[0]),
        Plan("court_af_02_resumption_appeal_winery_shop_paid", "court_af", "court_af",
             "终本后恢复执行（执恢）：银川中院二审酿酒葡萄买卖合同判决，申请人发现酒庄名下商业用房，经不动产登记中心查封后"
             "和解履行完毕的完整卷宗（原终本裁定、恢复执行申请书附原承办人意见、恢复执行裁定及通知书）",
             "resumption", "fully_performed", "closing", resumption_paid(), True, seq=SEQS[1]),
        Plan("court_af_03_element_judgment_halal_round_missing_licence", "court_af", "court_af",
             "金凤区法院要素式民事判决（清真食品公司诉餐饮公司货款，营业执照复印件作身份证明），终结本次执行程序的卷宗，"
             "律师所函称附执业证复印件而卷内缺律师执业证",
             "enforcement", "terminated_this_round", "closing", element_round_without_licence(), False, seq=SEQS[2]),
    ]
