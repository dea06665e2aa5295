"""The gradient-flow measurement: shape, sign and a hand-checked decay rate."""

import numpy as np
import pytest
from conftest import tiny_config

from core import data, gradient_flow, models, trained

STEPS = 20
WIDTH = 4  # embedding_dim = units, so the kernel can be a scaled identity


def contractive_rnn(recurrent_scale: float):
    """A tiny SimpleRNN with hand-set weights: h_t = tanh(0.1 x_t + s h_tm1)."""
    config = tiny_config(
        "rnn", max_len=STEPS, embedding_dim=WIDTH, units=WIDTH, num_words=50
    )
    model = gradient_flow.untrained_model(config)
    identity = np.eye(WIDTH, dtype=np.float32)
    model.get_layer(models.RECURRENT_LAYER).set_weights(
        [0.1 * identity, recurrent_scale * identity, np.zeros(WIDTH, np.float32)]
    )
    model.get_layer(models.OUTPUT_LAYER).set_weights(
        [np.ones((WIDTH, 1), np.float32), np.zeros(1, np.float32)]
    )
    return model


def some_reviews(count: int = 6):
    rng = np.random.default_rng(0)
    ids = rng.integers(4, 50, size=(count, STEPS)).astype(np.int32)
    return ids, (np.arange(count) % 2).astype(np.float32)


def test_norms_have_one_value_per_review_and_step_and_are_positive():
    ids, labels = some_reviews()
    norms = gradient_flow.input_gradient_norms(contractive_rnn(0.5), ids, labels)
    assert norms.shape == (6, STEPS)
    assert np.all(norms > 0)


def test_contractive_rnn_gradient_halves_at_each_step_back():
    # inputs of about 0.005 keep tanh in its linear part, so going back one
    # step multiplies d(loss)/d(x_t) by the recurrent factor 0.5 (tanh' ~ 1)
    ids, labels = some_reviews()
    norms = gradient_flow.input_gradient_norms(contractive_rnn(0.5), ids, labels)
    np.testing.assert_allclose(norms[:, :-1] / norms[:, 1:], 0.5, rtol=1e-3)
    curve = gradient_flow.mean_log10(norms)
    assert curve[0] - curve[-1] == pytest.approx((STEPS - 1) * np.log10(0.5), 1e-3)


def test_batches_do_not_change_the_result():
    ids, labels = some_reviews()
    model = contractive_rnn(0.9)
    whole = gradient_flow.input_gradient_norms(model, ids, labels, batch_size=6)
    split = gradient_flow.input_gradient_norms(model, ids, labels, batch_size=4)
    np.testing.assert_allclose(whole, split, rtol=1e-5)


def test_empty_input_is_refused():
    ids, labels = some_reviews()
    with pytest.raises(ValueError, match="at least one review"):
        gradient_flow.input_gradient_norms(contractive_rnn(0.5), ids[:0], labels[:0])


def test_measure_gives_trained_and_untrained_curves_of_full_reviews():
    model = trained.load_or_train(tiny_config("lstm"))
    dataset = data.load_dataset()
    calls = []
    result = gradient_flow.measure(
        model, dataset, reviews=8, on_progress=lambda *args: calls.append(args)
    )
    assert result["reviews"] == 8
    assert len(result["trained"]) == len(result["untrained"]) == 40
    assert result["trained"] != result["untrained"]
    assert set(result["underflow"]) == {"trained", "untrained"}
    assert calls[-1] == (2, 2)  # one batch of 8 reviews, trained then untrained
    ids, _ = gradient_flow.full_window_reviews(dataset, 40, 8)
    assert np.all(ids != 0)  # no padding: every step is a word


def test_a_gradient_lost_to_underflow_counts_as_the_smallest_float32():
    norms = np.array([[0.0, 1.0], [1e-3, 1.0]])
    curve = gradient_flow.mean_log10(norms)
    expected = (np.log10(gradient_flow.UNDERFLOW) + -3.0) / 2
    assert curve[0] == pytest.approx(expected)
    assert curve[1] == 0.0
