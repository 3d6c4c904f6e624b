"""Accounts: sessions and tokens kept server-side (logout ends them), the login throttle, password change."""

from __future__ import annotations

import logging

import pytest
from api_support import PASSWORD, login
from fastapi.testclient import TestClient

from api.auth import SESSION_COOKIE


def page_login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    res = client.post("/login", data={"username": username, "password": password}, follow_redirects=False)
    assert res.status_code == 303, res.text
    return res.cookies[SESSION_COOKIE]


def test_a_copied_session_cookie_no_longer_works_after_logout(service: TestClient) -> None:
    cookie = page_login(service, "archive")
    assert service.get("/api/auth/me").status_code == 200
    assert service.post("/logout", follow_redirects=False).status_code == 303
    assert SESSION_COOKIE not in service.cookies

    service.cookies.set(SESSION_COOKIE, cookie)  # the copy kept by whoever took it
    assert service.get("/api/auth/me").status_code == 401
    assert 'name="password"' in service.get("/").text


def test_a_token_is_revoked_by_logout_and_another_token_keeps_working(service: TestClient) -> None:
    first, second = login(service, "filing"), login(service, "filing")
    assert service.post("/api/auth/logout", headers=first).json()["message"] == "已退出，令牌已撤销"
    assert service.get("/api/auth/me", headers=first).status_code == 401
    assert service.get("/api/auth/me", headers=second).status_code == 200


def test_a_made_up_or_old_style_token_is_refused(service: TestClient) -> None:
    # the old style (a signed user id, as itsdangerous wrote it) is not a session any more
    forged = "eyJ1aWQiOjF9.Z1xZ8g.3rj0vWq0x1lF0m5jv2u8Jc0PqZk"
    for value in (forged, "x" * 400, ""):
        assert service.get("/api/auth/me", headers={"Authorization": f"Bearer {value}"}).status_code == 401


def test_five_wrong_passwords_lock_the_user_name_with_a_chinese_message_and_nothing_leaks_to_the_log(
        service: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="dossier.api")
    for _ in range(5):
        res = service.post("/api/auth/token", json={"username": "archive", "password": "猜一猜-wrong"})
        assert res.status_code == 401
    res = service.post("/api/auth/token", json={"username": "archive", "password": PASSWORD})
    assert res.status_code == 429
    assert res.json()["message"] == "登录失败次数过多，请于10分钟后再试"
    page = service.post("/login", data={"username": "archive", "password": PASSWORD})
    assert page.status_code == 429 and "登录失败次数过多" in page.text
    assert login(service, "filing")  # another user from the same address is not locked out
    failures = [r.getMessage() for r in caplog.records if "登录失败" in r.getMessage()]
    assert len(failures) == 5 and all("archive" in m for m in failures)
    assert "猜一猜-wrong" not in caplog.text and PASSWORD not in caplog.text


def test_a_successful_login_resets_the_user_counter(service: TestClient) -> None:
    for _ in range(4):
        service.post("/api/auth/token", json={"username": "documents", "password": "wrong-one"})
    assert login(service, "documents")
    for _ in range(4):
        service.post("/api/auth/token", json={"username": "documents", "password": "wrong-one"})
    assert login(service, "documents")


def test_one_address_trying_many_user_names_is_throttled_too(service: TestClient) -> None:
    for i in range(20):
        service.post("/api/auth/token", json={"username": f"guess{i}", "password": "wrong-one"})
    res = service.post("/api/auth/token", json={"username": "admin", "password": PASSWORD})
    assert res.status_code == 429 and "分钟后再试" in res.json()["message"]


def test_the_logged_in_user_changes_the_password_and_other_sessions_end(service: TestClient) -> None:
    mine, other = login(service, "undertaker"), login(service, "undertaker")
    wrong = service.post("/api/auth/password", headers=mine,
                         json={"current_password": "not-it", "new_password": "新的口令-2026"})
    assert wrong.status_code == 422 and wrong.json()["message"] == "当前密码不正确"
    short = service.post("/api/auth/password", headers=mine, json={"current_password": PASSWORD, "new_password": "短"})
    assert short.status_code == 422 and "至少需要 8 个字符" in short.json()["message"]

    res = service.post("/api/auth/password", headers=mine,
                       json={"current_password": PASSWORD, "new_password": "新的口令-2026"})
    assert res.status_code == 200, res.text
    assert service.get("/api/auth/me", headers=mine).status_code == 200
    assert service.get("/api/auth/me", headers=other).status_code == 401
    assert service.post("/api/auth/token", json={"username": "undertaker", "password": PASSWORD}).status_code == 401
    assert service.post("/api/auth/token",
                        json={"username": "undertaker", "password": "新的口令-2026"}).status_code == 200


def test_the_password_page_changes_the_password(service: TestClient) -> None:
    page_login(service, "filing")
    assert 'href="/password"' in service.get("/").text  # reached from every page's header
    assert "修改密码" in service.get("/password").text
    res = service.post("/password", data={"current_password": PASSWORD, "new_password": "另一个口令-99",
                                          "new_password_again": "另一个口令-98"})
    assert res.status_code == 422 and "两次输入的新密码不一致" in res.text
    res = service.post("/password", data={"current_password": PASSWORD, "new_password": "另一个口令-99",
                                          "new_password_again": "另一个口令-99"})
    assert res.status_code == 200 and "密码已修改" in res.text
    assert service.get("/api/auth/me").status_code == 200  # this session is kept


def test_sessions_long_expired_are_cleared_when_a_new_one_opens(service: TestClient) -> None:
    from datetime import timedelta

    from sqlalchemy import select, update

    from api.auth import open_session, session_user
    from dossier.store.models import AuthSession, utcnow

    db = service.app.state.services.db  # type: ignore[attr-defined]
    old = open_session(db, 1, "token")
    with db.session() as s:
        s.execute(update(AuthSession).values(expires_at=utcnow() - timedelta(days=2)))
    assert session_user(db, old, "token") is None  # expired: refused even before it is cleared
    assert session_user(db, open_session(db, 1, "token"), "token") is not None
    with db.session() as s:
        assert len(s.execute(select(AuthSession.id)).all()) == 1
    assert session_user(db, old, "session") is None
