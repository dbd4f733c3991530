"""The query page in a real headless Chromium against a real server.

Debian's /usr/bin/chromium driven by Playwright (never `playwright install`).
The server is `vnst serve` on a store loaded with the page fixture, or, where
that command is missing, uvicorn on the test harness app. Readiness is polled.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from pages_harness import FIXTURE

pytestmark = [pytest.mark.browser, pytest.mark.server]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(os.environ.get("VNST_SCREENSHOT", "/tmp/vnst-page.png"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_ready(url: str, process: subprocess.Popen, *, within_s: float = 90.0) -> None:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        try:
            process.wait(0.1)  # polls the server while waiting for it to answer
        except subprocess.TimeoutExpired:
            pass
    raise RuntimeError(f"the server did not answer {url} within {within_s:g} s")


def server_command(tmp: Path, port: int, env: dict[str, str]) -> list[str]:
    vnst = str(Path(sys.executable).with_name("vnst"))
    has_serve = subprocess.run([vnst, "serve", "--help"], capture_output=True, env=env).returncode == 0
    if has_serve:
        store = tmp / "store"
        subprocess.run([vnst, "load", str(FIXTURE), "--store", str(store)], check=True,
                       capture_output=True, env=env)
        return [vnst, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)]
    return [sys.executable, "-m", "uvicorn", "--factory", "pages_harness:app_from_env",
            "--app-dir", str(Path(__file__).parent), "--host", "127.0.0.1", "--port", str(port)]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/test-deps.sh installs it)")
    tmp = tmp_path_factory.mktemp("browser")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VNST_")}
    env["VNST_PAGES_FIXTURE"] = str(FIXTURE)
    log = (tmp / "server.log").open("wb")
    process = subprocess.Popen(server_command(tmp, port, env), stdout=log, stderr=subprocess.STDOUT,
                               env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(base + "/", process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 950}, locale="vi-VN")
    opened = context.new_page()
    elsewhere: list[str] = []
    opened.on("request", lambda request: elsewhere.append(request.url)
              if not request.url.startswith((server, "data:", "blob:")) else None)
    yield opened
    context.close()
    assert elsewhere == [], f"the page fetched from the network: {elsewhere}"


def test_pick_an_example_run_it_and_see_rows(page, server) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#yasgui .CodeMirror")
    page.click('button.example[data-name="14-signing-events"]')
    query = page.evaluate("vnstPage.yasgui.getTab().getQuery()")
    assert "vnst:signingEvent" in query
    page.click("#run")
    page.locator("#yasgui .yasr table tbody", has_text="Trần Việt Trường").wait_for(timeout=30_000)
    table = page.inner_text("#yasgui .yasr table tbody")
    assert "Trần Việt Trường" in table and "Huỳnh Thành Đạt" in table
    assert "2022-10-22" in table
    agreement = "/id/agreement/bo-khoa-hoc-va-cong-nghe--uy-ban-nhan-dan-thanh-pho-can-tho/2022-2025"
    link = page.locator(f'#yasgui .yasr a[href="{agreement}"]').first
    link.wait_for(timeout=10_000)
    page.screenshot(path=str(SCREENSHOT), full_page=False)

    csv_href = page.get_attribute("#download-csv", "href")
    json_href = page.get_attribute("#download-json", "href")
    assert "format=csv" in csv_href and "format=json" in json_href
    csv = httpx.get(server + csv_href, timeout=30)
    assert csv.status_code == 200 and "Trần Việt Trường" in csv.text
    assert httpx.get(server + json_href, timeout=30).json()["results"]["bindings"]

    link.click(position={"x": 12, "y": 6})  # the visible start: a long IRI is cut by ellipsis
    page.wait_for_url(server + agreement)
    assert "Chương trình hợp tác khoa học, công nghệ" in page.inner_text("h1")


def test_an_example_using_the_search_function(page, server) -> None:
    page.goto(server + "/?example=11-search-matches-abbreviations")
    page.wait_for_selector("#yasgui .CodeMirror")
    page.click("#run")
    page.locator("#yasgui .yasr table tbody", has_text="Sở KH&CN").wait_for(timeout=30_000)
    rows = page.locator("#yasgui .yasr table tbody tr").all_inner_texts()
    assert any("Sở Khoa học và Công nghệ thành phố Cần Thơ" in row for row in rows)


def test_type_in_the_search_box(page, server) -> None:
    page.goto(server + "/")
    page.fill("#search-box", "huynh thanh dat")
    hit = page.locator('#search-results a[href="/id/person/huynh-thanh-dat"]')
    hit.wait_for(timeout=10_000)
    assert hit.inner_text() == "Huỳnh Thành Đạt"
    hit.click()
    page.wait_for_url(server + "/id/person/huynh-thanh-dat")
    assert page.inner_text("h1") == "Huỳnh Thành Đạt"


def test_search_box_submits_to_a_results_page(page, server) -> None:
    page.goto(server + "/")
    page.fill("#search-box", "so khcn")
    page.press("#search-box", "Enter")
    page.wait_for_url("**/search?q=so+khcn")
    assert "Sở Khoa học và Công nghệ thành phố Cần Thơ" in page.inner_text("ol.hits")


def test_chromium_is_the_system_one() -> None:
    assert shutil.which("chromium") in (CHROMIUM, None) or Path(CHROMIUM).exists()
