"""`dossier check-filing`: the filing-window check of CONTRACT.md, and the one-time supplement notice."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dossier.checklists.present import parse_declared
from dossier.cli.common import print_json, reports_errors, warn_unknown_court
from dossier.errors import InputError
from dossier.filing.check import FilingResult
from dossier.intake.case_file import load_case
from dossier.usecases import filing as usecase


@click.command("check-filing")
@click.option("--case", "case_path", required=True, type=click.Path(path_type=Path), help="案件文件（JSON）")
@click.option("--materials", multiple=True, type=click.Path(path_type=Path),
              help="申请人提交的材料扫描件（PDF/图片），可跟多个文件")
@click.argument("more_materials", nargs=-1, type=click.Path(path_type=Path), metavar="[材料文件]...")
@click.option("--declared", multiple=True, help="窗口勾选的已收材料代码，逗号分隔；同一代码写两次表示两份")
@click.option("--party-name", "party_names", multiple=True, metavar="CODE=名称",
              help="某份材料上写的当事人名称，用于核对与案件数据是否一致（可重复）")
@click.option("--court", default=None, help="按指定法院规定审查（覆盖层标识、法院名称或代字），默认取案件所属法院")
@click.option("--notice", "notice_dir", type=click.Path(path_type=Path), default=None,
              help="退回时在此目录写出补正材料一次性告知书（DOCX 与 PDF）")
@click.option("--ocr-engine", default=None, help="材料识别所用 OCR 引擎（默认由识别模块决定）")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（CONTRACT.md）")
@reports_errors
def check_filing(case_path: Path, materials: tuple[Path, ...], more_materials: tuple[Path, ...],
                 declared: tuple[str, ...], party_names: tuple[str, ...], court: str | None,
                 notice_dir: Path | None, ocr_engine: str | None, as_json: bool) -> None:
    """立案材料审查：缺少的材料与案件数据问题。退出码 0 受理，1 退回补正，2 输入有误。"""
    files = [*materials, *more_materials]
    if more_materials and not materials:
        raise InputError("多余的参数：材料文件请放在 --materials 之后", field="--materials")
    case = load_case(case_path)
    submission = usecase.Submission(case=case, materials=files, declared=parse_declared(declared),
                                    party_names=parse_names(party_names), court=court, ocr_engine=ocr_engine)
    warn_unknown_court(court)
    result = usecase.check_submission(submission)
    written: list[Path] = []
    if notice_dir is not None and result.decision == "return":
        written = usecase.write_notice(case, result, notice_dir)
    if as_json:
        out = result.to_json()
        if notice_dir is not None:
            out["notice"] = [str(p) for p in written]
        print_json(out)
    else:
        click.echo(summary(result, written))
    sys.exit(0 if result.decision == "accept" else 1)


def parse_names(values: tuple[str, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for value in values:
        code, sep, name = value.partition("=")
        if not sep or not name.strip():
            raise InputError(f"“{value}”应写成 材料代码=名称，如 enforcement_application=张三", field="--party-name")
        parse_declared([code], option="--party-name")
        out.setdefault(code.strip(), []).append(name.strip())
    return out


def summary(result: FilingResult, written: list[Path]) -> str:
    """The check as a clerk reads it."""
    head = "审查结论：受理" if result.decision == "accept" else "审查结论：退回补正"
    lines = [f"案号：{result.case_number}", head]
    if result.missing:
        lines.append(f"缺少材料（{len(result.missing)}项）：")
        for i, m in enumerate(result.missing, 1):
            lines.append(f"  {i}. {m.label} —— {m.reason}")
    errors = [p for p in result.problems if p.severity == "error"]
    warnings = [p for p in result.problems if p.severity != "error"]
    if errors:
        lines.append(f"数据问题（{len(errors)}项）：")
        lines += [f"  - {p.message}" + (f"（字段 {p.field}）" if p.field else "") for p in errors]
    if warnings:
        lines.append("提示：")
        lines += [f"  - {p.message}" for p in warnings]
    if not result.missing and not errors:
        lines.append("材料齐全，案件数据无误。")
    for path in written:
        lines.append(f"已生成补正材料一次性告知书：{path}")
    return "\n".join(lines)
