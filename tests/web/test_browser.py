"""End-to-end tests in real headless Chromium (Debian's /usr/bin/chromium via Playwright).

The app runs under uvicorn on a free port with a seeded SQLite database; each test drives
the pages a person would. Screenshots of the main pages are written to docs/screenshots/.
"""

from __future__ import annotations

import asyncio
import io
import json
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import uvicorn
import yaml

from receptionist.core.runtime import Brain, TextCall
from receptionist.core.session import CallSession
from receptionist.core.summary import OfflineSummariser
from receptionist.core.tenants import TenantRepository
from receptionist.privacy.engine import default_engine
from receptionist.web.app import create_app
from receptionist.web.ratelimit import LoginRateLimiter

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASSWORD = "correct horse battery staple"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live(world: Any) -> Iterator[str]:
    """The real app on a local port for the length of one test."""
    app = create_app(world.settings, world.store, limiter=LoginRateLimiter(per_client=10_000))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(60_000)  # the CI machine is shared; be patient
    try:
        yield pg
    finally:
        context.close()


def sign_in(page: Any, base: str, user: Any) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    if user.totp_secret:
        page.wait_for_url("**/login/mfa**")
        page.get_by_label("Code").fill(user.code())
        page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{base}/")


def shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_login_with_mfa(page: Any, live: str, world: Any) -> None:
    user = world.user("client_admin")
    page.goto(f"{live}/calls")
    page.wait_for_url("**/login?next=/calls")
    shot(page, "01-sign-in")
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/login/mfa**")
    page.get_by_label("Code").fill("000000" if user.code() != "000000" else "111111")
    page.get_by_role("button", name="Verify").click()
    assert "That code is not right" in page.content()
    page.get_by_label("Code").fill(user.code())
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{live}/calls")
    assert page.get_by_role("heading", name="Calls").is_visible()
    page.goto(f"{live}/")
    shot(page, "02-dashboard")


def test_edit_faq_and_try_it(page: Any, live: str, world: Any) -> None:
    sign_in(page, live, world.user("client_admin"))
    page.get_by_role("link", name="Configuration").click()
    draft = yaml.safe_load(page.get_by_label("Configuration (YAML)", exact=False).input_value())
    draft["faqs"][0] = {"question": "When is the swimming gala?",
                        "answer": "The swimming gala is on Friday at ten, at the leisure centre.",
                        "keywords": ["swimming gala", "gala"]}
    page.get_by_label("Configuration (YAML)", exact=False).fill(yaml.safe_dump(draft, sort_keys=False))
    page.get_by_label("Caller says").fill("When is the swimming gala?")
    page.get_by_role("button", name="Try the draft").click()
    transcript = page.locator("#try-transcript")
    transcript.wait_for()
    assert "Friday at ten, at the leisure centre" in transcript.inner_text()
    shot(page, "03-configuration-try-it")
    page.get_by_label("What changed").fill("swimming gala FAQ")
    page.get_by_role("button", name="Save new version").click()
    assert page.get_by_role("status").inner_text().startswith("Saved as version")
    page.get_by_role("link", name="what changed").first.click()
    assert "leisure centre" in page.locator("pre.diff").inner_text()
    shot(page, "04-configuration-diff")


def _simulated_disclosure(world: Any) -> str:
    """A simulated call through the real call core (TextCall, offline brain) that discloses."""
    store = world.store

    async def run() -> str:
        with store.sessions() as s:
            tenant = TenantRepository().require(s, "school")
            cfg = TenantRepository().active_config(s, tenant)
            tenant_id, version = tenant.id, tenant.active_config_version
        call = CallSession(store=store, config=cfg, tenant_id=tenant_id, config_version=version,
                           caller_number="+447700900777", transport="simulate", engine=default_engine(),
                           clock=lambda: datetime.now(UTC))
        text_call = TextCall(call, Brain(None, OfflineSummariser()))
        try:
            await text_call.start()
            await text_call.send("I'm worried about my friend, her stepdad hits her and she has bruises")
        finally:
            await text_call.hang_up()
        return call.call_id

    # Playwright's sync API owns this thread's event loop: run the call on another thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, run()).result(timeout=60)


