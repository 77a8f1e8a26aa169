"""The console in a real browser: Debian's chromium driven by Playwright, against a running sandbox.

The page is loaded once; everything after happens without a reload: a client's refused call
appears with its explanation, "Trigger" makes a delivery row appear, and the forms reach the
control API. A screenshot is saved under the test's tmp dir, and to ``$CONSOLE_SCREENSHOT`` when
set (``CONSOLE_SCREENSHOT=docs/console.png pytest tests/test_console_browser.py`` refreshes the
README's picture).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tiktok_shop import InvalidSignatureError, TikTokShop
from tiktok_shop.sandbox import Sandbox

from .cli_tools import webhook_receiver

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT = 15_000  # ms: a loaded CI machine polls slowly, the page itself polls every second


def _need(found: bool, what: str) -> None:
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is required in CI (.ci/run installs it)")
        pytest.skip(f"{what} is not installed")


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Page]:
    _need(Path(CHROMIUM).exists(), "chromium")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh profile for every run
            executable_path=CHROMIUM,
            headless=True,
            args=ARGS,
            viewport={"width": 1440, "height": 900},
        )
        try:
            yield context.new_page()
        finally:
            context.close()


def test_console_shows_an_explanation_and_a_delivery_without_reloading(page: Page, tmp_path: Path) -> None:
    with (
        Sandbox(orders=12, products=6, seed=5) as sandbox,
        webhook_receiver(sandbox.app_key, sandbox.app_secret) as (address, received),
    ):
        credentials = sandbox.credentials()
        page.goto(sandbox.console_url)
        expect(page.get_by_role("heading", name="Requests")).to_be_visible()
        page.evaluate("window.loadedOnce = true")  # gone if the page were reloaded

        with TikTokShop(**credentials, max_retries=2) as client:
            sandbox.faults.add("503", "OrderSearchOrders", times=1)
            client.order.search_orders(page_size=5)  # a 503, retried, then answered
            client.product.search_products(page_size=5)
        bad = TikTokShop(**{**credentials, "app_secret": "a-secret-of-another-app"}, max_retries=0)
        with bad, pytest.raises(InvalidSignatureError):
            bad.order.search_orders(page_size=5)

        requests = page.locator("#requests")
        refused = requests.locator("tbody.refused").first
        expect(refused).to_contain_text("106001", timeout=WAIT)
        expect(refused).to_contain_text("refused")
        expect(refused.locator(".summary")).to_contain_text("most likely made with another app secret")
        expect(requests.locator("tbody.entry")).to_have_count(4)  # 503, 200, 200, 401
        refused.get_by_text("String to sign and signatures").click()
        expect(refused.locator("dl")).to_contain_text("{app_secret}/order/202309/orders/search")

        # Subscribe the app's endpoint through the page, then trigger an event.
        page.get_by_placeholder("http://127.0.0.1:9000/webhooks").fill(address)
        page.get_by_role("button", name="Send every event of every shop here").click()
        expect(page.locator("#flash")).to_have_text("done", timeout=WAIT)
        page.locator("#trigger-form select[name=event_type]").select_option("ORDER_STATUS_CHANGE")
        page.locator("#trigger").click()
        row = page.locator("#deliveries tr.delivery").first
        expect(row).to_contain_text("ORDER_STATUS_CHANGE", timeout=WAIT)
        expect(row).to_contain_text("200", timeout=WAIT)  # the receiver verified and accepted it
        assert received and received[0].status == 200
        assert page.evaluate("window.loadedOnce") is True
        assert sandbox.app_secret not in page.content()

        expect(refused.locator("dl")).to_be_visible()  # the open explanation stayed open across refreshes
        shot = tmp_path / "console.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        if os.environ.get("CONSOLE_SCREENSHOT"):
            shutil.copyfile(shot, os.environ["CONSOLE_SCREENSHOT"])

        # The controls reach the control API and the live sections show the result.
        page.locator("#fault-form input[name=route]").fill("ProductSearchProducts")
        page.locator("#fault-form select[name=kind]").select_option("429")
        page.get_by_role("button", name="Add fault").click()
        fault = page.locator("[data-live=faults] tbody tr")
        expect(fault).to_contain_text("ProductSearchProducts", timeout=WAIT)
        assert [(f.kind, f.route) for f in sandbox.faults.active()] == [("429", "ProductSearchProducts")]
        fault.get_by_role("button", name="remove").click()
        expect(page.locator("[data-live=faults]")).to_contain_text("No faults", timeout=WAIT)

        page.get_by_role("button", name="Expire every access token").click()
        expect(page.locator("#tokens")).to_contain_text("expired", timeout=WAIT)
        page.get_by_role("button", name="+1 day").click()
        expect(page.locator("#status")).to_contain_text("+1 d", timeout=WAIT)
        assert sandbox.clock.offset == 86_400
