"""`dossier serve`: the whole service (pages, API, worker) on embedded defaults; with a broker
(DOSSIER_BROKER_URL) jobs also go to `dossier worker`s, and DOSSIER_WORKER=0 serves pages only."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path
from types import FrameType

import click

from dossier.cli.common import reports_errors


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="端口")
@click.option("--data", "data_dir", default="./data", show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="数据目录（SQLite 数据库与文件）")
@reports_errors
def serve(host: str, port: int, data_dir: Path) -> None:
    """启动网页服务与 API：默认使用数据目录下的 SQLite 与文件，首次启动载入示例案件。

    设置 DATABASE_URL 使用 PostgreSQL；DOSSIER_SEED_PASSWORD 设定首次启动创建的用户的密码
    （未设定时随机生成并在控制台显示一次）。SIGTERM 时完成或交还正在处理的任务后退出。

    任务默认在本进程内处理。设置 DOSSIER_BROKER_URL（如 redis://127.0.0.1:6379/0）后任务经该代理
    交给 `dossier worker`（可在多台机器上运行）；此时 DOSSIER_WORKER=0 表示本进程只提供网页与 API。
    """
    import uvicorn

    from api.app import create_app
    from api.settings import Settings
    from dossier.privacy import install_log_masking
    from dossier.store.db import check_reachable

    # the service logs at INFO (reports_errors set up the commands' WARNING level first)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, force=True,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    install_log_masking()
    settings = Settings.from_env(data_dir)
    check_reachable(settings.database_url)
    if settings.run_worker:
        # The jobs run on a thread of this process (no broker): let the threads that answer pages take
        # the interpreter more often than every 5 ms while a job computes, so pages answer promptly.
        sys.setswitchinterval(0.001)
    app = create_app(settings)
    # uvicorn shuts down gracefully on SIGTERM (the worker finishes or gives back its job), then
    # re-raises the signal under the handler it found: make that an ordinary, successful exit.
    signal.signal(signal.SIGTERM, _exit_after_shutdown)
    click.echo(f"dossier 服务：http://{host}:{port}/ （数据目录 {settings.data_dir}）", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=25)


def _exit_after_shutdown(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)
