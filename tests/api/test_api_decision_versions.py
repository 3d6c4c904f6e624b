"""Issue 12: one decision per dossier state. The same dossier was approved, approved, rejected, approved —
all accepted — and F5 after a decision sent it again. A decision now carries the version of the result it
decides on; a second one on that version is refused (409, in Chinese); a page correction opens a new one."""

from __future__ import annotations

import pytest
from api_support import PASSWORD
from test_api_corrections import checked, correct  # noqa: F401 - the fixture: a finished check of sample 03

pytestmark = pytest.mark.postgres


def decide(service, headers, job_id, result="rejected", **extra):
    body = {"result": result, "reason": "缺少终本裁定书送达回证" if result == "rejected" else None, **extra}
    return service.post(f"/api/dossiers/{job_id}/decision", json=body, headers=headers)


def test_a_second_decision_on_the_same_version_is_refused(service, as_user, checked):  # noqa: F811
    headers = as_user("archive")
    assert service.get(f"/api/dossiers/{checked}", headers=headers).json()["version"] == 1
    first = decide(service, headers, checked, version=1)
    assert first.status_code == 201, first.text
    assert first.json()["version"] == 1
    for again in (decide(service, headers, checked, version=1), decide(service, headers, checked)):
        assert again.status_code == 409, again.text
        assert "第1版审查结果已" in again.json()["message"] and "不能重复决定" in again.json()["message"]
        assert again.json()["field"] == "version"
    decisions = service.get("/api/decisions", headers=as_user("admin"))
    if decisions.status_code == 200:
        items = decisions.json() if isinstance(decisions.json(), list) else decisions.json().get("items", [])
        assert len([d for d in items if d.get("kind") == "dossier"]) == 1

    # a correction decides again: a new version, which may be decided once
    assert correct(service, headers, checked).status_code == 200
    assert service.get(f"/api/dossiers/{checked}", headers=headers).json()["version"] == 2
    stale = decide(service, headers, checked, "approved", version=1)
    assert stale.status_code == 409 and "第2版" in stale.json()["message"]
    ok = decide(service, headers, checked, "approved", version=2)
    assert ok.status_code == 201, ok.text
    assert ok.json()["version"] == 2 and {"kind": "version", "version": 2} in ok.json()["inputs"]
    assert decide(service, headers, checked, "approved", version=2).status_code == 409


def test_the_web_form_redirects_after_a_decision_so_reloading_does_not_send_it_again(service, checked):  # noqa: F811
    service.post("/login", data={"username": "archive", "password": PASSWORD})
    page = service.get(f"/dossiers/{checked}")
    assert 'name="version" value="1"' in page.text
    res = service.post(f"/dossiers/{checked}/decision", data={"result": "rejected", "reason": "缺回证", "version": "1"},
                       follow_redirects=False)
    assert res.status_code == 303, res.text
    shown = service.get(res.headers["location"])
    assert "已记录：驳回" in shown.text
    reload = service.get(res.headers["location"])  # F5 on the page after the decision: a GET, nothing sent
    assert reload.status_code == 200
    again = service.post(f"/dossiers/{checked}/decision", data={"result": "rejected", "reason": "缺回证", "version": "1"},
                         follow_redirects=False)  # the form sent again (back and resubmit)
    assert again.status_code == 409 and "不能重复决定" in again.text
