"""Projecting each distinct word once gives Keras's numbers and gradients."""

import keras
import numpy as np
import pytest
import tensorflow as tf
from conftest import tiny_config

from core import layers, models, training, word_table

TOLERANCE = 1e-5  # float32 sums in another order differ by about 1e-7


def random_ids(config, batch=6, seed=0) -> tf.Tensor:
    """Ids from a few words only, so that most of them repeat."""
    rng = np.random.default_rng(seed)
    return tf.constant(rng.integers(0, 12, (batch, config.max_len)), tf.int32)


def weighted_sum(outputs) -> tf.Tensor:
    """A loss whose gradient differs from element to element."""
    flat = tf.reshape(outputs, [-1])
    return tf.reduce_sum(flat * tf.sin(tf.range(tf.size(flat), dtype=tf.float32)))


def gradients_of(call, variables):
    with tf.GradientTape() as tape:
        outputs = call()
        loss = weighted_sum(outputs)
    return outputs, tape.gradient(loss, variables)


def test_projection_and_its_gradients_match_gather_then_matmul():
    rng = np.random.default_rng(1)
    embeddings = tf.Variable(rng.normal(size=(12, 5)), dtype=tf.float32)
    kernel = tf.Variable(rng.normal(size=(5, 3)), dtype=tf.float32)
    bias = tf.Variable(rng.normal(size=(3,)), dtype=tf.float32)
    ids = tf.constant(rng.integers(0, 12, (4, 9)), tf.int32)
    variables = [embeddings, kernel, bias]

    ours, our_gradients = gradients_of(
        lambda: word_table.embedded_projection(ids, embeddings, kernel, bias),
        variables,
    )
    theirs, gradients = gradients_of(
        lambda: tf.gather(embeddings, ids) @ kernel + bias, variables
    )

    np.testing.assert_allclose(ours, theirs, rtol=0, atol=TOLERANCE)
    for mine, reference in zip(our_gradients, gradients, strict=True):
        np.testing.assert_allclose(
            tf.convert_to_tensor(mine), tf.convert_to_tensor(reference), atol=TOLERANCE
        )
    # one row per token, as Keras's Adam expects from an Embedding
    assert isinstance(our_gradients[0], tf.IndexedSlices)
    assert our_gradients[0].values.shape == (4 * 9, 5)
    np.testing.assert_array_equal(our_gradients[0].indices, tf.reshape(ids, [-1]))


@pytest.mark.parametrize("kind", ["rnn", "lstm", "gru"])
def test_prediction_matches_the_model(kind):
    config = tiny_config(kind)
    model = models.build_model(config)
    ids = random_ids(config)
    np.testing.assert_allclose(
        word_table.model_forward(model)(ids),
        model(ids, training=False),
        rtol=0,
        atol=TOLERANCE,
    )


@pytest.mark.parametrize("kind", ["rnn", "lstm", "gru"])
def test_training_forward_matches_the_model_and_its_gradients(kind):
    config = tiny_config(kind)
    model = models.build_model(config)
    forward = word_table.model_forward(model, training=True)
    ids = random_ids(config)
    variables = model.trainable_variables

    ours, our_gradients = gradients_of(lambda: forward(ids), variables)
    theirs, gradients = gradients_of(lambda: model(ids, training=True), variables)

    np.testing.assert_allclose(ours, theirs, rtol=0, atol=TOLERANCE)
    for mine, reference in zip(our_gradients, gradients, strict=True):
        np.testing.assert_allclose(
            tf.convert_to_tensor(mine), tf.convert_to_tensor(reference), atol=TOLERANCE
        )


def chain_model(embedding=None, recurrent=None, between=()):
    """Embedding -> recurrent layer -> (``between``) -> Dense, on 10 ids."""
    inputs = keras.Input(shape=(10,), dtype="int32")
    x = (embedding or keras.layers.Embedding(12, 5))(inputs)
    x = (recurrent or layers.FastLSTM(3))(x)
    for layer in between:
        x = layer(x)
    return keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(x))


def test_a_layer_reading_backwards_gets_the_same_numbers():
    model = chain_model(recurrent=layers.FastGRU(3, go_backwards=True))
    ids = tf.constant(np.random.default_rng(2).integers(0, 12, (3, 10)), tf.int32)
    np.testing.assert_allclose(
        word_table.model_forward(model, training=True)(ids),
        model(ids, training=True),
        rtol=0,
        atol=TOLERANCE,
    )


@pytest.mark.parametrize(
    "model",
    [
        lambda: models.build_model(tiny_config("bow")),
        lambda: chain_model(embedding=keras.layers.Embedding(12, 5, mask_zero=True)),
        lambda: chain_model(recurrent=layers.FastLSTM(3, dropout=0.5)),
        lambda: chain_model(recurrent=keras.layers.LSTM(3)),
        lambda: chain_model(
            recurrent=layers.FastLSTM(3, return_sequences=True),
            between=[keras.layers.GlobalAveragePooling1D()],
        ),
    ],
    ids=["bag of words", "mask", "dropout", "Keras loop", "more layers"],
)
def test_other_models_are_left_to_keras(model):
    assert word_table.model_forward(model(), training=True) is None


def test_training_steps_project_each_word_once(monkeypatch):
    calls = []
    project = word_table.embedded_projection
    monkeypatch.setattr(
        word_table,
        "embedded_projection",
        lambda *args: calls.append(len(args)) or project(*args),
    )
    config = tiny_config("rnn")
    step = training._make_train_step(models.build_model(config), config.max_len)
    step(random_ids(config), tf.ones([6]), tf.ones([6]))
    assert calls, "the training step did not use the word table"
