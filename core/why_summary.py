"""The sentences under the Why page's charts, written from the measured numbers.

Each function reads stored measurements (``core.analysis_cache``) or recorded
histories and says, in the requested language, what the curves show. Nothing
here knows in advance which model should win.
"""

from core import clipping
from core.cache import Entry
from core.config import MODEL_NAMES
from core.i18n import t


def power_of_ten(exponent: float) -> str:
    """``$10^{-5.7}$``: a ratio given by its base-10 logarithm (Markdown maths)."""
    return f"$10^{{{exponent:.1f}}}$"


def gradient_fall(result: dict, state: str) -> float:
    """log10 of (gradient at the first word / gradient at the last word)."""
    curve = result[state]
    return float(curve[0] - curve[-1])


def fall_text(result: dict, state: str, lang: str) -> str:
    """The fall as a power of ten; "at most" when float32 underflowed."""
    text = power_of_ten(gradient_fall(result, state))
    if result["underflow"][state]:
        return t("why.grad.at_most", lang, value=text)
    return text


# one measured model: (label, kind, result)
Measured = tuple[str, str, dict]


def first_of_kind(measured: list[Measured], kind: str) -> dict | None:
    """The result of the first model of ``kind``, if any."""
    return next((result for _, k, result in measured if k == kind), None)


def gradient_sentence(measured: list[Measured], lang: str) -> str:
    """What the gradient-flow curves show.

    Args:
        measured: ``(label, kind, result of core.gradient_flow.measure)``.
        lang: ``"en"`` or ``"ko"``.
    """
    if not measured:
        return ""
    parts = [
        t(
            "why.grad.summary_intro",
            lang,
            steps=max(result["max_len"] for _, _, result in measured),
            reviews=min(result["reviews"] for _, _, result in measured),
        )
    ]
    for label, _, result in measured:
        parts.append(
            t(
                "why.grad.summary_model",
                lang,
                model=label,
                trained=fall_text(result, "trained", lang),
                untrained=fall_text(result, "untrained", lang),
            )
        )
    rnn, lstm = first_of_kind(measured, "rnn"), first_of_kind(measured, "lstm")
    if rnn is not None and lstm is not None:
        parts.append(_rnn_against_lstm({"rnn": rnn, "lstm": lstm}, lang))
    return " ".join(parts)


ALIKE_ORDERS = 0.5  # a smaller difference in orders of magnitude counts as alike


def _fades_more(results: dict[str, dict], state: str) -> tuple[str | None, float]:
    """Which of RNN and LSTM fades more (None if alike), and by how many orders."""
    gap = gradient_fall(results["lstm"], state) - gradient_fall(results["rnn"], state)
    if abs(gap) < ALIKE_ORDERS:
        return None, abs(gap)
    return ("rnn" if gap > 0 else "lstm"), abs(gap)


def _rnn_against_lstm(results: dict[str, dict], lang: str) -> str:
    """Which of the two fades more after and before training, and what follows."""
    parts = []
    weaker = {}
    for state in ("trained", "untrained"):
        weaker[state], orders = _fades_more(results, state)
        if weaker[state] is None:
            parts.append(t(f"why.grad.summary_{state}_alike", lang))
            continue
        stronger = "lstm" if weaker[state] == "rnn" else "rnn"
        parts.append(
            t(
                f"why.grad.summary_{state}_gap",
                lang,
                weaker=MODEL_NAMES[weaker[state]],
                stronger=MODEL_NAMES[stronger],
                orders=orders,
            )
        )
    if weaker["trained"] == "rnn":
        origin = "built_in" if weaker["untrained"] == "rnn" else "learned"
        parts.append(t(f"why.grad.summary_{origin}", lang))
    return " ".join(parts)


