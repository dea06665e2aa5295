"""Fast SimpleRNN, LSTM and GRU layers: Keras's weights and math, fewer steps per token.

``FastSimpleRNN``, ``FastLSTM`` and ``FastGRU`` subclass the Keras layers and
keep their cell, weights (``kernel``, ``recurrent_kernel``, ``bias``; LSTM
gates i, f, c, o; GRU with ``reset_after=True``) and config, so weights move
freely to and from ``keras.layers.LSTM`` and the others. Only the loop over
time is replaced:

1. the input projection x_t·kernel + bias is one matrix product for all steps
   (``recur`` runs the loop on inputs projected elsewhere: ``core.word_table``);
2. the recurrence runs in an XLA-compiled while loop (a few fused kernels per
   step instead of a dozen TensorFlow ops);
3. the backward pass is written by hand, as cuDNN does: the loop carries only
   the recurrent gradient, and the ``kernel`` and ``recurrent_kernel``
   gradients are one matrix product each after the loop;
4. in training, the two halves of a batch run in two loops on two cores; in
   inference the loop keeps nothing for a backward pass.

A layer falls back to Keras's own loop for what the fast path does not cover:
a mask, dropout while training, other activations, GRU with
``reset_after=False``, or a dtype other than float32.
"""

import functools

import keras
import tensorflow as tf

_JIT = {"jit_compile": True, "autograph": False, "reduce_retracing": True}


def _shift(initial, sequence):
    """``[initial, sequence[0], ..., sequence[-2]]``: each step's previous value."""
    return tf.concat([initial[None], sequence[:-1]], axis=0)


# Note: in training and batch prediction, ``core.word_table`` projects each
# distinct word of a batch once instead and calls ``recur`` directly; this
# per-token product remains for the one-review reader and for models the word
# table does not cover.
def _project(sequences, kernel, bias):
    """x_t·kernel + bias for every step at once: ``(batch, time, k)``.

    Kept batch-major, as the inputs come: the compiled loop reads step t
    where it lies, so the inputs are never transposed.
    """
    shape = tf.shape(sequences)
    projected = tf.matmul(tf.reshape(sequences, [-1, shape[2]]), kernel)
    if bias is not None:
        projected = projected + bias
    return tf.reshape(projected, [shape[0], shape[1], kernel.shape[1]])


def _batch_major(sequence):
    """``(time, batch, k)`` -> ``(batch, time, k)``."""
    return tf.transpose(sequence, [1, 0, 2])


def _recurrent_kernel_gradient(initial_h, hs, d_z):
    """d(loss)/d(recurrent_kernel) = sum over t of h_tm1ᵀ·dz_t, as one product."""
    h_tm1 = _shift(initial_h, hs)
    return tf.matmul(
        tf.reshape(h_tm1, [-1, tf.shape(h_tm1)[-1]]),
        tf.reshape(d_z, [-1, tf.shape(d_z)[-1]]),
        transpose_a=True,
    )


def _untaped(*tensors):
    """``tensors`` hidden from any gradient tape.

    The compiled loops are never differentiated by autodiff: their gradient
    is written out below (and autodiff would need TensorLists that cannot
    leave XLA).
    """
    return [tf.stop_gradient(tensor) for tensor in tensors]


def _zeros_if_none(gradient, like):
    return tf.zeros_like(like) if gradient is None else gradient


def _loop(step, steps, start, carried, outputs, dtype, reverse=False):
    """Run ``step`` over time, collecting one output tensor per step in each list.

    ``step(t, *carried)`` returns ``(carried, written)`` where ``written`` is
    a tuple of ``outputs`` tensors for step ``t``.
    """
    arrays = tuple(tf.TensorArray(dtype, size=steps) for _ in range(outputs))

    def body(t, carried, arrays):
        carried, written = step(t, *carried)
        arrays = tuple(a.write(t, w) for a, w in zip(arrays, written, strict=True))
        return t + (-1 if reverse else 1), carried, arrays

    _, carried, arrays = tf.while_loop(
        lambda t, *_: t >= 0 if reverse else t < steps,
        body,
        (start, tuple(carried), arrays),
        maximum_iterations=steps,
    )
    return carried, tuple(a.stack() for a in arrays)


# ---- SimpleRNN: h_t = tanh(x_t·kernel + bias + h_tm1·recurrent_kernel) ----


@tf.function(**_JIT)
def _simple_rnn_forward(inputs, initial_h, recurrent_kernel):
    def step(t, h_tm1):
        h = tf.tanh(inputs[:, t] + tf.matmul(h_tm1, recurrent_kernel))
        return (h,), (h,)

    steps = tf.shape(inputs)[1]
    _, (hs,) = _loop(step, steps, 0, (initial_h,), 1, inputs.dtype)
    return hs


