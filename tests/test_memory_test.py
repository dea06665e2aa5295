"""The memory test: neutral filler from the training split, accuracy by distance."""

import numpy as np
import pytest
from conftest import tiny_config

from core import data, memory_test, trained
from core.data import Split


def tiny_split(reviews: list[list[int]], labels: list[int]) -> Split:
    lengths = [len(review) for review in reviews]
    return Split(
        flat=np.concatenate(reviews).astype(np.int32),
        offsets=np.concatenate([[0], np.cumsum(lengths)]),
        labels=np.array(labels, dtype=np.int8),
        rows=np.arange(len(reviews)),
    )


def test_filler_words_are_those_found_equally_in_both_labels():
    # word 4 appears only in positive reviews, 5 only in negative, 6 in both
    train = tiny_split(
        [[1, 4, 4, 6, 7], [1, 4, 6, 7, 7], [1, 5, 5, 6], [1, 5, 6, 7]],
        [1, 1, 0, 0],
    )
    filler = memory_test.neutral_filler(train, count=1, pool=4)
    assert filler.ids == [6]
    assert filler.positive_shares == [0.5]
    assert filler.occurrences == [4]


def test_filler_never_uses_padding_start_or_unknown_ids():
    train = tiny_split([[1, 2, 2, 2, 8], [1, 2, 2, 9]], [1, 0])
    filler = memory_test.neutral_filler(train, count=2, pool=2)
    assert set(filler.ids) == {8, 9}


def test_filler_moves_the_review_back_by_n_steps():
    filler = memory_test.Filler(
        ids=[7, 8], positive_shares=[0.5, 0.5], occurrences=[1, 1]
    )
    review = np.array([1, 20, 21, 22], dtype=np.int32)
    padded = memory_test.with_filler([review], filler, distance=3, max_len=6)
    assert padded.tolist() == [[20, 21, 22, 8, 7, 8]]


def test_filler_of_every_length_ends_with_the_same_words():
    filler = memory_test.Filler(
        ids=[7, 8, 9], positive_shares=[0.5] * 3, occurrences=[1] * 3
    )
    assert filler.sequence(0).tolist() == []
    assert filler.sequence(2).tolist() == [8, 9]
    assert filler.sequence(7).tolist() == [9, 7, 8, 9, 7, 8, 9]


def test_distances_run_from_zero_to_max_len():
    steps = memory_test.distances(200)
    assert steps[0] == 0 and steps[-1] == 200
    assert steps == sorted(set(steps))


def test_tiny_model_memory_curve_starts_at_full_accuracy_and_ends_on_filler():
    model = trained.load_or_train(tiny_config("rnn"))
    dataset = data.load_dataset()
    result = memory_test.measure(model, dataset, reviews=60)
    assert result["accuracy"][0] == 1.0  # only reviews it got right are kept
    assert result["distances"][-1] == 40
    # at N = max_len the window is filler only: every review gets one answer
    answer_is_positive = result["filler_only_probability"] > 0.5
    share = result["positive"] if answer_is_positive else 1 - result["positive"]
    assert result["accuracy"][-1] == pytest.approx(share)
    assert len(result["filler"]["words"]) == memory_test.FILLER_WORDS
