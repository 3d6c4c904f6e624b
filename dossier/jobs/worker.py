"""Runs jobs: claims one, runs its handler, keeps the lease alive, records the outcome.

The same `Worker` runs jobs in both modes: as the service's own thread polling the database (no broker,
the embedded default), or called by a broker's task with the id of one job (`run_job`, `dossier worker`)."""

from __future__ import annotations

import logging
import os
import socket
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dossier.errors import DossierError
from dossier.jobs import queue
from dossier.store.db import Database

log = logging.getLogger("dossier.jobs")


class JobInterrupted(BaseException):
    """Raised inside a handler when the service is stopping or the job was taken away.

    A BaseException, like KeyboardInterrupt: library code that catches Exception per page or per row
    must not swallow it and carry on."""


@dataclass
class JobContext:
    """What a handler sees: its parameters and a progress callback that also renews the lease."""

    job_id: int
    params: dict[str, Any]
    attempt: int
    _worker: Worker = field(repr=False)
    _token: str = field(repr=False)
    waiting: bool = False  # split into parts: the job waits for them instead of being done

    @property
    def can_split(self) -> bool:
        """Parts would run side by side (workers of a broker); one embedded worker gains nothing."""
        return self._worker.dispatch is not None

    def split(self, parts: list[tuple[str, dict[str, Any]]], params: dict[str, Any]) -> list[int]:
        """Queue these parts and make this job wait for them; when the last is finished the job is
        queued again with `params` (they name the parts under "parts") and its handler joins them."""
        ids = queue.split(self._worker.db, self.job_id, self._token, parts, params)
        if ids is None:
            raise JobInterrupted("任务已不属于本工作线程")
        self.waiting = True
        for part in ids:
            self._worker.send(part)
        return ids

    def progress(self, done: int, total: int | None = None) -> None:
        if self._worker.stopping.is_set():
            raise JobInterrupted("服务正在停止")
        if not queue.heartbeat(self._worker.db, self.job_id, self._token,
                               lease_seconds=self._worker.lease_seconds, progress=done, total=total):
            raise JobInterrupted("任务已不属于本工作线程")


Handler = Callable[[JobContext], dict[str, Any]]


