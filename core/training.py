"""The training loop: reproducible, observable batch by batch, cancellable.

``fit`` runs a compiled ``tf.function`` step per batch and reports through a
``TrainingListener``, a plain Python interface shared by the dashboard's
background jobs and the command line:

- ``on_batch``: running loss and accuracy of the epoch, samples per second,
  and the global gradient norm before clipping;
- ``on_epoch``: train and validation loss and accuracy.

Setting the ``cancel`` event from another thread stops the run between two
batches with ``TrainingCancelled``.
"""

import logging
import threading
import time
import weakref
from dataclasses import asdict, dataclass

import keras
import numpy as np
import tensorflow as tf

from core import embedding_adam, word_table
from core.config import TrainConfig
from core.data import Dataset
from core.progress import (  # noqa: F401  (re-exported for callers of training)
    BatchProgress,
    EpochProgress,
    TrainingCancelled,
    TrainingListener,
)

logger = logging.getLogger(__name__)

EVAL_BATCH_SIZE = 1_024  # most reviews per forward call when predicting
EVAL_MEMORY_BYTES = 256 * 2**20  # about what one such call may hold at once
_EPSILON = 1e-7  # Keras clips probabilities to [eps, 1 - eps] in its loss


def binary_metrics(labels: np.ndarray, probabilities: np.ndarray) -> dict[str, float]:
    """Binary cross-entropy and accuracy, computed as Keras does."""
    labels = labels.astype(np.float64)
    clipped = np.clip(probabilities.astype(np.float64), _EPSILON, 1 - _EPSILON)
    loss = -np.mean(labels * np.log(clipped) + (1 - labels) * np.log(1 - clipped))
    accuracy = np.mean((probabilities > 0.5) == (labels > 0.5))
    return {"loss": float(loss), "accuracy": float(accuracy)}


def predict_probabilities(model, ids: np.ndarray) -> np.ndarray:
    """Probability of positive for each row of ``ids`` (compiled, batched)."""
    forward = _forward_function(model)
    rows = rows_per_call(model)
    chunks = []
    for start in range(0, len(ids), rows):
        chunk = ids[start : start + rows]
        if len(ids) > rows:
            # the short last chunk padded: one compiled shape for every call
            chunk, _ = padded_rows(chunk, rows)
        chunks.append(forward(tf.constant(chunk)).numpy()[: len(ids) - start])
    return np.concatenate(chunks).reshape(-1) if chunks else np.zeros(0)


