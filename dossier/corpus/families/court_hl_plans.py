"""court_hl's three dossiers (青海省西宁市城东区人民法院执行局): a 石渠 yak-meat trader's judgment of the 四川省石渠县人民法院,
entrusted to this court by its 委托执行函 with its papers (judgment and 生效证明书, the application, the trader's
lawyer's papers, the 四川 fee slip); the 西宁 jerky maker settles in two instalments under a guarantor's 执行担保书
(his flat in 城东区, the 不动产权证书 copied behind it; his laminated ID card), pays, 执行完毕. A 祁连 herder knocked off
his motorbike by a haulier's truck enforces this court's 民事调解书 (its 生效证明书 behind it), his son acting for him
(the village committee's 亲属关系证明 in place of a lawyer's papers): the trucks all pledged and seized elsewhere,
限制消费 and 失信, the son heard, 终本, archived (cover, catalogue, 复核表, 备考表). A 藏毯 weaver's judgment against a
东关 hotel: the hotel settles out of court and the weaver withdraws, 终结执行 — filed without the 财产线索表."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_hl import HERD_SEQ, RUG_SEQ, YAK_SEQ

MISSING = "property_clue_form"
"""what the weaver's dossier lacks: its lawyer filed at the window with the hotel's account on the application itself
and never filled the 财产线索表; the window let it through and nobody asked again before the withdrawal"""


def yak_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != "payment_notice"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [Doc("transfer_statement"), *docs]
    docs = behind(docs, "settlement_agreement", Doc("settlement_agreement", note="guarantee"),
                  Doc("identity_proof", note="guarantor"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def herd_archive() -> list[Doc]:
    docs = [d for d in base_docs("terminated_this_round", "enforcement")
            if d.code not in ("law_firm_letter", "lawyer_license")]
    docs = behind(docs, "power_of_attorney", Doc("kinship_proof"))
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def rug_closing() -> list[Doc]:
    docs = [d for d in base_docs("terminated", "enforcement") if d.code != MISSING]
    return behind(docs, "assistance_notice", Doc("evidence"), Doc("interview_record"))


def plans() -> list[Plan]:
    return [
        Plan("court_hl_01_complete_entrusted_yak_meat_guarantee_paid", "court_hl", "court_hl",
             "城东法院受四川省石渠县人民法院委托执行（委托执行函、石渠法院民事判决书及生效证明书、申请执行书、律师手续、"
             "四川非税缴款书）：牦牛肉贩诉西宁牦牛肉食品公司货款，执行和解分两期付款，担保人出具执行担保书（房屋担保，"
             "不动产权证书复印件附后，塑封身份证），付清，执行完毕；窗口柜台阳光下手机拍摄卡证与表格，其余平板扫描",
             "enforcement", "fully_performed", "closing", yak_closing(), True, seq=YAK_SEQ),
        Plan("court_hl_02_complete_archive_herder_mediation_son_agent_terminated_this_round", "court_hl", "court_hl",
             "城东法院执行本院民事调解书（附生效证明书）：祁连牧民交通事故赔偿，其子代理（村委会亲属关系证明、公民代理"
             "授权委托书），运输公司货车均已抵押并被他院查封，限制消费、纳入失信，约谈代理人后终结本次执行程序；归档卷宗"
             "（封面、卷内目录、复核表、备考表）；窗口阳光下手机拍摄，其余平板扫描",
             "enforcement", "terminated_this_round", "archive", herd_archive(), True, basis_kind="mediation", seq=HERD_SEQ),
        Plan("court_hl_03_rug_weaver_withdrawn_terminated_missing_property_clue_form", "court_hl", "court_hl",
             "城东法院执行本院民事判决（藏毯公司诉东关酒店货款），双方执行外和解，申请执行人撤回申请，裁定终结执行；"
             "卷内缺被执行人财产线索表",
             "enforcement", "terminated", "closing", rug_closing(), False, seq=RUG_SEQ),
    ]
