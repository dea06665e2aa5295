"""Compare trained models on the test split, from what the cache recorded.

Everything here is computed from each entry's saved test predictions
(``test_predictions.npz``), never from numbers in the code: accuracy, loss,
the confusion matrix, accuracy by review length, and a sentence that says
what the numbers show. No TensorFlow is needed.
"""

import json
import logging
from dataclasses import dataclass

import numpy as np

from core import cache
from core.config import MODEL_NAMES, TrainConfig
from core.i18n import DEFAULT_LANGUAGE, model_name, t

logger = logging.getLogger(__name__)

# (low, high) words, inclusive; the last bucket has no upper end
LENGTH_BUCKETS = ((0, 100), (101, 200), (201, 400), (401, None))


@dataclass
class ModelResult:
    """One cached model's test results."""

    key: str
    config: TrainConfig
    meta: dict
    probabilities: np.ndarray
    labels: np.ndarray
    word_counts: np.ndarray

    @property
    def accuracy(self) -> float:
        return float(self.meta["test"]["accuracy"])

    @property
    def loss(self) -> float:
        return float(self.meta["test"]["loss"])

    @property
    def predicted(self) -> np.ndarray:
        return (self.probabilities > 0.5).astype(np.int8)

    def confusion(self) -> np.ndarray:
        """2x2 counts: rows are true (negative, positive), columns predicted."""
        matrix = np.zeros((2, 2), dtype=np.int64)
        np.add.at(matrix, (self.labels.astype(int), self.predicted.astype(int)), 1)
        return matrix

    def accuracy_by_length(self) -> list[tuple[float, int]]:
        """(accuracy, number of reviews) per ``LENGTH_BUCKETS`` bucket."""
        correct = self.predicted == self.labels
        results = []
        for low, high in LENGTH_BUCKETS:
            inside = self.word_counts >= low
            if high is not None:
                inside &= self.word_counts <= high
            count = int(inside.sum())
            results.append((float(correct[inside].mean()) if count else np.nan, count))
        return results


def load_result(entry: cache.Entry) -> ModelResult:
    """Read an entry's test predictions.

    Raises:
        cache.CorruptEntry: the predictions file is unreadable.
    """
    try:
        with np.load(entry.file(cache.PREDICTIONS_FILE), allow_pickle=False) as saved:
            probabilities = saved["probabilities"]
            labels, word_counts = saved["labels"], saved["word_counts"]
    except Exception as error:  # a damaged zip raises many kinds of errors
        raise cache.CorruptEntry(
            f"{entry.key}: unreadable predictions ({error})"
        ) from error
    return ModelResult(
        key=entry.key,
        config=entry.config,
        meta=entry.meta,
        probabilities=probabilities,
        labels=labels,
        word_counts=word_counts,
    )


def settings_key(config: TrainConfig) -> str:
    """Every setting except the model kind: equal keys make a fair comparison."""
    settings = config.to_dict()
    del settings["model"]
    return json.dumps(settings, sort_keys=True)


def default_selection(
    entries: list[cache.Entry], kinds: tuple[str, ...] = tuple(MODEL_NAMES)
) -> list[str]:
    """One entry per kind, trained with the same settings where possible.

    Entries are grouped by ``settings_key``; the group covering the most kinds
    wins, then the one trained on the most reviews times epochs, then the
    newest. Kinds that group lacks get their newest entry. Entries come newest
    first, as ``cache.list_entries`` returns them.
    """
    groups: dict[str, dict[str, cache.Entry]] = {}
    newest: dict[str, cache.Entry] = {}
    for entry in entries:
        kind = entry.config.model
        if kind not in kinds:
            continue
        newest.setdefault(kind, entry)
        groups.setdefault(settings_key(entry.config), {}).setdefault(kind, entry)

    def weight(group: dict[str, cache.Entry]) -> tuple:
        entry = next(iter(group.values()))
        seen = entry.meta.get("train_reviews", 0) * entry.config.epochs
        return (len(group), seen)

    best = max(groups.values(), key=weight, default={})  # ties: the newest group
    return [(best.get(kind) or newest[kind]).key for kind in kinds if kind in newest]


def describe(config: TrainConfig, lang: str = DEFAULT_LANGUAGE) -> str:
    """A short label that tells configs of one kind apart, in ``lang``."""
    size = (
        t("value.all", lang) if config.train_size is None else f"{config.train_size:,}"
    )
    clip = t("value.off", lang) if config.clipnorm is None else f"{config.clipnorm:g}"
    name = model_name(config.model, lang)
    return f"{name} · n={size} · ep={config.epochs} · clip={clip}"


def bucket_names(lang: str) -> list[str]:
    names = []
    for low, high in LENGTH_BUCKETS:
        if high is None:
            names.append(t("compare.bucket_over", lang, low=low - 1))
        else:
            names.append(t("compare.bucket_range", lang, low=max(low, 1), high=high))
    return names


def _rnn_lstm_pair(results: list[ModelResult]) -> tuple:
    """The RNN and LSTM to set side by side, and whether their settings match.

    Among pairs trained with the same settings the one with the best LSTM is
    taken; without such a pair, the most accurate of each kind.
    """
    rnns = [result for result in results if result.config.model == "rnn"]
    lstms = [result for result in results if result.config.model == "lstm"]
    if not rnns or not lstms:
        return None, None, True
    fair = [
        (rnn, lstm)
        for rnn in rnns
        for lstm in lstms
        if settings_key(rnn.config) == settings_key(lstm.config)
    ]
    if fair:
        rnn, lstm = max(fair, key=lambda pair: pair[1].accuracy)
        return rnn, lstm, True
    return _most_accurate(rnns), _most_accurate(lstms), False


def _most_accurate(results: list[ModelResult]) -> ModelResult:
    return max(results, key=lambda result: result.accuracy)


def summary_sentence(results: list[ModelResult], lang: str) -> str:
    """What the measured numbers show, in one or two sentences of ``lang``."""
    if not results:
        return ""
    best = _most_accurate(results)
    text = t(
        "compare.summary_best",
        lang,
        model=describe(best.config, lang),
        accuracy=best.accuracy * 100,
        count=len(best.labels),
    )
    rnn, lstm, fair = _rnn_lstm_pair(results)
    if rnn is None or lstm is None:
        return text
    gap = (lstm.accuracy - rnn.accuracy) * 100
    text += " " + t(
        "compare.summary_gap" if gap >= 0 else "compare.summary_gap_reversed",
        lang,
        gap=abs(gap),
        lstm=lstm.accuracy * 100,
        rnn=rnn.accuracy * 100,
    )
    if not fair:
        text += " " + t("compare.summary_unfair", lang)
    long_lstm, long_rnn = lstm.accuracy_by_length()[-1], rnn.accuracy_by_length()[-1]
    if long_lstm[1] and long_rnn[1]:
        text += " " + t(
            "compare.summary_long",
            lang,
            words=LENGTH_BUCKETS[-1][0] - 1,
            count=long_lstm[1],
            gap=(long_lstm[0] - long_rnn[0]) * 100,
        )
    return text
