"""The Compare page shows the accuracies measured on tiny cached models."""

import numpy as np
from conftest import tiny_config

from core import cache, compare, trained
from core.config import TrainConfig


def train_tiny_pair():
    rnn = trained.load_or_train(tiny_config("rnn"))
    lstm = trained.load_or_train(tiny_config("lstm"))
    return rnn, lstm


def test_compare_page_shows_measured_accuracies(app_test):
    rnn, lstm = train_tiny_pair()
    app_test.run()
    app_test.switch_page("pages/compare.py").run()
    assert not app_test.exception

    table = app_test.dataframe[0].value
    shown = dict(zip(table.iloc[:, 0], table["Test accuracy"], strict=True))
    assert shown[compare.describe(rnn.config)] == rnn.test_accuracy
    assert shown[compare.describe(lstm.config)] == lstm.test_accuracy
    summary = app_test.success[0].value
    best = max(rnn.test_accuracy, lstm.test_accuracy)
    assert f"{best * 100:.1f}% of 5,000 test reviews" in summary


def test_empty_cache_points_to_the_train_page(app_test):
    app_test.run()
    app_test.switch_page("pages/compare.py").run()
    assert not app_test.exception
    assert "No model is trained yet" in app_test.info[0].value


def test_results_come_from_the_saved_predictions():
    rnn, _ = train_tiny_pair()
    result = compare.load_result(cache.read_entry(rnn.key))
    matrix = result.confusion()
    assert matrix.sum() == 5_000
    assert np.trace(matrix) / matrix.sum() == rnn.test_accuracy
    by_length = result.accuracy_by_length()
    assert sum(count for _, count in by_length) == 5_000
    weighted = sum(acc * count for acc, count in by_length if count) / 5_000
    assert abs(weighted - rnn.test_accuracy) < 1e-9


def test_summary_sentence_is_generated_in_korean():
    rnn, lstm = train_tiny_pair()
    results = [compare.load_result(cache.read_entry(m.key)) for m in (rnn, lstm)]
    sentence = compare.summary_sentence(results, "ko")
    assert "테스트 리뷰 5,000개" in sentence
    assert f"{lstm.test_accuracy * 100:.1f}%" in sentence


def test_default_selection_prefers_models_trained_alike():
    quick_rnn = trained.load_or_train(tiny_config("rnn", seed=3))
    rnn, lstm = train_tiny_pair()
    newest_rnn = trained.load_or_train(tiny_config("rnn", epochs=2))
    chosen = compare.default_selection(cache.list_entries())
    assert chosen == [rnn.key, lstm.key]
    assert quick_rnn.key not in chosen and newest_rnn.key not in chosen


def test_summary_warns_when_rnn_and_lstm_were_trained_differently():
    rnn = trained.load_or_train(tiny_config("rnn", epochs=2))
    lstm = trained.load_or_train(tiny_config("lstm"))
    results = [compare.load_result(cache.read_entry(m.key)) for m in (rnn, lstm)]
    assert "different settings" in compare.summary_sentence(results, "en")


def test_labels_speak_the_chosen_language():
    config = TrainConfig(model="bow", clipnorm=None)
    assert compare.describe(config, "en") == "Bag of words · n=all · ep=3 · clip=off"
    assert compare.describe(config, "ko") == "단어 주머니 · n=전체 · ep=3 · clip=끔"


def test_the_reference_trained_from_the_page_joins_the_comparison(
    app_test, monkeypatch
):
    from conftest import TINY

    from core import presets
    from pages._shared import training_jobs

    def tiny_reference(preset, model, **changes):
        return TrainConfig(model=model, **(TINY | changes))

    monkeypatch.setattr(presets, "preset_config", tiny_reference)
    training_jobs.clear()
    train_tiny_pair()
    app_test.run()
    app_test.switch_page("pages/compare.py").run()
    assert len(app_test.dataframe[0].value) == 2

    app_test.button(key="compare_train_bow").click().run()
    assert not app_test.exception
    [job] = training_jobs().jobs()
    assert training_jobs().wait(job.key, timeout=60).state == "done"

    app_test.run()  # what the progress fragment's rerun does
    assert not app_test.exception and not app_test.warning
    table = app_test.dataframe[0].value
    assert len(table) == 3 and compare.describe(job.config) in set(table.iloc[:, 0])
    assert not any(button.key == "compare_train_bow" for button in app_test.button)
    training_jobs.clear()


def test_the_model_picker_follows_a_language_switch(app_test):
    rnn, lstm = train_tiny_pair()
    app_test.run()
    app_test.switch_page("pages/compare.py").run()
    [picker] = app_test.multiselect
    assert compare.describe(lstm.config, "en") in picker.options
    app_test.session_state["lang"] = "ko"
    app_test.run()
    [picker] = app_test.multiselect
    assert compare.describe(lstm.config, "ko") in picker.options
    assert len(picker.value) == 2 and len(app_test.dataframe[0].value) == 2
