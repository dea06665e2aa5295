"""The fast recurrent layers compute what Keras's layers compute, weights and all."""

import keras
import numpy as np
import pytest
import tensorflow as tf
from conftest import tiny_config

from core import layers, models, training

TOLERANCE = 1e-5  # float32 sums in another order differ by about 1e-7
PAIRS = {
    "rnn": (layers.FastSimpleRNN, keras.layers.SimpleRNN),
    "lstm": (layers.FastLSTM, keras.layers.LSTM),
    "gru": (layers.FastGRU, keras.layers.GRU),
}
SEQUENCE_FUNCTIONS = {
    "rnn": "simple_rnn_sequence",
    "lstm": "lstm_sequence",
    "gru": "gru_sequence",
}


def random_inputs(batch=3, steps=7, features=5, seed=0) -> tf.Tensor:
    rng = np.random.default_rng(seed)
    return tf.constant(rng.normal(size=(batch, steps, features)), tf.float32)


def twin_layers(kind: str, units=4, seed=1, **options):
    """A fast layer and a Keras layer, built, with the same random weights."""
    fast_class, keras_class = PAIRS[kind]
    fast, reference = fast_class(units, **options), keras_class(units, **options)
    fast(random_inputs())
    reference(random_inputs())
    rng = np.random.default_rng(seed)
    weights = [rng.normal(0, 0.5, w.shape) for w in fast.get_weights()]
    fast.set_weights(weights)
    reference.set_weights(fast.get_weights())  # the fast layer's weights, loaded
    return fast, reference


def output_and_gradients(layer, inputs, initial_state=None, training=False):
    """The layer's outputs, and d(weighted sum)/d(inputs, weights, states)."""
    watched = [inputs] + ([] if initial_state is None else list(initial_state))
    with tf.GradientTape() as tape:
        tape.watch(watched)
        outputs = layer(inputs, initial_state=initial_state, training=training)
        outputs = list(outputs) if isinstance(outputs, list | tuple) else [outputs]
        loss = sum(
            tf.reduce_sum(o * tf.sin(tf.range(tf.size(o), dtype=tf.float32)))
            for o in [tf.reshape(o, [-1]) for o in outputs]
        )
    gradients = tape.gradient(loss, watched + layer.trainable_variables)
    return [o.numpy() for o in outputs], [g.numpy() for g in gradients]


@pytest.mark.parametrize("kind", PAIRS)
def test_weights_have_keras_names_shapes_and_order(kind):
    fast, reference = twin_layers(kind)
    assert [(w.name, w.shape) for w in fast.weights] == [
        (w.name, w.shape) for w in reference.weights
    ]
    assert [w.name for w in fast.weights] == ["kernel", "recurrent_kernel", "bias"]


@pytest.mark.parametrize("kind", PAIRS)
@pytest.mark.parametrize(
    "options",
    [{}, {"return_sequences": True}, {"return_sequences": True, "go_backwards": True}],
)
@pytest.mark.parametrize("training", [False, True])
def test_outputs_and_gradients_match_keras(kind, options, training):
    fast, reference = twin_layers(kind, **options)
    inputs = random_inputs()

    fast_outputs, fast_gradients = output_and_gradients(fast, inputs, None, training)
    outputs, gradients = output_and_gradients(reference, inputs, None, training)

    for ours, theirs in zip(
        fast_outputs + fast_gradients, outputs + gradients, strict=True
    ):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=TOLERANCE)


@pytest.mark.parametrize("kind", PAIRS)
@pytest.mark.parametrize("batch", [1, 5])
def test_training_on_an_odd_batch_matches_keras(kind, batch):
    fast, reference = twin_layers(kind, return_sequences=True)
    inputs = random_inputs(batch=batch)

    fast_outputs, fast_gradients = output_and_gradients(fast, inputs, None, True)
    outputs, gradients = output_and_gradients(reference, inputs, None, True)

    for ours, theirs in zip(
        fast_outputs + fast_gradients, outputs + gradients, strict=True
    ):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=TOLERANCE)


@pytest.mark.parametrize("kind", PAIRS)
@pytest.mark.parametrize("training", [False, True])
def test_initial_and_final_states_and_their_gradients_match_keras(kind, training):
    fast, reference = twin_layers(kind, return_sequences=True, return_state=True)
    inputs = random_inputs()
    units, states = 4, 2 if kind == "lstm" else 1
    rng = np.random.default_rng(2)
    initial = [tf.constant(rng.normal(size=(3, units)), tf.float32)] * states

    fast_outputs, fast_gradients = output_and_gradients(fast, inputs, initial, training)
    outputs, gradients = output_and_gradients(reference, inputs, initial, training)

    assert len(fast_outputs) == 1 + states
    for ours, theirs in zip(
        fast_outputs + fast_gradients, outputs + gradients, strict=True
    ):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=TOLERANCE)


