"""DOCX → PDF through LibreOffice kept running for a whole batch (never one soffice per document).

Starting soffice costs seconds; converting one document in a running soffice costs a tenth of one.
`PdfConverter` starts soffice once per core (at most two, each with a private profile so parallel
runs never collide; with our fontconfig file, so the court fonts 仿宋_GB2312/宋体/黑体/楷体 map to
installed free CJK fonts) and a small UNO client for each (`uno_worker.py`, run by the system Python
that has `uno`). Each document has a timeout; a crashed or hung soffice is killed and restarted;
closing (also on Ctrl-C or SIGTERM) leaves no soffice, profile or socket file behind, and a killed
parent takes its soffice with it (PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import logging
import os
import queue
import selectors
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
import weakref
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from dossier.errors import ExternalToolError, os_reason

log = logging.getLogger(__name__)

_THREAD_PREFIX = "dossier-soffice"
_PROFILE_PREFIX = "dossier-lo-"
_OWNER_FILE = "owner.pid"
RESTART_EXIT_CODE = 81  # soffice.bin asks to be started again after creating a fresh profile
_PR_SET_PDEATHSIG = 1

ExportOptions = Mapping[str, bool | int | str]
# Writer bookmarks become named destinations of the PDF: a merged batch (`dossier.batch.compose`)
# marks where each document starts, and the PDF is split there.
MARKED: ExportOptions = {"ExportBookmarksToPDFDestination": True}


def fontconfig_file() -> Path:
    """Our fontconfig file (includes the system one, adds the court-font aliases)."""
    return Path(str(resources.files("dossier.render").joinpath("fonts/fonts.conf")))


def find_soffice() -> Path:
    """soffice.bin itself (not the launcher script), so that killing it really ends LibreOffice."""
    configured = os.environ.get("DOSSIER_SOFFICE")
    found = configured or shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise ExternalToolError("未找到 LibreOffice（soffice），请先运行 scripts/setup.sh 安装")
    program = Path(found).resolve()
    binary = program.with_name("soffice.bin")
    return binary if binary.exists() else program


def find_uno_python() -> str:
    return os.environ.get("DOSSIER_UNO_PYTHON", "/usr/bin/python3")


@dataclass
class _Office:
    """One running soffice and the UNO client talking to it."""

    soffice: subprocess.Popen[bytes]
    worker: subprocess.Popen[bytes]
    pipe: str = ""
    profile_url: str = ""
    buffer: bytearray = field(default_factory=bytearray)

    def alive(self) -> bool:
        return self.soffice.poll() is None and self.worker.poll() is None


class _Died(Exception):
    """soffice or the worker went away while converting."""


class _Instance:
    """One soffice (own profile and pipe) with its restart logic; used by one thread at a time."""

    def __init__(self, *, timeout: float, startup_timeout: float) -> None:
        self.timeout = timeout
        self.startup_timeout = startup_timeout
        self.restarts = 0
        self._lock = threading.Lock()
        self._office: _Office | None = None
        self._closed = False
        self._tmp = Path(tempfile.mkdtemp(prefix=_PROFILE_PREFIX))
        (self._tmp / _OWNER_FILE).write_text(str(os.getpid()))
        self._cleanup = weakref.finalize(self, _cleanup, self._tmp, [None])

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        with self._lock:
            self._ensure_office()

    def close(self) -> None:
        """Ask soffice to quit, kill it if it does not, remove the private profile."""
        with self._lock:
            office, self._office = self._office, None
            self._closed = True
            if office is not None:
                _quit(office)
            self._cleanup()

    @property
    def pids(self) -> list[int]:
        """Process ids of the running soffice and worker (for tests that check nothing is left)."""
        office = self._office
        return [] if office is None else [office.soffice.pid, office.worker.pid]

    # --- conversion ---------------------------------------------------------------------------

    def convert(self, source: Path, target: Path, options: ExportOptions | None = None) -> None:
        with self._lock:
            self._convert_with_retry(source, target, options)

    def _convert_with_retry(self, source: Path, target: Path, options: ExportOptions | None) -> None:
        request: dict[str, Any] = {"in": str(source), "out": str(target)}
        if options:
            request["options"] = dict(options)
        for attempt in (1, 2):
            office = self._ensure_office()
            try:
                reply = self._request(office, request, self.timeout)
            except TimeoutError as exc:
                self._discard(office)
                raise ExternalToolError(f"LibreOffice 转换超时（超过{self.timeout:g}秒），已重启 LibreOffice",
                                        file=source.name) from exc
            except _Died as exc:
                self._discard(office)
                if attempt == 2:
                    raise ExternalToolError(f"LibreOffice 在转换时崩溃（已重启仍失败）：{exc}",
                                            file=source.name) from exc
                log.warning("soffice died while converting %s; restarting", source.name)
                continue
            if reply.get("ok"):
                if not target.is_file() or target.stat().st_size == 0:
                    raise ExternalToolError("LibreOffice 未生成 PDF", file=source.name)
                return
            if reply.get("fatal"):
                self._discard(office)
                if attempt == 2:
                    raise ExternalToolError(f"LibreOffice 转换失败：{reply.get('error')}", file=source.name)
                continue
            raise ExternalToolError(f"LibreOffice 无法转换此文件：{reply.get('error')}", file=source.name)

    # --- processes ----------------------------------------------------------------------------

    def _ensure_office(self) -> _Office:
        if self._closed:
            raise ExternalToolError("PDF 转换器已关闭")
        if self._office is not None and self._office.alive():
            return self._office
        if self._office is not None:
            self._discard(self._office)
        self._office = self._spawn()
        self._cleanup.detach()
        self._cleanup = weakref.finalize(self, _cleanup, self._tmp, [self._office])
        return self._office

    def _discard(self, office: _Office) -> None:
        _kill(office)
        if self._office is office:
            self._office = None
            self.restarts += 1

    def _spawn(self) -> _Office:
        soffice_bin = find_soffice()
        profile = self._tmp / "profile"
        env = dict(os.environ)
        env["FONTCONFIG_FILE"] = str(fontconfig_file())
        env["SAL_USE_VCLPLUGIN"] = "svp"
        deadline = time.monotonic() + self.startup_timeout
        for _ in range(3):
            pipe = f"dossier-{os.getpid()}-{uuid.uuid4().hex[:12]}"
            soffice = _popen([str(soffice_bin), "--headless", "--invisible", "--nologo", "--norestore",
                              "--nodefault", "--nolockcheck", "--nofirststartwizard",
                              f"-env:UserInstallation={profile.as_uri()}",
                              f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
                             env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
            worker = _popen([find_uno_python(), str(Path(__file__).with_name("uno_worker.py")), pipe],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            office = _Office(soffice=soffice, worker=worker, pipe=pipe, profile_url=profile.as_uri())
            try:
                reply = self._request(office, None, max(1.0, deadline - time.monotonic()))
            except (TimeoutError, _Died) as exc:
                code = soffice.poll()
                _kill(office, close_streams=False)
                detail = _stderr(worker)
                _kill(office)
                if code == RESTART_EXIT_CODE:
                    continue  # fresh profile created; start again
                raise ExternalToolError(f"LibreOffice 启动失败：{exc} {detail}".strip()) from exc
            if reply.get("ready"):
                log.debug("soffice %s ready (pipe %s)", soffice.pid, pipe)
                return office
            _kill(office)
        raise ExternalToolError("LibreOffice 反复要求重启，无法启动")

    def _request(self, office: _Office, message: dict[str, Any] | None, timeout: float) -> dict[str, Any]:
        """Send one JSON line (None: only read) and wait for the reply line."""
        stdin, stdout = office.worker.stdin, office.worker.stdout
        assert stdin is not None and stdout is not None
        if message is not None:
            try:
                stdin.write((json.dumps(message) + "\n").encode())
                stdin.flush()
            except (BrokenPipeError, OSError) as exc:
                raise _Died("UNO 连接已断开") from exc
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(stdout, selectors.EVENT_READ)
            while b"\n" not in office.buffer:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                if not sel.select(timeout=min(left, 0.5)):
                    if office.soffice.poll() is not None:
                        raise _Died(f"soffice 已退出（状态 {office.soffice.returncode}）")
                    continue
                chunk = os.read(stdout.fileno(), 65536)
                if not chunk:
                    raise _Died("UNO 客户端已退出")
                office.buffer.extend(chunk)
        line, _, rest = bytes(office.buffer).partition(b"\n")
        office.buffer[:] = rest
        reply: dict[str, Any] = json.loads(line)
        return reply


class PdfConverter:
    """Context manager: ``with PdfConverter() as pdf: pdf.submit(docx, outdir)`` (or `convert`).

    `instances` soffice processes run side by side (default: one per core, at most 2), each
    converting one document at a time; a batch is spread over them.
    """

    def __init__(self, *, instances: int | None = None, timeout: float = 60.0,
                 startup_timeout: float = 90.0) -> None:
        count = instances or max(1, min(2, os.cpu_count() or 1))
        sweep_stale_profiles()
        self._instances = [_Instance(timeout=timeout, startup_timeout=startup_timeout) for _ in range(count)]
        self._free: queue.Queue[_Instance] = queue.Queue()
        for instance in self._instances:
            self._free.put(instance)
        self._pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix=_THREAD_PREFIX)

    def __enter__(self) -> PdfConverter:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def start(self) -> None:
        """Start every soffice now (in parallel) rather than on the first document."""
        try:
            list(self._pool.map(lambda instance: instance.start(), self._instances))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        for instance in self._instances:
            instance.close()

    @property
    def restarts(self) -> int:
        """How often a crashed or hung soffice was replaced."""
        return sum(i.restarts for i in self._instances)

    @property
    def timeout(self) -> float:
        """Seconds one document may take before its soffice is killed and restarted."""
        return self._instances[0].timeout

    @timeout.setter
    def timeout(self, seconds: float) -> None:
        for instance in self._instances:
            instance.timeout = seconds

    @property
    def pids(self) -> list[int]:
        """Process ids of the running soffice and worker processes."""
        return [pid for i in self._instances for pid in i.pids]

    def convert(self, docx: Path, outdir: Path, *, options: ExportOptions | None = None) -> Path:
        """Convert one document into outdir/<stem>.pdf (written atomically); ExternalToolError on failure."""
        return self.submit(docx, outdir, options=options).result()

    def submit(self, docx: Path, outdir: Path, *, options: ExportOptions | None = None) -> Future[Path]:
        """Queue one conversion; the next free soffice takes it (the caller goes on rendering).

        `options`: PDF export settings (LibreOffice's FilterData), e.g. `MARKED` for a merged batch.
        Work always runs on the converter's own threads, which live until close(): soffice is
        started there, so it can be tied to its parent (see `_die_with_parent`).
        """
        return self._pool.submit(self._convert_now, docx, outdir, options)

    @property
    def instances(self) -> int:
        """How many soffice processes convert side by side (a caller keeps that many busy)."""
        return len(self._instances)

    def _convert_now(self, docx: Path, outdir: Path, options: ExportOptions | None = None) -> Path:
        source = Path(docx).resolve()
        if not source.is_file():
            raise ExternalToolError("待转换的文件不存在", file=str(docx))
        outdir.mkdir(parents=True, exist_ok=True)
        target = outdir / f"{source.stem}.pdf"
        partial = outdir / f".{source.stem}.{uuid.uuid4().hex[:8]}.part.pdf"
        instance = self._free.get()
        try:
            instance.convert(source, partial.resolve(), options)
            os.replace(partial, target)
        finally:
            self._free.put(instance)
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        return target

    def convert_bytes(self, docx: bytes) -> bytes:
        """Convert DOCX bytes to PDF bytes (through a private temporary folder)."""
        work = Path(tempfile.mkdtemp(prefix="dossier-pdf-"))
        try:
            source = work / "document.docx"
            source.write_bytes(docx)
            return self.convert(source, work).read_bytes()
        finally:
            shutil.rmtree(work, ignore_errors=True)


def sweep_stale_profiles() -> None:
    """Remove private profiles left by a dossier process that was killed (SIGKILL skips cleanup)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_PROFILE_PREFIX}*"):
        try:
            owner = int((folder / _OWNER_FILE).read_text())
            os.kill(owner, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):
            continue  # not ours to judge (no owner file yet, or another user's)


