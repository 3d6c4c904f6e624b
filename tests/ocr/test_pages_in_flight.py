"""A long dossier read by two workers: pages are handed out a few ahead of the one the dossier waits for, never
the whole dossier at once (memory stays flat in its length), and they come back in dossier order."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from dossier.ocr import parallel
from dossier.ocr.models import InputFile, PageResult


class _Pool:
    """An executor that runs a page when it is handed out and counts the pages handed out but not yet taken back."""

    def __init__(self) -> None:
        self.handed_out: list[int] = []
        self.most_ahead = 0
        self.taken = 0

    def submit(self, _fn: Any, _token: str, info: InputFile, n: int, _expected: str | None) -> Future[Any]:
        self.handed_out.append(n)
        self.most_ahead = max(self.most_ahead, len(self.handed_out) - self.taken)
        done: Future[Any] = Future()
        done.set_result(PageResult(page=info.first_page + n - 1, file=info.name, file_page=n, doc_type="continuation",
                                   confidence=0.5, readable=True, source="ocr"))
        return done


def test_a_200_page_dossier_has_at_most_a_few_pages_a_worker_in_flight_and_comes_back_in_order() -> None:
    files = [InputFile(path="a.pdf", name="a.pdf", kind="pdf", pages=120, first_page=1),
             InputFile(path="b.pdf", name="b.pdf", kind="pdf", pages=80, first_page=121)]
    pool = _Pool()
    pages = []
    for result in parallel._ordered(pool, "t", files, None, workers=2):  # type: ignore[arg-type]
        pool.taken += 1
        pages.append(result.page)
    assert pages == list(range(1, 201))
    assert pool.most_ahead == parallel.IN_FLIGHT * 2 + 1  # and the one being handed back
    assert 2 <= parallel.IN_FLIGHT <= 4