@tf.function(**_JIT)
def _simple_rnn_backward(d_hs, d_h, hs, recurrent_kernel):
    recurrent_kernel_t = tf.transpose(recurrent_kernel)

    def step(t, d_h):
        d_z = (d_h + d_hs[t]) * (1 - hs[t] * hs[t])  # tanh' = 1 - h_t^2
        return (tf.matmul(d_z, recurrent_kernel_t),), (d_z,)

    steps = tf.shape(hs)[0]
    (d_h,), (d_z,) = _loop(step, steps, steps - 1, (d_h,), 1, hs.dtype, reverse=True)
    return d_z, d_h


@tf.custom_gradient
def simple_rnn_sequence(inputs, initial_h, recurrent_kernel):
    """SimpleRNN over time from the projected inputs, with a hand-written gradient.

    Args:
        inputs: x_t·kernel + bias, ``(batch, time, units)``.
        initial_h: ``(batch, units)``.
        recurrent_kernel: ``(units, units)``.

    Returns:
        ``(hs, h)``: every step's hidden state ``(time, batch, units)`` and the last.
    """
    hs = _simple_rnn_forward(*_untaped(inputs, initial_h, recurrent_kernel))

    def gradient(d_hs, d_h):
        d_z, d_initial_h = _simple_rnn_backward(
            _zeros_if_none(d_hs, hs),
            _zeros_if_none(d_h, initial_h),
            hs,
            recurrent_kernel,
        )
        d_recurrent_kernel = _recurrent_kernel_gradient(initial_h, hs, d_z)
        return _batch_major(d_z), d_initial_h, d_recurrent_kernel

    return (hs, hs[-1]), gradient


# ---- LSTM, gates i, f, c, o as in keras.layers.LSTMCell ----


def _lstm_cell(x_t, h_tm1, c_tm1, recurrent_kernel):
    """One step: h, c and the local derivatives a backward pass needs.

    With them, dz_t = [dc_t, dc_t, dc_t, dh_t] * d_gates, and dc_t gains
    dh_t * d_c_from_h. Inference does not write them, and XLA drops their
    computation.
    """
    units = tf.shape(recurrent_kernel)[0]
    z = x_t + tf.matmul(h_tm1, recurrent_kernel)
    # one sigmoid over all four blocks: XLA vectorises a wide one best
    gates = tf.sigmoid(z)
    i = gates[:, :units]
    f = gates[:, units : 2 * units]
    g = tf.tanh(z[:, 2 * units : 3 * units])
    o = gates[:, 3 * units :]
    c = f * c_tm1 + i * g
    tanh_c = tf.tanh(c)
    d_gates = tf.concat(
        [g * i * (1 - i), c_tm1 * f * (1 - f), i * (1 - g * g), tanh_c * o * (1 - o)],
        axis=1,
    )
    return o * tanh_c, c, (d_gates, o * (1 - tanh_c * tanh_c), f)


@tf.function(**_JIT)
def _lstm_forward(inputs, initial_h, initial_c, recurrent_kernel):
    """Every h and the last c."""

    def step(t, h_tm1, c_tm1):
        h, c, _ = _lstm_cell(inputs[:, t], h_tm1, c_tm1, recurrent_kernel)
        return (h, c), (h,)

    steps = tf.shape(inputs)[1]
    (_, c), (hs,) = _loop(step, steps, 0, (initial_h, initial_c), 1, inputs.dtype)
    return hs, c


@tf.function(**_JIT)
def _lstm_forward_keeping(inputs, initial_h, initial_c, recurrent_kernel):
    """Every h, the last c, and every step's local derivatives."""

    def step(t, h_tm1, c_tm1):
        h, c, derivatives = _lstm_cell(inputs[:, t], h_tm1, c_tm1, recurrent_kernel)
        return (h, c), (h, *derivatives)

    steps = tf.shape(inputs)[1]
    (_, c), (hs, *derivatives) = _loop(
        step, steps, 0, (initial_h, initial_c), 4, inputs.dtype
    )
    return hs, c, derivatives


@tf.function(**_JIT)
def _lstm_backward(d_hs, d_h, d_c, derivatives, recurrent_kernel):
    d_gates, d_c_from_h, fs = derivatives
    recurrent_kernel_t = tf.transpose(recurrent_kernel)

    def step(t, d_h, d_c):
        d_h = d_h + d_hs[t]
        d_c = d_c + d_h * d_c_from_h[t]
        d_z = tf.concat([d_c, d_c, d_c, d_h], axis=1) * d_gates[t]
        return (tf.matmul(d_z, recurrent_kernel_t), d_c * fs[t]), (d_z,)

    steps = tf.shape(d_hs)[0]
    (d_h, d_c), (d_z,) = _loop(
        step, steps, steps - 1, (d_h, d_c), 1, d_hs.dtype, reverse=True
    )
    return d_z, d_h, d_c