def _die_with_parent() -> None:
    """Child side: receive SIGKILL when the parent dies, even by SIGKILL (Linux only)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _popen(cmd: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    # PDEATHSIG fires when the creating *thread* ends: children are started on the converter's
    # threads (they live until close()) or the main thread, never on a short-lived one.
    pool_thread = threading.current_thread().name.startswith(_THREAD_PREFIX)
    tie = pool_thread or threading.current_thread() is threading.main_thread()
    try:
        return subprocess.Popen(cmd, start_new_session=True, preexec_fn=_die_with_parent if tie else None,
                                **kwargs)
    except OSError as exc:
        raise ExternalToolError(f"无法启动 {Path(cmd[0]).name}：{os_reason(exc)}") from exc


def _stderr(worker: subprocess.Popen[bytes]) -> str:
    """The worker's last error line, once it has exited (says e.g. that `uno` is missing)."""
    if worker.poll() is None or worker.stderr is None or worker.stderr.closed:
        return ""
    text = worker.stderr.read().decode(errors="replace").strip()
    if "No module named 'uno'" in text:
        return "（系统 Python 缺少 python3-uno，请运行 scripts/setup.sh）"
    return text.splitlines()[-1] if text else ""


def _quit(office: _Office) -> None:
    """Polite shutdown first (soffice removes its pipe and lock files), then force."""
    if office.alive() and office.worker.stdin is not None:
        try:
            office.worker.stdin.write(b'{"quit": true}\n')
            office.worker.stdin.flush()
            office.soffice.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            pass
    _kill(office)


