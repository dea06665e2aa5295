"""Gradient clipping in the recorded histories: models that differ only in it.

Every training run records the global gradient norm of each batch before
clipping. Two cached models with the same settings except ``clipnorm`` show
what clipping did to the run; ``quick_pair`` gives the two configs that
produce such a pair in about a minute.
"""

import json
from dataclasses import dataclass

import numpy as np

from core import presets
from core.cache import Entry
from core.config import RECURRENT_KINDS, TrainConfig

DEFAULT_CLIPNORM = 1.0


@dataclass(frozen=True)
class ClipPair:
    """Two cached models, the same but for ``clipnorm``."""

    clipped: Entry
    unclipped: Entry

    @property
    def clipnorm(self) -> float:
        return self.clipped.config.clipnorm


@dataclass(frozen=True)
class NormStats:
    """The recorded gradient norms of one run, before clipping."""

    batches: int
    median: float
    largest: float
    above: float  # share of batches whose norm exceeded the clipnorm compared


def clip_pairs(entries: list[Entry]) -> list[ClipPair]:
    """Every pair of recurrent entries that differ only in ``clipnorm``.

    Args:
        entries: cached entries, newest first; the newest of each side wins.

    Returns:
        The pairs, in the order of their newest member.
    """
    groups: dict[str, dict[str, Entry]] = {}
    for entry in entries:
        config = entry.config
        if config.model not in RECURRENT_KINDS:
            continue
        settings = config.replace(clipnorm=None).to_dict()
        group = json.dumps(
            [settings, entry.meta.get("data_fingerprint")], sort_keys=True
        )
        side = "unclipped" if config.clipnorm is None else "clipped"
        groups.setdefault(group, {}).setdefault(side, entry)
    return [ClipPair(**sides) for sides in groups.values() if len(sides) == 2]


def norm_stats(entry: Entry, clipnorm: float) -> NormStats:
    """Median, largest and share above ``clipnorm`` of an entry's batch norms."""
    norms = np.asarray(entry.meta["history"]["batches"]["grad_norm"], dtype=float)
    if len(norms) == 0:
        raise ValueError(f"{entry.key} recorded no gradient norms")
    return NormStats(
        batches=len(norms),
        median=float(np.median(norms)),
        largest=float(norms.max()),
        above=float(np.mean(norms > clipnorm)),
    )


def quick_pair(kind: str = "rnn", clipnorm: float = DEFAULT_CLIPNORM):
    """The "Classroom quick" configs of ``kind`` with and without clipping."""
    with_clipping: TrainConfig = presets.preset_config("quick", kind, clipnorm=clipnorm)
    return [with_clipping, with_clipping.replace(clipnorm=None)]
