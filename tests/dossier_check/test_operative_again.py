"""A ruling titled only 执行裁定书 whose operative part no page showed: the clerk is not told a 终本 ruling is missing
when its second page, read whole, says 终结本次执行程序 (威海环翠's 终本 ruling exported at 96 dpi, court_fe_02)."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.dossier_check.model import Page
from dossier.dossier_check.operative_again import decided_again, pages_to_read

SECOND_PAGE = """本院于二〇二四年五月三十一日约谈申请执行人的委托代理人，告知财产调查情况。
本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产。依照《中华人民共和国民事诉讼法》…的规定，裁定如下：
终结本次执行程序。
本裁定送达后立即生效。"""


def ruling(model_reads: str = "termination_this_round_ruling", **extra: object) -> list[Page]:
    first = Page(page=35, doc_type="enforcement_ruling", confidence=0.6, title_text="执行裁定书", page_of=(1, 3),
                 candidates=[("enforcement_ruling", 0.6), (model_reads, 0.97)])
    first = first.model_copy(update=extra)
    return [first, Page(page=36, doc_type="continuation", page_of=(2, 3)),
            Page(page=37, doc_type="continuation", page_of=(3, 3), text_complete=True)]


class Reader:
    def __init__(self, texts: dict[int, str]) -> None:
        self.texts = texts
        self.asked: list[int] = []

    def __call__(self, pages: Sequence[int]) -> dict[int, str]:
        self.asked += list(pages)
        return {n: self.texts.get(n, "") for n in pages}


def test_a_zhongben_ruling_whose_operative_part_stands_on_its_second_page_is_that_ruling() -> None:
    read = Reader({36: SECOND_PAGE})
    first, *_ = decided_again(ruling(), read)
    assert read.asked == [36]  # the third page was read whole already
    assert (first.doc_type, first.confidence) == ("termination_this_round_ruling", 0.8)


def test_a_freezing_ruling_the_model_reads_as_one_costs_no_second_look() -> None:
    pages = ruling(model_reads="enforcement_ruling")
    read = Reader({})
    assert decided_again(pages, read) == pages and read.asked == []


def test_a_later_page_that_says_nothing_decides_nothing() -> None:
    pages = ruling()
    assert decided_again(pages, Reader({36: "本院于二〇二四年三月十三日到被执行人厂区调查。"})) == pages


def test_a_page_the_clerk_corrected_is_left_as_corrected() -> None:
    assert pages_to_read(ruling(corrected_by="档案中心 李")) == []
