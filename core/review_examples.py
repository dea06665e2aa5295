"""Example reviews for the Classify page, each chosen to show one behaviour.

The texts are what the models read, so they stay in English in both interface
languages (the Korean one is there to show that an English vocabulary cannot
read it). ``expected`` is the label a reader would give, or None when there is
no single right answer.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    """One example review; ``name`` also names its button text in the catalogue."""

    name: str
    text: str
    expected: str | None


EXAMPLES = (
    Example(
        name="positive",
        text=(
            "A wonderful film with a brilliant cast. The story is moving, the acting "
            "is superb and I loved every minute of it."
        ),
        expected="positive",
    ),
    Example(
        name="negative",
        text=(
            "A dull, boring mess. The plot makes no sense, the acting is awful and "
            "I wanted my two hours back."
        ),
        expected="negative",
    ),
    Example(
        name="negation",
        text="Not bad at all, one of the best films this year.",
        expected="positive",
    ),
    Example(
        name="mixed",
        text=(
            "The photography is gorgeous and the lead actress gives a great "
            "performance, but the script is weak, the pacing is slow and the "
            "ending falls flat."
        ),
        expected=None,
    ),
    Example(
        name="long",
        # the opinion is in the first two sentences, about 150 words before the end
        text=(
            "I loved this film: a brilliant, moving story and superb acting. It is "
            "one of the best films of the year. The plot follows a family who move "
            "from the city to a farm in the north after the father loses his job. "
            "The mother starts working at the village school, the older son helps "
            "a neighbour with his sheep and the younger daughter spends her days by "
            "the river with a dog she finds in the woods. In the autumn the family "
            "repairs the old barn, and in the winter the road to the village is "
            "closed by snow for several weeks. The grandfather arrives in the "
            "spring and tells the children about his own childhood on the same "
            "farm. The last part of the film takes place during the summer "
            "harvest, when the whole village comes together for a dinner in the "
            "barn. The film was shot in Norway over two years and the children are "
            "played by brothers and sisters from the region."
        ),
        expected="positive",
    ),
    Example(
        name="korean",
        text="배우들의 연기가 정말 훌륭했고, 마지막 장면에서는 눈물이 났어요.",
        expected=None,
    ),
)


def example(name: str) -> Example:
    """The example called ``name``.

    Raises:
        ValueError: for an unknown name; the message lists the valid ones.
    """
    for candidate in EXAMPLES:
        if candidate.name == name:
            return candidate
    names = ", ".join(candidate.name for candidate in EXAMPLES)
    raise ValueError(f"unknown example {name!r}; expected one of {names}")
