"""Embedding and input projection together: each distinct word of a batch once.

A recurrent layer's first step is x_t·kernel + bias for every token, where x_t
is the token's embedding row. A batch of 64 reviews of 200 tokens holds only
about 2,200 distinct words, so projecting those words and gathering their rows
gives the same numbers with a sixth of the work, and so does the ``kernel``
gradient summed per word. The embedding's gradient keeps one row per token,
exactly as Keras's ``Embedding`` gives it, because clipnorm's norm and Adam's
second moment are taken over those rows (a per-word sum first would change
the training).

``model_forward(model)`` uses this for the models of ``core.models``
(``Embedding`` -> a fast recurrent layer of ``core.layers`` -> ``Dense``), in
training and in prediction; the model itself, its weights and its saved form
are unchanged.
"""

import keras
import tensorflow as tf

from core import layers


@tf.custom_gradient
def _embedded_projection(ids, embeddings, kernel, bias):
    shape = tf.shape(ids)
    flat = tf.reshape(ids, [-1])
    words, where = tf.unique(flat)
    vectors = tf.gather(embeddings, words)  # (distinct words, embedding_dim)
    table = tf.matmul(vectors, kernel) + bias
    projected = tf.gather(table, where)
    projected = tf.reshape(projected, [shape[0], shape[1], kernel.shape[1]])

    def gradient(d_projected):
        d_rows = tf.reshape(d_projected, [-1, kernel.shape[1]])
        d_table = tf.math.unsorted_segment_sum(d_rows, where, tf.size(words))
        d_embeddings = tf.IndexedSlices(
            tf.matmul(d_rows, kernel, transpose_b=True),
            flat,
            tf.shape(embeddings, out_type=flat.dtype),
        )
        d_kernel = tf.matmul(vectors, d_table, transpose_a=True)
        return None, d_embeddings, d_kernel, tf.reduce_sum(d_table, axis=0)

    return projected, gradient


def embedded_projection(ids, embeddings, kernel, bias=None):
    """``embeddings[ids]·kernel + bias`` ``(batch, time, k)``, each word projected once.

    Args:
        ids: word ids, ``(batch, time)``.
        embeddings: the ``Embedding``'s matrix, ``(num_words, embedding_dim)``.
        kernel: ``(embedding_dim, k)``.
        bias: ``(k,)`` or None.

    The gradient of ``embeddings`` is an ``IndexedSlices`` with one row per
    token, as ``tf.gather`` gives it.
    """
    if bias is None:
        bias = tf.zeros([kernel.shape[1]], kernel.dtype)
    return _embedded_projection(ids, embeddings, kernel, bias)


def _chain(model):
    """``(embedding, recurrent, head)`` if ``model`` is exactly those three in a row."""
    kinds = [type(layer) for layer in model.layers]
    if kinds[:1] == [keras.layers.InputLayer]:
        kinds = kinds[1:]
    if len(kinds) != 3:
        return None
    embedding, recurrent, head = model.layers[-3:]
    if (
        kinds[0] is not keras.layers.Embedding
        or not isinstance(recurrent, layers.FastLoop)
        or kinds[2] is not keras.layers.Dense
        or len(model.inputs) != 1
        or model.outputs[0] is not head.output
        or head.input is not recurrent.output
        or recurrent.input is not embedding.output
    ):
        return None
    return embedding, recurrent, head


def _plain_embedding(embedding) -> bool:
    """Whether the ``Embedding`` is a plain lookup of float32 rows."""
    return (
        not embedding.mask_zero
        and not getattr(embedding, "lora_enabled", False)
        and getattr(embedding, "quantization_mode", None) is None
        and embedding.compute_dtype == "float32"
    )


def _plain_recurrence(recurrent, training: bool) -> bool:
    """Whether the layer returns just the last h, computed by the fast loop."""
    sequences = keras.KerasTensor((None, None, recurrent.input.shape[-1]))
    return (
        not recurrent.return_sequences
        and not recurrent.return_state
        and not recurrent.stateful
        and recurrent.fast_path_applies(sequences, None, training=training)
    )


def model_forward(model, training: bool = False):
    """``model(ids, training=training)`` with the word table; None if it does not apply.

    It applies to ``Embedding`` -> a fast recurrent layer -> ``Dense``, with no
    mask, no dropout while training, and float32 throughout; the returned
    function gives the same probabilities and, through ``tf.GradientTape``,
    the same gradients.
    """
    chain = _chain(model)
    if chain is None or not (
        _plain_embedding(chain[0]) and _plain_recurrence(chain[1], training)
    ):
        return None
    embedding, recurrent, head = chain

    def forward(ids):
        ids = tf.cast(ids, tf.int32)
        if recurrent.go_backwards:
            ids = tf.reverse(ids, axis=[1])
        projected = embedded_projection(
            ids, tf.convert_to_tensor(embedding.embeddings), *recurrent.input_weights()
        )
        initial_state = recurrent.cell.get_initial_state(batch_size=tf.shape(ids)[0])
        _, states = recurrent.recur(projected, list(initial_state), training=training)
        return head(states[0])

    return forward
