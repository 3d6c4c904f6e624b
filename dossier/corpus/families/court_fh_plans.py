"""court_fh's three dossiers (内蒙古自治区乌海市海勃湾区人民法院执行局, volumes of 2016–2018, scanned back from the
microfilm): a 千里山镇 grape growers' cooperative enforces this court's own judgment for wine grapes against a winery
company (its account at 乌海银行 frozen, settled out of the frozen money, 执行完毕, archived with cover, catalogue,
review form and remarks sheet, the civil division's 生效证明书 behind the judgment); a coal-truck owner enforces an
award of the 乌海仲裁委员会 for haulage against a coking plant shut in the clean-up of small coke ovens (nothing
left, 限制消费 and 失信, the trucker heard, 终本); a micro-lender enforces a notarised loan with the notary's 执行证书
against the owner of a 乌海湖 water-sports business, who settles and pays — handed in without the applicant's
收取执行款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fh import COKE_SEQ, GRAPE_SEQ, LAKE_SEQ

MISSING = "payment_account_confirmation"
"""what the lender's dossier lacks: its lawyer said the account was "the same as in the loan contract" and never
filled in the window's 收取执行款确认书; the money went out on a phone call noted in the approval form"""


def grape_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("file_review_form"), Doc("remarks_sheet")]


def coke_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def lake_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fh_01_complete_archive_grape_coop_winery_paid", "court_fh", "court_fh",
             "海勃湾法院执行本院民事判决（千里山镇葡萄种植合作社诉葡萄酒业公司酿酒葡萄货款，附民一庭生效证明书）：冻结乌海银行"
             "账户后和解以冻结款清偿，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；缩微胶片扫描件",
             "enforcement", "fully_performed", "archive", grape_archive(), True, seq=GRAPE_SEQ),
        Plan("court_fh_02_complete_arbitration_coal_haulage_coking_plant_terminated_this_round", "court_fh", "court_fh",
             "海勃湾法院执行乌海仲裁委员会运费裁决（附送达及生效证明），焦化厂在整治中关停无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；缩微胶片扫描件",
             "enforcement", "terminated_this_round", "closing", coke_closing(), True, basis_kind="arbitration",
             seq=COKE_SEQ),
        Plan("court_fh_03_notarial_loan_lake_business_settled_missing_account_confirmation", "court_fh", "court_fh",
             "海勃湾法院执行海勃湾公证处赋予强制执行效力的借款合同公证书（附执行证书），乌海湖水上游乐经营者和解付清；"
             "卷内缺申请执行人收取执行款确认书；缩微胶片扫描件",
             "enforcement", "fully_performed", "closing", lake_closing(), False, basis_kind="notarial", seq=LAKE_SEQ),
    ]
