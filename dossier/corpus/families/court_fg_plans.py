"""court_fg's three dossiers (河南省信阳市浉河区人民法院执行局), all filed through the online filing platform: a 毛尖
growers' cooperative of 浉河港 enforces an award of 信阳仲裁委员会 for spring tea sold to a 羊山 tea company (account
frozen, settlement, paid in full — 执行完毕, archived with cover, catalogue, review form and remarks sheet, the award's
生效证明 behind it); a 光山 worker enforces 信阳中院's appeal judgment for the refund of an overseas-placement fee
against a labour-export agency that has moved out (nothing found, 限制消费 and 失信, the worker heard — 终本); a
南湾湖 fishery enforces this court's mediation against a 信阳菜 restaurant's owner, who settles and pays — but its
收款账户确认书 never reached the dossier."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fg import FISH_SEQ, LABOUR_SEQ, TEA_SEQ

MISSING = "payment_account_confirmation"
"""what the fishery's dossier lacks: its lawyer uploaded the 收款账户确认书 as an old .et spreadsheet the platform's
converter could not open; the upload was dropped without a page, and nobody asked for it again before closing"""


def tea_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def labour_closing() -> list[Doc]:
    return base_docs("terminated_this_round", "enforcement")


def fish_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fg_01_complete_archive_maojian_tea_award_paid", "court_fg", "court_fg",
             "浉河法院执行信阳仲裁委员会裁决（毛尖茶叶专业合作社诉茶业公司茶叶货款，附仲裁委生效证明）：冻结账户、执行和解后"
             "付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；网上立案材料经平台转换（替代字体、缺字方框、"
             "手机照片未按EXIF旋转）",
             "enforcement", "fully_performed", "archive", tea_archive(), True, basis_kind="arbitration", seq=TEA_SEQ),
        Plan("court_fg_02_complete_labour_export_refund_terminated_this_round", "court_fg", "court_fg",
             "浉河法院执行信阳中院二审判决（出国劳务服务费返还），劳务公司人去楼空无财产可供执行，限制消费、纳入失信，"
             "约谈申请执行人后终结本次执行程序；网上立案材料经平台转换",
             "enforcement", "terminated_this_round", "closing", labour_closing(), True, seq=LABOUR_SEQ),
        Plan("court_fg_03_nanwan_fish_mediation_settled_missing_account_confirmation", "court_fg", "court_fg",
             "浉河法院执行本院民事调解书（南湾湖水产公司诉信阳菜馆经营者鲜鱼货款），执行和解后付清；卷内缺申请执行人收取案款"
             "确认书（上传文件未能转换）",
             "enforcement", "fully_performed", "closing", fish_closing(), False, basis_kind="mediation", seq=FISH_SEQ),
    ]
