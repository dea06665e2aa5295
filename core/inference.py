"""Classify review texts with a trained model, the way it was trained to read.

Texts are encoded with the model's own saved vocabulary and padded to its
``max_len``; the forward pass is a compiled function traced once per model,
safe to call from several threads at once. ``classify`` scores many texts (the
command line); a ``Reader`` reads one review in a few milliseconds and gives
the model's opinion after every token too (the Classify page).
"""

import logging
import threading
from dataclasses import dataclass

import numpy as np
import tensorflow as tf

from core import readout, training, word_table
from core.text import clip_text, pad_sequences
from core.token_view import ReviewView, view_review
from core.trained import TrainedModel

logger = logging.getLogger(__name__)

LABELS = ("negative", "positive")
BATCH_ROWS = 64  # rows per call when scoring many variants of one review

_BUILD_LOCK = threading.Lock()


@dataclass(frozen=True)
class Prediction:
    """One text's verdict: ``probability`` is the model's P(positive)."""

    text: str
    probability: float

    @property
    def label(self) -> str:
        return LABELS[int(self.probability > 0.5)]

    @property
    def confidence(self) -> float:
        """How sure the model is of its label, from 0.5 to 1."""
        return max(self.probability, 1 - self.probability)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "probability": self.probability,
            "label": self.label,
            "confidence": self.confidence,
        }


def encode_texts(trained: TrainedModel, texts: list[str]) -> np.ndarray:
    """``(len(texts), max_len)`` ids, exactly as the training data was encoded."""
    sequences = [trained.vocabulary.encode(clip_text(text)[0]) for text in texts]
    return pad_sequences(sequences, trained.config.max_len)


def classify(trained: TrainedModel, texts: list[str]) -> list[Prediction]:
    """The model's probability of positive for each text."""
    if not texts:
        return []
    probabilities = training.predict_probabilities(
        trained.model, encode_texts(trained, texts)
    )
    return [
        Prediction(text=text, probability=float(probability))
        for text, probability in zip(texts, probabilities, strict=True)
    ]


@dataclass(frozen=True)
class Reading:
    """One review read by one model.

    Attributes:
        probability: the model's P(positive) for the review.
        steps: P(positive) after every column of the padded row, shape
            ``(max_len,)`` (see ``core.readout``); None for a model that reads
            no order (bag of words).
    """

    probability: float
    steps: np.ndarray | None


@dataclass(frozen=True)
class Analysis:
    """One review as one model reads it: its tokens and the model's output."""

    text: str
    view: ReviewView
    reading: Reading

    @property
    def prediction(self) -> Prediction:
        return Prediction(text=self.text, probability=self.reading.probability)


class Reader:
    """A trained model compiled to read one review at a time, quickly.

    ``read`` runs one padded row through a ``tf.function`` with the fixed input
    signature ``(1, max_len)``, compiled with XLA: 1 to 3 ms for the default
    LSTM on two busy CPU cores, where ``model.predict`` takes a hundred times
    longer. It returns the readout after every token (one forward pass), whose
    last value is the prediction.
    ``probabilities`` scores a batch of rows without XLA (a batch of another
    size would compile again). Compiling happens once, in ``__init__``; then
    both may be called from many threads at once.

    Args:
        trained: a loaded model.
    """

    def __init__(self, trained: TrainedModel):
        self.trained = trained
        self.max_len = trained.config.max_len
        with _BUILD_LOCK:  # building Keras layers is not thread-safe
            steps = readout.step_model(trained.model)
            one_row = tf.TensorSpec([1, self.max_len], tf.int32)
            rows = tf.TensorSpec([BATCH_ROWS, self.max_len], tf.int32)
            single = _forward(steps if steps is not None else trained.model)
            self._has_steps = steps is not None
            try:
                self._read = _traced(single, one_row, jit_compile=True)
            except (tf.errors.OpError, NotImplementedError, ValueError) as error:
                logger.warning(
                    "XLA cannot compile %s (%s); reading without it",
                    trained.config.name,
                    str(error).splitlines()[0] if str(error) else type(error).__name__,
                )
                self._read = _traced(single, one_row, jit_compile=False)
            batch = word_table.model_forward(trained.model) or _forward(trained.model)
            self._batch = _traced(batch, rows, jit_compile=False)

    @property
    def has_steps(self) -> bool:
        """Whether ``read`` returns a readout per token (recurrent models)."""
        return self._has_steps

    def read(self, row: np.ndarray) -> Reading:
        """Read one padded row of ``max_len`` ids.

        Args:
            row: int ids, shape ``(max_len,)``, padded as ``encode_texts`` does.
        """
        if row.shape != (self.max_len,):
            raise ValueError(f"expected {self.max_len} ids, got shape {row.shape}")
        output = self._read(row.astype(np.int32)[None, :]).numpy().reshape(-1)
        if self._has_steps:
            return Reading(probability=float(output[-1]), steps=output)
        return Reading(probability=float(output[0]), steps=None)

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """P(positive) for each padded row, in batches of ``BATCH_ROWS``.

        A short batch is padded to ``BATCH_ROWS``: the recurrent loops compile
        once per batch size, which took 0.3 s for each new review length.
        """
        chunks = []
        for start in range(0, len(rows), BATCH_ROWS):
            chunk, _ = training.padded_rows(
                rows[start : start + BATCH_ROWS].astype(np.int32), BATCH_ROWS
            )
            chunks.append(self._batch(chunk).numpy()[: len(rows) - start])
        return np.concatenate(chunks).reshape(-1) if chunks else np.zeros(0)

    def view(self, text: str) -> ReviewView:
        """``text`` (cut to ``MAX_TEXT_CHARS``) as this model reads it."""
        return view_review(clip_text(text)[0], self.trained.vocabulary, self.max_len)

    def analyse(self, text: str) -> Analysis:
        """Encode ``text`` and read it: one forward pass, a few milliseconds."""
        view = self.view(text)
        return Analysis(text=text, view=view, reading=self.read(view.padded))


def _forward(model):
    """``model``'s forward pass in inference."""
    return lambda ids: model(ids, training=False)


def _traced(forward, signature: tf.TensorSpec, jit_compile: bool):
    """``forward`` as a ``tf.function``, traced (warmed up) now."""
    function = tf.function(
        forward, input_signature=[signature], jit_compile=jit_compile
    )
    shape = [1 if size is None else size for size in signature.shape]
    function(tf.zeros(shape, tf.int32))
    return function