def clipping_sentence(pair: clipping.ClipPair, lang: str) -> str:
    """What the recorded gradient norms of a clipped and an unclipped run show."""
    clipnorm = pair.clipnorm
    parts = []
    for side, entry in (("off", pair.unclipped), ("on", pair.clipped)):
        stats = clipping.norm_stats(entry, clipnorm)
        parts.append(
            t(
                f"why.clip.summary_{side}",
                lang,
                model=entry.config.name,
                batches=stats.batches,
                median=stats.median,
                largest=stats.largest,
                above=stats.above * 100,
                clipnorm=clipnorm,
            )
        )
    parts.append(
        t(
            "why.clip.summary_accuracy",
            lang,
            on=pair.clipped.test_accuracy * 100,
            off=pair.unclipped.test_accuracy * 100,
        )
    )
    return " ".join(parts)


# filler alone counts as neutral to a model if it says 50 % +- this
NEUTRAL_MARGIN = 0.1


def floor_distance(result: dict, tolerance: float = 0.01) -> int:
    """The smallest N from which accuracy stays within ``tolerance`` of its end.

    At N = ``max_len`` the window holds filler only, so the last accuracy is
    what the model answers to filler; from this N on, the review no longer
    changes its answers.
    """
    distances, accuracy = result["distances"], result["accuracy"]
    final = accuracy[-1]
    index = len(accuracy) - 1
    while index > 0 and abs(accuracy[index - 1] - final) <= tolerance:
        index -= 1
    return distances[index]


def memory_sentence(measured: list[Measured], lang: str) -> str:
    """What the memory test shows, and which filler it used (the first model's).

    Args:
        measured: ``(label, kind, result of core.memory_test.measure)``.
        lang: ``"en"`` or ``"ko"``.
    """
    if not measured:
        return ""
    filler = measured[0][2]["filler"]
    words, shares = filler["words"], filler["positive_shares"]
    parts = [
        t(
            "why.memory.summary_filler",
            lang,
            words=", ".join(f"“{word}”" for word in words),
            low=min(shares) * 100,
            high=max(shares) * 100,
        )
    ]
    results = [result for _, _, result in measured]
    distance = _widest_gap(results)
    for label, _, result in measured:
        index = result["distances"].index(distance)
        parts.append(
            t(
                "why.memory.summary_model",
                lang,
                model=label,
                reviews=result["reviews"],
                distance=distance,
                accuracy=result["accuracy"][index] * 100,
                floor=floor_distance(result),
                filler=result["filler_only_probability"] * 100,
            )
        )
    leaning = [
        label
        for label, _, result in measured
        if abs(result["filler_only_probability"] - 0.5) > NEUTRAL_MARGIN
    ]
    if leaning:
        parts.append(t("why.memory.summary_biased", lang, models=", ".join(leaning)))
    return " ".join(parts)


def _widest_gap(results: list[dict]) -> int:
    """The N, measured for every model, where their accuracies differ most.

    With a single model: the N where its accuracy is nearest half-way between
    its first and last value.
    """
    common = set.intersection(*(set(result["distances"]) for result in results))
    common.discard(0)
    if not common:
        return 0

    def accuracy_at(result: dict, distance: int) -> float:
        return result["accuracy"][result["distances"].index(distance)]

    if len(results) == 1:
        [result] = results
        middle = (result["accuracy"][0] + result["accuracy"][-1]) / 2
        return min(sorted(common), key=lambda d: abs(accuracy_at(result, d) - middle))

    def spread(distance: int) -> float:
        values = [accuracy_at(result, distance) for result in results]
        return max(values) - min(values)

    return max(sorted(common), key=spread)


def entry_label(entry: Entry, lang: str) -> str:
    """A short name for a model picker: kind, reviews, epochs, clipping."""
    config = entry.config
    return t(
        "why.entry_label",
        lang,
        model=config.name,
        reviews=entry.meta.get("train_reviews", 0),
        epochs=config.epochs,
        clip=(
            t("why.clip_off", lang)
            if config.clipnorm is None
            else f"{config.clipnorm:g}"
        ),
    )
