"""Each user's story in a real browser against the real service (1366×768, as at an office desk)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import LiveService, log_in, shot
from pypdf import PdfReader, PdfWriter

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
SCAN_03 = REPO / "samples" / "dossiers" / "03_missing_termination_receipt" / "scan.pdf"
CASE_03 = "（2024）豫0303执2031号"


def first_pages(source: Path, count: int, target: Path) -> Path:
    """A short scanned dossier (the first pages of a sample) so the OCR part of a story stays quick."""
    writer = PdfWriter()
    for page in PdfReader(source).pages[:count]:
        writer.add_page(page)
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def wait_for_job_page(page: Any, timeout_s: float = 150) -> None:
    """The job page polls and reloads itself when the job ends; wait for the finished page."""
    done = page.locator("[data-job-done]")
    done.wait_for(state="attached", timeout=timeout_s * 1000)
    assert done.get_attribute("data-job-done") == "done", page.locator(".flash").all_inner_texts()


def test_the_filing_clerk_checks_a_submission_prints_the_notice_and_returns_it(page: Any, live: LiveService) -> None:
    log_in(page, live, "filing")
    assert page.get_by_text("您好，立案窗口").is_visible()
    shot(page, "01-home-filing")
    page.get_by_role("link", name="立案审查").first.click()
    page.get_by_label("按类别筛选").select_option("enforcement")
    page.get_by_label("选择案件").select_option(label="（2024）豫0311执1234号（申请执行）")
    page.get_by_role("button", name="选择").click()
    page.wait_for_url("**/filing?*case_id=*")
    checklist = page.get_by_test_id("checklist")
    checklist.get_by_label("执行申请书").check()
    shot(page, "02-filing-checklist")
    page.get_by_role("button", name="审查").click()
    verdict = page.locator(".verdict")
    assert "应退回" in verdict.inner_text()
    missing = page.get_by_test_id("missing").inner_text()
    assert "执行依据" in missing and "执行申请书" not in missing
    assert page.get_by_role("button", name="受理").is_disabled()
    page.locator("#result").scroll_into_view_if_needed()
    shot(page, "03-filing-result")
    with page.context.expect_page() as popup_info, page.context.expect_event(
            "response", lambda r: r.url.endswith("/filing/notice")) as notice_info:
        page.get_by_role("button", name="打印一次性告知书").click()
    notice = notice_info.value
    assert notice.status == 200 and notice.header_value("content-type") == "application/pdf"
    popup_info.value.close()
    page.get_by_label("退回说明").fill("请补充执行依据等材料")
    page.get_by_role("button", name="退回").click()
    assert "已记录：退回" in page.get_by_role("status").inner_text()
    assert "请补充执行依据等材料" in page.locator("table").last.inner_text()


def test_the_filing_clerk_enters_a_new_case_and_sees_its_checklist(page: Any, live: LiveService) -> None:
    log_in(page, live, "filing")
    page.goto(live.url + "/filing")
    page.get_by_text("或录入新案件").click()
    page.get_by_label("案号", exact=True).fill("（2026）豫0311执501号")
    page.get_by_label("法院", exact=True).fill("洛阳市老城区人民法院")
    page.get_by_label("立案日期", exact=True).fill("2026-11-02")
    page.get_by_label("申请执行人", exact=True).fill("王五")
    page.locator("#f_app_id").fill("410303198001011237")
    page.get_by_label("被执行人", exact=True).fill("洛阳某某建材有限公司")
    page.get_by_role("button", name="保存案件").click()
    page.wait_for_url("**/filing?case_id=*")
    assert "（2026）豫0311执501号" in page.locator("h2").nth(1).inner_text()
    assert page.get_by_test_id("checklist").get_by_label("执行申请书").is_visible()
    # a bad date is refused naming the field, and nothing is saved
    page.get_by_text("或录入新案件").click()
    page.get_by_label("案号", exact=True).fill("（2026）豫0311执502号")
    page.get_by_label("法院", exact=True).fill("洛阳市老城区人民法院")
    page.get_by_label("申请执行人", exact=True).fill("王五")
    page.get_by_label("被执行人", exact=True).fill("赵六")
    page.evaluate("document.getElementById('f_filed_on').removeAttribute('required')")
    page.get_by_role("button", name="保存案件").click()
    alert = page.get_by_role("alert").inner_text()
    assert "立案日期" in alert and "filed_on" not in alert  # the field by its Chinese name (issue 12)


def test_the_document_group_generates_a_batch_and_downloads_zip_and_merged_pdf(page: Any, live: LiveService) -> None:
    log_in(page, live, "documents")
    page.get_by_role("link", name="文书批量生成").first.click()
    page.get_by_label("上传案件表格").set_input_files(str(REPO / "samples" / "cases_with_bad_row.csv"))
    types = page.get_by_test_id("types")
    for box in types.locator("input[type=checkbox]").all():
        box.set_checked(False)
    types.get_by_label("执行通知书", exact=True).check()
    shot(page, "04-generation-form")
    page.get_by_role("button", name="开始生成").click()
    page.wait_for_url("**/generation/jobs/*")
    assert page.locator("[data-job-id], [data-job-done]").count() == 1
    shot(page, "05-generation-progress")
    wait_for_job_page(page)
    downloads = page.get_by_test_id("downloads")
    assert "3 份文书" in downloads.inner_text() and "1 行有误" in downloads.inner_text()
    assert "立案日期" in page.get_by_test_id("row-errors").inner_text()
    shot(page, "06-generation-done")
    with page.expect_download() as zip_info:
        page.get_by_role("link", name="下载全部文书（ZIP）").click()
    with zipfile.ZipFile(zip_info.value.path()) as zf:
        names = zf.namelist()
    assert "manifest.json" in names
    assert sum(n.endswith(".pdf") and n.startswith("执行通知书/") for n in names) == 3
    with page.expect_download() as pdf_info:
        page.get_by_role("link", name="合并 PDF：执行通知书").click()
    merged = PdfReader(pdf_info.value.path())
    assert len(merged.pages) >= 3


def submit_scan(page: Any, live: LiveService, path: str, tmp_path: Path, pages: int = 3) -> None:
    page.goto(live.url + path)
    page.get_by_label("案号").select_option(label=CASE_03)
    page.get_by_label("审查阶段").select_option("closing")
    page.get_by_label("扫描卷宗").set_input_files(str(first_pages(SCAN_03, pages, tmp_path / "卷宗.pdf")))
    page.get_by_role("button", name="上传并审查").click()
    wait_for_job_page(page)


def test_the_archive_centre_rejects_an_incomplete_dossier_and_the_command_centre_sees_it_blocked(
        page: Any, live: LiveService, tmp_path: Path) -> None:
    log_in(page, live, "archive")
    submit_scan(page, live, "/dossiers", tmp_path)
    assert "不能结案" in page.locator(".verdict").inner_text()
    thumbs = page.get_by_test_id("pages")
    assert thumbs.locator("img").count() == 3
    assert "第1页" in thumbs.inner_text()
    assert page.get_by_test_id("missing").locator("li").count() > 0
    assert page.get_by_role("button", name="批准").is_disabled()
    shot(page, "07-dossier-result")
    page.get_by_role("button", name="驳回").click()
    assert "驳回须写明理由" in page.get_by_role("alert").inner_text()
    page.get_by_label("理由").fill("缺终本裁定书送达回证，请补齐后重新提交")
    page.get_by_role("button", name="驳回").click()
    assert "已记录：驳回" in page.get_by_role("status").inner_text()
    with page.expect_download() as report:
        page.get_by_role("link", name="审查报告（PDF）").click()
    assert PdfReader(report.value.path()).pages
    # the command centre's overview
    page.get_by_role("button", name="退出").click()
    page.get_by_role("button", name="登录").wait_for()
    log_in(page, live, "admin")
    page.get_by_role("link", name="总览").first.click()
    blocked = page.get_by_test_id("blocked").inner_text()
    assert CASE_03 in blocked and "驳回" in blocked
    assert page.get_by_test_id("deadlines").count() == 1 or "没有即将到期" in page.content()
    shot(page, "08-overview")
    audit = httpx.get(f"{live.url}/api/decisions", params={"case_number": CASE_03}, headers=live.token("archive"))
    [decision] = audit.json()
    assert (decision["result"], decision["actor_username"]) == ("rejected", "archive")
    assert {i["kind"] for i in decision["inputs"]} == {"case", "file", "stage", "version"}


def test_the_undertaker_prechecks_a_dossier_before_submitting_it(page: Any, live: LiveService,
                                                                 tmp_path: Path) -> None:
    log_in(page, live, "undertaker")
    assert page.get_by_role("link", name="卷宗审查").count() == 0
    submit_scan(page, live, "/precheck", tmp_path, pages=2)
    assert page.get_by_text("提交前自查").is_visible()
    assert page.get_by_role("button", name="驳回").count() == 0
    assert page.get_by_test_id("missing").locator("li").count() > 0
    shot(page, "09-precheck")
    page.goto(live.url + "/dossiers")
    assert "无权访问" in page.content()
    res = httpx.post(f"{live.url}/api/dossiers/1/decision", json={"result": "approved"}, headers=live.token("undertaker"))
    assert res.status_code == 403


SAMPLE_01 = REPO / "samples" / "dossiers" / "01_complete_terminated_this_round"
CASE_01 = "（2024）豫0311执1234号"


def with_faint_last_page(target: Path) -> Path:
    """Sample 01 (complete) whose last sheet, the 终本裁定书's 送达回证, was scanned so faintly that
    the reader takes it for a blank back: the dossier reads as lacking that receipt."""
    pages = [p for name in ("scan-1.pdf", "scan-2.pdf") for p in PdfReader(SAMPLE_01 / name).pages]
    writer = PdfWriter()
    for p in pages[:-1]:
        writer.add_page(p)
    writer.add_blank_page(width=float(pages[-1].mediabox.width), height=float(pages[-1].mediabox.height))
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def test_the_archive_centre_corrects_a_misread_page_and_the_dossier_can_then_be_approved(
        page: Any, live: LiveService, tmp_path: Path) -> None:
    log_in(page, live, "archive")
    page.goto(live.url + "/dossiers")
    page.get_by_label("案号").select_option(label=CASE_01)
    page.get_by_label("审查阶段").select_option("closing")
    page.get_by_label("扫描卷宗").set_input_files(str(with_faint_last_page(tmp_path / "卷宗.pdf")))
    page.get_by_role("button", name="上传并审查").click()
    wait_for_job_page(page)
    assert "不能结案" in page.locator(".verdict").inner_text()
    missing = page.get_by_test_id("missing")
    assert missing.locator('li[data-code="service_receipt:termination_this_round_ruling"]').count() == 1
    assert page.get_by_role("button", name="批准").is_disabled()
    last = page.locator('[data-page="39"]')
    assert "空白页" in last.inner_text()
    # the clerk looks at the thumbnail: it is the receipt of the 终本裁定书
    last.locator("summary").click()
    last.get_by_label("第39页的文书类型").select_option("service_receipt")
    served = last.get_by_label("送达回证所送达的文书")
    assert served.is_visible()
    served.select_option(["termination_this_round_ruling"])
    last.scroll_into_view_if_needed()
    shot(page, "10-dossier-correction")
    last.get_by_role("button", name="更正", exact=True).click()
    assert "已将第39页更正为送达回证（送达：终结本次执行程序裁定书）" in page.get_by_role("status").inner_text()
    verdict = page.locator(".verdict")
    assert "可以批准结案" in verdict.inner_text() and verdict.get_attribute("data-verdict") == "approve"
    assert page.get_by_test_id("missing").count() == 0
    assert "已更正" in page.locator('[data-page="39"]').inner_text()
    history = page.get_by_test_id("corrections").inner_text()
    assert "第39页" in history and "空白页" in history and "送达回证" in history and "卷宗管理" in history
    assert "不齐全 → 齐全" in history
    shot(page, "11-dossier-corrected")
    job_id = page.locator('[data-page="39"] form').get_attribute("action").split("/")[2]  # /dossiers/{id}/pages/…
    audit = httpx.get(f"{live.url}/api/dossiers/{job_id}/corrections", headers=live.token("archive")).json()
    assert [(c["page"], c["from_doc_type"], c["to_doc_type"], c["actor_username"]) for c in audit] == [
        (39, "blank", "service_receipt", "archive")]
    page.get_by_role("button", name="批准").click()
    assert "已记录：批准" in page.get_by_role("status").inner_text()


def test_the_front_page_is_a_chinese_login(page: Any, live: LiveService) -> None:
    page.goto(live.url + "/")
    assert page.get_by_role("heading", name="登录").is_visible()
    page.get_by_label("用户名").fill("filing")
    page.get_by_label("密码").fill("错误的密码")
    page.get_by_role("button", name="登录").click()
    assert "用户名或密码错误" in page.get_by_role("alert").inner_text()
    shot(page, "00-login")
    assert httpx.get(f"{live.url}/openapi.json").json()["info"]["title"]
    assert io.BytesIO(httpx.get(f"{live.url}/static/app.css").content).getbuffer().nbytes > 0


def test_a_guessed_password_is_throttled_and_logging_out_ends_the_session(page: Any, live: LiveService) -> None:
    """Issue 12: 200 wrong passwords in 31 s went unnoticed, and a session cookie still worked after logout."""
    import subprocess

    from browser_support import DOSSIER, PASSWORD

    added = subprocess.run([str(DOSSIER), "users", "add", "zhaoliu", "--role", "undertaker", "--display-name", "赵六",
                            "--password-stdin", "--data", str(live.data)], input=f"{PASSWORD}\n".encode(),
                           capture_output=True, check=False,
                           env={**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
                                "DOSSIER_FAST_PASSWORD_HASHING": "1"})
    assert added.returncode == 0, added.stderr.decode()
    page.goto(live.url + "/")
    for _ in range(5):
        page.get_by_label("用户名").fill("zhaoliu")
        page.get_by_label("密码").fill("猜的密码-123")
        page.get_by_role("button", name="登录").click()
        assert "用户名或密码错误" in page.get_by_role("alert").inner_text()
    page.get_by_label("密码").fill(PASSWORD)  # the right password, too late: the name keeps its value
    page.get_by_role("button", name="登录").click()
    assert "登录失败次数过多，请于10分钟后再试" in page.get_by_role("alert").inner_text()
    shot(page, "00-login-throttled")
    assert "猜的密码-123" not in live.log.read_text()

    log_in(page, live, "archive")  # another person is not locked out
    cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "dossier_session")
    assert httpx.get(f"{live.url}/api/auth/me", cookies={"dossier_session": cookie}).status_code == 200
    page.get_by_role("button", name="退出").click()
    page.get_by_role("heading", name="登录").wait_for()
    assert httpx.get(f"{live.url}/api/auth/me", cookies={"dossier_session": cookie}).status_code == 401


SCAN_06 = REPO / "samples" / "dossiers" / "06_illegible_page" / "scan.pdf"
CASE_06 = "（2025）豫0305执433号"


def test_a_second_decision_on_the_same_version_is_refused_on_the_page(page: Any, live: LiveService,
                                                                      tmp_path: Path) -> None:
    """Issue 12: the same dossier was approved, approved, rejected, approved — all accepted. Two clerks of the
    archive centre have the same result open; the second to decide is refused (409) in Chinese."""
    log_in(page, live, "archive")
    page.goto(live.url + "/dossiers")
    page.get_by_label("案号").select_option(label=CASE_06)
    page.get_by_label("审查阶段").select_option("closing")
    page.get_by_label("扫描卷宗").set_input_files(str(first_pages(SCAN_06, 2, tmp_path / "卷宗.pdf")))
    page.get_by_role("button", name="上传并审查").click()
    wait_for_job_page(page)
    assert "不能结案" in page.locator(".verdict").inner_text()
    other = page.context.new_page()  # the same result, open in a second tab before anyone decides
    other.goto(page.url)
    page.get_by_label("理由").fill("卷宗不全，请补齐后重新提交")
    page.get_by_role("button", name="驳回").click()
    assert "已记录：驳回（第1版审查结果）" in page.get_by_role("status").inner_text()
    page.reload()  # POST/redirect/GET: F5 shows the page again and sends nothing
    assert "已记录：驳回" in page.get_by_role("status").inner_text()
    other.get_by_label("理由").fill("再驳回一次")
    with other.expect_response(lambda r: r.url.endswith("/decision")) as refused:
        other.get_by_role("button", name="驳回").click()
    assert refused.value.status == 409
    alert = other.get_by_role("alert").inner_text()
    assert alert.startswith("本卷宗第1版审查结果已于") and "不能重复决定" in alert
    shot(other, "12-second-decision-refused")
    audit = httpx.get(f"{live.url}/api/decisions", params={"case_number": CASE_06}, headers=live.token("archive"))
    assert [(d["result"], d["version"]) for d in audit.json()] == [("rejected", 1)]
    other.close()


def test_the_entry_form_refuses_a_malformed_case_and_the_clerk_corrects_it(page: Any, live: LiveService) -> None:
    """Issue 12: the entry form saved 案号 2026豫0311执5556, amount 一万元 and a bad ID check digit."""
    log_in(page, live, "filing")
    page.goto(live.url + "/filing")
    page.get_by_text("或录入新案件").click()
    page.get_by_label("案号", exact=True).fill("2026豫0311执5556")
    page.get_by_label("法院", exact=True).fill("洛阳市老城区人民法院")
    page.get_by_label("立案日期", exact=True).fill("2026-11-03")
    page.get_by_label("执行标的（元）", exact=True).fill("一万元")
    page.get_by_label("申请执行人", exact=True).fill("孙七")
    page.locator("#f_app_id").fill("410303198001011238")  # the check digit should be 7
    page.get_by_label("被执行人", exact=True).fill("洛阳某某商贸有限公司")
    page.get_by_role("button", name="保存案件").click()
    alert = page.get_by_role("alert").inner_text()
    assert alert.startswith("案件未保存")
    assert "案号：" in alert and "执行标的金额：" in alert and "申请执行人证件号码：" in alert
    for code in ("case_number", "amount", "id_number", "applicants"):
        assert code not in alert
    shot(page, "13-entry-form-refused")
    # what was typed is kept; the clerk corrects the three fields
    assert page.get_by_label("法院", exact=True).input_value() == "洛阳市老城区人民法院"
    assert page.get_by_label("案号", exact=True).input_value() == "2026豫0311执5556"
    page.get_by_label("案号", exact=True).fill("（2026）豫0311执5556号")
    page.get_by_label("执行标的（元）", exact=True).fill("10000")
    page.locator("#f_app_id").fill("410303198001011237")
    page.get_by_role("button", name="保存案件").click()
    page.wait_for_url("**/filing?case_id=*")
    assert "（2026）豫0311执5556号" in page.locator("h2").nth(1).inner_text()
    found = httpx.get(f"{live.url}/api/cases", params={"q": "（2026）豫0311执5556号"}, headers=live.token("filing"))
    assert found.json()["total"] == 1


def test_the_admin_adds_a_person_resets_the_password_and_disables_the_account(page: Any, live: LiveService) -> None:
    """Issue 12: no way to add users or change a password; the admin page 用户管理 does it (CSP: no inline code)."""
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    log_in(page, live, "admin")
    page.get_by_role("link", name="用户管理").first.click()
    page.wait_for_url("**/admin/users")
    page.get_by_label("用户名（登录名", exact=False).fill("qianba")
    page.get_by_label("姓名", exact=True).fill("钱八")
    page.get_by_label("角色", exact=True).select_option("undertaker")
    page.get_by_label("初始密码（至少 8 个字符）").fill("初始密码-qianba")
    page.get_by_role("button", name="添加用户").click()
    assert "已添加用户 qianba" in page.get_by_role("status").inner_text()
    row = page.locator('tr[data-user="qianba"]')
    assert "钱八" in row.inner_text() and "承办人" in row.inner_text() and "正常" in row.inner_text()
    assert httpx.post(f"{live.url}/api/auth/token",
                      json={"username": "qianba", "password": "初始密码-qianba"}).status_code == 200
    row.get_by_label("qianba 的新密码", exact=True).fill("新密码-qianba-2")
    row.get_by_label("再次输入 qianba 的新密码").fill("新密码-qianba-2")
    row.get_by_role("button", name="重置密码").click()
    assert "已重置用户 qianba 的密码" in page.get_by_role("status").inner_text()
    assert httpx.post(f"{live.url}/api/auth/token",
                      json={"username": "qianba", "password": "新密码-qianba-2"}).status_code == 200
    page.locator('tr[data-user="qianba"]').get_by_role("button", name="停用").click()
    assert "已停用用户 qianba" in page.get_by_role("status").inner_text()
    assert "已停用" in page.locator('tr[data-user="qianba"]').inner_text()
    shot(page, "14-admin-users")
    assert httpx.post(f"{live.url}/api/auth/token",
                      json={"username": "qianba", "password": "新密码-qianba-2"}).status_code == 401
    assert violations == []
