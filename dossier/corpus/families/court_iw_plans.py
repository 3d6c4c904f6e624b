"""court_iw's three dossiers (甘肃省夏河县人民法院执行局): a 桑科 herders' cooperative enforces this court's judgment for
the yaks it sold to a 临夏 meat trader — his deposit frozen and deducted, the money paid out to the cooperative,
执行完毕, archived with cover, catalogue, review form and remarks sheet (the civil division's 生效证明书 behind the
judgment); a 拉卜楞 hotel enforces a 兰州仲裁委员会 award for tour groups' room charges against a 兰州 travel agency,
which pays after the 报告财产令; a herder enforces this court's 民事调解书 for his pay for building 网围栏, which the
fencing contractor pays in three instalments — handed in without the herder's 身份证明."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_iw import FENCE_SEQ, HOTEL_SEQ, YAK_SEQ

MISSING = "identity_proof"
"""what the herder's dossier lacks: his ID card was with him at the summer pasture when his lawyer filed, and the
copy was never brought in. The checklist takes any party's identity paper as the filing's 身份证明, so the dossier
holds no identity paper at all (the contractor's particulars stand only in the 调解书 and the application)."""


def _fp(*leave: str) -> list[Doc]:
    return [d for d in base_docs("fully_performed", "enforcement") if d.code not in leave]


def yak_archive() -> list[Doc]:
    docs = behind(_fp("settlement_agreement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def hotel_closing() -> list[Doc]:
    return behind(_fp("settlement_agreement", "enforcement_ruling", "assistance_notice"), "enforcement_basis",
                  Doc("effectiveness_certificate"))


def fence_closing() -> list[Doc]:
    return [*_fp("enforcement_ruling", "assistance_notice", MISSING), Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_iw_01_complete_archive_yak_cooperative_judgment_deducted", "court_iw", "court_iw",
             "夏河法院执行本院民事判决（牧民专业合作社诉临夏牛肉商牦牛买卖款，附民事审判庭生效证明书）：冻结、划拨被执行人"
             "银行存款，案款发放合作社，执行完毕，归档卷宗（封面、卷内目录、复核表、备考表）；藏汉双语文书，老旧复印机200dpi灰度扫描",
             "enforcement", "fully_performed", "archive", yak_archive(), True, seq=YAK_SEQ),
        Plan("court_iw_02_complete_labrang_hotel_arbitration_paid_after_report_order", "court_iw", "court_iw",
             "夏河法院执行兰州仲裁委员会裁决（拉卜楞酒店诉兰州旅行社团队房费，附生效证明），被执行人收到报告财产令后交清，"
             "案款发放，执行完毕；藏汉双语文书，老旧复印机200dpi灰度扫描",
             "enforcement", "fully_performed", "closing", hotel_closing(), True, basis_kind="arbitration", seq=HOTEL_SEQ),
        Plan("court_iw_03_herder_fence_pay_instalments_missing_identity_proof", "court_iw", "court_iw",
             "夏河法院执行本院民事调解书（牧民诉围栏工程公司网围栏修建工钱），执行和解分三期付清，执行完毕；卷内缺申请执行人"
             "身份证明",
             "enforcement", "fully_performed", "closing", fence_closing(), False, basis_kind="mediation", seq=FENCE_SEQ),
    ]
