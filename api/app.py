"""The FastAPI application: API under /api/, Chinese pages at /, worker thread started with the app."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api.auth import seed_users
from api.deps import Services
from api.docs import install_docs
from api.errors import install_error_handlers
from api.limits import BodySizeLimit
from api.schemas import HealthOut
from api.security import SecurityHeaders
from api.settings import Settings
from dossier.privacy import install_log_masking
from dossier.store.db import open_database
from dossier.store.files import FileStore

log = logging.getLogger("dossier.api")

HERE = Path(__file__).resolve().parent

DESCRIPTION = """执行局文书生成、立案审查与电子卷宗检查服务。

除 `/healthz` 外，所有 `/api/` 接口都需要登录：先 `POST /api/auth/token` 取得令牌，再以
`Authorization: Bearer <令牌>` 调用。角色：filing（立案窗口）、documents（文书制作组）、archive（卷宗管理中心）、
undertaker（承办人）、admin（管理员）；越权调用返回 403。错误以 JSON 返回，`message` 为中文说明，
`field`/`page`/`file` 指出出错位置。"""


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc = start_services(settings)
        app.state.services = svc
        try:
            yield
        finally:
            stop_services(svc)

    install_log_masking()  # every log record masked, whoever serves the app (dossier serve, tests, uvicorn)
    app = FastAPI(title="dossier 执行卷宗服务", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_upload_bytes)
    app.add_middleware(SecurityHeaders)  # outermost: on every response, the 413 of the size limit included
    install_docs(app)

    @app.get("/healthz", response_model=HealthOut, tags=["服务"], summary="服务就绪检查")
    async def healthz() -> HealthOut:  # answered by the event loop itself: no thread hop
        return HealthOut()

    from api import pages
    from api.routers import archive, auth, cases, checks, decisions, dossiers, generation, jobs, reference

    for module in (auth, cases, reference, generation, checks, dossiers, jobs, decisions, archive):
        app.include_router(module.router)
    app.include_router(pages.router)
    app.add_exception_handler(pages.PageRefused, pages.refused)  # a page's guard: login or a 403 page
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def start_services(settings: Settings) -> Services:
    install_log_masking()
    db = open_database(settings.database_url)
    files = FileStore(settings.files_dir)
    svc = Services(settings=settings, db=db, files=files)
    seed_users(db, settings.seed_password, fast_hashing=settings.fast_password_hashing)
    if settings.load_samples:
        from api.services.cases import load_samples

        loaded = load_samples(db)
        if loaded:
            log.warning("loaded %d sample cases", loaded)
    if settings.run_worker:
        from dossier.jobs.handlers import make_handlers
        from dossier.jobs.worker import Worker

        svc.worker = Worker(db, make_handlers(files, db), lease_seconds=settings.lease_seconds)
        svc.worker.start()
    return svc


def stop_services(svc: Services) -> None:
    if svc.worker is not None:
        svc.worker.stop()
    svc.pdf.close()
    svc.db.dispose()
