"""Support for the browser stories: the real service as a subprocess (`dossier serve` on a free port, temp data dir) and Debian's chromium
driven by Playwright. Screenshots go to $DOSSIER_SCREENSHOTS when set."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

PASSWORD = "口令-browser-1"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DOSSIER = Path(sys.executable).parent / "dossier"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveService:
    url: str
    data: Path
    process: subprocess.Popen[bytes]
    log: Path

    def token(self, username: str) -> dict[str, str]:
        # a login hashes the password: beside other tests on two cores it may take more than httpx's 5 s
        res = httpx.post(f"{self.url}/api/auth/token", json={"username": username, "password": PASSWORD},
                         timeout=60)
        res.raise_for_status()
        return {"Authorization": f"Bearer {res.json()['access_token']}"}


def start_service(data: Path, *, port: int | None = None, extra_env: dict[str, str] | None = None) -> LiveService:
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {"DOSSIER_SEED_PASSWORD": PASSWORD, "DOSSIER_FAST_PASSWORD_HASHING": "1"} | (extra_env or {})
    log = data.parent / f"{data.name}-service-{port}.log"
    with log.open("ab") as out:
        process = subprocess.Popen([str(DOSSIER), "serve", "--port", str(port), "--data", str(data)],
                                   stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    service = LiveService(url=f"http://127.0.0.1:{port}", data=data, process=process, log=log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"service exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{service.url}/healthz", timeout=2).status_code == 200:
                return service
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    stop_service(service)
    raise RuntimeError(f"service did not become ready:\n{log.read_text()}")


def stop_service(service: LiveService, sig: int = signal.SIGTERM, timeout: float = 40) -> int:
    if service.process.poll() is None:
        service.process.send_signal(sig)
    try:
        return service.process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(service.process.pid, signal.SIGKILL)
        service.process.wait(10)
        raise


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    service = start_service(tmp_path_factory.mktemp("live") / "data")
    yield service
    code = stop_service(service)
    assert code == 0, f"service did not stop cleanly on SIGTERM ({code}):\n{service.log.read_text()[-3000:]}"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN", accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    context.close()


def log_in(page: Any, live: LiveService, username: str) -> None:
    page.goto(live.url + "/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.get_by_role("button", name="退出").wait_for()  # only a logged-in page has it


def shot(page: Any, name: str) -> None:
    folder = os.environ.get("DOSSIER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)
