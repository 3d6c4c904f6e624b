"""Helpers of the job tests: batches of the sample cases, and `dossier worker` processes."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

from dossier.jobs import queue
from dossier.store.db import Database
from dossier.store.files import FileStore
from dossier.store.models import Job

REPO = Path(__file__).resolve().parents[2]
TYPES = ["enforcement_notice", "property_report_order"]


def sample_cases(n: int) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((REPO / "samples" / "cases.json").read_text(encoding="utf-8"))
    return cases[:n]


def batch_params(cases: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"types": TYPES, "formats": ["docx"], "issued_on": "2024-05-06", "cases": cases, **extra}


def submit(db: Database, params: dict[str, Any]) -> int:
    with db.session() as s:
        return queue.enqueue(s, "batch_generate", params).id


def job(db: Database, job_id: int) -> Job:
    with db.session() as s:
        found = s.get(Job, job_id)
        assert found is not None
        return found


def zip_names(files: FileStore, result: dict[str, Any]) -> list[str]:
    [zipped] = [f for f in result["files"] if f["name"] == "文书.zip"]
    with zipfile.ZipFile(io.BytesIO(files.read_bytes(zipped["sha256"]))) as zf:
        return sorted(zf.namelist())


def documents(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    return sorted((o["case_number"], o["type"], o["format"]) for o in result["outputs"])


class Workers:
    """`dossier worker` processes (each in its own process group: killed whole, pool and all)."""

    def __init__(self, data_dir: Path, env: dict[str, str], logs: Path) -> None:
        self.data_dir = data_dir
        self.env = env
        self.logs = logs
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, count: int) -> list[subprocess.Popen[bytes]]:
        started = []
        for _ in range(count):
            log = (self.logs / f"worker-{len(self.procs) + 1}.log").open("wb")
            proc = subprocess.Popen([sys.executable, "-m", "dossier.cli.main", "worker", "--data", str(self.data_dir),
                                     "--concurrency", "1"], env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)
            self.procs.append(proc)
            started.append(proc)
        for proc in started:
            self._wait_ready(proc)
        return started

    def _wait_ready(self, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
        log = self.logs / f"worker-{self.procs.index(proc) + 1}.log"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " ready." in log.read_text(errors="replace"):
                return
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"worker did not start:\n{log.read_text(errors='replace')[-3000:]}")

    def holding(self, worker_id: str) -> subprocess.Popen[bytes]:
        """The worker whose process (or pool process) holds a job: `host:pid:thread`."""
        pid = int(worker_id.split(":")[1])
        for proc in self.procs:
            if proc.pid == pid or pid in _children(proc.pid):
                return proc
        raise AssertionError(f"no worker of this test holds {worker_id}")

    def kill9(self, proc: subprocess.Popen[bytes]) -> None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)

    def log_text(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-4000:] for p in sorted(self.logs.glob("worker-*.log")))


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]




# --- the service under a real uvicorn, as `dossier serve` runs it -------------------------------------

PASSWORD = "口令-jobs-1"
DOSSIER = Path(sys.executable).parent / "dossier"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveService:
    def __init__(self, data: Path, env: dict[str, str]) -> None:
        import httpx

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = data.parent / "service.log"
        full_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        full_env |= {"DOSSIER_SEED_PASSWORD": PASSWORD, "DOSSIER_FAST_PASSWORD_HASHING": "1"} | env
        with self.log.open("ab") as out:
            self.process = subprocess.Popen([str(DOSSIER), "serve", "--port", str(self.port), "--data", str(data)],
                                            stdout=out, stderr=subprocess.STDOUT, env=full_env,
                                            start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise AssertionError(f"service did not start:\n{self.log.read_text(errors='replace')[-3000:]}")

    def token(self, username: str) -> dict[str, str]:
        import httpx

        res = httpx.post(f"{self.url}/api/auth/token", json={"username": username, "password": PASSWORD})
        res.raise_for_status()
        return {"Authorization": f"Bearer {res.json()['access_token']}"}

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(40)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
