"""End to end in headless Chromium: the pages used as a person would use them.

One app server (tiny "Classroom quick" preset, temporary cache) serves every
test of this module. A failing test leaves a screenshot in tests/artifacts/.
"""

import pytest
from browser_support import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    AppServer,
    body_text,
    browser_available,
    wait_for_text,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not browser_available(), reason="needs playwright + chromium"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory, shared_data_dir):
    cache_dir = tmp_path_factory.mktemp("browser-cache")
    (cache_dir / "data").symlink_to(shared_data_dir, target_is_directory=True)
    app = AppServer(cache_dir, tmp_path_factory.mktemp("logs") / "streamlit.log")
    yield app
    app.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, request):
    """Open pages in fresh browser contexts; screenshot them if the test fails."""
    opened = []

    def open_page(url: str, locale: str = "en-US"):
        context = browser.new_context(
            viewport={"width": 1300, "height": 900}, locale=locale
        )
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(url)
        opened.append(page)
        return page

    yield open_page
    failed = getattr(request.node, "rep_call", None)
    for index, page in enumerate(opened):
        if failed is not None and failed.failed:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(
                path=ARTIFACTS / f"{request.node.name}-{index}.png", full_page=True
            )
        page.context.close()


def go_to(page, title: str) -> None:
    """Click a page in the sidebar navigation."""
    page.get_by_role("link", name=title, exact=True).first.click()


def test_training_survives_a_page_switch_and_a_second_tab_sees_it(server, new_page):
    page = new_page(f"{server.url}/train")
    wait_for_text(page, "Classroom quick")
    wait_for_text(page, "must be trained")
    page.get_by_role("button", name="Train", exact=True).click()
    wait_for_text(page, "SimpleRNN: ")

    # leave and come back: the job is still there
    go_to(page, "Home")
    wait_for_text(page, "Why does an LSTM beat a plain RNN?")
    go_to(page, "Train")
    wait_for_text(page, "Status")

    # a second browser, in Korean, sees the same job instead of a new one
    other = new_page(f"{server.url}/train", locale="ko-KR")
    wait_for_text(other, "상태")
    text = body_text(other)
    assert "학습 중" in text or "대기" in text or "학습 완료" in text
    assert "학습이 필요합니다" not in text

    wait_for_text(page, "LSTM finished: test accuracy", timeout=240)
    assert "SimpleRNN finished: test accuracy" in body_text(page)

    # when it is done, Compare shows both models' measured results
    go_to(page, "Compare")
    wait_for_text(page, "is the most accurate here")
    wait_for_text(page, "Where each model errs")
    wait_for_text(page, "Accuracy by review length")
