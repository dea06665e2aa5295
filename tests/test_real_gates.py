"""A trained LSTM's gates in numpy: reading the text reproduces the model."""

import numpy as np
import pytest
from conftest import tiny_config
from numpy.testing import assert_allclose

from core import gates, paths, real_gates
from core.text import OOV, START


@pytest.fixture(scope="module")
def tiny_lstm(tmp_path_factory, shared_data_dir):
    """A tiny LSTM trained once for this module, in a cache of its own."""
    from core import trained

    folder = tmp_path_factory.mktemp("tiny-lstm-cache")
    (folder / "data").symlink_to(shared_data_dir, target_is_directory=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(paths.CACHE_ENV, str(folder))
        return trained.load_or_train(tiny_config("lstm"))


def test_reading_as_the_model_sees_gives_its_prediction(tiny_lstm):
    lstm = real_gates.from_model(
        tiny_lstm.model, tiny_lstm.vocabulary, tiny_lstm.config.max_len
    )
    result = real_gates.word_gates(
        lstm, "a film with a plot i did not", "enjoy", as_model_sees=True
    )

    ids = np.array([result.context_ids + [result.word_id]], dtype=np.int32)
    expected = tiny_lstm.model.predict(ids, verbose=0)[0, 0]
    dense_kernel, dense_bias = tiny_lstm.model.get_layer("output").get_weights()
    ours = gates.sigmoid(result.step.h @ dense_kernel + dense_bias)[0]
    assert ids.shape[1] == tiny_lstm.config.max_len
    assert_allclose(ours, expected, atol=1e-5)


def test_reading_starts_from_zero_state_at_start_token(tiny_lstm):
    lstm = real_gates.from_model(
        tiny_lstm.model, tiny_lstm.vocabulary, tiny_lstm.config.max_len
    )
    result = real_gates.word_gates(lstm, "", "movie")

    assert result.context_ids == [START]
    first = gates.lstm_step(
        lstm.embeddings[START], np.zeros(4), np.zeros(4), lstm.weights
    )
    assert_allclose(result.step.h_tm1, first.h)
    assert_allclose(result.step.x, lstm.embeddings[result.word_id])


def test_unknown_word_is_read_as_oov_and_phrases_are_refused(tiny_lstm):
    lstm = real_gates.from_model(
        tiny_lstm.model, tiny_lstm.vocabulary, tiny_lstm.config.max_len
    )
    assert real_gates.word_gates(lstm, "fine", "qzxqzx").word_id == OOV
    with pytest.raises(ValueError, match="exactly one word"):
        real_gates.word_gates(lstm, "fine", "two words")


def test_changed_units_are_ranked_by_cell_state_change():
    weights = gates.random_weights(2, 5, seed=0)
    step = gates.lstm_step(np.ones(2), np.zeros(5), np.zeros(5), weights)
    result = real_gates.WordGates("w", 5, [START], step)

    ranked = result.changed_units(3)
    change = np.abs(step.c - step.c_tm1)
    assert ranked == list(np.argsort(-change)[:3])
    assert change[ranked[0]] == change.max()
