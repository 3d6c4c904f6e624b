"""court_jg's three dossiers (河北省石家庄市桥西区人民法院执行局): a 新石中路 fabric wholesaler enforces a
石家庄仲裁委员会 award for 面料货款 against a garment company — its 河北银行 account found by the 查控 system, frozen and
deducted, the money paid out, 执行完毕, archived (cover, catalogue, review form, remarks sheet; the commission's
生效证明书 behind the award); a retired mill worker enforces this court's 民事调解书 against the decoration company that
took her prepayment and shut its 中华南大街 shop — the shop visited, nothing found, 限制消费 and 失信, she is heard, 终本;
a 振头 building-materials dealer enforces this court's judgment against a 赞皇 contractor — nothing in his name, the
pickup truck registered to his wife, the project's money not yet due, 终本 — filed without any 调查笔录: the dealer's clue
(the truck, the project) was checked only by telephone and by the 查控 system, and no record of the check was made."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_jg import BRICK_SEQ, CLOTH_SEQ, DECOR_SEQ

MISSING = "investigation_record"
"""what the contractor's dossier lacks: the 调查笔录 checking the applicant's clues (the truck, the project's money)"""


def cloth_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def decor_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def brick_closing() -> list[Doc]:
    return [d for d in base_docs("terminated_this_round", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_jg_01_complete_archive_fabric_award_account_deducted", "court_jg", "court_jg",
             "桥西法院执行石家庄仲裁委员会裁决（面料批发公司诉服饰公司货款，附仲裁委生效证明书）：网络查控发现被执行人河北银行"
             "账户存款，冻结、扣划，案款发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；材料经河北法院电子诉讼平台"
             "上传、电子送达后打印入卷，平台降采样压缩、转灰度并加印上传信息行，激光打印后200dpi灰度扫描",
             "enforcement", "fully_performed", "archive", cloth_archive(), True, basis_kind="arbitration", seq=CLOTH_SEQ),
        Plan("court_jg_02_complete_decoration_mediation_terminated_this_round", "court_jg", "court_jg",
             "桥西法院执行本院民事调解书（退休职工诉装饰工程公司返还装修预付款），门店已停业，实地调查无财产，限制消费、"
             "纳入失信，约谈申请执行人后终结本次执行程序；平台打印件激光打印后灰度扫描",
             "enforcement", "terminated_this_round", "closing", decor_closing(), True, basis_kind="mediation", seq=DECOR_SEQ),
        Plan("court_jg_03_building_materials_judgment_terminated_missing_investigation_record", "court_jg", "court_jg",
             "桥西法院执行本院民事判决（振头建材商店经营者诉赞皇包工头建材货款），查控无财产，皮卡车登记在其妻名下，"
             "工程款未到期，限消、失信、约谈后终本；卷内缺核查申请人财产线索的调查笔录",
             "enforcement", "terminated_this_round", "closing", brick_closing(), False, seq=BRICK_SEQ),
    ]
