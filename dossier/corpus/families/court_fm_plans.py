"""court_fm's three dossiers (四川省乐山市市中区人民法院执行局): a 沐川 cattle co-operative enforces this court's
judgment for beef and offal delivered to a 跷脚牛肉 restaurant company at 张公桥 (its account frozen, a settlement, paid,
执行完毕; archived with cover, catalogue, review form and remarks sheet, the civil division's 生效证明书 behind the
judgment); a sand-barge owner enforces an award of the 乐山仲裁委员会 for the barge's hire against a 大渡河 sand company
whose yard at 安谷 was cleared (nothing found, 限制消费 and 失信, the owner heard, 终本); a 峨眉山 tea grower enforces a
loan notarised as enforceable at the 凌云公证处 (公证书 with the notary's 执行证书) against a 钵钵鸡 shop's owner, who
settles and pays — the dossier handed in without the grower's 收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fm import BEEF_SEQ, SAND_SEQ, TEA_SEQ

MISSING = "payment_account_confirmation"
"""what the tea grower's dossier lacks: she gave her bank card number by telephone and the window never had her fill in
and sign the 收款账户确认书"""


def beef_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def sand_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def tea_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fm_01_complete_archive_beef_restaurant_judgment_paid", "court_fm", "court_fm",
             "市中区法院执行本院民事判决（沐川肉牛合作社诉张公桥跷脚牛肉餐饮公司货款，附民事审判庭生效证明书）：冻结账户后"
             "和解付清，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；旧馈纸扫描仪，无纠偏，整叠匆忙扫描",
             "enforcement", "fully_performed", "archive", beef_archive(), True, seq=BEEF_SEQ),
        Plan("court_fm_02_complete_sand_barge_award_terminated_this_round", "court_fm", "court_fm",
             "市中区法院执行乐山仲裁委员会裁决（运砂船租金，附仲裁委生效证明），大渡河砂石公司堆场已清理复绿、无财产可供执行，"
             "限制消费、纳入失信，约谈申请执行人后终结本次执行程序；旧馈纸扫描仪，无纠偏",
             "enforcement", "terminated_this_round", "closing", sand_closing(), True, basis_kind="arbitration",
             seq=SAND_SEQ),
        Plan("court_fm_03_tea_grower_notarial_loan_missing_account_confirmation", "court_fm", "court_fm",
             "市中区法院执行凌云公证处赋予强制执行效力的借款合同公证书及执行证书（峨眉山茶农借款给钵钵鸡店主），和解后付清；"
             "卷内缺申请执行人收款账户确认书",
             "enforcement", "fully_performed", "closing", tea_closing(), False, basis_kind="notarial", seq=TEA_SEQ),
    ]
