"""`dossier samples build`: rebuild the sample dossiers (scans, case files, ground truth) from the seed."""

from __future__ import annotations

from pathlib import Path

import click

from dossier.cli.common import reports_errors

REPO_SAMPLES = Path("samples")


@click.group(name="samples")
def samples() -> None:
    """示例数据：重新生成示例卷宗（扫描件、案件数据与标准答案）。"""


@samples.command(name="build")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              default=REPO_SAMPLES / "dossiers", show_default=True, help="示例卷宗输出目录")
@click.option("--cases", "cases_file", type=click.Path(path_type=Path, dir_okay=False),
              default=REPO_SAMPLES / "cases.json", show_default=True, help="示例案件 JSON")
@click.option("--seed", type=int, default=None, help="随机种子（默认固定值，结果可重现）")
@click.option("--only", multiple=True, help="只生成指定的示例卷宗（名称或编号，如 03）")
@click.option("--no-templates", is_flag=True, help="不使用 DOCX 模板，全部文书由 reportlab 排版")
@reports_errors
def build(out_dir: Path, cases_file: Path, seed: int | None, only: tuple[str, ...], no_templates: bool) -> None:
    """生成示例卷宗：出具文书、签名盖章、模拟扫描，并写出 truth.json 标准答案。"""
    from dossier.errors import InputError
    from dossier.samples.build import DEFAULT_SEED, build_samples

    if not cases_file.is_file():
        raise InputError("示例案件文件不存在", file=str(cases_file))
    truths = build_samples(out_dir, cases_file=cases_file, seed=DEFAULT_SEED if seed is None else seed,
                           only=list(only) or None, use_templates=not no_templates,
                           progress=lambda name: click.echo(f"生成 {name} …", err=True))
    for t in truths:
        click.echo(f"{t.name}: {len(t.pages)}页，预期结论 {t.expected_decision}，"
                   f"缺少 {','.join(t.expected_missing) or '无'}")
