"""A body over the limit is refused with 413 while it streams in, even when its length was not announced."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from api.limits import BodySizeLimit

LIMIT = 64 * 1024


async def count_body(request: Request) -> JSONResponse:
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
    return JSONResponse({"size": size})


def post(chunks: list[bytes], announce: bool) -> httpx.Response:
    app = BodySizeLimit(Starlette(routes=[Route("/upload", count_body, methods=["POST"])]), max_bytes=LIMIT)

    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    async def run() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            headers = {"content-length": str(sum(map(len, chunks)))} if announce else {}
            content: bytes | AsyncIterator[bytes] = b"".join(chunks) if announce else body()
            return await client.post("/upload", content=content, headers=headers)

    return asyncio.run(run())


def test_a_body_within_the_limit_passes_whole() -> None:
    res = post([b"x" * 1000] * 10, announce=False)
    assert res.status_code == 200 and res.json() == {"size": 10_000}


def test_an_announced_oversized_body_is_refused_before_it_is_read() -> None:
    res = post([b"x" * (LIMIT + 1)], announce=True)
    assert res.status_code == 413
    assert "上传内容过大" in res.json()["message"]


def test_an_unannounced_oversized_body_is_cut_off_midstream() -> None:
    res = post([b"x" * 16 * 1024] * 8, announce=False)
    assert res.status_code == 413
    assert "上传内容过大" in res.text  # as the app's error handler words it (JSON in the service)
