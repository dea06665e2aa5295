"""The Train page: background jobs that survive reruns and are shared by sessions."""

import json

import pytest
from conftest import TINY

from core import cache, presets
from pages._shared import training_jobs


@pytest.fixture
def tiny_quick_preset(monkeypatch):
    """Make "Classroom quick" train in seconds, and start with no jobs."""
    monkeypatch.setenv(presets.QUICK_OVERRIDE_ENV, json.dumps(TINY))
    training_jobs.clear()
    yield
    for job in training_jobs().jobs():
        training_jobs().cancel(job.key)
        training_jobs().wait(job.key, timeout=60)
    training_jobs.clear()


def open_train_page(app_test):
    app_test.run()
    app_test.switch_page("pages/train.py").run()
    assert not app_test.exception
    return app_test


def markdown_text(app_test) -> str:
    return "\n".join(element.value for element in app_test.markdown)


def test_quick_preset_trains_rnn_and_lstm_to_completion(app_test, tiny_quick_preset):
    page = open_train_page(app_test)
    assert "must be trained" in markdown_text(page)
    page.button(key="train_start").click().run()

    jobs = training_jobs().jobs()
    assert [job.config.model for job in jobs] == ["rnn", "lstm"]
    for job in jobs:
        assert training_jobs().wait(job.key, timeout=120).state == "done"

    page.run()
    assert not page.exception
    assert "already trained with these settings" in markdown_text(page)
    finished = [element.value for element in page.success]
    assert any("SimpleRNN finished: test accuracy" in text for text in finished)
    assert {entry.config.model for entry in cache.list_entries()} == {"rnn", "lstm"}


def test_job_survives_a_rerun_and_a_second_session_attaches(
    app_test, tiny_quick_preset, monkeypatch
):
    monkeypatch.setenv(presets.QUICK_OVERRIDE_ENV, json.dumps(TINY | {"epochs": 3}))
    first = open_train_page(app_test)
    first.button(key="train_start").click().run()
    first.run()  # a rerun, as when a widget moves
    assert not first.exception
    text = markdown_text(first)
    assert "training now" in text or "waiting for the model ahead" in text

    from conftest import APP_PATH
    from streamlit.testing.v1 import AppTest

    second = open_train_page(AppTest.from_file(APP_PATH, default_timeout=60))
    text = markdown_text(second)
    assert "must be trained" not in text
    assert second.button(key="train_start").disabled
    assert len(training_jobs().jobs()) == 2  # still one job per model

    for job in training_jobs().jobs():
        assert training_jobs().wait(job.key, timeout=180).state == "done"


def test_cancelled_job_is_reported_and_leaves_nothing(app_test, tiny_quick_preset):
    page = open_train_page(app_test)
    page.checkbox(key="train_model_rnn").uncheck().run()
    page.button(key="train_start").click().run()
    [job] = training_jobs().jobs()
    training_jobs().cancel(job.key)
    assert training_jobs().wait(job.key, timeout=60).state == "cancelled"
    page.run()
    assert any("was cancelled" in element.value for element in page.warning)
    assert cache.list_entries() == []


def test_a_queued_job_is_cancelled_by_its_button(app_test, tiny_quick_preset):
    page = open_train_page(app_test)
    page.button(key="train_start").click().run()
    rnn, lstm = training_jobs().jobs()
    assert lstm.state == "queued"  # it waits for the RNN

    page.button(key=f"cancel_{lstm.key}").click().run()
    assert training_jobs().wait(lstm.key, timeout=5).state == "cancelled"
    assert training_jobs().wait(rnn.key, timeout=120).state == "done"
    assert [entry.config.model for entry in cache.list_entries()] == ["rnn"]


def test_invalid_custom_settings_are_refused_with_a_message(
    app_test, tiny_quick_preset
):
    page = open_train_page(app_test)
    page.button_group(key="train_preset").set_value("custom").run()
    page.checkbox(key="train_model_rnn").uncheck()
    page.checkbox(key="train_model_lstm").uncheck().run()
    assert any("Tick at least one model" in element.value for element in page.info)
    assert not page.exception

    page.checkbox(key="train_model_lstm").check()
    page.number_input(key="train_batch_size").set_value(8192)
    page.number_input(key="train_max_len").set_value(2000).run()
    assert not page.exception
    [error] = page.error
    assert "GB to train" in error.value
    assert not any(button.key == "train_start" for button in page.button)


def test_a_wrong_data_folder_is_one_message(app_test, tiny_quick_preset, tmp_path):
    page = open_train_page(app_test)
    page.button_group(key="train_preset").set_value("custom").run()
    page.radio(key="train_source").set_value("aclimdb").run()
    page.text_input(key="train_folder").input(str(tmp_path / "nowhere")).run()
    assert not page.exception
    [error] = page.error
    assert "is not an extracted aclImdb folder" in error.value

    page.session_state["lang"] = "ko"
    page.run()
    [error] = page.error
    assert "aclImdb 폴더가 아닙니다" in error.value and not page.exception