def _kill(office: _Office, *, close_streams: bool = True) -> None:
    _kill_processes(office, close_streams=close_streams)
    _remove_pipes(office)


def _kill_processes(office: _Office, *, close_streams: bool) -> None:
    for proc in (office.worker, office.soffice):
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        if not close_streams:
            continue
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def _remove_pipes(office: _Office) -> None:
    """soffice leaves its socket files in /tmp even after a clean exit; remove ours once it is gone.

    The accept pipe has the name we gave it; the single-instance pipe is named after the profile
    (MD5 of its URL in UTF-16, each byte in unpadded hex, as LibreOffice's officeipcthread does).
    """
    if office.soffice.poll() is None:
        return
    digest = hashlib.md5(office.profile_url.encode("utf-16-le"), usedforsecurity=False).digest()
    names = [office.pipe, "SingleOfficeIPC_" + "".join(format(b, "x") for b in digest)]
    for folder in ("/tmp", "/var/tmp"):
        for name in names:
            with contextlib.suppress(OSError):
                os.unlink(f"{folder}/OSL_PIPE_{os.getuid()}_{name}")


def _cleanup(tmp: Path, offices: list[_Office | None]) -> None:
    """Finaliser: also runs at interpreter exit when close() was never called."""
    for office in offices:
        if office is not None:
            _kill(office)
    shutil.rmtree(tmp, ignore_errors=True)
