"""The Why page's sentences follow the numbers they are given, either way round."""

from core import why_summary


def gradient_result(trained_fall: float, untrained_fall: float) -> dict:
    """A measurement whose curves fall by the given log10 amounts over 3 steps."""
    return {
        "trained": [trained_fall, trained_fall / 2, 0.0],
        "untrained": [untrained_fall, untrained_fall / 2, 0.0],
        "reviews": 10,
        "max_len": 3,
        "underflow": {"trained": False, "untrained": False},
    }


def test_gradient_sentence_says_when_the_gap_appears_only_after_training():
    measured = [
        ("SimpleRNN", "rnn", gradient_result(-5.3, -1.9)),
        ("LSTM", "lstm", gradient_result(-3.4, -15.0)),
    ]
    text = why_summary.gradient_sentence(measured, "en")
    assert "SimpleRNN: at the first word the gradient is $10^{-5.3}$" in text
    assert "the SimpleRNN's gradient fades by 1.9 orders of magnitude more" in text
    assert "Before training, the LSTM's gradient fades by 13.1 orders" in text
    assert "appears as the weights are trained" in text


def test_gradient_sentence_does_not_assume_the_lstm_wins():
    measured = [
        ("SimpleRNN", "rnn", gradient_result(-1.0, -1.0)),
        ("LSTM", "lstm", gradient_result(-4.0, -1.2)),
    ]
    text = why_summary.gradient_sentence(measured, "en")
    assert "the LSTM's gradient fades by 3.0 orders of magnitude more" in text
    assert "the two fade about equally" in text
    assert "weights are trained" not in text and "architecture" not in text


def test_floor_distance_is_where_the_accuracy_stops_changing():
    result = {"distances": [0, 5, 10, 20, 40], "accuracy": [1.0, 0.8, 0.5, 0.5, 0.5]}
    assert why_summary.floor_distance(result) == 10


def test_a_fall_beyond_float32_is_called_a_bound():
    result = gradient_result(-4.0, -37.9)
    result["underflow"]["untrained"] = True
    text = why_summary.gradient_sentence([("GRU", "gru", result)], "en")
    assert "and at most $10^{-37.9}$ (some gradients fell below" in text
    assert "is $10^{-4.0}$ of its size" in text
