"""court_ib's three dossiers (湖南省张家界市永定区人民法院执行局): a woman who says she bought a 民宿 under 天门山 before
this court seized it in another case objects as a case outsider — her application, the contract, the bank's record of
her transfers and the original seizure ruling, a site visit, a hearing, the objection rejected by ruling (执异, closing);
a travel agency's judgment against a coach company, 终本 last year, resumed on a coach registered to the company's new
武陵源 branch, the coach seized and sold, the money paid out, 执行完毕, archived with cover, catalogue, review form and
remarks sheet (the civil division's 生效证明书 behind the judgment); a 湘西 tea-oil maker enforces this court's sales
judgment against a 三下锅 restaurant chain, its deposits frozen and deducted and paid out — handed in without the
申请执行人收取案款确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_ib import COACH_SEQ, HOMESTAY_SEQ, TEAOIL_SEQ

MISSING = "payment_account_confirmation"
"""what the tea-oil maker's dossier lacks: its lawyer from 吉首 put the company's account in the application and never
filled in the window's 收取案款确认书; the money went to the account the application named"""


def homestay_closing() -> list[Doc]:
    return [Doc("objection_application"), Doc("identity_proof"), Doc("power_of_attorney"), Doc("law_firm_letter"),
            Doc("lawyer_license"), Doc("evidence"), Doc("identity_proof", note="respondent"),
            Doc("service_address_confirmation"), Doc("acceptance_notice"), Doc("summons"),
            Doc("service_receipt", served=["acceptance_notice", "summons"]), Doc("investigation_record"),
            Doc("interview_record"), Doc("enforcement_ruling"), Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("closing_approval_form")]


def coach_archive() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "resumption") if d.code != "settlement_agreement"]
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("investigation_record"), Doc("enforcement_ruling", note="sale"))
    docs.append(Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def teaoil_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code not in ("settlement_agreement", MISSING)]
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def plans() -> list[Plan]:
    return [
        Plan("court_ib_01_complete_homestay_objection_rejected", "court_ib", "court_ib",
             "永定区法院执行异议案：案外人称查封前已购买天门山下的民宿，提交买卖合同、转账记录和原查封执行裁定书；现场调查、"
             "听证后裁定驳回异议。收文章、打码机页号、骑缝章、涂改液；办公室馈纸扫描仪灰度扫描",
             "objection", "rejected", "closing", homestay_closing(), True, seq=HOMESTAY_SEQ),
        Plan("court_ib_02_complete_archive_coach_resumed_sold", "court_ib", "court_ib",
             "永定区法院恢复执行案（旅行社诉旅游客运公司包车合同判决，原案终本）：申请人发现客车登记在被执行人武陵源分公司"
             "名下，恢复执行后扣押、变卖，案款发放，执行完毕，归档卷宗（封面、卷内目录、卷宗复核表、备考表，生效证明书附判决后）",
             "resumption", "fully_performed", "archive", coach_archive(), True, seq=COACH_SEQ),
        Plan("court_ib_03_teaoil_deposits_deducted_missing_payment_account", "court_ib", "court_ib",
             "永定区法院执行本院买卖合同判决（湘西山茶油公司诉三下锅餐饮连锁公司），冻结扣划存款后发放，执行完毕；"
             "卷内缺申请执行人收取案款确认书",
             "enforcement", "fully_performed", "closing", teaoil_closing(), False, seq=TEAOIL_SEQ),
    ]
