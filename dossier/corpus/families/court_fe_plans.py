"""court_fe's three dossiers (山东省威海市环翠区人民法院执行局): a 孙家疃 海参 co-operative enforces this court's 涉外 judgment
against a 韩国 buyer of its dried sea cucumber (his RMB account frozen, his exit restricted; he settles and pays, 执行完毕,
archived with cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the judgment); a 荣成
cold store enforces an award of the 威海仲裁委员会 for cold-storage charges against a Korean-owned 海带 and 海参 processor
whose owner went home (nothing left, 限制消费 and 失信, the applicant's lawyer heard, 终本); a 渔具 and rope works
enforces the 威海中院's appeal judgment against a 刘公岛 sightseeing-ferry company, which settles and pays out of the
spring season — handed in without the applicant's 收取案款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fe import COLD_SEQ, CUCUMBER_SEQ, FERRY_SEQ

MISSING = "payment_account_confirmation"
"""what the ferry dossier lacks: the rope works' accountant took the 收取案款账户确认书 home to stamp it and never
brought it back; the money went to the account named in the settlement, and nobody filed the form"""


def cucumber_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def cold_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def ferry_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fe_01_complete_archive_sea_cucumber_korean_buyer_paid", "court_fe", "court_fe",
             "环翠法院执行本院涉外民事判决（海参养殖合作社诉韩国籍买受人淡干海参货款，附民一庭生效证明书，被执行人护照"
             "复印件）：冻结存款、限制出境后和解履行，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；外包600dpi黑白"
             "扫描、电子卷宗网页导出的低分辨率页面",
             "enforcement", "fully_performed", "archive", cucumber_archive(), True, seq=CUCUMBER_SEQ),
        Plan("court_fe_02_complete_cold_store_award_korean_processor_terminated_this_round", "court_fe", "court_fe",
             "环翠法院执行威海仲裁委员会裁决（荣成冷链物流公司诉韩资海洋食品公司冷藏费，附仲裁委生效证明）：被执行人停产、"
             "韩籍法定代表人回国，无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；电子卷宗网页导出页面",
             "enforcement", "terminated_this_round", "closing", cold_closing(), True, basis_kind="arbitration",
             seq=COLD_SEQ),
        Plan("court_fe_03_rope_works_appeal_judgment_ferry_company_missing_account_confirmation", "court_fe", "court_fe",
             "环翠法院执行威海中院二审民事判决（渔具绳网公司诉刘公岛海上旅游客运公司缆绳、护舷货款），和解分期履行完毕；"
             "卷内缺申请执行人收取案款账户确认书",
             "enforcement", "fully_performed", "closing", ferry_closing(), False, seq=FERRY_SEQ),
    ]
