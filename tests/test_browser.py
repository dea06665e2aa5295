"""End to end in headless Chromium: the pages used as a person would use them.

One app server (tiny "Classroom quick" preset, temporary cache) serves every
test of this module. A failing test leaves a screenshot in tests/artifacts/.
"""

import os
import re

import numpy as np
import pytest
from browser_support import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    AppServer,
    body_text,
    require_browser,
    wait_for_no_text,
    wait_for_text,
)
from conftest import tiny_config

from core import cache, compare, gates, paths, trained
from core.i18n import t
from core.inference import Reader

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", autouse=True)
def browser_present():
    require_browser()


@pytest.fixture(scope="module")
def server(tmp_path_factory, shared_data_dir):
    cache_dir = tmp_path_factory.mktemp("browser-cache")
    (cache_dir / "data").symlink_to(shared_data_dir, target_is_directory=True)
    app = AppServer(cache_dir, tmp_path_factory.mktemp("logs") / "streamlit.log")
    yield app
    app.stop()


@pytest.fixture(scope="module")
def server_models(server):
    """Tiny RNN and LSTM in the server's cache; the keys its pages show first."""
    previous = os.environ.get(paths.CACHE_ENV)
    os.environ[paths.CACHE_ENV] = str(server.cache_dir)
    try:
        for kind in ("rnn", "lstm"):
            trained.load_or_train(tiny_config(kind, epochs=3))
        keys = compare.default_selection(cache.list_entries())
        models = {key: trained.load_cached(key) for key in keys}
    finally:
        if previous is None:
            os.environ.pop(paths.CACHE_ENV, None)
        else:
            os.environ[paths.CACHE_ENV] = previous
    return models


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
    wait_for_no_text(page, "must be trained")  # the jobs are on the server

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


def test_moving_a_gate_slider_shows_the_new_gate_value(server, new_page):
    page = new_page(f"{server.url}/gates")
    wait_for_text(page, "Forget gate")

    # one step right on the x_1 slider: 0.50 -> 0.55
    page.locator(".st-key-gates-x-0").get_by_role("slider").press("ArrowRight")
    x = np.array([0.55, -0.3, 0.8])
    h_tm1, c_tm1 = np.array([0.2, -0.1, 0.4]), np.array([0.6, -0.4, 0.3])
    step = gates.lstm_step(x, h_tm1, c_tm1, gates.random_weights(3, 3, 7))
    wait_for_text(page, f"Forget gate f = {step.f[0]:.3f}")
    assert f"Input gate i = {step.i[0]:.3f}" in body_text(page)


def test_a_chosen_preset_is_kept_and_shown_in_the_new_language(server, new_page):
    page = new_page(f"{server.url}/gates")
    wait_for_text(page, "Forget gate")
    page.locator(".st-key-gates-preset-en input").click()
    page.get_by_role("option", name=t("gates.preset.forget_wipe", "en")).click()
    wait_for_text(page, t("gates.preset.forget_wipe.help", "en")[:30])

    # the box is re-keyed per language: it keeps the choice and shows it in Korean
    page.get_by_text("한국어", exact=True).first.click()
    box = page.locator(".st-key-gates-preset-ko input")
    expected = t("gates.preset.forget_wipe", "ko")
    for _ in range(60):
        if box.input_value() == expected:
            break
        page.wait_for_timeout(500)
    assert box.input_value() == expected


def read_probabilities(page) -> list[str]:
    """The "Probability of positive" of every model, left to right."""
    wait_for_text(page, "Probability of positive")
    return re.findall(r"Probability of positive: ([0-9.]+)", body_text(page))


def test_two_browsers_classify_at_once_like_one_alone(server, server_models, new_page):
    review = "Not bad at all, one of the best films this year"
    alone = [
        f"{Reader(model).analyse(review).prediction.probability:.3f}"
        for model in server_models.values()
    ]
    pages = [new_page(f"{server.url}/classify") for _ in range(2)]
    for page in pages:
        wait_for_text(page, "What do the models make of your review?")
        page.get_by_role("textbox", name="Your review").fill(review)

    # both requests are sent before either answer is read
    for page in pages:
        page.get_by_role("button", name="Classify", exact=True).click()
    together = [read_probabilities(page) for page in pages]
    assert together[0] == together[1] == alone


# Last in the module: it adds a bag-of-words entry that other pages would show.
def test_the_reference_joins_the_comparison_without_a_click(
    server, server_models, new_page
):
    page = new_page(f"{server.url}/compare")
    wait_for_text(page, "is the most accurate here")
    page.get_by_role("button", name=t("compare.bow_train", "en")).click()
    # the page's fragment polls the job and reruns the page once it is done
    wait_for_text(page, "Bag of words · n=all", timeout=180)
    for _ in range(60):
        if t("compare.bow_train", "en") not in body_text(page):
            break
        page.wait_for_timeout(500)
    assert t("compare.bow_train", "en") not in body_text(page)