class Worker:
    def __init__(self, db: Database, handlers: dict[str, Handler], *, lease_seconds: float = 60.0,
                 poll_seconds: float = 1.0, transient: tuple[type[Exception], ...] = (),
                 dispatch: Callable[[int], None] | None = None) -> None:
        self.db = db
        self.dispatch = dispatch  # sends a queued job to the broker's workers (None: this one polls)
        self.transient = transient  # errors passed on to the caller (a broker retries), not failing the job
        self.handlers = handlers
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.host = socket.gethostname()
        self.worker_id = f"{self.host}:{os.getpid()}:{threading.get_ident()}"[:64]
        self.stopping = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="dossier-worker", daemon=True)
        self._thread.start()

    def send(self, job_id: int) -> None:
        """A job was queued by a job (a part, a parent to join): to the broker, or to this worker."""
        if self.dispatch is not None:
            self.dispatch(job_id)
        else:
            self.wake()

    def wake(self) -> None:
        """A new job was queued: look now rather than at the next poll."""
        self._wake.set()

    def stop(self, timeout: float = 20.0) -> None:
        """Ask the running handler to stop at its next progress call; its job goes back to the queue."""
        self.stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run_once(self) -> bool:
        """Claim and run one job; False when there was none."""
        job = queue.claim(self.db, self.worker_id, lease_seconds=self.lease_seconds, kinds=list(self.handlers))
        if job is None:
            return False
        self._run(job)
        return True

    def run_job(self, job_id: int) -> str:
        """Run this one job if it is claimable (a broker's message names it): "ran", or "skipped" when it
        is done, failed, unknown, of a kind this worker has no handler for, or held by another live
        worker (that one finishes it, or its lease runs out and the job is sent again). A lease of a
        dead process of this host is taken over."""
        kinds = list(self.handlers)
        job = queue.claim_job(self.db, job_id, self.worker_id, lease_seconds=self.lease_seconds, kinds=kinds)
        if job is None and queue.status_of(self.db, job_id) == "running" and self.take_over_dead_holders():
            job = queue.claim_job(self.db, job_id, self.worker_id, lease_seconds=self.lease_seconds, kinds=kinds)
        if job is None:
            return "skipped"
        self._run(job)
        return "ran"

    def _run(self, job: queue.ClaimedJob) -> None:
        self._execute(job)
        if "parent" in job.params:  # a part finished (done or failed): its parent may join now
            self._part_finished(int(job.params["parent"]))

    def _execute(self, job: queue.ClaimedJob) -> None:
        log.info("job %s (%s) claimed, attempt %s", job.id, job.kind, job.attempts)
        ctx = JobContext(job_id=job.id, params=job.params, attempt=job.attempts, _worker=self, _token=job.token)
        beat = _Heartbeat(self, job)
        beat.start()
        try:
            result = self.handlers[job.kind](ctx)
        except JobInterrupted:
            if self.stopping.is_set():
                queue.release(self.db, job.id, job.token)
                log.info("job %s released (service stopping)", job.id)
            return
        except DossierError as exc:
            from dossier.intake.tabular import error_text

            queue.fail(self.db, job.id, job.token, error_text(exc))  # shown to users: fields in Chinese
            log.info("job %s failed: %s", job.id, exc)
            return
        except self.transient as exc:
            log.warning("job %s interrupted by %s; it is retried when its lease runs out", job.id,
                        type(exc).__name__)
            raise
        except Exception as exc:
            log.error("job %s crashed: %s", job.id, traceback.format_exc())
            queue.fail(self.db, job.id, job.token, f"内部错误：{type(exc).__name__}")
            return
        finally:
            beat.stop()
        if ctx.waiting:
            log.info("job %s split into parts", job.id)
            return
        queue.complete(self.db, job.id, job.token, result)
        log.info("job %s done", job.id)

    def _part_finished(self, parent_id: int) -> None:
        if queue.resume_if_parts_finished(self.db, parent_id):
            log.info("job %s: all parts finished, joining", parent_id)
            self.send(parent_id)

    def take_over_dead_holders(self) -> int:
        """On start: expire the leases of this host's earlier processes that are gone (killed, crashed),
        so their jobs are taken up now rather than when the lease would have run out."""
        expired = queue.expire_leases_of(self.db, queue.dead_holders(self.db, self.host))
        if expired:
            log.info("%s job(s) of a stopped process of this host taken over", expired)
        return expired

    def _loop(self) -> None:
        try:
            self.take_over_dead_holders()
        except Exception:
            log.error("taking over jobs of a stopped process failed: %s", traceback.format_exc())
        while not self.stopping.is_set():
            try:
                worked = self.run_once()
            except Exception:
                log.error("worker loop error: %s", traceback.format_exc())
                worked = False
            if not worked:
                self._wake.wait(self.poll_seconds)
                self._wake.clear()


class _Heartbeat(threading.Thread):
    """Renews the lease while a handler runs a long step without calling progress()."""

    def __init__(self, worker: Worker, job: queue.ClaimedJob) -> None:
        super().__init__(name=f"dossier-heartbeat-{job.id}", daemon=True)
        self._worker = worker
        self._job = job
        self._done = threading.Event()

    def run(self) -> None:
        interval = max(self._worker.lease_seconds / 3, 0.2)
        while not self._done.wait(interval):
            if self._worker.stopping.is_set():
                return
            try:
                queue.heartbeat(self._worker.db, self._job.id, self._job.token,
                                lease_seconds=self._worker.lease_seconds)
            except Exception:
                log.warning("heartbeat of job %s failed", self._job.id)

    def stop(self) -> None:
        self._done.set()
