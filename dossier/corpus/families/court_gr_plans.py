"""court_gr's three dossiers (贵州省毕节市七星关区人民法院执行局), each a migrant worker's wage award of the
七星关区劳动人事争议仲裁委员会 against a construction labour subcontractor, the worker represented by a lawyer the
七星关区法律援助中心 assigned: a 钢筋工 from 纳雍 whose subcontractor pays the whole sum into the court's account once its
bank account is frozen (执行完毕, archived with cover, catalogue, review form and remarks sheet); a 模板工 from 赫章
whose subcontractor has left its office (nothing found, 限制消费 and 失信, the worker heard, 终本); a 砌筑工 from 威宁
whose subcontractor settles at its site office and pays in two instalments — the commission's 生效证明 never came."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gr import GONE_SEQ, PAID_SEQ, SPLIT_SEQ

MISSING = "effectiveness_certificate"
"""what the 砌筑工's dossier lacks: the centre faxed the award over, the window asked for the commission's 生效证明,
the lawyer promised to fax it on, and it never came"""


def _with_certificate(method: str) -> list[Doc]:
    return behind(base_docs(method, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def paid_archive() -> list[Doc]:
    docs = [d for d in _with_certificate("fully_performed") if d.code != "settlement_agreement"]
    docs = [*docs, Doc("service_receipt", served=["payment_notice"]), Doc("service_receipt", served=["closing_notice"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def gone_closing() -> list[Doc]:
    return _with_certificate("terminated_this_round")


def split_closing() -> list[Doc]:
    return base_docs("fully_performed", "enforcement")


def plans() -> list[Plan]:
    return [
        Plan("court_gr_01_complete_archive_rebar_wage_paid_into_court", "court_gr", "court_gr",
             "七星关法院执行七星关区劳动人事争议仲裁委员会欠薪裁决（钢筋工诉建筑劳务分包公司，法律援助中心指派律师，"
             "裁决书及生效证明为传真件）：冻结账户后被执行人将全部款项汇入法院执行款专户，转付申请执行人，执行完毕，"
             "归档卷宗（封面、卷内目录、卷宗复核表、备考表）；收来的文书多为传真件，本院文书灰度平板扫描",
             "enforcement", "fully_performed", "archive", paid_archive(), True, basis_kind="arbitration", seq=PAID_SEQ),
        Plan("court_gr_02_complete_formwork_wage_subcontractor_gone_terminated_this_round", "court_gr", "court_gr",
             "七星关法院执行欠薪仲裁裁决（模板工诉已人去楼空的劳务分包公司，法律援助中心指派律师）：查控无财产，"
             "实地调查，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；传真件与平板扫描",
             "enforcement", "terminated_this_round", "closing", gone_closing(), True, basis_kind="arbitration",
             seq=GONE_SEQ),
        Plan("court_gr_03_masonry_wage_settled_missing_effectiveness_certificate", "court_gr", "court_gr",
             "七星关法院执行欠薪仲裁裁决（砌筑工诉劳务分包公司），项目部达成和解、分两期汇入法院专户后执行完毕；"
             "卷内缺仲裁委员会的生效证明",
             "enforcement", "fully_performed", "closing", split_closing(), False, basis_kind="arbitration", seq=SPLIT_SEQ),
    ]
