"""The admin page for users (/admin/users): list, add, disable, reset a password; admins only."""

from __future__ import annotations

import pytest
from api_support import PASSWORD, login
from fastapi.testclient import TestClient

from api.auth import SESSION_COOKIE

PAGE = "/admin/users"


def page_login(client: TestClient, username: str, password: str = PASSWORD) -> None:
    client.cookies.clear()
    res = client.post("/login", data={"username": username, "password": password}, follow_redirects=False)
    assert res.status_code == 303, res.text
    assert SESSION_COOKIE in client.cookies


def token_for(client: TestClient, username: str, password: str) -> int:
    return client.post("/api/auth/token", json={"username": username, "password": password}).status_code


def test_the_admin_sees_every_user_and_a_link_in_the_header(service: TestClient) -> None:
    page_login(service, "admin")
    res = service.get(PAGE)
    assert res.status_code == 200
    for name in ("admin", "filing", "documents", "archive", "undertaker"):
        assert f'data-user="{name}"' in res.text
    assert "卷宗管理" in res.text and "正常" in res.text
    assert f'href="{PAGE}"' in service.get("/").text


@pytest.mark.parametrize("role", ["filing", "documents", "archive", "undertaker"])
def test_other_roles_get_403_for_every_action(service: TestClient, role: str) -> None:
    page_login(service, role)
    assert f'href="{PAGE}"' not in service.get("/").text
    res = service.get(PAGE)
    assert res.status_code == 403 and "无权访问" in res.text
    add = service.post(PAGE, data={"username": "mallory", "display_name": "某人", "role": "admin",
                                   "password": "x" * 12}, follow_redirects=False)
    assert add.status_code == 403
    assert service.post(f"{PAGE}/filing/disable", follow_redirects=False).status_code == 403
    reset = service.post(f"{PAGE}/filing/password", data={"password": "y" * 12, "password_again": "y" * 12},
                         follow_redirects=False)
    assert reset.status_code == 403
    assert token_for(service, "mallory", "x" * 12) == 401
    assert token_for(service, "filing", PASSWORD) == 200


def test_without_login_the_page_sends_to_the_login(service: TestClient) -> None:
    res = service.get(PAGE, follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/"


def test_the_admin_adds_a_user_who_can_then_log_in(service: TestClient) -> None:
    page_login(service, "admin")
    res = service.post(PAGE, data={"username": "zhangsan", "display_name": "张三", "role": "archive",
                                   "password": "初始密码-123"}, follow_redirects=False)
    assert res.status_code == 303
    shown = service.get(res.headers["location"])
    assert "已添加用户 zhangsan" in shown.text and 'data-user="zhangsan"' in shown.text and "张三" in shown.text
    me = service.get("/api/auth/me", headers={"Authorization": "Bearer " + service.post(
        "/api/auth/token", json={"username": "zhangsan", "password": "初始密码-123"}).json()["access_token"]})
    assert me.json()["display_name"] == "张三" and me.json()["role"] == "archive"


def test_a_refused_addition_names_the_problem_in_chinese_and_keeps_the_form(service: TestClient) -> None:
    page_login(service, "admin")
    short = service.post(PAGE, data={"username": "lisi", "display_name": "李四", "role": "filing",
                                     "password": "short"})
    assert short.status_code == 422 and "未添加：密码至少需要 8 个字符" in short.text
    assert 'value="李四"' in short.text
    taken = service.post(PAGE, data={"username": "archive", "display_name": "重复", "role": "filing",
                                     "password": "long-enough-1"})
    assert taken.status_code == 422 and "用户已存在：archive" in taken.text
    role = service.post(PAGE, data={"username": "wangwu", "display_name": "王五", "role": "boss",
                                    "password": "long-enough-1"})
    assert role.status_code == 422 and "未知角色" in role.text


def test_names_are_escaped(service: TestClient) -> None:
    page_login(service, "admin")
    res = service.post(PAGE, data={"username": "zhaoliu", "display_name": "<script>alert(1)</script>",
                                   "role": "filing", "password": "long-enough-1"})
    assert res.status_code == 200  # followed the redirect
    assert "<script>alert(1)</script>" not in res.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in res.text


def test_disabling_a_user_ends_its_token_and_its_login(service: TestClient) -> None:
    headers = login(service, "undertaker")
    page_login(service, "admin")
    res = service.post(f"{PAGE}/undertaker/disable", follow_redirects=False)
    assert res.status_code == 303
    shown = service.get(res.headers["location"])
    assert "已停用用户 undertaker" in shown.text and "已停用" in shown.text
    assert service.get("/api/auth/me", headers=headers).status_code == 401
    assert token_for(service, "undertaker", PASSWORD) == 401
    missing = service.post(f"{PAGE}/nobody/disable")
    assert missing.status_code == 404 and "没有这个用户：nobody" in missing.text


def test_the_admin_cannot_disable_itself(service: TestClient) -> None:
    page_login(service, "admin")
    res = service.post(f"{PAGE}/admin/disable")
    assert res.status_code == 422 and "不能停用自己的账号" in res.text
    assert service.get("/api/auth/me").status_code == 200


def test_resetting_a_password_ends_the_old_one_and_its_sessions(service: TestClient) -> None:
    headers = login(service, "filing")
    page_login(service, "admin")
    new = "新的密码-2026"
    mismatch = service.post(f"{PAGE}/filing/password", data={"password": new, "password_again": new + "x"})
    assert mismatch.status_code == 422 and "两次输入的密码不一致" in mismatch.text
    short = service.post(f"{PAGE}/filing/password", data={"password": "abc", "password_again": "abc"})
    assert short.status_code == 422 and "密码至少需要 8 个字符" in short.text
    assert service.get("/api/auth/me", headers=headers).status_code == 200  # nothing changed yet
    res = service.post(f"{PAGE}/filing/password", data={"password": new, "password_again": new},
                       follow_redirects=False)
    assert res.status_code == 303
    assert "已重置用户 filing 的密码" in service.get(res.headers["location"]).text
    assert service.get("/api/auth/me", headers=headers).status_code == 401
    assert token_for(service, "filing", PASSWORD) == 401
    assert token_for(service, "filing", new) == 200


def test_the_admin_resetting_its_own_password_stays_logged_in(service: TestClient) -> None:
    page_login(service, "admin")
    new = "管理员新密码-1"
    res = service.post(f"{PAGE}/admin/password", data={"password": new, "password_again": new},
                       follow_redirects=False)
    assert res.status_code == 303
    assert service.get("/api/auth/me").status_code == 200
    assert token_for(service, "admin", new) == 200
