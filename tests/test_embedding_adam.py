"""The embedding's Adam step is Keras's own, number for number."""

import keras
import numpy as np
import pytest
import tensorflow as tf

from core import embedding_adam


def twin_variables(seed=0):
    """Two copies of an embedding matrix and a small dense weight."""
    rng = np.random.default_rng(seed)
    values = [rng.normal(size=(12, 4)), rng.normal(size=(4, 3))]
    return [[keras.Variable(v.astype(np.float32)) for v in values] for _ in range(2)]


def gradients(seed):
    """One row per token (ids repeat, as in a batch of reviews) and a dense one."""
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, 12, 20).astype(np.int32)
    rows = tf.constant(rng.normal(size=(20, 4)), tf.float32)
    return [
        tf.IndexedSlices(rows, tf.constant(ids), tf.constant([12, 4])),
        tf.constant(rng.normal(size=(4, 3)), tf.float32),
    ]


@pytest.mark.parametrize("clipnorm", [None, 1.0, 100.0])
def test_step_matches_adam_apply_over_several_steps(clipnorm):
    ours, theirs = twin_variables()
    optimizers = [keras.optimizers.Adam(0.01, clipnorm=clipnorm) for _ in range(2)]
    for optimizer, variables in zip(optimizers, (ours, theirs), strict=True):
        optimizer.build(variables)
    assert embedding_adam.applies(optimizers[0], ours[0])

    for seed in range(4):
        embedding, dense = gradients(seed)
        squared = tf.reduce_sum(tf.square(embedding.values))
        embedding_adam.step(optimizers[0], ours[0], embedding, squared)
        optimizers[0].apply([dense], [ours[1]])
        optimizers[1].apply([embedding, dense], theirs)

    assert int(optimizers[0].iterations) == int(optimizers[1].iterations) == 4
    for mine, reference in zip(
        ours + optimizers[0].variables[1:],
        theirs + optimizers[1].variables[1:],
        strict=True,
    ):
        np.testing.assert_allclose(mine, reference, rtol=0, atol=1e-6)


@pytest.mark.parametrize(
    "options",
    [
        {"amsgrad": True},
        {"weight_decay": 0.01},
        {"global_clipnorm": 1.0},
        {"learning_rate": keras.optimizers.schedules.ExponentialDecay(0.1, 10, 0.9)},
    ],
    ids=["amsgrad", "weight decay", "global clipnorm", "schedule"],
)
def test_other_settings_are_left_to_keras(options):
    optimizer = keras.optimizers.Adam(**options)
    variable = keras.Variable(np.zeros((3, 2), np.float32))
    assert not embedding_adam.applies(optimizer, variable)


def test_other_optimizers_are_left_to_keras():
    variable = keras.Variable(np.zeros((3, 2), np.float32))
    assert not embedding_adam.applies(keras.optimizers.SGD(), variable)
    assert not embedding_adam.applies(keras.optimizers.AdamW(), variable)
