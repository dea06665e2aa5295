"""Shared fixtures: an empty cache per test, the encoded data built once.

Encoding the 25,000 default reviews takes several seconds, so it is done once
per test session and linked into each test's otherwise empty cache folder.
"""

import logging
import os
import subprocess
import sys

import pytest

from core import paths
from core.config import TrainConfig

APP_PATH = str(paths.PROJECT_ROOT / "app.py")

# A recurrent model small enough to train in a few seconds in a test.
TINY = {
    "train_size": 256,
    "epochs": 1,
    "max_len": 40,
    "embedding_dim": 8,
    "units": 4,
    "batch_size": 64,
}


def tiny_config(model: str = "lstm", **changes) -> TrainConfig:
    """A ``TrainConfig`` that trains in seconds; ``changes`` override it."""
    return TrainConfig(model=model, **(TINY | changes))


def open_page(app_test, page: str, lang: str = "en"):
    """Run the app in ``lang`` and switch to ``page``; it must not raise."""
    app_test.session_state["lang"] = lang
    app_test.run()
    app_test.switch_page(page).run()
    assert not app_test.exception, app_test.exception
    return app_test


def imports_tensorflow(page: str | None = None, then: str = "") -> bool:
    """Whether the app imports TensorFlow, run in a fresh process.

    Args:
        page: a page to switch to after the home page, e.g. "pages/data.py".
        then: AppTest statements on ``app`` to run on that page (one per line).

    The app runs with this test's environment (its cache); an exception in
    the app or a failed statement fails the calling test.
    """
    lines = [
        "import sys",
        "from streamlit.testing.v1 import AppTest",
        "app = AppTest.from_file('app.py', default_timeout=180).run()",
    ]
    if page:
        lines.append(f"app.switch_page({page!r}).run()")
    lines += [*then.splitlines(), "assert not app.exception, app.exception"]
    lines.append("print('tensorflow' in sys.modules)")
    result = subprocess.run(
        [sys.executable, "-c", "\n".join(lines)],
        cwd=paths.PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1] == "True"


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory):
    """A data cache with the default source encoded once for the session."""
    root = tmp_path_factory.mktemp("shared-cache")
    previous = os.environ.get(paths.CACHE_ENV)
    os.environ[paths.CACHE_ENV] = str(root)
    try:
        from core.data import load_dataset

        load_dataset()
    finally:
        if previous is None:
            os.environ.pop(paths.CACHE_ENV, None)
        else:
            os.environ[paths.CACHE_ENV] = previous
    return root / "data"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path, monkeypatch, shared_data_dir):
    """Point the cache at a fresh folder that links to the shared data."""
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "data").symlink_to(shared_data_dir, target_is_directory=True)
    monkeypatch.setenv(paths.CACHE_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True)
def quiet_tensorflow(monkeypatch):
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    logging.getLogger("tensorflow").setLevel(logging.ERROR)


@pytest.fixture
def app_test():
    """A fresh ``AppTest`` of the whole app (start it with ``.run()``)."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(APP_PATH, default_timeout=60)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item (browser tests screenshot failures)."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
