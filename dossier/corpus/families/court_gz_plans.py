"""court_gz's three dossiers (重庆市万州区人民法院执行局), each enforcing the civil part of a 刑事附带民事判决书 of the
court's own criminal tribunal against a man serving his sentence in a 重庆 prison:

- a diner glassed at a 烤鱼 stall files in person on the window's forms; the prison certifies the man's term, the
  officers question him at 三合监狱, his father settles for most of the sum, 执行完毕 — archived (cover, catalogue,
  the tribunal's 生效证明书 behind the judgment, review form, remarks sheet);
- a retired 格格 seller defrauded over a job for her son, represented by a 万州 lawyer; 永川监狱's certificate, the
  questioning at the prison, the wife pays a little, nothing else found — 限制消费, 失信, the victim heard, 终本;
- an old 棒棒 beaten on the 二马路 steps, his son filing for him with a citizen's power of attorney; 渝都监狱's letter,
  the mother pays a part and a frozen account the rest — 执行完毕, but the son never brought the 户口簿 page or a
  community certificate that shows he is the porter's son."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gz import FISH_SEQ, FRAUD_SEQ, PORTER_SEQ

MISSING = "kinship_proof"
"""what the porter's dossier lacks: the proof that the agent who filed is the victim's son (户口簿 or 社区证明)"""

LAWYER_PAPERS = ("power_of_attorney", "law_firm_letter", "lawyer_license")


def _prison_papers(docs: list[Doc]) -> list[Doc]:
    """The prison's certificate and the questioning at the prison, filed behind the bank and prison requests."""
    docs = behind(docs, "assistance_notice", Doc("evidence"))
    if not any(d.code == "investigation_record" for d in docs):
        docs = behind(docs, "evidence", Doc("investigation_record"))
    return docs


def fish_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in LAWYER_PAPERS]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = _prison_papers(docs)
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def fraud_closing() -> list[Doc]:
    docs = _prison_papers(base_docs("terminated_this_round", "enforcement"))
    return behind(docs, "dishonest_list_decision", Doc("payment_voucher"))


def porter_closing() -> list[Doc]:
    drop = ("law_firm_letter", "lawyer_license", "settlement_agreement")
    return _prison_papers([d for d in base_docs("fully_performed", "enforcement") if d.code not in drop])


def plans() -> list[Plan]:
    return [
        Plan("court_gz_01_complete_archive_fish_stall_assault_father_settles", "court_gz", "court_gz",
             "万州法院执行本院刑事附带民事判决（烤鱼摊酒后持啤酒瓶伤人，被害人本人到窗口手填申请）：被执行人在重庆市三合"
             "监狱服刑（服刑证明、监狱询问笔录），其父代为履行和解款，执行完毕；归档卷宗（封面、卷内目录、刑庭生效证明书、"
             "复核表、备考表）；自动颜色识别、自动方向识别误判的馈纸扫描仪扫描",
             "enforcement", "fully_performed", "archive", fish_archive(), True, seq=FISH_SEQ),
        Plan("court_gz_02_complete_job_fraud_prisoner_terminated_this_round", "court_gz", "court_gz",
             "万州法院执行本院刑事附带民事判决（以介绍工作为名诈骗退休老人，律师代理）：被执行人在重庆市永川监狱服刑"
             "（在押证明、监狱询问笔录），其妻代付少量赔偿，无其他财产；限制消费、纳入失信、约谈申请人后终结本次执行程序；"
             "自动颜色识别、自动方向识别误判的馈纸扫描仪扫描",
             "enforcement", "terminated_this_round", "closing", fraud_closing(), True, seq=FRAUD_SEQ),
        Plan("court_gz_03_porter_assault_son_files_missing_kinship_proof", "court_gz", "court_gz",
             "万州法院执行本院刑事附带民事判决（棒棒被殴致肋骨骨折，其子持公民代理授权委托书代为申请）：被执行人在重庆市"
             "渝都监狱服刑（监狱复函、询问笔录），其母代付一部分，扣划其存款付清，执行完毕；卷内缺代理人与申请人亲属关系证明",
             "enforcement", "fully_performed", "closing", porter_closing(), False, seq=PORTER_SEQ),
    ]
