"""Naming the cached models a page shows side by side, and the kinds not trained.

The default choice of models is ``core.compare.default_selection``.
Works on ``core.cache.Entry`` objects only, so it needs no TensorFlow.
"""

from collections import Counter
from collections.abc import Sequence

from core.cache import Entry, trained_at_text
from core.i18n import DEFAULT_LANGUAGE, model_name


def missing_kinds(
    entries: Sequence[Entry], kinds: Sequence[str], lang: str = DEFAULT_LANGUAGE
) -> list[str]:
    """The kinds among ``kinds`` that no entry has, as display names."""
    trained = {entry.config.model for entry in entries}
    return [model_name(kind, lang) for kind in kinds if kind not in trained]


def short_names(
    entries: Sequence[Entry], lang: str = DEFAULT_LANGUAGE
) -> dict[str, str]:
    """A name per entry key: "LSTM", or "LSTM (date)" when two LSTMs are shown.

    Args:
        entries: the entries shown together.

    Returns:
        ``{key: name}``, every name different (the end of the key is added
        when two were trained in the same minute).
    """
    kinds = Counter(entry.config.model for entry in entries)
    names = {}
    for entry in entries:
        name = model_name(entry.config.model, lang)
        if kinds[entry.config.model] > 1:
            name = f"{name} ({trained_at_text(entry.meta)})"
        names[entry.key] = name
    repeated = Counter(names.values())
    return {
        key: f"{name} #{key[-4:]}" if repeated[name] > 1 else name
        for key, name in names.items()
    }