def _lstm_gradient(saved, upstream):
    """d(loss)/d(inputs, initial_h, initial_c, recurrent_kernel)."""
    (inputs, initial_h, initial_c, recurrent_kernel), hs, c, derivatives = saved
    d_hs, d_h, d_c = upstream
    d_z, d_initial_h, d_initial_c = _lstm_backward(
        _zeros_if_none(d_hs, hs),
        _zeros_if_none(d_h, initial_h),
        _zeros_if_none(d_c, c),
        derivatives,
        recurrent_kernel,
    )
    d_recurrent_kernel = _recurrent_kernel_gradient(initial_h, hs, d_z)
    return _batch_major(d_z), d_initial_h, d_initial_c, d_recurrent_kernel


@tf.custom_gradient
def _lstm_training(*args):
    hs, c, derivatives = _lstm_forward_keeping(*_untaped(*args))

    def gradient(*upstream):
        return _lstm_gradient((args, hs, c, derivatives), upstream)

    return (hs, hs[-1], c), gradient


@tf.custom_gradient
def _lstm_inference(*args):
    hs, c = _lstm_forward(*_untaped(*args))

    def gradient(*upstream):
        # nothing was kept for a backward pass (inference rarely needs one)
        _, _, derivatives = _lstm_forward_keeping(*_untaped(*args))
        return _lstm_gradient((args, hs, c, derivatives), upstream)

    return (hs, hs[-1], c), gradient


def lstm_sequence(inputs, initial_h, initial_c, recurrent_kernel, training=False):
    """LSTM over time from the projected inputs, with a hand-written gradient.

    Args:
        inputs: x_t·kernel + bias, ``(batch, time, 4 * units)``.
        initial_h: hidden state ``(batch, units)``.
        initial_c: cell state ``(batch, units)``.
        recurrent_kernel: ``(units, 4 * units)``, gates i, f, c, o.
        training: keep each step's local derivatives for the backward pass;
            otherwise a gradient, if asked for, runs the forward pass again.

    Returns:
        ``(hs, h, c)``: every step's hidden state ``(time, batch, units)``, the
        last hidden state and the last cell state.
    """
    sequence = _lstm_training if training else _lstm_inference
    return sequence(inputs, initial_h, initial_c, recurrent_kernel)


# ---- GRU with reset_after=True (Keras's default), gates z, r, h ----


def _gru_cell(x_t, h_tm1, recurrent_kernel, recurrent_bias):
    """One step: h, and the gate values a backward pass needs."""
    units = tf.shape(recurrent_kernel)[0]
    inner = tf.matmul(h_tm1, recurrent_kernel) + recurrent_bias
    zr = tf.sigmoid(x_t[:, : 2 * units] + inner[:, : 2 * units])
    z, r = zr[:, :units], zr[:, units:]
    inner_h = inner[:, 2 * units :]
    hh = tf.tanh(x_t[:, 2 * units :] + r * inner_h)
    return z * h_tm1 + (1 - z) * hh, tf.concat([z, r, hh, inner_h], axis=1)


# TODO: reading hundreds of reviews at once is ~1.2x slower than Keras's GRU
# loop (2,500 reviews: 1.44 s against 1.21 s), because XLA compiles this cell's
# narrow gate slices into slow loops on CPU; one review and training are faster.
@tf.function(**_JIT)
def _gru_forward(inputs, initial_h, recurrent_kernel, recurrent_bias):
    """Every h."""

    def step(t, h_tm1):
        h, _ = _gru_cell(inputs[:, t], h_tm1, recurrent_kernel, recurrent_bias)
        return (h,), (h,)

    steps = tf.shape(inputs)[1]
    _, (hs,) = _loop(step, steps, 0, (initial_h,), 1, inputs.dtype)
    return hs


@tf.function(**_JIT)
def _gru_forward_keeping(inputs, initial_h, recurrent_kernel, recurrent_bias):
    """Every h, and every step's z, r, candidate h and recurrent h part."""

    def step(t, h_tm1):
        h, zrh = _gru_cell(inputs[:, t], h_tm1, recurrent_kernel, recurrent_bias)
        return (h,), (h, zrh)

    steps = tf.shape(inputs)[1]
    _, (hs, zrh) = _loop(step, steps, 0, (initial_h,), 2, inputs.dtype)
    return hs, zrh


