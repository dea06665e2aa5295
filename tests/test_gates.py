"""The numpy LSTM step: equal to Keras's LSTMCell, and the gates do their jobs."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from core import gates


def _keras_cell(weights: gates.LSTMWeights, dtype: str):
    import keras

    cell = keras.layers.LSTMCell(weights.units, dtype=dtype)
    cell.build((None, weights.input_dim))
    cell.set_weights([weights.kernel, weights.recurrent_kernel, weights.bias])
    return cell


@pytest.mark.parametrize(
    ("input_dim", "units", "dtype", "tolerance"),
    [(3, 3, "float64", 1e-12), (5, 4, "float32", 1e-6), (8, 16, "float32", 1e-6)],
)
def test_lstm_step_matches_keras_lstm_cell(input_dim, units, dtype, tolerance):
    rng = np.random.default_rng(7)
    weights = gates.random_weights(input_dim, units, seed=3, scale=0.5)
    if dtype == "float32":
        # compare both on the same (float32-representable) numbers
        weights = gates.LSTMWeights(
            *(
                a.astype(np.float32)
                for a in (weights.kernel, weights.recurrent_kernel, weights.bias)
            )
        )
    x = rng.normal(size=(6, input_dim)).astype(dtype)
    h_tm1 = rng.uniform(-1, 1, size=(6, units)).astype(dtype)
    c_tm1 = rng.normal(size=(6, units)).astype(dtype)

    cell = _keras_cell(weights, dtype)
    keras_h, (keras_h_again, keras_c) = cell(x, [h_tm1, c_tm1])
    step = gates.lstm_step(x, h_tm1, c_tm1, weights)

    assert_allclose(step.h, np.asarray(keras_h), atol=tolerance, rtol=0)
    assert_allclose(step.c, np.asarray(keras_c), atol=tolerance, rtol=0)
    assert_allclose(step.h, np.asarray(keras_h_again), atol=tolerance, rtol=0)


def test_step_keeps_keras_block_order_i_f_c_o():
    weights = gates.random_weights(2, 3, seed=0)
    x, h_tm1, c_tm1 = np.array([0.3, -0.7]), np.array([0.1, 0.2, -0.4]), np.ones(3)
    step = gates.lstm_step(x, h_tm1, c_tm1, weights)

    for name, activation in (
        ("i", gates.sigmoid),
        ("f", gates.sigmoid),
        ("c", np.tanh),
    ):
        kernel, recurrent_kernel, bias = weights.gate(name)
        expected = activation(x @ kernel + h_tm1 @ recurrent_kernel + bias)
        assert_allclose(step.gate_value(name), expected)
    assert_allclose(step.c, step.f * c_tm1 + step.i * step.g)
    assert_allclose(step.h, step.o * np.tanh(step.c))


def test_closed_forget_gate_wipes_the_cell_state():
    weights = gates.random_weights(3, 3, seed=1).with_forced_gate("f", is_open=False)
    step = gates.lstm_step(np.zeros(3), np.zeros(3), np.full(3, 5.0), weights)

    assert np.all(step.f < 1e-3)
    assert_allclose(step.c, step.i * step.g, atol=5e-3)


def test_open_forget_and_closed_input_gate_keep_the_cell_state():
    weights = (
        gates.random_weights(3, 3, seed=1)
        .with_forced_gate("f", is_open=True)
        .with_forced_gate("i", is_open=False)
    )
    c_tm1 = np.array([0.8, -0.5, 0.2])
    step = gates.lstm_step(np.array([2.0, -1.0, 1.5]), np.zeros(3), c_tm1, weights)

    assert_allclose(step.c, c_tm1, atol=2e-3)


def test_closed_output_gate_hides_the_cell_from_h():
    weights = gates.random_weights(3, 3, seed=2)
    closed = weights.with_forced_gate("o", is_open=False)
    x, h_tm1, c_tm1 = np.ones(3), np.full(3, 0.5), np.ones(3)
    shown = gates.lstm_step(x, h_tm1, c_tm1, weights)
    hidden = gates.lstm_step(x, h_tm1, c_tm1, closed)

    assert_allclose(hidden.c, shown.c)
    assert np.abs(shown.h).max() > 0.1
    assert np.abs(hidden.h).max() < 1e-3


def test_open_forget_gate_keeps_an_early_input_over_steps():
    weights = gates.random_weights(3, 3, seed=4)
    x = np.array([1.5, -1.0, 0.5])
    xs = gates.step_inputs(x, steps=5, every_step=False)
    silent = np.zeros_like(xs)

    def kept(preset):
        forced = gates.apply_preset(weights, preset)
        effect = gates.first_input_effect(
            gates.run_sequence(xs, forced), gates.run_sequence(silent, forced)
        )
        return effect[-1] / effect[0]

    assert kept("forget_keep") > 0.5
    assert kept("forget_wipe") < 0.05


def test_step_inputs_feed_x_once_or_at_every_step():
    x = np.array([0.3, -0.2])
    once = gates.step_inputs(x, steps=4, every_step=False)
    every = gates.step_inputs(x, steps=4, every_step=True)

    np.testing.assert_array_equal(once, [[0.3, -0.2], [0, 0], [0, 0], [0, 0]])
    np.testing.assert_array_equal(every, np.tile(x, (4, 1)))


def test_presets_force_only_their_gate():
    weights = gates.random_weights(3, 2, seed=9)
    x, h_tm1, c_tm1 = np.ones(3), np.zeros(2), np.ones(2)
    plain = gates.lstm_step(x, h_tm1, c_tm1, weights)
    wiped = gates.lstm_step(x, h_tm1, c_tm1, gates.apply_preset(weights, "forget_wipe"))

    assert gates.openness(float(wiped.f.max())) == "closed"
    assert_allclose(wiped.i, plain.i)
    assert_allclose(wiped.o, plain.o)
    with pytest.raises(ValueError, match="forget_keep"):
        gates.apply_preset(weights, "forget")


def test_shape_errors_name_the_expected_shape():
    weights = gates.random_weights(3, 2, seed=0)
    with pytest.raises(ValueError, match="expected 3"):
        gates.lstm_step(np.zeros(4), np.zeros(2), np.zeros(2), weights)
    with pytest.raises(ValueError, match="recurrent_kernel"):
        gates.LSTMWeights(np.zeros((3, 8)), np.zeros((3, 8)), np.zeros(8))
