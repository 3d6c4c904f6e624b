"""court_eu's three dossiers (贵州省安顺市西秀区人民法院执行局): a 蜡染 workshop enforces the court's own judgment against a
黄果树 souvenir company (account frozen, settled, paid through the court, archived); a 屯堡 inn's cook enforces a wages
award of the 西秀区劳动人事争议仲裁委员会 against the shut inn (nothing found, 限制消费 and 失信, 终本); a 辣椒 dealer
enforces a judgment for dried pepper against a hot-pot seasoning works, which settles and pays — the volume handed in
without the lawyer's 执业证 copy."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_eu import BATIK_SEQ, INN_SEQ, PEPPER_SEQ

MISSING = "lawyer_license"
"""what the defective pepper dossier lacks: the lawyer showed his 执业证 at the window but no copy was made for the
volume, so the checklist's 律师执业证复印件 is not there"""


def batik_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def inn_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def pepper_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_eu_01_complete_archive_batik_goods_judgment_paid", "court_eu", "court_eu",
             "西秀法院执行本院民事判决（蜡染工艺品买卖合同，蜡染公司诉黄果树旅游商品公司，附生效证明书）：冻结存款，和解后交款，"
             "案款发放，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；大小票据平板扫描成A4",
             "enforcement", "fully_performed", "archive", batik_archive(), True, seq=BATIK_SEQ),
        Plan("court_eu_02_complete_inn_wages_award_terminated_this_round", "court_eu", "court_eu",
             "西秀法院执行西秀区劳动人事争议仲裁委员会工资裁决（屯堡民宿厨师诉民宿客栈公司，附生效证明），民宿停业无财产，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；大小票据平板扫描成A4",
             "enforcement", "terminated_this_round", "closing", inn_closing(), True, basis_kind="arbitration",
             seq=INN_SEQ),
        Plan("court_eu_03_pepper_trade_judgment_paid_missing_lawyer_license", "court_eu", "court_eu",
             "西秀法院执行本院民事判决（干辣椒买卖合同，辣椒经销户诉火锅底料公司），和解后付清，执行完毕；卷内缺律师执业证复印件",
             "enforcement", "fully_performed", "closing", pepper_closing(), False, seq=PEPPER_SEQ),
    ]
