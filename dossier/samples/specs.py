"""The committed sample dossiers: complete ones and one per defect the archive centre looks for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dossier.model import Case
from dossier.samples.plan import DocPlan, DossierSpec, documents_for, with_inserted, with_qr, without

OTHER_CASE = "（2024）豫0311执987号"


def sample_specs(cases: dict[str, Case]) -> list[DossierSpec]:
    """Specs of the sample dossiers, built on the fictional cases of samples/cases.json."""
    specs: list[DossierSpec] = []

    def case(number: str) -> Case:
        return cases[number]

    def after_closing(c: Case, days: int) -> date:
        assert c.closing is not None and c.closing.closed_on is not None
        return c.closing.closed_on + timedelta(days=days)

    c1 = case("（2024）豫0311执1234号")
    specs.append(DossierSpec(
        name="01_complete_terminated_this_round",
        description="终本结案的完整卷宗（结案审查），分两个扫描文件提交",
        case_number=c1.case_number, stage="closing", today=after_closing(c1, 5),
        documents=documents_for(c1, "closing"), split_after=[12]))

    c2 = case("（2024）豫0311执1301号")
    archive_docs = documents_for(c2, "archive")
    specs.append(DossierSpec(
        name="02_complete_fully_performed_archive",
        description="执行完毕结案、归档阶段的完整卷宗（含封面、卷内目录、卷宗复核表、备考表），末尾8件为电子原件（PDF 文本层）",
        case_number=c2.case_number, stage="archive", today=after_closing(c2, 12),
        documents=archive_docs, split_after=[len(archive_docs) - 8], born_digital_files=[1]))

    c3 = case("（2024）豫0303执2031号")
    specs.append(DossierSpec(
        name="03_missing_termination_receipt",
        description="缺少终结本次执行程序裁定书的送达回证；旧扫描件，页面无二维码",
        case_number=c3.case_number, stage="closing", today=after_closing(c3, 3),
        documents=with_qr(without(documents_for(c3, "closing"), "service_receipt",
                                  "termination_this_round_ruling"), "none"),
        expected_missing=["service_receipt:termination_this_round_ruling"], qr="none"))

    c4 = case("（2024）蒙2221执402号")
    stray = DocPlan("enforcement_notice", seal=True, case_number=OTHER_CASE, qr="none")
    specs.append(DossierSpec(
        name="04_misfiled_page",
        description="卷宗完整，但混入了另一案件（2024）豫0311执987号的执行通知书；二维码被污损",
        case_number=c4.case_number, stage="closing", today=after_closing(c4, 7),
        documents=with_inserted(with_qr(documents_for(c4, "closing"), "damaged"), "interview_record", stray),
        qr="damaged"))

    specs.append(DossierSpec(
        name="05_missing_interview_record",
        description="终本结案前未附申请执行人谈话笔录",
        case_number=c1.case_number, stage="closing", today=after_closing(c1, 9),
        documents=without(documents_for(c1, "closing"), "interview_record"),
        expected_missing=["interview_record"]))

    c6 = case("（2025）豫0305执433号")
    illegible = DocPlan("investigation_record", illegible=True, qr="none")
    specs.append(DossierSpec(
        name="06_illegible_page",
        description="执行完毕结案卷宗，其中一页补充调查笔录扫描模糊无法辨认",
        case_number=c6.case_number, stage="closing", today=after_closing(c6, 4),
        documents=with_inserted(documents_for(c6, "closing"), "investigation_record", illegible)))

    specs.append(DossierSpec(
        name="07_terminated_before_90_days",
        description="科右前旗法院案件，立案后不足三个月（90日）即以终本结案（2024-04-25立案，2024-07-10结案）",
        case_number=c4.case_number, stage="closing", today=date(2024, 7, 15),
        documents=[replace(d, blank_back=False) for d in documents_for(c4, "closing")],
        expected_missing=["deadline:terminated_this_round_min_3_months", "deadline:terminated_this_round_min_90_days"],
        case_changes={"closing": {"method": "terminated_this_round", "closed_on": "2024-07-10"}}))
    return specs
