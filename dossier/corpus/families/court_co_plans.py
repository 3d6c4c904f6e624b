"""court_co plans: three 秦州区 enforcement files (an orchard award paid, a traffic judgment archived after 终本,
a 中院 building-materials judgment closed by 终本 whose 网络查控 printout never reached the file)."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind

MISSING = "online_inquiry_result"
ORCHARD_SEQ, TRAFFIC_SEQ, MATERIALS_SEQ = 81017, 81248, 81693


def plans() -> list[Plan]:
    """The family's dossiers; every document in them is drawn by court_co."""
    fp, ttr = "fully_performed", "terminated_this_round"
    orchard = behind([d for d in base_docs(fp, "enforcement") if d.code != "settlement_agreement"],
                     "enforcement_basis", Doc("effectiveness_certificate"))
    traffic = behind(base_docs(ttr, "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    traffic = behind(traffic, "online_inquiry_result", Doc("online_inquiry_result", note="车管所"),
                     Doc("online_inquiry_result", note="不动产"))
    materials = [d for d in base_docs(ttr, "enforcement") if d.code != MISSING]
    return [
        Plan("court_co_01_complete_orchard_award_paid", "court_co", "court_co",
             "天水仲裁委员会苹果园土地承包经营权流转合同裁决，冻结果品合作社账户划拨，执行完毕的完整卷宗（复印机扫描、折角）",
             "enforcement", fp, "closing", orchard, True, basis_kind="arbitration", seq=ORCHARD_SEQ),
        Plan("court_co_02_complete_archive_traffic_terminated", "court_co", "court_co",
             "本院交通事故损害赔偿民事判决，对个人司机查无财产（入户调查、车管所和不动产回复），限制消费后终本的归档卷宗",
             "enforcement", ttr, "archive",
             [Doc("dossier_cover"), Doc("catalogue"), *traffic, Doc("file_review_form"), Doc("remarks_sheet")],
             True, seq=TRAFFIC_SEQ),
        Plan("court_co_03_appeal_materials_missing_online_inquiry", "court_co", "court_co",
             "天水中院二审建材买卖合同判决，对建筑公司终本的卷宗，缺网络查控结果",
             "enforcement", ttr, "closing", materials, False, seq=MATERIALS_SEQ),
    ]
