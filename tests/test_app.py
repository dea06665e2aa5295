"""The app starts and its home page renders, in both languages."""

import subprocess
import sys

from core import paths


def test_home_renders_without_models(app_test):
    app_test.run()
    assert not app_test.exception
    assert "LSTM" in app_test.title[0].value
    assert app_test.info, "an empty cache should say that no model is trained"


def test_home_in_korean(app_test):
    app_test.session_state["lang"] = "ko"
    app_test.run()
    assert not app_test.exception
    assert "LSTM은" in app_test.title[0].value


def test_home_does_not_import_tensorflow():
    script = (
        "import sys\n"
        "from streamlit.testing.v1 import AppTest\n"
        "app = AppTest.from_file('app.py', default_timeout=60).run()\n"
        "assert not app.exception, app.exception\n"
        "print('tensorflow' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=paths.PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