def padded_rows(ids: np.ndarray, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """``ids`` with rows of padding id 0 up to ``rows``, and 1 / 0 for real / added.

    The compiled loops of ``core.layers`` are compiled once per batch size
    (about a second each on 2 cores), so a short last batch is padded instead.
    """
    missing = rows - len(ids)
    weights = np.ones(rows, np.float32)
    if missing <= 0:
        return ids, weights[: len(ids)]
    weights[len(ids) :] = 0
    padding = np.zeros((missing, *ids.shape[1:]), ids.dtype)
    return np.concatenate([ids, padding]), weights


def rows_per_call(model) -> int:
    """Reviews per forward call: ``EVAL_BATCH_SIZE``, fewer for long, wide models.

    The fast recurrent layers (``core.layers``) project the inputs of every
    step at once: with every h, about 6 floats per unit, token and review
    (an LSTM's four gates and h). The rows are limited so that one call holds
    about ``EVAL_MEMORY_BYTES`` (655 rows for the default models).
    """
    floats_per_token = 0
    for layer in model.layers:
        if isinstance(layer, keras.layers.RNN):
            floats_per_token += 6 * layer.units
        elif isinstance(layer, keras.layers.Embedding):
            floats_per_token += layer.output_dim
    row_bytes = 4 * (model.input_shape[1] or 1) * max(floats_per_token, 1)
    return int(min(EVAL_BATCH_SIZE, max(1, EVAL_MEMORY_BYTES // row_bytes)))


_forward_functions: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _forward_function(model):
    """One compiled inference function per model, traced once."""
    forward = _forward_functions.get(model)
    if forward is None:
        signature = [tf.TensorSpec([None, model.input_shape[1]], tf.int32)]
        forward = word_table.model_forward(model, training=False) or (
            lambda ids: model(ids, training=False)
        )
        forward = tf.function(forward, input_signature=signature)
        _forward_functions[model] = forward
    return forward


def _values(gradient):
    """A gradient's numbers: the rows of an ``IndexedSlices``, else itself."""
    return gradient.values if isinstance(gradient, tf.IndexedSlices) else gradient


def _make_train_step(model, max_len: int):
    optimizer, variables = model.optimizer, model.trainable_variables
    signature = [
        tf.TensorSpec([None, max_len], tf.int32),
        tf.TensorSpec([None], tf.float32),
        tf.TensorSpec([None], tf.float32),
    ]
    if not optimizer.built:
        optimizer.build(variables)

    # the same probabilities and gradients, each distinct word projected once
    forward = word_table.model_forward(model, training=True) or (
        lambda ids: model(ids, training=True)
    )

    # Keras's Adam (and clipnorm), fused by XLA: one pass over the embedding
    # matrix instead of a dozen, which halves the optimizer's share of a step.
    # An Embedding's per-token gradient goes through embedding_adam, the same
    # math with its norm taken from the one reported below.
    # TODO: training the embedding is still about 5 of a SimpleRNN step's 14 ms,
    # because Keras's math works on the embedding gradient's 12,800 per-token
    # rows: clipnorm takes their norm, and Adam scatters them into two dense
    # 10,000 x 128 matrices (their per-word sum for the first moment, the sum of
    # their squares for the second) before updating three more. A per-word sum
    # taken earlier (``core.word_table`` has one) would change both the norm
    # and the second moment (tried: the weights part by 5e-3 after five steps).
    # What is left is memory-bound.
    @tf.function(jit_compile=True, autograph=False)
    def apply_gradients(gradients, squared_norms):
        rest = []
        for variable, gradient, squared in zip(
            variables, gradients, squared_norms, strict=True
        ):
            if isinstance(gradient, tf.IndexedSlices) and embedding_adam.applies(
                optimizer, variable
            ):
                embedding_adam.step(optimizer, variable, gradient, squared)
            else:
                rest.append((gradient, variable))
        optimizer.apply([g for g, _ in rest], [v for _, v in rest])

    @tf.function(input_signature=signature)
    def train_step(ids, labels, weights):
        # rows of weight 0 (padding, see padded_rows) add exactly 0 to everything
        with tf.GradientTape() as tape:
            probabilities = tf.reshape(forward(ids), [-1])
            clipped = tf.clip_by_value(probabilities, _EPSILON, 1 - _EPSILON)
            likelihood = labels * tf.math.log(clipped)
            likelihood += (1 - labels) * tf.math.log(1 - clipped)
            loss = -tf.reduce_sum(weights * likelihood) / tf.reduce_sum(weights)
        gradients = tape.gradient(loss, variables)
        squared_norms = [
            tf.constant(0.0) if g is None else tf.reduce_sum(tf.square(_values(g)))
            for g in gradients
        ]
        grad_norm = tf.sqrt(tf.add_n(squared_norms))
        apply_gradients(gradients, squared_norms)
        correct = tf.reduce_sum(
            weights * tf.cast((probabilities > 0.5) == (labels > 0.5), tf.float32)
        )
        return loss, correct, grad_norm

    return train_step


@dataclass
class _Batches:
    """What one epoch's batch loop needs: the data, the step, where to report."""

    x: np.ndarray
    y: np.ndarray
    train_step: object
    config: TrainConfig
    listener: TrainingListener
    cancel: threading.Event | None
    history: dict
    started: float

    @property
    def per_epoch(self) -> int:
        return -(-len(self.x) // self.config.batch_size)


def _train_epoch(run: _Batches, epoch: int, order: np.ndarray) -> tuple[float, float]:
    """One pass over the shuffled reviews; returns the running loss and accuracy."""
    config, batches = run.config, run.per_epoch
    epoch_started = time.perf_counter()
    seen = loss_sum = correct_sum = 0.0
    for batch in range(1, batches + 1):
        if run.cancel is not None and run.cancel.is_set():
            raise TrainingCancelled(f"{config.name} training was cancelled")

        # one optimizer step on the next shuffled batch
        index = order[(batch - 1) * config.batch_size : batch * config.batch_size]
        ids, weights = padded_rows(run.x[index], config.batch_size)
        labels, _ = padded_rows(run.y[index], config.batch_size)
        loss, correct, grad_norm = run.train_step(ids, labels, weights)
        seen += len(index)
        loss_sum += float(loss) * len(index)
        correct_sum += float(correct)

        # report running metrics and speed
        now = time.perf_counter()
        done = (epoch - 1) * batches + batch
        progress = BatchProgress(
            epoch=epoch,
            epochs=config.epochs,
            batch=batch,
            batches=batches,
            loss=loss_sum / seen,
            accuracy=correct_sum / seen,
            samples_per_second=seen / max(now - epoch_started, 1e-9),
            grad_norm=float(grad_norm),
            elapsed=now - run.started,
            remaining=(now - run.started) / done * (config.epochs * batches - done),
        )
        for name in run.history["batches"]:
            run.history["batches"][name].append(getattr(progress, name))
        run.listener.on_batch(progress)
    return loss_sum / seen, correct_sum / seen


def fit(
    model,
    config: TrainConfig,
    dataset: Dataset,
    listener: TrainingListener | None = None,
    cancel: threading.Event | None = None,
) -> dict:
    """Train ``model`` (built by ``core.models``) on ``dataset`` for ``config``.

    Returns:
        The history: ``{"epochs": [EpochProgress as dict, ...], "batches":
        {"loss": [...], "accuracy": [...], "grad_norm": [...],
        "samples_per_second": [...]}}``.

    Raises:
        TrainingCancelled: ``cancel`` was set.
    """
    listener = listener or TrainingListener()
    train = dataset.train.take(config.train_size)
    names = ("loss", "accuracy", "grad_norm", "samples_per_second")
    run = _Batches(
        x=train.padded(config.max_len),
        y=train.labels.astype(np.float32),
        train_step=_make_train_step(model, config.max_len),
        config=config,
        listener=listener,
        cancel=cancel,
        history={"epochs": [], "batches": {name: [] for name in names}},
        started=time.perf_counter(),
    )
    x_val = dataset.val.padded(config.max_len)
    rng = np.random.default_rng(config.seed)
    listener.on_start(config, run.per_epoch)
    for epoch in range(1, config.epochs + 1):
        epoch_started = time.perf_counter()
        loss, accuracy = _train_epoch(run, epoch, rng.permutation(len(run.x)))

        # validate once per epoch
        val = binary_metrics(dataset.val.labels, predict_probabilities(model, x_val))
        summary = EpochProgress(
            epoch=epoch,
            epochs=config.epochs,
            loss=loss,
            accuracy=accuracy,
            val_loss=val["loss"],
            val_accuracy=val["accuracy"],
            seconds=time.perf_counter() - epoch_started,
        )
        run.history["epochs"].append(asdict(summary))
        logger.info(
            "%s epoch %d/%d: loss %.4f, accuracy %.4f, "
            "val_loss %.4f, val_accuracy %.4f",
            config.name,
            epoch,
            config.epochs,
            loss,
            accuracy,
            summary.val_loss,
            summary.val_accuracy,
        )
        listener.on_epoch(summary)
    return run.history