def test_safeguarding_case_from_simulated_call_to_close(page: Any, live: str, world: Any) -> None:
    _simulated_disclosure(world)
    sign_in(page, live, world.user("safeguarding_lead"))
    page.get_by_role("link", name="Safeguarding").click()
    page.get_by_role("link", name="New").click()
    rows = page.locator("tbody tr")
    assert rows.count() >= 2  # the seeded case and the one just simulated
    shot(page, "05-safeguarding-queue")
    rows.first.get_by_role("link").click()
    page.get_by_label("Why are you opening this case?", exact=False).fill("new disclosure triage")
    page.get_by_role("button", name="Open case").click()
    assert "stepdad hits her" in page.locator("blockquote").inner_text()
    page.get_by_role("button", name="Acknowledge").click()
    page.wait_for_url("**/escalations?view=acknowledged**")
    page.locator("tbody tr").first.get_by_role("link").click()
    page.get_by_label("Why are you opening this case?", exact=False).fill("adding actions")
    page.get_by_role("button", name="Open case").click()
    assert page.locator("#case-status").inner_text() == "acknowledged"
    page.get_by_role("textbox", name="Note").fill("Spoke to the deputy DSL; referral made.")
    page.get_by_label("Action taken", exact=False).select_option("referral_childrens_social_care")
    page.get_by_role("button", name="Add note").click()
    assert "referral made" in page.locator("ol.notes").inner_text()
    shot(page, "06-safeguarding-case")
    page.get_by_label("Outcome").select_option("referral_childrens_social_care")
    page.get_by_role("button", name="Close case").click()
    page.wait_for_url("**/escalations?view=closed")
    assert page.locator("tbody tr").count() >= 1


def test_reveal_transcript_and_find_it_in_audit(page: Any, live: str, world: Any, browser: Any) -> None:
    call_id = world.tenants["school"].message_call
    sign_in(page, live, world.user("client_admin"))
    page.goto(f"{live}/calls")
    shot(page, "07-calls")
    page.goto(f"{live}/calls/{call_id}")
    assert "[payment_card]" in page.locator("ol.transcript").inner_text()
    page.get_by_label("Reason for seeing the unredacted transcript", exact=False).fill("parent complaint review")
    page.get_by_role("button", name="Reveal transcript").click()
    assert "4111 1111 1111 1111" in page.locator("ol.transcript").inner_text()
    shot(page, "08-call-revealed")
    auditor_context = browser.new_context(viewport={"width": 1280, "height": 860})
    try:
        auditor = auditor_context.new_page()
        sign_in(auditor, live, world.user("auditor"))
        auditor.get_by_role("link", name="Audit log").click()
        auditor.get_by_label("Action").fill("call.reveal")
        auditor.get_by_role("button", name="Filter").click()
        row = auditor.locator("tbody tr").first.inner_text()
        assert "call.reveal" in row and "parent complaint review" in row and call_id in row
        assert "Chain verified" in auditor.locator("#verification").inner_text()
        shot(auditor, "09-audit-log")
    finally:
        auditor_context.close()


def test_subject_access_export(page: Any, live: str, world: Any) -> None:
    sign_in(page, live, world.user("client_admin"))
    page.get_by_role("link", name="Data requests").click()
    page.get_by_label("Request").select_option("access")
    page.get_by_label("Caller's phone number").fill("+447700900123")
    with page.expect_download() as info:
        page.get_by_role("button", name="Run request").click()
    data = Path(info.value.path()).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert {"subject_access.json", "calls.csv", "transcript.csv", "withheld.csv"} <= set(zf.namelist())
        package = json.loads(zf.read("subject_access.json"))
    assert len(package["calls"]) == 1
    page.goto(f"{live}/requests")
    assert "access" in page.locator("tbody tr").first.inner_text()
    shot(page, "10-data-requests")


def test_phone_layout(browser: Any, live: str, world: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        pg = context.new_page()
        sign_in(pg, live, world.user("staff"))
        pg.goto(f"{live}/calls/{world.tenants['school'].message_call}")
        assert pg.get_by_role("button", name="Mark callback done").is_visible()
        # Nothing wider than the screen: the layout reflows instead of scrolling sideways.
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        shot(pg, "11-phone-call-view")
        pg.get_by_role("button", name="Mark callback done").click()
        pg.get_by_text("Callback done", exact=False).wait_for()
    finally:
        context.close()


def test_keyboard_navigation_reaches_main_content(page: Any, live: str, world: Any) -> None:
    sign_in(page, live, world.user("staff"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
