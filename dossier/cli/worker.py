"""`dossier worker`: runs the service's jobs taken from the broker (DOSSIER_BROKER_URL), on any machine
that reaches the broker, the database (DATABASE_URL) and the shared file store (--data)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from dossier.cli.common import reports_errors


@click.command(name="worker")
@click.option("--concurrency", "-c", type=click.IntRange(1, 64), default=None,
              help="同时处理的任务数（进程数），默认为 CPU 核数")
@click.option("--data", "data_dir", default="./data", show_default=True,
              type=click.Path(path_type=Path, file_okay=False),
              help="数据目录（文件存储 files/ 须与网页服务共享，例如网络共享目录）")
@click.option("--pool", type=click.Choice(["prefork", "solo", "threads"]), default="prefork", show_default=True,
              hidden=True)
@reports_errors
def worker(concurrency: int | None, data_dir: Path, pool: str) -> None:
    """从任务代理（DOSSIER_BROKER_URL）领取并处理任务：批量生成、卷宗审查等。

    须与网页服务使用同一数据库（DATABASE_URL，PostgreSQL）、同一任务代理和同一文件存储
    （--data 下的 files/，多台机器时为共享挂载目录）。SIGTERM 时做完手上的任务后退出；
    被强行终止（kill -9、断电）时，其任务由其他工作进程重新处理，不丢失、不重复。
    """
    from api.settings import Settings
    from dossier.errors import InputError
    from dossier.jobs import broker
    from dossier.privacy import install_log_masking
    from dossier.store.db import check_reachable, open_database

    logging.basicConfig(level=logging.INFO, stream=sys.stderr, force=True,
                        format="%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    install_log_masking()
    settings = Settings.from_env(data_dir)
    if not settings.broker_url:
        raise InputError("未设置任务代理地址；没有代理时任务由 dossier serve 自己处理",
                         field="DOSSIER_BROKER_URL")
    check_reachable(settings.database_url)
    open_database(settings.database_url).dispose()  # schema migrated once here, not by every pool process
    config = broker.WorkerConfig(database_url=settings.database_url, files_dir=settings.files_dir,
                                 lease_seconds=settings.lease_seconds, broker_url=settings.broker_url,
                                 visibility_timeout=settings.broker_visibility_timeout,
                                 chunk_pages=settings.check_chunk_pages)
    broker.configure(config)
    app = broker.celery_app(settings.broker_url, visibility_timeout=settings.broker_visibility_timeout)
    _connect_signals(config)
    slots = concurrency or os.cpu_count() or 1
    # The cores are shared between the slots: each dossier check reads its pages with cores/slots
    # processes (unless DOSSIER_OCR_WORKERS says otherwise), not every slot with all the cores.
    os.environ.setdefault("DOSSIER_OCR_WORKERS", str(max(1, (os.cpu_count() or 1) // slots)))
    click.echo(f"dossier 工作进程：并发 {slots}，文件存储 {settings.files_dir}", err=True)
    app.Worker(concurrency=slots, pool=pool, queues=[broker.QUEUE],
               loglevel="INFO", without_gossip=True, without_mingle=True, without_heartbeat=True,
               optimization="fair").start()


def _connect_signals(config: Any) -> None:
    from celery import signals

    from dossier.jobs import broker

    sweeper = broker.Sweeper(config)

    def started(**_: Any) -> None:
        sweeper.start()

    def stopping(**_: Any) -> None:
        sweeper.stop()
        broker.close_runtime()

    def process_stopping(**_: Any) -> None:
        broker.close_runtime()

    signals.worker_ready.connect(started, weak=False)
    signals.worker_shutdown.connect(stopping, weak=False)
    signals.worker_process_shutdown.connect(process_stopping, weak=False)