@tf.function(**_JIT)
def _gru_backward(d_hs, d_h, initial_h, hs, zrh, recurrent_kernel):
    # what each step's gradient needs from the forward pass, for all steps at once
    z, r, hh, inner_h = tf.split(zrh, 4, axis=2)
    d_z_pre = (_shift(initial_h, hs) - hh) * z * (1 - z)
    d_hh_pre = (1 - z) * (1 - hh * hh)
    d_r_pre = d_hh_pre * inner_h * r * (1 - r)
    d_inner = tf.concat([d_z_pre, d_r_pre, d_hh_pre * r], axis=2)
    recurrent_kernel_t = tf.transpose(recurrent_kernel)

    def step(t, d_h):
        d_h = d_h + d_hs[t]
        d_inner_t = tf.concat([d_h, d_h, d_h], axis=1) * d_inner[t]
        d_h_tm1 = d_h * z[t] + tf.matmul(d_inner_t, recurrent_kernel_t)
        return (d_h_tm1,), (d_h,)

    steps = tf.shape(hs)[0]
    (d_h,), (d_h_total,) = _loop(
        step, steps, steps - 1, (d_h,), 1, hs.dtype, reverse=True
    )
    d_h3 = tf.concat([d_h_total, d_h_total, d_h_total], axis=2)
    d_inputs = d_h3 * tf.concat([d_z_pre, d_r_pre, d_hh_pre], axis=2)
    return d_inputs, d_h3 * d_inner, d_h


def _gru_gradient(saved, upstream):
    """d(loss)/d(inputs, initial_h, recurrent_kernel, recurrent_bias)."""
    (inputs, initial_h, recurrent_kernel, _), hs, zrh = saved
    d_hs, d_h = upstream
    d_inputs, d_inner, d_initial_h = _gru_backward(
        _zeros_if_none(d_hs, hs),
        _zeros_if_none(d_h, initial_h),
        initial_h,
        hs,
        zrh,
        recurrent_kernel,
    )
    d_recurrent_kernel = _recurrent_kernel_gradient(initial_h, hs, d_inner)
    d_recurrent_bias = tf.reduce_sum(d_inner, axis=[0, 1])
    return _batch_major(d_inputs), d_initial_h, d_recurrent_kernel, d_recurrent_bias


@tf.custom_gradient
def _gru_training(*args):
    hs, zrh = _gru_forward_keeping(*_untaped(*args))

    def gradient(*upstream):
        return _gru_gradient((args, hs, zrh), upstream)

    return (hs, hs[-1]), gradient


@tf.custom_gradient
def _gru_inference(*args):
    hs = _gru_forward(*_untaped(*args))

    def gradient(*upstream):
        # nothing was kept for a backward pass (inference rarely needs one)
        _, zrh = _gru_forward_keeping(*_untaped(*args))
        return _gru_gradient((args, hs, zrh), upstream)

    return (hs, hs[-1]), gradient


def gru_sequence(inputs, initial_h, recurrent_kernel, recurrent_bias, training=False):
    """GRU (``reset_after=True``) over time, with a hand-written gradient.

    Args:
        inputs: x_t·kernel + input bias, ``(batch, time, 3 * units)``.
        initial_h: ``(batch, units)``.
        recurrent_kernel: ``(units, 3 * units)``, gates z, r, h.
        recurrent_bias: ``(3 * units,)``, the second row of the GRU's ``bias``.
        training: keep each step's gate values for the backward pass;
            otherwise a gradient, if asked for, runs the forward pass again.

    Returns:
        ``(hs, h)``: every step's hidden state ``(time, batch, units)`` and the last.
    """
    sequence = _gru_training if training else _gru_inference
    return sequence(inputs, initial_h, recurrent_kernel, recurrent_bias)


# ---- the layers ----


