"""`dossier corpus build`: rebuild the independent test corpus (not printed from the project's templates)."""

from __future__ import annotations

import time
from pathlib import Path

import click

from dossier.cli.common import reports_errors
from dossier.errors import InputError, os_reason


@click.group(name="corpus")
def corpus() -> None:
    """独立测试语料：其他法院、律师、银行与登记机关、手写表格等版式的扫描卷宗及标准答案。"""


@corpus.command(name="build")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              default=Path("samples") / "corpus", show_default=True, help="语料输出目录")
@click.option("--seed", type=int, default=None, help="随机种子（默认固定值，结果可重现）")
@click.option("--small", is_flag=True, help="精简语料：每个版式族一个卷宗，每卷不超过15页（供测试）")
@click.option("--only", "only", multiple=True, metavar="NAME",
              help="只生成指定卷宗（可重复；留待盲测的版式族只在点名时生成）")
@reports_errors
def build(out_dir: Path, seed: int | None, small: bool, only: tuple[str, ...]) -> None:
    """生成测试语料：绘制页面、模拟扫描与拍照，写出 scan.pdf、case.json、truth.json 与 index.json。"""
    from dossier.corpus.build import DEFAULT_SEED, build_corpus, plans

    unknown = sorted(set(only) - {p.name for p in plans()})
    if unknown:
        raise InputError(f"没有这些卷宗：{'、'.join(unknown)}（卷宗名见 dossier/corpus/build.py 的 plans）", field="only")
    start = time.monotonic()
    try:
        truths = build_corpus(out_dir, seed=DEFAULT_SEED if seed is None else seed, small=small,
                              only=list(only) or None,
                              progress=lambda name: click.echo(f"生成 {name} …", err=True))
    except OSError as exc:
        raise InputError(f"无法写出测试语料：{os_reason(exc)}", file=str(out_dir)) from exc
    for t in truths:
        click.echo(f"{t.name}: {len(t.pages)}页，预期结论 {t.expected_decision}，"
                   f"缺少 {','.join(t.expected_missing) or '无'}")
    click.echo(f"共 {len(truths)} 个卷宗、{sum(len(t.pages) for t in truths)} 页，用时 {time.monotonic() - start:.0f} 秒",
               err=True)


@corpus.command(name="train")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False),
              default=Path("samples") / "corpus", show_default=True, help="语料目录（先运行 dossier corpus build）")
@click.option("--out", "out_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="模型文件（默认：随程序发布的 dossier/ocr/ngram_model.json）")
@click.option("--drawn", is_flag=True,
              help="不读已生成的语料：按各卷宗计划直接绘制各份文书首页的文字来训练（不生成扫描图像，数分钟）")
@reports_errors
def train(corpus_dir: Path, out_file: Path | None, drawn: bool) -> None:
    """用语料各页的文字训练页面分类的字符 n-gram 模型（基准测试另按“留一版式族”分别训练，不用此模型评分）。"""
    from dossier.corpus.train import train_shipped
    from dossier.ocr import ngram

    if not drawn and not corpus_dir.is_dir():
        raise InputError(f"语料目录 {corpus_dir} 不存在：请先运行 dossier corpus build，或用 --drawn 直接按计划绘制",
                         field="corpus")
    model = train_shipped(None if drawn else corpus_dir)
    if not model.classes:
        raise InputError(f"语料目录 {corpus_dir} 中没有带文字的页面：请先运行 dossier corpus build", field="corpus")
    target = out_file or Path(ngram.__file__).with_name(ngram.MODEL_FILE)
    try:
        ngram.save(model, target)
    except OSError as exc:
        raise InputError(f"无法写出模型文件：{os_reason(exc)}", file=str(target)) from exc
    click.echo(f"已写出 {target}：{len(model.classes)} 种文书类型，训练版式族 {'、'.join(model.trained_on)}，"
               f"温度 {model.temperature:g}")
