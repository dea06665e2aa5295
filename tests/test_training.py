"""The training loop's padding of short batches changes no number."""

import keras
import numpy as np
import pytest
from conftest import tiny_config

from core import embedding_adam, models, training


def random_batch(config, rows: int, seed=0):
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, config.num_words, (rows, config.max_len)).astype(np.int32)
    return ids, rng.integers(0, 2, rows).astype(np.float32)


def test_padded_rows_have_weight_zero_and_id_zero():
    ids, weights = training.padded_rows(np.full((2, 3), 7, np.int32), 4)
    np.testing.assert_array_equal(ids, [[7, 7, 7], [7, 7, 7], [0, 0, 0], [0, 0, 0]])
    np.testing.assert_array_equal(weights, [1, 1, 0, 0])


@pytest.mark.parametrize("kind", ["rnn", "lstm"])
def test_a_padded_short_batch_trains_exactly_as_the_short_batch(kind):
    config = tiny_config(kind)
    ids, labels = random_batch(config, 5)
    results = []
    for padded in (False, True):
        keras.utils.set_random_seed(config.seed)
        model = models.build_model(config)
        step = training._make_train_step(model, config.max_len)
        batch_ids, weights = training.padded_rows(ids, 16 if padded else 5)
        batch_labels, _ = training.padded_rows(labels, 16 if padded else 5)
        outputs = [step(batch_ids, batch_labels, weights) for _ in range(2)]
        results.append(([float(o) for out in outputs for o in out], model))

    (short, short_model), (padded, padded_model) = results
    np.testing.assert_allclose(padded, short, rtol=1e-6)
    for ours, theirs in zip(padded_model.weights, short_model.weights, strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-6)


def test_predictions_past_one_call_use_one_shape(monkeypatch):
    config = tiny_config("rnn")
    model = models.build_model(config)
    ids, _ = random_batch(config, 10)
    one_by_one = np.array(
        [training.predict_probabilities(model, row[None])[0] for row in ids]
    )

    monkeypatch.setattr(training, "rows_per_call", lambda model: 4)
    shapes = []
    forward = training._forward_function(model)
    monkeypatch.setattr(
        training,
        "_forward_function",
        lambda model: lambda chunk: shapes.append(chunk.shape) or forward(chunk),
    )
    probabilities = training.predict_probabilities(model, ids)

    np.testing.assert_allclose(probabilities, one_by_one, rtol=0, atol=1e-6)
    assert set(shapes) == {(4, config.max_len)}


def test_training_steps_update_the_embedding_as_keras_adam_does(monkeypatch):
    config = tiny_config("lstm")
    ids, labels = random_batch(config, 16)
    weights = np.ones(16, np.float32)
    trained = []
    for fused in (True, False):
        if not fused:
            monkeypatch.setattr(embedding_adam, "applies", lambda *args: False)
        keras.utils.set_random_seed(config.seed)
        model = models.build_model(config)
        step = training._make_train_step(model, config.max_len)
        norms = [float(step(ids, labels, weights)[2]) for _ in range(3)]
        trained.append((norms, model.get_weights()))

    (fused_norms, fused_weights), (norms, weights_after) = trained
    np.testing.assert_allclose(fused_norms, norms, rtol=1e-5)
    for ours, theirs in zip(fused_weights, weights_after, strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-5)
