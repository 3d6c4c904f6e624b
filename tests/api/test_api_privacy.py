"""Issue 12: ID numbers and credit codes never reach the server log unmasked (access log, arguments,
tracebacks), and only the roles that need them see them in full over the API."""

from __future__ import annotations

import copy
import io
import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from api_support import PASSWORD, case_id, make_settings

from api.app import create_app
from dossier.privacy import install_log_masking

ID_NUMBER = "410303198001011237"  # the applicant of the contract case (a sample case)
CREDIT_CODE = "91410300MA44XYBQ7E"
# any GB 11643 resident ID number or GB 32100 credit code, wherever it stands in the text
UNMASKED = re.compile(r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
                      r"|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[str, io.StringIO]]:
    """The service under a real uvicorn (its own access-log formatter, as `dossier serve` runs it), every
    log record of every logger also written to a buffer; the log text is what the test greps."""
    install_log_masking()  # what `dossier serve` does first
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    port = _free_port()
    app = create_app(make_settings(tmp_path / "data", db_url))
    log_config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)  # uvicorn's own formatters, into the buffer
    for spec in log_config["handlers"].values():
        spec["stream"] = buffer
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="info", log_config=log_config))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}", buffer
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        root.removeHandler(handler)
        root.setLevel(old_level)
        for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):  # uvicorn's handlers wrote to capsys
            logging.getLogger(name).handlers.clear()


def test_the_server_log_shows_no_id_number_nor_credit_code(served, capsys):
    base, buffer = served
    with httpx.Client(base_url=base, timeout=30) as client:
        token = client.post("/api/auth/token", json={"username": "archive", "password": PASSWORD}).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        assert client.get(f"/api/cases/{ID_NUMBER}", headers=headers).status_code == 422
        assert client.get(f"/api/cases/{ID_NUMBER}").status_code == 401
        assert client.get("/api/cases", params={"q": CREDIT_CODE}, headers=headers).status_code == 200
        assert client.get(f"/api/cases/{CREDIT_CODE}x", headers=headers).status_code == 422
        cid = case_id(client, headers, "（2024）豫0311执1234号")  # type: ignore[arg-type]
        for name in (f"张三{ID_NUMBER}身份证.pdf", f"{CREDIT_CODE}.pdf", f"卷{ID_NUMBER.lower()}.jpg"):
            res = client.post("/api/dossiers", data={"case_id": str(cid)}, headers=headers,
                              files={"files": (name, b"%PDF-1.4 not really a pdf", "application/pdf")})
            assert res.status_code == 422, res.text
    # a traceback that shows a number, as an unexpected error's would
    try:
        raise ValueError(f"案件当事人 {ID_NUMBER} 的数据有误（{CREDIT_CODE}）")
    except ValueError:
        logging.getLogger("dossier.api").exception("处理请求 /api/cases/%s 时出错", ID_NUMBER)
    logging.getLogger("uvicorn.access").info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:1", "GET",
                                             f"/api/cases/%E5%8D%B7{ID_NUMBER}", "1.1", 404)
    # a handler that fails while an exception showing the URL is handled: logging's own dump to stderr
    broken = logging.StreamHandler(io.StringIO())
    broken.stream.close()
    logging.getLogger("dossier.api").addHandler(broken)
    try:
        raise LookupError(f"GET /api/cases/{ID_NUMBER}")
    except LookupError:
        logging.getLogger("dossier.api").warning("请求 %s 失败", f"/api/cases/{ID_NUMBER}")
    finally:
        logging.getLogger("dossier.api").removeHandler(broken)
    captured = capsys.readouterr()
    assert "Logging error" in captured.err and "LookupError" in captured.err
    log = buffer.getvalue() + captured.out + captured.err
    assert "GET /api/cases/410303" in log and "/api/cases/410303********1237" in log  # the access log was written
    assert "Traceback" in log and "ValueError" in log
    assert "Logging error" not in buffer.getvalue()  # uvicorn's access formatter works on masked records
    assert UNMASKED.findall(log) == [], log[-3000:]


@pytest.mark.parametrize("role, full", [("filing", True), ("admin", True), ("documents", False),
                                        ("archive", False), ("undertaker", False)])
def test_a_case_shows_full_id_numbers_only_to_the_roles_that_need_them(service, as_user, role, full):
    """`GET /api/cases/{id}` returned full ID numbers and credit codes to every role (listings were masked)."""
    headers = as_user(role)
    cid = case_id(service, as_user("filing"), "（2024）豫0311执1234号")
    res = service.get(f"/api/cases/{cid}", headers=headers)
    assert res.status_code == 200, res.text
    data = res.json()["data"]
    applicant, respondent = data["applicants"][0], data["respondents"][0]
    if full:
        assert applicant["id_number"] == ID_NUMBER and respondent["id_number"] == CREDIT_CODE
    else:
        assert applicant["id_number"] == "410303********1237" and respondent["id_number"] == "914103********BQ7E"
        assert UNMASKED.findall(res.text) == []
    listing = service.get("/api/cases", params={"q": "（2024）豫0311执1234号"}, headers=headers).json()
    assert UNMASKED.findall(str(listing)) == []  # listings stay masked for everyone


def test_a_case_created_by_the_filing_window_comes_back_in_full(service, as_user, contract_case_dict):
    contract_case_dict["case_number"] = "（2024）豫0311执9876号"
    contract_case_dict["note"] = f"申请人身份证 {ID_NUMBER}"  # an unknown field is kept, masked for others
    res = service.post("/api/cases", json=contract_case_dict, headers=as_user("filing"))
    assert res.status_code == 201, res.text
    assert res.json()["data"]["applicants"][0]["id_number"] == ID_NUMBER
    shown = service.get(f"/api/cases/{res.json()['id']}", headers=as_user("undertaker")).json()["data"]
    assert shown["note"] == "申请人身份证 410303********1237"
