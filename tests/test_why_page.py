"""The Why page measures tiny cached models and writes what the numbers show."""

import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import TINY, imports_tensorflow, tiny_config

from core import (
    analysis_cache,
    cache,
    clipping,
    gradient_flow,
    memory_test,
    presets,
    trained,
    why_summary,
)
from pages._shared import training_jobs


@pytest.fixture
def no_jobs(monkeypatch):
    """No training jobs from other tests, and measurements on few reviews."""
    monkeypatch.setattr(gradient_flow, "REVIEWS", 16)
    monkeypatch.setattr(memory_test, "REVIEWS", 60)
    training_jobs.clear()
    yield
    training_jobs.clear()


def open_why_page(app_test):
    app_test.run()
    app_test.switch_page("pages/why.py").run()
    assert not app_test.exception
    return app_test


def test_empty_cache_points_to_the_train_page(app_test, no_jobs):
    page = open_why_page(app_test)
    assert "No recurrent model is trained yet" in page.info[0].value
    assert not page.button(key="why_clip_train").disabled


def test_measuring_tiny_models_draws_the_charts_and_stores_the_results(
    app_test, no_jobs
):
    rnn = trained.load_or_train(tiny_config("rnn"))
    lstm = trained.load_or_train(tiny_config("lstm"))
    page = open_why_page(app_test)
    assert len(page.get("plotly_chart")) == 0
    page.button(key="why_grad_measure").click().run()
    page.button(key="why_memory_measure").click().run()
    assert not page.exception
    assert not page.error

    entries = {entry.key: entry for entry in cache.list_entries()}
    grad = {
        model.config.model: analysis_cache.load(entries[model.key], "gradient_flow")
        for model in (rnn, lstm)
    }
    memory = analysis_cache.load(entries[rnn.key], "memory_test")
    assert grad["rnn"] is not None and memory is not None

    # two gradient charts (after, before training) and the memory chart
    assert len(page.get("plotly_chart")) == 3
    summaries = " ".join(element.value for element in page.success)
    rnn_fall = why_summary.gradient_fall(grad["rnn"], "trained")
    assert f"SimpleRNN: at the first word the gradient is $10^{{{rnn_fall:.1f}}}$" in (
        summaries
    )
    assert f"“{memory['filler']['words'][0]}”" in summaries


def test_stored_results_are_shown_without_measuring_again(app_test, no_jobs):
    model = trained.load_or_train(tiny_config("rnn"))
    entry = cache.read_entry(model.key)
    analysis_cache.measure_and_store(entry, "gradient_flow", None)
    page = open_why_page(app_test)
    assert not any(button.key == "why_grad_measure" for button in page.button)
    assert len(page.get("plotly_chart")) == 2


def test_page_reads_in_korean(app_test, no_jobs):
    trained.load_or_train(tiny_config("rnn"))
    app_test.session_state["lang"] = "ko"
    page = open_why_page(app_test)
    assert page.title[0].value == "LSTM이 이기는 이유, 내 모델로 직접 재 보기"
    assert page.button(key="why_grad_measure").label == "기울기 흐름 측정"


def test_clip_button_trains_the_pair_and_shows_both_norm_curves(
    app_test, no_jobs, monkeypatch
):
    monkeypatch.setenv(presets.QUICK_OVERRIDE_ENV, json.dumps(TINY))
    page = open_why_page(app_test)
    assert "No two trained models differ only in clipping" in page.info[-1].value
    page.button(key="why_clip_train").click().run()

    jobs = training_jobs().jobs()
    assert [job.config.clipnorm for job in jobs] == [1.0, None]
    for job in jobs:
        assert training_jobs().wait(job.key, timeout=120).state == "done"
    page.run()
    assert not page.exception
    assert page.button(key="why_clip_train").disabled
    [pair] = clipping.clip_pairs(cache.list_entries())
    stats = clipping.norm_stats(pair.unclipped, 1.0)
    summary = " ".join(element.value for element in page.success)
    assert f"had a median gradient norm of {stats.median:.2f}" in summary
    assert len(page.get("plotly_chart")) == 1


def test_stored_results_are_drawn_without_importing_tensorflow(no_jobs):
    model = trained.load_or_train(tiny_config("rnn"))
    entry = cache.read_entry(model.key)
    for name in analysis_cache.ANALYSES:
        analysis_cache.measure_and_store(entry, name, None)
    three_charts = "assert len(app.get('plotly_chart')) == 3, app.get('plotly_chart')"
    assert not imports_tensorflow("pages/why.py", then=three_charts)


def test_a_class_asking_for_one_measurement_computes_it_once(monkeypatch):
    config = tiny_config("rnn")
    trained.load_or_train(config)
    entry = cache.find(config)
    calls = []

    def slow_measure(entry, name, on_progress):
        calls.append(name)
        time.sleep(0.3)  # long enough for every session to be waiting
        result = {"measured": len(calls)}
        analysis_cache.save(entry, name, result)
        return result

    monkeypatch.setattr(analysis_cache, "_measure", slow_measure)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(
            pool.map(
                lambda _: analysis_cache.measure_and_store(entry, "memory_test", None),
                range(4),
            )
        )
    assert calls == ["memory_test"]
    assert results == [{"measured": 1}] * 4
