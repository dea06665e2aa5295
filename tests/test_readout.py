"""The per-token readout, word influence and the fast reader, against the model."""

import statistics
import threading
import time

import keras
import numpy as np
import pytest
from conftest import tiny_config

from core import models, readout
from core.config import TrainConfig
from core.inference import Reader, classify, encode_texts
from core.text import OOV, Vocabulary, tokenize
from core.token_view import view_review
from core.trained import TrainedModel

WORDS = ["the", "film", "was", "great", "awful", "not", "bad", "plot", "acting", "fun"]
REVIEW = "the plot was not bad and the acting was great fun"


def lively_model(kind: str, max_len: int = 8, **changes) -> TrainedModel:
    """An untrained model with large random weights, so every word moves h."""
    config = tiny_config(kind, max_len=max_len, num_words=20, **changes)
    keras.utils.set_random_seed(7)
    model = models.build_model(config)
    rng = np.random.default_rng(7)
    model.set_weights([rng.normal(0, 0.6, w.shape) for w in model.get_weights()])
    return TrainedModel(
        config=config,
        key=f"{kind}-{'0' * 16}",
        model=model,
        vocabulary=Vocabulary(WORDS, num_words=20),
        meta={},
    )


def model_on(trained: TrainedModel, ids: np.ndarray) -> np.ndarray:
    """The trained layers run on ``ids`` of any length: P(positive) per row."""
    model = trained.model
    vectors = model.get_layer(models.EMBEDDING_LAYER)(ids)
    last_h = model.get_layer(models.RECURRENT_LAYER)(vectors)
    return keras.ops.convert_to_numpy(model.get_layer(models.OUTPUT_LAYER)(last_h))[
        :, 0
    ]


@pytest.mark.parametrize("kind", ["rnn", "lstm", "gru"])
def test_readout_at_each_step_is_the_model_on_the_row_cut_there(kind):
    trained = lively_model(kind)
    row = encode_texts(trained, ["not bad, great fun"])  # 4 words: 3 pads in front
    steps = keras.ops.convert_to_numpy(readout.step_model(trained.model)(row))[0]

    # "after token t" = the same padded row, read up to and including column t
    expected = [model_on(trained, row[:, : t + 1])[0] for t in range(row.shape[1])]
    np.testing.assert_allclose(steps, expected, rtol=0, atol=1e-5)
    assert np.ptp(steps) > 0.05, "the readout should move while reading"


@pytest.mark.parametrize("kind", ["rnn", "lstm"])
def test_readout_at_the_last_token_is_the_prediction(kind):
    trained = lively_model(kind)
    reader = Reader(trained)
    analysis = reader.analyse(REVIEW)
    predicted = classify(trained, [REVIEW])[0].probability
    assert analysis.reading.probability == pytest.approx(predicted, abs=1e-5)
    assert analysis.reading.steps[-1] == pytest.approx(predicted, abs=1e-5)


def test_fast_reader_gives_the_step_model_numbers():
    trained = lively_model("lstm")
    row = encode_texts(trained, [REVIEW])
    steps = keras.ops.convert_to_numpy(readout.step_model(trained.model)(row))[0]
    np.testing.assert_allclose(Reader(trained).read(row[0]).steps, steps, atol=1e-5)


def test_reading_curve_covers_the_start_marker_and_every_kept_word():
    trained = lively_model("rnn", max_len=6)
    reader = Reader(trained)
    analysis = reader.analyse("the film was great fun")  # START + 5 words = 6 ids
    curve = readout.reading_curve(analysis.view, analysis.reading.steps)
    words = [point.word for point in curve]
    assert words == ["<start>", "the", "film", "was", "great", "fun"]
    assert curve[-1].probability == pytest.approx(analysis.reading.probability)


def test_word_influence_is_the_change_when_each_word_is_left_out():
    trained = lively_model("lstm", max_len=8)
    reader = Reader(trained)
    view = reader.view(REVIEW)  # START + 11 words: START and 3 words are dropped
    base, changes = readout.word_influence(view, reader.probabilities)

    words = tokenize(REVIEW)
    kept = view.kept_tokens
    assert len(changes) == len(kept) == 8
    shortened = [" ".join(words[: t.position - 1] + words[t.position :]) for t in kept]
    without = [p.probability for p in classify(trained, shortened)]
    assert base == pytest.approx(classify(trained, [REVIEW])[0].probability, abs=1e-5)
    np.testing.assert_allclose(changes, base - np.array(without), atol=1e-5)


@pytest.mark.parametrize("rows", [1, 3, 64, 70])
def test_reader_scores_any_number_of_rows_like_the_model(rows):
    trained = lively_model("lstm", max_len=8)
    ids = np.random.default_rng(rows).integers(0, 20, (rows, 8)).astype(np.int32)
    np.testing.assert_allclose(
        Reader(trained).probabilities(ids), model_on(trained, ids), atol=1e-5
    )


def test_many_threads_reading_at_once_get_the_same_numbers():
    reader = Reader(lively_model("lstm"))
    texts = [REVIEW, "awful plot", "great fun", "not bad at all"] * 4
    alone = [reader.analyse(text).reading.probability for text in texts]
    together = [None] * len(texts)

    def read(index: int) -> None:
        together[index] = reader.analyse(texts[index]).reading.probability

    threads = [threading.Thread(target=read, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    np.testing.assert_allclose(together, alone, rtol=0, atol=1e-6)


def test_one_review_reads_in_under_20_ms_after_warm_up():
    config = TrainConfig(model="lstm")  # the full-size default LSTM, untrained
    model = models.build_model(config)
    trained = TrainedModel(
        config=config,
        key="lstm-" + "0" * 16,
        model=model,
        vocabulary=Vocabulary(WORDS, config.num_words),
        meta={},
    )
    reader = Reader(trained)  # compiles and warms up
    row = reader.view(REVIEW * 30).padded
    timings = []
    for _ in range(30):
        started = time.perf_counter()
        reader.read(row)
        timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.020


def test_view_marks_unknown_and_dropped_words_like_the_encoder():
    vocabulary = Vocabulary(WORDS, num_words=20)
    view = view_review("Zorp the FILM was great<br />fun!", vocabulary, max_len=5)
    assert [token.word for token in view.tokens] == [
        "zorp",
        "the",
        "film",
        "was",
        "great",
        "fun",
    ]
    assert view.tokens[0].word_id == OOV and view.unknown_count == 1
    # START + 6 words = 7 ids; the last 5 are kept
    assert [token.kept for token in view.tokens] == [False] + [True] * 5
    expected = encode_texts(
        TrainedModel(
            config=tiny_config("rnn", max_len=5, num_words=20),
            key="rnn-" + "0" * 16,
            model=None,
            vocabulary=vocabulary,
            meta={},
        ),
        ["Zorp the FILM was great<br />fun!"],
    )[0]
    np.testing.assert_array_equal(view.padded, expected)


@pytest.mark.parametrize(
    "text",
    [
        "배우들의 연기가 훌륭했어요",
        "😀🎬🍿",
        "<script>alert(1)</script>",
        "",
        "ünïcödé ×÷",
    ],
)
def test_view_of_text_the_model_cannot_read_is_all_unknown(text):
    view = view_review(text, Vocabulary(WORDS, num_words=20), max_len=10)
    assert view.all_unknown
    assert view.padded[-1 - len(view.tokens)] == 1  # the start marker is still read
