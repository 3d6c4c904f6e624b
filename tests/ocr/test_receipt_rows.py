"""A 送达回证 that lists one document a row: the archive centre must see every document it served, not
only the rows a selective reading happened to pick."""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pytest

from dossier.ocr import stages
from dossier.ocr.engines.null import NullEngine
from dossier.ocr.imaging import Line
from dossier.ocr.stages import PageContext, ReadLine, reading, rest


def _receipt(rows: dict[tuple[int, int], str], read: list[tuple[int, int]]) -> PageContext:
    boxes = {key: Line(top=key[0], bottom=key[0] + 24, left=key[1], right=key[1] + 200) for key in rows}
    ctx = PageContext(source=cast(Any, None), engine=NullEngine(), grey=np.full((1754, 1240), 250, np.uint8))
    ctx.boxes = sorted(boxes.values(), key=lambda b: (b.top, b.left))
    ctx.read = [ReadLine(boxes[key], rows[key], 0.99) for key in read]
    ctx.doc_type = "service_receipt"
    return ctx


def _read_with(monkeypatch: pytest.MonkeyPatch, read: Any) -> None:
    """The engine's reading replaced wherever the receipt's rows are read (a row read again whole included)."""
    monkeypatch.setattr(rest, "_read", read)
    monkeypatch.setattr(reading, "_read", read)


