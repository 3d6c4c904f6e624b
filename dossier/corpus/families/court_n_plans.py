"""court_n's three dossiers, old paper volumes of 2020 digitised by an archive service: two complete (a 执恢 case
resumed after a 2019 终本 on the applicant's clue of a car, the car seized, settled and paid, at closing; the 刑事审判庭's
transfer of a 诈骗 judgment's 罚金 and 退赔, ended by 终结执行 when the convict died in prison without estate, archived
with 卷皮, 目录, 复核表 and 备考表) and one defective (a 终本 on a 济南中院 appeal judgment handed in for closing
without the 调查笔录 of the respondent's manager: the 约谈 of the applicant is on file, the investigation is not)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def resumed_and_paid() -> list[Doc]:
    """执恢 after a 终本: the application names the car, the car is sealed up, the respondent settles and pays."""
    docs = base_docs("fully_performed", "resumption")
    docs = behind(docs, "assistance_notice", Doc("investigation_record", note="seizure"))
    docs = behind(docs, "payment_voucher", Doc("payment_voucher", note="out"))
    return [*docs, Doc("service_receipt", served=["resumption_ruling", "resumption_notice"]),
            Doc("service_receipt", served=["closing_notice"])]


def criminal_transfer_archive() -> list[Doc]:
    """移送执行 by the 刑事审判庭, 终结执行 on the convict's death; archive order around it."""
    docs = [d for d in base_docs("terminated", "transfer") if d.code != "payment_notice"]  # no fee on a transfer
    docs = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="bank"), Doc("investigation_record"),
                  Doc("evidence"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def round_without_investigation() -> list[Doc]:
    """终本 on a 济南中院 judgment whose 调查笔录 never reached the file."""
    docs = [d for d in base_docs("terminated_this_round", "enforcement") if d.code != "investigation_record"]
    docs = behind(docs, "assistance_notice", Doc("assistance_notice", note="bank"))
    docs = behind(docs, "interview_record", Doc("online_inquiry_result", note="again"))
    return [*docs, Doc("service_receipt", served=["summons"])]


def plans() -> list[Plan]:
    return [
        Plan("court_n_01_complete_resumption_fully_performed", "court_n", "court_n",
             "济南历下法院恢复执行完毕的完整卷宗（2019年终本后申请执行人提供车辆线索，执恢立案、查封车辆、和解履行；"
             "档案数字化：号码机页码、订书钉锈迹、复印件多代翻印、针式打印收据与法院专递详情单）",
             "resumption", "fully_performed", "closing", resumed_and_paid(), True, seq=56),
        Plan("court_n_02_complete_archive_criminal_transfer_terminated", "court_n", "court_n",
             "济南历下法院刑事裁判涉财产部分执行归档卷宗（刑事审判庭移送执行函、移送执行表、财产状况表、刑事判决书及生效证明；"
             "被执行人服刑期间死亡无遗产，终结执行；手写卷皮、卷内目录、复核表、备考表）",
             "transfer", "terminated", "archive", criminal_transfer_archive(), True, basis_kind="criminal", seq=3187),
        Plan("court_n_03_missing_investigation_record", "court_n", "court_n",
             "济南历下法院终本卷宗（申请执行济南中院二审判决），缺被执行人调查笔录",
             "enforcement", "terminated_this_round", "closing", round_without_investigation(), False, seq=2764),
    ]
