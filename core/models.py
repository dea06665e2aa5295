"""Keras builders for the compared models, all reading the same padded ids.

Recurrent models: ``Embedding(num_words, embedding_dim)`` -> ``SimpleRNN``,
``LSTM`` or ``GRU`` with ``units`` -> ``Dense(1, sigmoid)``. The reference
model (``bow``) ignores word order: a multi-hot vector of the words in the
review -> ``Dense(1, sigmoid)``, i.e. logistic regression on a bag of words.
Every model is compiled with Adam, binary cross-entropy and accuracy.

Layers have fixed names (``embedding``, ``recurrent``, ``output``) so that
other modules can find them in a loaded model.
"""

import keras

from core import layers
from core.config import TrainConfig

EMBEDDING_LAYER = "embedding"
RECURRENT_LAYER = "recurrent"
OUTPUT_LAYER = "output"

# Keras's layers with a faster loop over time; same weights, config and outputs.
RECURRENT_LAYERS = {
    "rnn": layers.FastSimpleRNN,
    "lstm": layers.FastLSTM,
    "gru": layers.FastGRU,
}


def build_model(config: TrainConfig) -> keras.Model:
    """A compiled model for ``config``; weights drawn from Keras's global seed."""
    inputs = keras.Input(shape=(config.max_len,), dtype="int32", name="ids")
    if config.model == "bow":
        features = keras.layers.CategoryEncoding(
            num_tokens=config.num_words, output_mode="multi_hot", name="bag_of_words"
        )(inputs)
    else:
        vectors = keras.layers.Embedding(
            config.num_words, config.embedding_dim, name=EMBEDDING_LAYER
        )(inputs)
        recurrent = RECURRENT_LAYERS[config.model]
        features = recurrent(config.units, name=RECURRENT_LAYER)(vectors)
    outputs = keras.layers.Dense(1, activation="sigmoid", name=OUTPUT_LAYER)(features)
    model = keras.Model(inputs, outputs, name=config.model)
    model.compile(
        optimizer=make_optimizer(config),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


def make_optimizer(config: TrainConfig) -> keras.optimizers.Optimizer:
    """Adam with the config's learning rate and, if set, ``clipnorm``.

    Keras's ``clipnorm`` rescales each weight's gradient on its own so that
    its norm is at most ``clipnorm`` (``global_clipnorm`` would clip them
    together); this matches ``Adam(clipnorm=1.0)`` in the classic example.
    """
    return keras.optimizers.Adam(
        learning_rate=config.learning_rate, clipnorm=config.clipnorm
    )
