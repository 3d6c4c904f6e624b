"""court_hp's three dossiers (山东省临沂市兰山区人民法院执行局): a freight line of the logistics city resumes its 2023
case against a one-man trading company (终本 then) when it finds the company's warehouse at 义堂 — the sole shareholder
added as respondent by ruling, the warehouse sold on the online judicial auction platform, the money paid out, 执行完毕;
a 小商品城 stall-keeper's judgment for goods against a trading company that has emptied itself — nothing found, 限制消费
and 失信, the stall-keeper heard, 终本, archived (cover, catalogue, 卷宗复核表, 备考表, the civil division's 生效证明书
behind the judgment); a 商贸 firm's judgment for 板材 against a building-materials company through a law firm — settled in
two instalments and paid, handed in without the 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hp import FREIGHT_SEQ, STALL_SEQ, TRADE_SEQ

MISSING = "service_address_confirmation"
"""what the 板材 dossier lacks: the firm filed the case through 山东法院电子诉讼服务网, where the lawyer confirmed the
service address on screen; the window printed the application, the judgment and the IDs from the upload for the paper
file, but nobody printed the address confirmation, which exists only in the online system"""


def freight_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != "settlement_agreement"]
    docs = behind(docs, "assistance_notice", Doc("enforcement_ruling", note="add"),
                  Doc("enforcement_ruling", note="auction"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def stall_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def trade_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_hp_01_complete_resumption_warehouse_auctioned_paid", "court_hp", "court_hp",
             "兰山法院恢复执行（执恢）：物流公司诉一人商贸公司运费判决，原案终本后申请人发现被执行人义堂仓库，裁定恢复执行，"
             "裁定追加唯一股东为被执行人，仓库网络司法拍卖成交，案款发放，执行完毕；当事人材料为手机扫描App图片，"
             "法院文书平板扫描",
             "resumption", "fully_performed", "closing", freight_closing(), True, seq=FREIGHT_SEQ),
        Plan("court_hp_02_complete_archive_stall_keeper_terminated_this_round", "court_hp", "court_hp",
             "兰山法院执行本院民事判决（小商品城摊主诉贸易公司货款，附民事审判庭生效证明书）：被执行人停业无财产，"
             "限制消费、纳入失信，约谈申请人后终结本次执行程序，归档卷宗（封面、卷内目录、卷宗复核表、备考表）",
             "enforcement", "terminated_this_round", "archive", stall_archive(), True,
             seq=STALL_SEQ),
        Plan("court_hp_03_board_trade_settled_missing_service_address", "court_hp", "court_hp",
             "兰山法院执行本院民事判决（商贸公司诉建材公司板材货款，律师代理网上立案），执行和解分两期付清，执行完毕；"
             "卷内缺送达地址确认书（仅在网上立案系统中确认，未打印入卷）",
             "enforcement", "fully_performed", "closing", trade_closing(), False, seq=TRADE_SEQ),
    ]
