"""Where the dashboard keeps what it computes: trained models and encoded data."""

import os
from pathlib import Path

CACHE_ENV = "LSTM_DASHBOARD_CACHE"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def cache_root() -> Path:
    """The cache folder: ``$LSTM_DASHBOARD_CACHE`` if set, else ``models_cache/``."""
    override = os.environ.get(CACHE_ENV, "").strip()
    return (
        Path(override).expanduser().resolve()
        if override
        else PROJECT_ROOT / "models_cache"
    )


def data_cache_dir() -> Path:
    """Encoded datasets, one ``.npz`` and one ``.json`` per source and vocabulary."""
    return cache_root() / "data"