def _halves(tensor):
    """The first and the second half of a batch's rows."""
    size = tf.shape(tensor)[0]
    return tf.split(tensor, tf.stack([size // 2, size - size // 2]), num=2)


def _run(sequence, inputs, states, weights, training):
    """``sequence(inputs, *states, *weights)``; in training, on each half at once.

    Rows never interact, so two loops over half the batch give the same
    numbers; TensorFlow runs them side by side on two cores (about 10 to 20%
    faster per training step on two idle cores).
    """
    if not training:
        return sequence(inputs, *states, *weights)
    halves = zip(_halves(inputs), *map(_halves, states), strict=True)
    first, second = [sequence(*half, *weights) for half in halves]
    hs = tf.concat([first[0], second[0]], axis=1)  # (time, batch, units)
    last = [tf.concat(pair, axis=0) for pair in zip(first[1:], second[1:], strict=True)]
    return (hs, *last)


def _fast_path_applies(layer, sequences, mask, training) -> bool:
    """Whether the fast loop computes exactly what Keras's loop would."""
    cell = layer.cell
    dropout = training and (cell.dropout > 0 or cell.recurrent_dropout > 0)
    return (
        mask is None
        and not dropout
        and sequences.dtype == tf.float32
        and cell.activation is keras.activations.tanh
        and getattr(cell, "recurrent_activation", keras.activations.sigmoid)
        is keras.activations.sigmoid
    )


def _outputs(layer, hs, h):
    """What ``RNN.inner_loop`` returns as outputs: batch-major, or just the last."""
    if layer.return_sequences:
        return tf.transpose(hs, [1, 0, 2])
    return h[:, None, :]


class FastLoop:
    """The fast ``inner_loop`` shared by the three layers.

    A layer gives its input weights (``input_weights``) and its loop over
    already projected inputs (``recur``); callers that can project the
    inputs more cheaply (``core.word_table``) call ``recur`` themselves.
    """

    def fast_path_applies(self, sequences, mask=None, training=False) -> bool:
        """Whether the fast loop computes exactly what Keras's loop would."""
        return _fast_path_applies(self, sequences, mask, training)

    def input_weights(self):
        """``(kernel, bias)`` of the input projection, as tensors (bias may be None)."""
        cell = self.cell
        bias = None if cell.bias is None else tf.convert_to_tensor(cell.bias)
        return tf.convert_to_tensor(cell.kernel), bias

    def inner_loop(self, sequences, initial_state, mask, training=False):
        if not self.fast_path_applies(sequences, mask, training):
            return super().inner_loop(sequences, initial_state, mask, training)
        if self.go_backwards:
            sequences = tf.reverse(sequences, axis=[1])
        hs, states = self.recur(
            _project(sequences, *self.input_weights()), initial_state, training
        )
        return states[0], _outputs(self, hs, states[0]), states


@keras.saving.register_keras_serializable(package="lstm_dashboard")
class FastSimpleRNN(FastLoop, keras.layers.SimpleRNN):
    """``keras.layers.SimpleRNN`` with the fast loop: same weights, config, outputs."""

    def recur(self, projected, initial_state, training=False):
        """``(hs, [h])`` from x_t·kernel + bias, ``(batch, time, units)``."""
        recurrent_kernel = tf.convert_to_tensor(self.cell.recurrent_kernel)
        hs, h = _run(
            simple_rnn_sequence,
            projected,
            initial_state[:1],
            [recurrent_kernel],
            training is True,
        )
        return hs, [h]


@keras.saving.register_keras_serializable(package="lstm_dashboard")
class FastLSTM(FastLoop, keras.layers.LSTM):
    """``keras.layers.LSTM`` with the fast loop: same weights, config, outputs."""

    def recur(self, projected, initial_state, training=False):
        """``(hs, [h, c])`` from x_t·kernel + bias, ``(batch, time, 4 * units)``."""
        recurrent_kernel = tf.convert_to_tensor(self.cell.recurrent_kernel)
        hs, h, c = _run(
            functools.partial(lstm_sequence, training=training is True),
            projected,
            initial_state[:2],
            [recurrent_kernel],
            training is True,
        )
        return hs, [h, c]


@keras.saving.register_keras_serializable(package="lstm_dashboard")
class FastGRU(FastLoop, keras.layers.GRU):
    """``keras.layers.GRU`` with the fast loop: same weights, config, outputs."""

    def fast_path_applies(self, sequences, mask=None, training=False) -> bool:
        return self.cell.reset_after and super().fast_path_applies(
            sequences, mask, training
        )

    def input_weights(self):
        """``(kernel, bias)``: the input half of the GRU's two-row ``bias``."""
        kernel, bias = super().input_weights()
        return kernel, None if bias is None else bias[0]

    def recur(self, projected, initial_state, training=False):
        """``(hs, [h])`` from x_t·kernel + input bias, ``(batch, time, 3 * units)``."""
        cell = self.cell
        if cell.bias is None:
            recurrent_bias = tf.zeros([3 * self.units])
        else:
            recurrent_bias = tf.convert_to_tensor(cell.bias)[1]
        hs, h = _run(
            functools.partial(gru_sequence, training=training is True),
            projected,
            initial_state[:1],
            [tf.convert_to_tensor(cell.recurrent_kernel), recurrent_bias],
            training is True,
        )
        return hs, [h]
