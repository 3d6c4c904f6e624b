"""court_fz's three dossiers (广东省中山市第一人民法院执行局): a 古镇 lighting factory enforces this court's judgment
against a Hong Kong trading company — its lamps seized in a 中山港 forwarder's warehouse, its solicitors write from
Hong Kong, it settles and remits the whole sum, 执行完毕, archived with cover, catalogue, review form and remarks sheet
(the civil division's 生效证明书 behind the judgment; the company's notarised and conveyed 授權委託書, 公司註冊證明書 /
商業登記證 and the solicitors' letter filed behind its identity papers); a 小榄 lock maker enforces a 中山仲裁委员会
award against a shut 大涌 redwood furniture company (the arbitration commission's 生效证明 behind the award): nothing
found, 限制消费 and 失信, the applicant's lawyer heard, 终本; a Macau resident enforces this court's loan judgment
against a 石岐 乳鸽 restaurant's owner, who settles and pays — handed in without the 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fz import LAMP_SEQ, LOCK_SEQ, PIGEON_SEQ

MISSING = "service_address_confirmation"
"""what the Macau resident's dossier lacks: she gave her Macau address on the application and her lawyer promised to
bring the signed 送达地址确认书 with the mainland address for service; it never came back to the counter"""


def lamp_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    respondent_id = next(i for i, d in enumerate(docs) if d.code == "identity_proof" and d.note == "respondent")
    hk = [Doc("power_of_attorney", note="respondent"), Doc("law_firm_letter", note="respondent")]
    docs = [*docs[:respondent_id + 1], *hk, *docs[respondent_id + 1:], Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def lock_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def pigeon_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fz_01_complete_archive_guzhen_lamps_hong_kong_buyer_paid", "court_fz", "court_fz",
             "中山一院执行本院民事判决（古镇灯饰公司诉香港贸易公司买卖合同，附民二庭生效证明书）：查封被执行人存放中山港"
             "仓库的灯具，香港律师行致函，被执行人委托代表（授权委托书经中国委托公证人公证、转递）签订和解协议并自香港汇付"
             "全部款项，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；诉讼服务中心西窗柜台手机拍照",
             "enforcement", "fully_performed", "archive", lamp_archive(), True, seq=LAMP_SEQ),
        Plan("court_fz_02_complete_xiaolan_locks_arbitration_dachong_redwood_terminated_this_round", "court_fz", "court_fz",
             "中山一院执行中山仲裁委员会裁决（小榄锁业公司诉大涌红木家具公司货款，附仲裁委生效证明）：家具厂停产、厂房转租"
             "沙溪服装厂，无财产可供执行，限制消费、纳入失信，约谈申请人代理人后终结本次执行程序；西窗柜台手机拍照",
             "enforcement", "terminated_this_round", "closing", lock_closing(), True, basis_kind="arbitration",
             seq=LOCK_SEQ),
        Plan("court_fz_03_macau_lender_shiqi_pigeon_restaurant_settled_missing_service_address", "court_fz", "court_fz",
             "中山一院执行本院民事判决（澳门居民诉石岐乳鸽餐馆经营者民间借贷），执行和解、分期付清；卷内缺送达地址确认书",
             "enforcement", "fully_performed", "closing", pigeon_closing(), False, seq=PIGEON_SEQ),
    ]
