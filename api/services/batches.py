"""Batch generation submitted as a durable job; its outputs are stored content-addressed."""

from __future__ import annotations

import re
import urllib.parse
from datetime import date
from typing import Any

from fastapi import UploadFile
from starlette.concurrency import run_in_threadpool

from api.auth import Principal
from api.deps import Services
from api.errors import ApiError
from api.limits import check_rows
from api.schemas import MAX_ID, JobOut
from api.services import cases as svc_cases
from api.services import jobs as svc_jobs
from api.services.uploads import StoredUpload, kept_only_if_accepted, store_upload, upload_name
from dossier.batch.plan import check_formats, check_types

_UNSAFE = re.compile(r"[\\/:*?\"<>|\s]+")


def output_name(case_number: str, doc_type: str, fmt: str) -> str:
    return f"{_UNSAFE.sub('_', case_number)}_{doc_type}.{fmt}"


def attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f"attachment; filename*=UTF-8''{urllib.parse.quote(name)}"}


def parse_codes(text: str) -> list[str]:
    """Codes typed or joined by the pages: commas (either width), semicolons or spaces between them."""
    return [c.strip() for c in re.split(r"[,，;；\s]+", text or "") if c.strip()]


def _check_rows(svc: Services, stored: StoredUpload) -> None:
    with svc.files.named_copies([(stored.sha256, stored.name)]) as [path]:
        check_rows(path, svc.settings.max_import_rows, file=stored.name)


async def submit(svc: Services, user: Principal, *, types: str, formats: str, case_ids: str,
                 upload: UploadFile | None) -> JobOut:
    type_list = check_types(parse_codes(types))  # the checks of `dossier generate`: bad input → 422
    format_list = check_formats(parse_codes(formats), field="formats")
    params: dict[str, Any] = {"types": type_list, "formats": format_list, "issued_on": date.today().isoformat()}
    if svc.settings.broker_url:  # workers of a broker share a big batch in chunks
        params["chunk_rows"] = svc.settings.batch_chunk_rows
    if upload is not None and upload.filename:
        if not upload_name(upload).lower().endswith((".xlsx", ".csv", ".json")):  # refused before it is stored
            raise ApiError(422, "案件表格应为 .xlsx、.csv 或 .json 文件", field="file", file=upload_name(upload))
        stored = await store_upload(svc, upload)
        with kept_only_if_accepted(svc, [stored]):
            await run_in_threadpool(_check_rows, svc, stored)
        params["source"] = stored.as_input()
        total = 0
    else:
        ids: list[int] = []
        for part in parse_codes(case_ids):
            if not part.isdigit() or not 1 <= int(part) <= MAX_ID:
                raise ApiError(422, f"案件编号“{part}”不是有效的编号", field="case_ids")
            ids.append(int(part))
        if not ids:
            raise ApiError(422, "请上传案件表格或选择案件", field="file")
        params["cases"] = [svc_cases.get_record(svc.db, i).data for i in ids]
        total = len(ids) * len(type_list) * len(format_list)
    return svc_jobs.submit(svc, "batch_generate", params, user, total=total)
