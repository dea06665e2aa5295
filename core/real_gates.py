"""A trained LSTM's own gates for one word, computed in numpy from its weights.

"Reading the text" means running ``core.gates.lstm_step`` over the encoded
text (``START``, then one id per word, each id looked up in the learned
embedding) from a zero hidden state h and cell state c. The chosen word's
embedding is then x_t of one more step, whose gates are shown. Optionally the
text is padded in front to ``max_len`` with id 0, exactly as the model sees a
short review; then h_t after the word is the model's own final hidden state.

Only ``get_weights()`` of the layers named ``embedding`` and ``recurrent`` is
used, so this module needs no TensorFlow and works with any layer that keeps
Keras's LSTM weight layout.
"""

import logging
from dataclasses import dataclass

import numpy as np

from core.gates import LSTMStep, LSTMWeights, lstm_step
from core.text import PAD, Vocabulary, tokenize

logger = logging.getLogger(__name__)

EMBEDDING_LAYER = "embedding"
RECURRENT_LAYER = "recurrent"


@dataclass(frozen=True)
class TrainedLSTM:
    """What the gate calculator needs from a trained LSTM model.

    Attributes:
        embeddings: the learned word vectors, shape ``(num_words, embedding_dim)``.
        weights: the LSTM layer's ``kernel``, ``recurrent_kernel`` and ``bias``.
        vocabulary: the encoding the model was trained with.
        max_len: the length the model's inputs are padded or cut to.
    """

    embeddings: np.ndarray
    weights: LSTMWeights
    vocabulary: Vocabulary
    max_len: int


def from_model(model, vocabulary: Vocabulary, max_len: int) -> TrainedLSTM:
    """Copy the weights out of a trained Keras model.

    Args:
        model: a model with layers named ``embedding`` and ``recurrent``
            (anything with ``get_layer(name).get_weights()``).
        vocabulary: the model's vocabulary.
        max_len: the model's input length.

    Returns:
        A ``TrainedLSTM`` holding numpy copies of the weights.
    """
    embeddings = np.asarray(model.get_layer(EMBEDDING_LAYER).get_weights()[0])
    kernel, recurrent_kernel, bias = model.get_layer(RECURRENT_LAYER).get_weights()
    if kernel.shape[0] != embeddings.shape[1]:
        raise ValueError(
            f"the recurrent layer expects inputs of size {kernel.shape[0]}, "
            f"the embedding gives {embeddings.shape[1]}"
        )
    logger.info(
        "copied the weights: %d words x %d embedding dims, %d units",
        embeddings.shape[0],
        embeddings.shape[1],
        kernel.shape[1] // 4,
    )
    return TrainedLSTM(
        embeddings=embeddings.astype(np.float64),
        weights=LSTMWeights(kernel, recurrent_kernel, bias),
        vocabulary=vocabulary,
        max_len=max_len,
    )


def read_ids(lstm: TrainedLSTM, ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Run the LSTM over ``ids`` from zero states; return the final (h, c)."""
    h = np.zeros(lstm.weights.units)
    c = np.zeros(lstm.weights.units)
    for word_id in ids:
        step = lstm_step(lstm.embeddings[word_id], h, c, lstm.weights)
        h, c = step.h, step.c
    return h, c


@dataclass(frozen=True)
class WordGates:
    """One word's step after reading a text.

    Attributes:
        word: the word as the vocabulary knows it (lower case).
        word_id: its id (``OOV`` when unknown).
        context_ids: the ids read before it (with any padding).
        step: the LSTM step with x_t = the word's embedding.
    """

    word: str
    word_id: int
    context_ids: list[int]
    step: LSTMStep

    def changed_units(self, count: int) -> list[int]:
        """The ``count`` units whose cell state changed most, largest first."""
        change = np.abs(self.step.c - self.step.c_tm1)
        return [int(unit) for unit in np.argsort(-change, kind="stable")[:count]]


def word_gates(
    lstm: TrainedLSTM, text: str, word: str, as_model_sees: bool = False
) -> WordGates:
    """Read ``text``, then take one step with ``word``.

    Args:
        lstm: the trained weights.
        text: the preceding text (may be empty: then only ``START`` is read).
        word: exactly one word.
        as_model_sees: pad in front to ``max_len`` with id 0 as the model does.

    Returns:
        A ``WordGates`` with the step for the word.

    Raises:
        ValueError: ``word`` is not exactly one word.
    """
    tokens = tokenize(word)
    if len(tokens) != 1:
        raise ValueError(f"expected exactly one word, got {word!r}")
    word_id = lstm.vocabulary.word_id(tokens[0])

    # the model keeps the last max_len ids of a review: the word is the last
    ids = (lstm.vocabulary.encode(text) + [word_id])[-lstm.max_len :]
    if as_model_sees:
        ids = [PAD] * (lstm.max_len - len(ids)) + ids
    context = ids[:-1]
    h_tm1, c_tm1 = read_ids(lstm, context)
    step = lstm_step(lstm.embeddings[word_id], h_tm1, c_tm1, lstm.weights)
    return WordGates(word=tokens[0], word_id=word_id, context_ids=context, step=step)