def test_the_rows_beside_a_named_document_are_read_too(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = {(200, 520): "送达回证", (400, 100): "送达文书名称及件数", (400, 520): "执行通知书1份",
            (440, 520): "报告财产令1份", (480, 520): "限制消费令1份", (700, 100): "送达人", (900, 520): "填发人：钱刚梅"}
    ctx = _receipt(rows, read=[(200, 520), (400, 100), (440, 520)])
    asked: list[str] = []

    def read(ctx: PageContext, boxes: list[Line], max_ratio: float | None) -> list[ReadLine]:
        texts = {Line(top=k[0], bottom=k[0] + 24, left=k[1], right=k[1] + 200): v for k, v in rows.items()}
        asked.extend(texts[b] for b in boxes)
        return [ReadLine(b, texts[b], 0.99) for b in boxes]

    _read_with(monkeypatch, read)
    stages.read_served_column(ctx)
    assert ctx.doc_type == "service_receipt"
    assert ctx.served == ["enforcement_notice", "property_report_order", "consumption_restriction_order"]
    assert asked == ["执行通知书1份", "限制消费令1份"], "only the document column, not the labels or the far rows"


def _reading(rows: dict[tuple[int, int], str], asked: list[str]) -> Any:
    texts = {Line(top=k[0], bottom=k[0] + 24, left=k[1], right=k[1] + 200): v for k, v in rows.items()}

    def read(ctx: PageContext, boxes: list[Line], max_ratio: float | None) -> list[ReadLine]:
        asked.extend(texts[b] for b in boxes)
        return [ReadLine(b, texts[b], 0.99) for b in boxes]

    return read


def test_a_receipt_read_to_its_addressee_reads_its_rows_down_to_the_documents_served(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """court_ae_03 p36, a copier's 1-bit scan: the head was read down to the addressee (受送达人), the rows under it
    were left for later, and neither the row naming the documents nor its label was read — the receipt served
    nothing, and the dossier was reported missing the receipts of the 执行通知书 and the 报告财产令. Its unread rows are
    read top down until one names what it served."""
    rows = {(200, 520): "送达回证", (300, 520): "海口美居装饰工程有限公司", (350, 100): "送达地址",
            (350, 520): "海南省海口市龙华区滨海大道14号", (400, 520): "执行通知书、报告财产令各一份",
            (470, 520): "史芳振", (800, 520): "2024年1月21日"}
    ctx = _receipt(rows, read=[(200, 520), (300, 520), (800, 520)])
    asked: list[str] = []
    _read_with(monkeypatch, _reading(rows, asked))
    stages.read_served_column(ctx)
    assert ctx.served == ["enforcement_notice", "property_report_order"]
    assert asked[:3] == ["送达地址", "海南省海口市龙华区滨海大道14号", "执行通知书、报告财产令各一份"]


def test_a_receipt_whose_rows_name_nothing_reads_a_few_of_them_and_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = {(200, 520): "送达回证", **{(300 + 40 * i, 520): f"第{i}行" for i in range(12)}}
    ctx = _receipt(rows, read=[(200, 520)])
    asked: list[str] = []
    _read_with(monkeypatch, _reading(rows, asked))
    stages.read_served_column(ctx)
    assert ctx.served == [] and len(asked) == rest.SERVED_ROWS


def test_the_cells_right_of_the_served_documents_label_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 填空 receipt: 送达文书 | 执行通知书一份 / 报告财产令一份 written by hand in the cell beside the label."""
    rows = {(200, 520): "送达回证", (400, 100): "送达文书", (400, 420): "执行通知书一份", (440, 420): "报告财产令一份",
            (700, 100): "受送达人", (700, 420): "张三"}
    ctx = _receipt(rows, read=[(200, 520), (400, 100), (700, 100)])
    asked: list[str] = []

    def read(ctx: PageContext, boxes: list[Line], max_ratio: float | None) -> list[ReadLine]:
        texts = {Line(top=k[0], bottom=k[0] + 24, left=k[1], right=k[1] + 200): v for k, v in rows.items()}
        asked.extend(texts[b] for b in boxes)
        return [ReadLine(b, texts[b], 0.99) for b in boxes]

    _read_with(monkeypatch, read)
    stages.read_served_column(ctx)
    assert ctx.served == ["enforcement_notice", "property_report_order"]
    assert asked == ["执行通知书一份", "报告财产令一份"], "not the addressee's name further down"


def test_a_served_row_read_only_in_part_is_read_whole_when_the_receipt_names_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """无锡梁溪 (court_bn_02 p30): the cell writes the document's number before its name — 送达文书名称及件数（2024）苏0213执
    39264号受理案件通知书 — and its row, read only in part, stopped at the number: the receipt served nothing, and the EMS
    waybill behind it became a receipt of its own. A receipt that names nothing reads its cut rows whole."""
    label = Line(top=400, bottom=424, left=100, right=1100)
    ctx = _receipt({(200, 520): "送达回证"}, read=[(200, 520)])
    ctx.boxes = sorted([*ctx.boxes, label], key=lambda b: (b.top, b.left))
    address = Line(top=500, bottom=524, left=500, right=1100)
    ctx.boxes = sorted([*ctx.boxes, address], key=lambda b: (b.top, b.left))
    ctx.read = [*ctx.read, ReadLine(label, "送达文书名称及件数（2024）苏0213执392", 0.99, truncated=True),
                ReadLine(address, "江苏省无锡市梁溪区金星街道通扬路", 0.99, truncated=True)]
    whole = "送达文书名称及件数（2024）苏0213执39264号受理案件通知书"
    asked: list[Line] = []

    def read(ctx: PageContext, boxes: list[Line], max_ratio: float | None) -> list[ReadLine]:
        asked.extend(boxes)
        return [ReadLine(b, whole if b == label and max_ratio is None else "", 0.99) for b in boxes]

    _read_with(monkeypatch, read)
    stages.read_served_column(ctx)
    assert ctx.served == ["acceptance_notice"]
    assert address not in asked, "only the served row is read again, not every row read in part"


def test_a_served_row_taken_with_its_wrapped_line_is_read_again_as_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """无锡梁溪 (court_bn_02 p28): the detector took the served row and its wrapped second line (…执行通知书、（2024）苏021 /
    3执39264号报告财产令) as one box, which read as one jumbled line naming only the 执行通知书; read as its halves, it
    names the 报告财产令 too, and the dossier no longer lacks that order's receipt."""
    rows = {(200, 520): "送达回证", (700, 100): "送达人"}
    ctx = _receipt(rows, read=[(200, 520), (700, 100)])
    wrapped = Line(top=400, bottom=448, left=100, right=1100)  # two rows of 24 px
    ctx.boxes = sorted([*ctx.boxes, wrapped], key=lambda b: (b.top, b.left))
    ctx.read = [*ctx.read, ReadLine(wrapped, "送达文书名称及件数丨3执39264号报1339264号执行通知书、（2024）苏021", 0.9)]
    upper, lower = "送达文书名称及件数（2024）苏0213执39264号执行通知书、（2024）苏021", "3执39264号报告财产令"

    def read(ctx: PageContext, boxes: list[Line], max_ratio: float | None, *, split: bool = True) -> list[ReadLine]:
        return [ReadLine(b, upper if b.top == wrapped.top else lower, 0.97) for b in boxes]

    _read_with(monkeypatch, read)
    stages.read_served_column(ctx)
    assert ctx.served == ["enforcement_notice", "property_report_order"]
