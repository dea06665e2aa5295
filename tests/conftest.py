"""Shared fixtures: every test gets its own empty cache folder."""

import logging

import pytest

from core import paths


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path, monkeypatch):
    """Point the cache at a fresh temporary folder for the test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(paths.CACHE_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True)
def quiet_tensorflow(monkeypatch):
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    logging.getLogger("tensorflow").setLevel(logging.ERROR)


APP_PATH = str(paths.PROJECT_ROOT / "app.py")


@pytest.fixture
def app_test():
    """A fresh ``AppTest`` of the whole app (start it with ``.run()``)."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(APP_PATH, default_timeout=60)
