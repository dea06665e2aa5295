"""Keras's Adam step for an ``Embedding``'s per-token gradient, in fewer passes.

``keras.optimizers.Adam`` updates an embedding from its ``IndexedSlices``
gradient (one row per token) in several passes over the 10,000 x 128 matrix:
clipnorm's norm of the rows, two scatters into dense matrices (the per-word
sum of the rows for the first moment, of their squares for the second), then
the moments and the weights. ``step`` computes the same numbers (a test holds
them to Keras's) with the norm given by the caller, who has it already for
the gradient norm it reports, and the three updates written as one
expression that XLA fuses. It covers a plain ``Adam`` (``applies``); anything
else goes through ``optimizer.apply``.
"""

import keras
import tensorflow as tf


def applies(optimizer, variable) -> bool:
    """Whether ``step`` is exactly what ``optimizer.apply`` would do to ``variable``."""
    return (
        type(optimizer) is keras.optimizers.Adam
        and not optimizer.amsgrad
        and not optimizer.weight_decay
        and not optimizer.use_ema
        and not optimizer.global_clipnorm
        and not optimizer.clipvalue
        and optimizer.loss_scale_factor is None
        and optimizer.gradient_accumulation_steps is None
        and not isinstance(
            optimizer._learning_rate, keras.optimizers.schedules.LearningRateSchedule
        )
        and variable.constraint is None
        and not getattr(variable, "overwrite_with_gradient", False)
        and variable.dtype == "float32"
    )


def step(optimizer, variable, gradient: tf.IndexedSlices, squared_norm) -> None:
    """Update ``variable`` and its two moments as ``optimizer.apply`` would.

    Call it before ``optimizer.apply`` of the other variables in the same
    step: it reads ``optimizer.iterations``, which ``apply`` then increments.

    Args:
        optimizer: a built ``keras.optimizers.Adam`` for which ``applies``.
        variable: the embedding matrix.
        gradient: its gradient, one row per token.
        squared_norm: the sum of the squares of ``gradient.values``.
    """
    values = gradient.values
    if optimizer.clipnorm:
        # keras's _clip_by_norm, with its guard against a zero norm
        positive = squared_norm > 0
        norm = tf.where(
            positive,
            tf.sqrt(tf.where(positive, squared_norm, tf.ones_like(squared_norm))),
            squared_norm,
        )
        values = values * optimizer.clipnorm / tf.maximum(norm, optimizer.clipnorm)
    rows = variable.shape[0]
    first = tf.math.unsorted_segment_sum(values, gradient.indices, rows)
    second = tf.math.unsorted_segment_sum(tf.square(values), gradient.indices, rows)

    # Adam.update_step, same order of operations
    beta_1, beta_2 = optimizer.beta_1, optimizer.beta_2
    local_step = tf.cast(optimizer.iterations + 1, tf.float32)
    alpha = (
        tf.cast(optimizer.learning_rate, tf.float32)
        * tf.sqrt(1 - tf.pow(tf.cast(beta_2, tf.float32), local_step))
        / (1 - tf.pow(tf.cast(beta_1, tf.float32), local_step))
    )
    index = optimizer._get_variable_index(variable)
    m, v = optimizer._momentums[index], optimizer._velocities[index]
    m.assign_add((first - m) * (1 - beta_1))
    v.assign_add((second - v) * (1 - beta_2))
    variable.assign_sub((m * alpha) / (tf.sqrt(v) + optimizer.epsilon))
