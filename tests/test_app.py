"""The app starts and its home page renders, in both languages."""

from conftest import imports_tensorflow


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
    assert not imports_tensorflow()
