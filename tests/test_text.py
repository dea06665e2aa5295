"""The tokenizer and the Keras IMDB encoding convention, on hand-made examples."""

import numpy as np
import pytest

from core.text import OOV, PAD, START, Vocabulary, pad_ragged, pad_sequences, tokenize


def test_tokenize_lowercases_drops_breaks_and_splits_punctuation():
    text = "Great film!<br /><br />I didn't LIKE the end...it's (sadly) weak."
    assert tokenize(text) == [
        "great", "film", "i", "didn't", "like", "the", "end", "it's", "sadly", "weak",
    ]  # fmt: skip


def test_tokenize_keeps_other_scripts_as_words():
    assert tokenize("정말 좋은 영화 🎬!") == ["정말", "좋은", "영화"]


def test_encoding_follows_keras_imdb_convention():
    # counts: the 3, movie 2, good 2 (ties by alphabet: good before movie), bad 1
    reviews = [["the", "movie", "good"], ["the", "good", "movie", "the", "bad"]]
    vocabulary = Vocabulary.build(reviews, num_words=7)

    # rank r gets id r + 3; ids >= num_words are out of vocabulary
    assert vocabulary.words == ["the", "good", "movie"]
    assert vocabulary.encode_tokens(["the", "good", "movie", "bad", "zebra"]) == [
        START, 4, 5, 6, OOV, OOV,
    ]  # fmt: skip
    assert vocabulary.id_to_word(4) == "the"
    assert vocabulary.id_to_word(PAD) == "<pad>"


def test_vocabulary_round_trips_through_json():
    vocabulary = Vocabulary(["a", "b", "c"], num_words=10)
    again = Vocabulary.from_json(vocabulary.to_json())
    assert again.encode("c a zzz") == vocabulary.encode("c a zzz") == [1, 6, 4, 2]


def test_pad_sequences_matches_keras_padding_and_truncating_at_the_front():
    keras_pad = pytest.importorskip("keras").utils.pad_sequences
    rng = np.random.default_rng(0)
    sequences = [list(rng.integers(1, 50, size=n)) for n in (0, 1, 5, 8, 13)]
    expected = keras_pad(sequences, maxlen=8)
    np.testing.assert_array_equal(pad_sequences(sequences, 8), expected)


def test_pad_ragged_equals_pad_sequences():
    sequences = [[1, 2, 3], [1], [1, 4, 5, 6, 7, 8, 9], [1, 2]]
    lengths = [len(s) for s in sequences]
    flat = np.concatenate([np.array(s) for s in sequences]).astype(np.int32)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    np.testing.assert_array_equal(
        pad_ragged(flat, offsets, 4), pad_sequences(sequences, 4)
    )


def test_long_review_keeps_its_last_tokens():
    padded = pad_sequences([[1, 10, 11, 12, 13, 14]], max_len=3)
    assert padded.tolist() == [[12, 13, 14]]
