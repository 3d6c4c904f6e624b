"""court_v's three dossiers from 广州海事法院's 执行局: two complete (a Marshall Islands shipowner enforcing the
广东省高级人民法院's appeal judgment in a 船舶碰撞 case — the respondent's ship arrested with 广州海事局's and the port
company's assistance, sold by a second 执行裁定书, the applicant paid out of the proceeds: 执行完毕 at closing; a Hong
Kong cargo interest enforcing a 中国海事仲裁委员会 award with the commission's 生效证明 — deposits frozen with the bank's
冻结回执, the ship already sold, the applicant's lawyer heard, 终本, archived with 卷宗封面, 卷内目录, 归档复核表 and
备考表) and one defective (a seaman's wages under this court's own judgment, his handwritten application, the ship
arrested and the company paying to free it, handed in for closing without the 申请执行人收取案款确认书: the money was
paid out to the account his lawyer named on the telephone)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

FAMILY = "court_v"


def _ours(docs: list[Doc]) -> list[Doc]:
    return [Doc(d.code, note=d.note, served=list(d.served), family=FAMILY) for d in docs]


def _arrest(docs: list[Doc]) -> list[Doc]:
    """The base's assistance notice goes to 广州海事局 (the arrest registered against the ship)."""
    return [Doc("assistance_notice", note="msa") if d.code == "assistance_notice" else d for d in docs]


def collision_ship_sold() -> list[Doc]:
    """广东高院 appeal judgment, foreign owner's apostilled POA, 扣押 → 海事局 + port → 拍卖 → proceeds paid, 执行完毕."""
    docs = _arrest(
        [d for d in base_docs("fully_performed", "enforcement") if d.code != "settlement_agreement"]
    )
    docs = behind(
        docs,
        "assistance_notice",
        Doc("assistance_notice", note="port"),
        Doc("consumption_restriction_order"),
        Doc("enforcement_ruling", note="auction"),
    )
    return _ours(
        [
            *docs,
            Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["consumption_restriction_order"]),
            Doc("service_receipt", served=["closing_notice"]),
        ]
    )


def cargo_award_archive() -> list[Doc]:
    """CMAC award + 生效证明, deposits frozen (bank's receipt), 约谈, 终本, archived."""
    docs = behind(
        base_docs("terminated_this_round", "enforcement"),
        "enforcement_basis",
        Doc("effectiveness_certificate"),
    )
    docs = behind(docs, "assistance_notice", Doc("online_inquiry_result", note="bank"))
    return _ours(
        [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]
    )


def seaman_without_account_confirmation() -> list[Doc]:
    """船员劳务 judgment of this court, handwritten application, 扣押, paid to free the ship, the arrest lifted by a
    second 执行裁定书 and 广州海事局 told; no 收取案款确认书."""
    docs = _arrest(
        [
            d
            for d in base_docs("fully_performed", "enforcement")
            if d.code not in ("settlement_agreement", "payment_account_confirmation")
        ]
    )
    docs = behind(
        docs,
        "assistance_notice",
        Doc("assistance_notice", note="port"),
        Doc("assistance_notice", note="bank"),
        Doc("online_inquiry_result", note="bank"),
        Doc("consumption_restriction_order"),
        Doc("summons"),
        Doc("investigation_record"),
        Doc("enforcement_ruling", note="release"),
        Doc("assistance_notice", note="msa_release"),
    )
    return _ours(
        [
            *docs,
            Doc("service_receipt", served=["consumption_restriction_order", "summons"]),
            Doc("service_receipt", served=["enforcement_ruling"]),
            Doc("service_receipt", served=["closing_notice"]),
        ]
    )


def plans() -> list[Plan]:
    return [
        Plan(
            "court_v_01_complete_collision_appeal_ship_auction",
            FAMILY,
            FAMILY,
            "广州海事法院执行局执行广东省高级人民法院船舶碰撞二审判决：马绍尔群岛船东的英文授权委托书（希腊公证、附加证明书、"
            "中文译文），扣押并拍卖被执行人船舶，广州海事局、港口公司协助，拍卖价款发放，执行完毕（生产型扫描仪300dpi，"
            "装订孔阴影、折角、轻微歪斜、一页英文倒置）",
            "enforcement",
            "fully_performed",
            "closing",
            collision_ship_sold(),
            True,
            seq=83106,
        ),
        Plan(
            "court_v_02_complete_archive_cmac_award_round",
            FAMILY,
            FAMILY,
            "广州海事法院执行局执行中国海事仲裁委员会海上货物运输合同纠纷裁决（附仲裁委生效证明），香港公司申请执行"
            "（公司注册证明书、董事证明书），银行冻结回执，约谈后终结本次执行程序的归档卷宗",
            "enforcement",
            "terminated_this_round",
            "archive",
            cargo_award_archive(),
            True,
            basis_kind="arbitration",
            seq=83457,
        ),
        Plan(
            "court_v_03_seaman_wages_missing_account_confirmation",
            FAMILY,
            FAMILY,
            "广州海事法院执行局执行本院船员劳务合同纠纷判决（船员手写执行申请书），扣押船舶后被执行人交款，执行完毕，"
            "缺申请执行人收取案款确认书",
            "enforcement",
            "fully_performed",
            "closing",
            seaman_without_account_confirmation(),
            False,
            seq=83812,
        ),
    ]
