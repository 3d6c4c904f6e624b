"""court_r's three dossiers from 呼和浩特市新城区法院's enforcement bureau: two complete (the 四子王旗 court's judgment for
a feed company against a herder of that banner, filed here where his flat stands, his sheep and cattle found to be
what his family lives on — the 嘎查's certificate filed behind the 调查笔录 — and 终本 at closing; 呼和浩特仲裁委员会's
award with its 生效证明 for a Mongolian woman who reads only Mongolian, against the company renting her shop, her son
signing for her on the 嘎查's certificate, settled in two sums through the court's account and archived) and one
defective (a 公证债权文书 with its 执行证书 against a 新城区 woman, 终本 handed in for closing without the 限制消费令:
issued in the system and served — its 送达回证 is in the dossier — but the order itself never printed and filed)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind


def herder_round() -> list[Doc]:
    """四子王旗 judgment, flat in 新城区, livestock left to the family, 终本."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "interview_record",
        Doc("online_inquiry_result", note="again"),
    )
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
    ]


def award_settled_archive() -> list[Doc]:
    """呼和浩特仲裁委员会 award and its 生效证明, the son's 嘎查 certificate, 和解, paid in two sums, archived."""
    docs = behind(
        base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate")
    )
    docs = behind(docs, "lawyer_license", Doc("kinship_proof"))
    docs = [d for d in docs if d.code != "payment_voucher"]
    docs = behind(
        docs,
        "settlement_agreement",
        Doc("payment_voucher", note="1"),
        Doc("payment_voucher", note="2"),
        Doc("payment_voucher", note="out"),
    )
    docs = [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
        Doc("service_receipt", served=["closing_notice"]),
    ]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def notarial_without_restriction_order() -> list[Doc]:
    """公证债权文书 and 执行证书, car under a loan's mortgage, 终本; the 限制消费令 itself never filed."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    docs = [d for d in docs if d.code != "consumption_restriction_order"]
    docs = behind(docs, "summons", Doc("summons", note="second"))  # she did not come to the first
    docs = behind(docs, "interview_record", Doc("online_inquiry_result", note="again"))
    return [
        *docs,
        Doc("service_receipt", served=["payment_notice"]),
        Doc("service_receipt", served=["summons"]),
        Doc("service_receipt", served=["enforcement_ruling"]),
    ]


def plans() -> list[Plan]:
    return [
        Plan(
            "court_r_01_complete_siziwang_herder_round",
            "court_r",
            "court_r",
            "呼和浩特市新城区法院执行四子王旗法院民事判决（被执行人为牧民，在新城区有房产）、终结本次执行程序的完整卷宗（蒙汉双语"
            "文书、竖写蒙古文院名与文书名、蒙汉双语印章；嘎查村民委员会牲畜情况证明；不动产登记中心回复；档案室旧式进纸扫描仪"
            "120–150dpi灰度强压缩、无自动纠偏，少数泛黄页、彩色页）",
            "enforcement",
            "terminated_this_round",
            "closing",
            herder_round(),
            True,
            seq=41127,
        ),
        Plan(
            "court_r_02_complete_archive_arbitration_settled",
            "court_r",
            "court_r",
            "呼和浩特市新城区法院经中级法院指定执行呼和浩特仲裁委员会裁决（附生效证明）、执行和解后履行完毕的归档卷宗（申请人只通"
            "蒙古文，其子凭嘎查村民委员会证明代收；卷宗封面、卷内目录、卷宗复核表、备考表）",
            "enforcement",
            "fully_performed",
            "archive",
            award_settled_archive(),
            True,
            basis_kind="arbitration",
            seq=41538,
        ),
        Plan(
            "court_r_03_notarial_missing_restriction_order",
            "court_r",
            "court_r",
            "呼和浩特市新城区法院执行公证债权文书（附执行证书）的终本卷宗，缺限制消费令（送达回证在卷，限制消费令本身未入卷）",
            "enforcement",
            "terminated_this_round",
            "closing",
            notarial_without_restriction_order(),
            False,
            basis_kind="notarial",
            seq=41806,
        ),
    ]