@pytest.mark.parametrize("kind", PAIRS)
def test_fast_loop_is_used_by_default(kind, monkeypatch):
    name = SEQUENCE_FUNCTIONS[kind]
    calls = []
    original = getattr(layers, name)
    monkeypatch.setattr(
        layers, name, lambda *args, **kw: calls.append(1) or original(*args, **kw)
    )
    fast, _ = twin_layers(kind)
    fast(random_inputs())
    assert calls


@pytest.mark.parametrize(
    "kind, options",
    [("lstm", {"activation": "relu"}), ("gru", {"reset_after": False})],
)
def test_other_settings_fall_back_to_keras_loop(kind, options, monkeypatch):
    name = SEQUENCE_FUNCTIONS[kind]
    monkeypatch.setattr(layers, name, lambda *a, **kw: pytest.fail("fast loop used"))
    fast, reference = twin_layers(kind, **options)
    inputs = random_inputs()
    np.testing.assert_allclose(fast(inputs), reference(inputs), rtol=0, atol=TOLERANCE)


def test_dropout_while_training_falls_back_to_keras_loop(monkeypatch):
    fast, _ = twin_layers("rnn", dropout=0.5)
    monkeypatch.setattr(
        layers, "simple_rnn_sequence", lambda *args: pytest.fail("fast loop used")
    )
    assert fast(random_inputs(), training=True).shape == (3, 4)


def test_masked_inputs_fall_back_and_match_keras():
    fast, reference = twin_layers("lstm", return_sequences=True)
    inputs = random_inputs()
    mask = tf.constant([[False] * 3 + [True] * 4] * 3)
    np.testing.assert_allclose(
        fast(inputs, mask=mask), reference(inputs, mask=mask), rtol=0, atol=TOLERANCE
    )


@pytest.mark.parametrize("kind", PAIRS)
def test_runs_inside_an_xla_compiled_function(kind):
    fast, reference = twin_layers(kind, return_sequences=True)
    inputs = random_inputs(batch=1)
    compiled = tf.function(lambda x: fast(x), jit_compile=True)
    np.testing.assert_allclose(
        compiled(inputs), reference(inputs), rtol=0, atol=TOLERANCE
    )


@pytest.mark.parametrize("kind", PAIRS)
def test_saved_model_loads_with_safe_mode_and_predicts_the_same(kind, tmp_path):
    config = tiny_config(kind)
    model = models.build_model(config)
    rng = np.random.default_rng(3)
    ids = rng.integers(0, config.num_words, (5, config.max_len)).astype(np.int32)
    model.save(tmp_path / "model.keras")

    loaded = keras.saving.load_model(
        tmp_path / "model.keras", compile=False, safe_mode=True
    )

    assert type(loaded.get_layer(models.RECURRENT_LAYER)) is PAIRS[kind][0]
    np.testing.assert_allclose(
        training.predict_probabilities(loaded, ids),
        training.predict_probabilities(model, ids),
        rtol=0,
        atol=TOLERANCE,
    )


@pytest.mark.parametrize("kind", PAIRS)
def test_training_steps_match_keras_layers(kind, monkeypatch):
    config = tiny_config(kind)
    rng = np.random.default_rng(4)
    ids = rng.integers(0, config.num_words, (16, config.max_len)).astype(np.int32)
    labels = rng.integers(0, 2, 16).astype(np.float32)

    weights_after = []
    for recurrent_class in PAIRS[kind]:
        monkeypatch.setitem(models.RECURRENT_LAYERS, kind, recurrent_class)
        keras.utils.set_random_seed(config.seed)
        model = models.build_model(config)
        step = training._make_train_step(model, config.max_len)
        norms = [float(step(ids, labels, np.ones(16, np.float32))[2]) for _ in range(3)]
        weights_after.append((norms, model.get_weights()))

    (fast_norms, fast_weights), (norms, weights) = weights_after
    np.testing.assert_allclose(fast_norms, norms, rtol=1e-5)
    for ours, theirs in zip(fast_weights, weights, strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=TOLERANCE)
