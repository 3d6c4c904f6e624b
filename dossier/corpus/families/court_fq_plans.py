"""court_fq's three dossiers (山西省长治市潞州区人民法院执行局): a 上党 vinegar and 沁州黄 millet wholesaler enforces an
award of the 长治仲裁委员会 against a supermarket chain that stopped paying for goods — its account frozen, it settles
and pays the whole sum in, 执行完毕, archived as a volume (cover and catalogue first, the committee's 生效证明 behind the
award, review form and remarks sheet last); a coal mine's subcontracted crew's leader enforces this court's judgment
for the crew's 劳务费 against a labour-service company with nothing left (searched, 限制消费, 失信, the applicant heard,
终本); a landlord enforces a notarised repayment agreement for rent against a 砂锅刀削面 restaurant's owner, who pays
in three instalments — filed without the notary's 执行证书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fq import COLLIERY_SEQ, NOODLE_SEQ, VINEGAR_SEQ

MISSING = "effectiveness_certificate"
"""what the landlord's dossier lacks: he brought the notarised 还款协议 (公证书) to the window but not the 执行证书 the
notary issues when the debtor defaults — the one paper that makes a notarised debt enforceable — and the window took
the filing without it"""


def vinegar_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def colliery_closing() -> list[Doc]:
    return [*base_docs("terminated_this_round", "enforcement"), Doc("service_receipt", served=["summons"])]


def noodle_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def plans() -> list[Plan]:
    return [
        Plan("court_fq_01_complete_archive_vinegar_award_supermarket_paid", "court_fq", "court_fq",
             "潞州法院执行长治仲裁委员会裁决（醋业粮油公司诉连锁超市货款，附仲裁委生效证明）：冻结超市账户后和解、一次交清，"
             "执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；针式打印机套打的文书，灰度平板扫描",
             "enforcement", "fully_performed", "archive", vinegar_archive(), True, basis_kind="arbitration", seq=VINEGAR_SEQ),
        Plan("court_fq_02_complete_colliery_crew_wages_terminated_this_round", "court_fq", "court_fq",
             "潞州法院执行本院民事判决（煤矿井下劳务班组长诉矿山劳务公司劳务费），查控无财产、实地调查人去楼空，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；针式打印机套打的文书，灰度平板扫描",
             "enforcement", "terminated_this_round", "closing", colliery_closing(), True, seq=COLLIERY_SEQ),
        Plan("court_fq_03_noodle_shop_rent_instalments_missing_execution_certificate", "court_fq", "court_fq",
             "潞州法院执行公证债权文书（房东诉砂锅刀削面馆经营者欠租），分期和解、三期付清；卷内缺公证处出具的执行证书",
             "enforcement", "fully_performed", "closing", noodle_closing(), False, basis_kind="notarial", seq=NOODLE_SEQ),
    ]
