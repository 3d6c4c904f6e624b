"""Jobs through a broker (Celery with Redis): the scale-out engine behind `dossier worker`.

The database stays the record of every job (state, progress, result, audit) and the one arbiter of who
runs it; a broker message only says "job N is waiting". The task claims job N by the same atomic claim
as the embedded worker, runs the same handler through the same `Worker`, and acknowledges the message
only afterwards (late acknowledgement). So:

* a worker killed mid-task (kill -9, power cut) does not lose the job: its message is given back
  (worker lost, or Redis's visibility timeout) and its lease runs out, and a sweeper in every
  `dossier worker` sends again any job whose lease ran out or that waited too long;
* a message delivered twice, or sent again by a sweeper, runs nothing twice: the claim of a job that
  is done, failed or held by a live lease fails, and the task does nothing;
* one task per worker slot (prefetch 1): a long dossier check never sits reserved behind another.

The visibility timeout must be longer than the longest job a slot runs, or Redis gives a running
task to a second worker (harmless here — that worker finds the job held and does nothing — but
wasted); the default is 2 hours, `DOSSIER_BROKER_VISIBILITY_TIMEOUT` changes it.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from celery import Celery

    from dossier.jobs.worker import Worker

log = logging.getLogger("dossier.jobs")

RUN_JOB = "dossier.run_job"
QUEUE = "dossier"
DEFAULT_VISIBILITY_TIMEOUT = 7200


def celery_app(url: str, *, visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT) -> Celery:
    """The Celery application of one broker: reliability settings and the one task, `run_job`."""
    from celery import Celery
    from sqlalchemy.exc import DBAPIError

    app = Celery("dossier", broker=url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,  # acknowledged after the job ran, not when it was received
        task_reject_on_worker_lost=True,  # a pool process killed mid-task: the message goes back
        worker_prefetch_multiplier=1,  # one message reserved per slot, no more
        broker_transport_options={"visibility_timeout": visibility_timeout},
        task_default_queue=QUEUE,
        task_ignore_result=True,  # results live in the database
        task_serializer="json",
        accept_content=["json"],
        task_publish_retry_policy={"max_retries": 3, "interval_start": 0, "interval_step": 0.5,
                                   "interval_max": 2},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        enable_utc=True,
    )
    # A database that does not answer (restarting, failing over) is worth retrying, with growing
    # pauses; the job's own attempts (max_attempts in the database) still bound the whole.
    app.task(name=RUN_JOB, bind=True, autoretry_for=(DBAPIError,), retry_backoff=2, retry_backoff_max=120,
             retry_jitter=True, max_retries=10, acks_late=True)(_run_job_task)
    return app


@lru_cache(maxsize=4)
def publisher(url: str, visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT) -> Celery:
    """One Celery application per broker URL for the service's senders (it keeps a connection pool)."""
    return celery_app(url, visibility_timeout=visibility_timeout)


def publish(url: str, job_id: int, *, visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT) -> bool:
    """Tell the workers that job N waits. False when the broker cannot be reached: the job stays queued
    in the database and a worker's sweeper sends it again later; nothing is lost."""
    try:
        publisher(url, visibility_timeout).send_task(RUN_JOB, args=[job_id], queue=QUEUE)
    except Exception as exc:  # kombu's OperationalError and socket errors alike
        log.warning("job %s: broker not reachable (%s); sent again later by a worker", job_id, type(exc).__name__)
        return False
    return True


# --- the worker side: one runtime per worker process -------------------------------------------------

@dataclass(frozen=True)
class WorkerConfig:
    """What every `dossier worker` process needs: the database, the shared file store, the lease."""

    database_url: str
    files_dir: Path
    lease_seconds: float = 60.0
    broker_url: str = ""
    visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT
    chunk_pages: int = 20  # a dossier of more pages is read in ranges of this many, by any workers


_config: WorkerConfig | None = None
_runtime: tuple[int, Worker, Any] | None = None  # (pid, worker, warm converter)
_lock = threading.Lock()


def configure(config: WorkerConfig) -> None:
    """Set before the worker's pool starts; each pool process builds its own runtime from it."""
    global _config, _runtime
    _config = config
    _runtime = None


def runtime() -> Worker:
    """This process's worker: its own database connections and its own warm LibreOffice, made on the
    first task (after the pool forked, so no connection or soffice is shared between processes)."""
    global _runtime
    with _lock:
        if _runtime is not None and _runtime[0] == os.getpid():
            return _runtime[1]
        if _config is None:
            raise RuntimeError("dossier worker not configured")
        from sqlalchemy.exc import DBAPIError

        from dossier.jobs.handlers import make_handlers
        from dossier.jobs.warm_pdf import WarmConverter
        from dossier.jobs.worker import Worker
        from dossier.store.db import open_database
        from dossier.store.files import FileStore

        db = open_database(_config.database_url)
        files = FileStore(_config.files_dir)
        pdf = WarmConverter()
        config = _config
        handlers = make_handlers(files, db, pdf=pdf.factory, chunk_pages=config.chunk_pages)
        worker = Worker(db, handlers, lease_seconds=config.lease_seconds,
                        transient=(DBAPIError,),
                        dispatch=lambda job_id: _send(config, job_id))
        _runtime = (os.getpid(), worker, pdf)
        return worker


def close_runtime() -> None:
    """The pool process stops: its LibreOffice and its database connections go with it."""
    global _runtime
    with _lock:
        current, _runtime = _runtime, None
    if current is not None and current[0] == os.getpid():
        current[2].close()
        current[1].db.dispose()


def _send(config: WorkerConfig, job_id: int) -> None:
    publish(config.broker_url, job_id, visibility_timeout=config.visibility_timeout)


def _run_job_task(task: Any, job_id: int) -> str:
    outcome = runtime().run_job(int(job_id))
    log.info("job %s: %s", job_id, outcome)
    return outcome


class Sweeper(threading.Thread):
    """Sends again the jobs a broker may have lost (see `queue.orphaned`), every half lease."""

    def __init__(self, config: WorkerConfig) -> None:
        super().__init__(name="dossier-sweeper", daemon=True)
        self.config = config
        self.stopping = threading.Event()

    def run(self) -> None:
        from dossier.jobs import queue
        from dossier.store.db import open_database

        db = open_database(self.config.database_url, run_migrations=False)
        interval = max(self.config.lease_seconds / 2, 0.5)
        try:
            while not self.stopping.wait(interval):
                try:
                    for job_id in queue.orphaned(db, queued_for=max(10 * self.config.lease_seconds, 60),
                                                 silent_for=self.config.lease_seconds):
                        log.info("job %s sent again (its worker stopped or its message was lost)", job_id)
                        _send(self.config, job_id)
                    for job_id in queue.stalled_parents(db):
                        log.info("job %s: its parts are finished, sent to be joined", job_id)
                        _send(self.config, job_id)
                except Exception:
                    log.exception("sweeping lost jobs failed")
        finally:
            db.dispose()

    def stop(self) -> None:
        self.stopping.set()
