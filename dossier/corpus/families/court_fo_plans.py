"""court_fo's three dossiers (黑龙江省鸡西市鸡冠区人民法院执行局): a 恒山 graphite works enforces the 鸡西市中级人民法院's
appeal judgment (this court's civil division's 生效证明书 behind it) for 鳞片石墨 against a 鸡冠区 trading company, which
settles and pays — 执行完毕, archived with cover, catalogue, review form and remarks sheet; a 虎林 border-trade company
enforces a 鸡西仲裁委员会 award for Russian flour and oil against a market shop company shut since the winter —
nothing found, 限制消费 and 失信, the applicant's lawyer heard, 终本; a 兴凯湖 fisherman enforces a notarised loan (the
鸡冠公证处's 公证书 with its 执行证书) against a fish-restaurant owner who pays — handed in without the 收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fo import BORDER_SEQ, FISH_SEQ, GRAPHITE_SEQ

MISSING = "payment_account_confirmation"
"""what the fisherman's dossier lacks: he came to the window in the 冬捕 season without his bank card, was told to bring
the 收款账户确认书 later, and the money went to his lawyer's letter's account note instead — the form never came"""


def graphite_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def border_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def fish_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fo_01_complete_archive_graphite_appeal_paid", "court_fo", "court_fo",
             "鸡冠区法院执行鸡西市中级人民法院二审民事判决（石墨制品公司诉新材料贸易公司鳞片石墨货款，附本院生效证明书）："
             "冻结账户后和解并付清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；扫描仪纸张尺寸设错，A4页底部被裁",
             "enforcement", "fully_performed", "archive", graphite_archive(), True, seq=GRAPHITE_SEQ),
        Plan("court_fo_02_complete_border_trade_award_terminated_this_round", "court_fo", "court_fo",
             "鸡冠区法院执行鸡西仲裁委员会裁决（虎林边贸公司诉俄罗斯商品商贸公司货款，附裁决书生效证明），店铺停业无财产可供"
             "执行，限制消费、纳入失信，约谈后终结本次执行程序；扫描仪纸张尺寸设错，A4页底部被裁",
             "enforcement", "terminated_this_round", "closing", border_closing(), True, basis_kind="arbitration",
             seq=BORDER_SEQ),
        Plan("court_fo_03_notarised_fish_loan_paid_missing_account_confirmation", "court_fo", "court_fo",
             "鸡冠区法院执行鸡冠公证处赋强公证债权文书（兴凯湖渔民诉鱼馆经营者借款，附执行证书），和解后付清；卷内缺申请执行人"
             "收款账户确认书",
             "enforcement", "fully_performed", "closing", fish_closing(), False, basis_kind="notarial", seq=FISH_SEQ),
    ]
