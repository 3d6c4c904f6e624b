"""court_fd's three dossiers (云南省玉溪市红塔区人民法院执行局): a haulier that carries 滤棒 and 接装纸 to the 卷烟厂
enforces an award of 玉溪仲裁委员会 (with the commission's 送达及生效证明 behind it) against the 烟用材料 maker that owes it
freight — an account frozen, a settlement, the money paid in and out, 执行完毕, archived with cover, catalogue, review
form and remarks sheet; a 抚仙湖 guesthouse keeper enforces a judgment of 澄江市人民法院 (with its 生效证明书) against a
化石研学 tour company that has folded — nothing found, 限制消费 and 失信, the keeper heard, 终本; a rose grower enforces
this court's 民事调解书 against the 花商 who sold his roses at 斗南 — the dealer settles and pays the grower directly, and
the grower never filled in the 收取执行款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_fd import FLOWER_SEQ, FOSSIL_SEQ, FREIGHT_SEQ

MISSING = "payment_account_confirmation"
"""what the rose grower's dossier lacks: the dealer paid him by WeChat transfer under the settlement, so nobody asked
him at the window for the account confirmation, and the clerk's 便利贴 asking for it is still on the application"""


def freight_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def fossil_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))


def flower_closing() -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_fd_01_complete_archive_cigarette_freight_award_paid", "court_fd", "court_fd",
             "红塔法院执行玉溪仲裁委员会裁决（货运公司诉烟用材料公司运费，附裁决书送达及生效证明）：冻结账户后执行和解、"
             "款项交至执行款专户并发放，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表）；法官书记员阅卷标记后"
             "彩色平板扫描，部分手机拍照",
             "enforcement", "fully_performed", "archive", freight_archive(), True, basis_kind="arbitration",
             seq=FREIGHT_SEQ),
        Plan("court_fd_02_complete_fuxian_inn_fossil_tour_terminated_this_round", "court_fd", "court_fd",
             "红塔法院执行澄江市人民法院民事判决（抚仙湖客栈经营者诉化石研学旅行公司住宿餐饮费，附生效证明书）：公司停业、"
             "客车被收回，无财产可供执行，限制消费、纳入失信，约谈申请执行人后终结本次执行程序；阅卷标记、便利贴、夹子阴影",
             "enforcement", "terminated_this_round", "closing", fossil_closing(), True, seq=FOSSIL_SEQ),
        Plan("court_fd_03_rose_grower_mediation_settled_missing_account_confirmation", "court_fd", "court_fd",
             "红塔法院执行本院民事调解书（鲜花种植户诉花商玫瑰货款），执行和解后被执行人直接付清；卷内缺申请执行人收取执行款"
             "账户确认书",
             "enforcement", "fully_performed", "closing", flower_closing(), False, basis_kind="mediation", seq=FLOWER_SEQ),
    ]
