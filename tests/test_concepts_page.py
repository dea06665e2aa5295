"""The concepts page: the gradient toy's numbers and the clipping snippet."""

import ast
import re

import conftest

from core import gradient_toy, paths

PAGE = "pages/concepts.py"


def open_page(app_test, lang="en"):
    return conftest.open_page(app_test, PAGE, lang)


def metric(app_test, label_start: str) -> str:
    return next(m.value for m in app_test.metric if m.label.startswith(label_start))


def test_factor_below_one_vanishes_and_above_one_explodes(app_test):
    open_page(app_test)
    app_test.slider(key="concepts.steps").set_value(60).run()
    app_test.slider(key="concepts.factor").set_value(0.8).run()
    assert metric(app_test, "Gradient 60 steps back") == f"{0.8**60:.2e}"
    assert any("**vanished**" in text for text in app_test.markdown.values)

    app_test.slider(key="concepts.factor").set_value(1.2).run()
    assert metric(app_test, "Gradient 60 steps back") == f"{1.2**60:.2e}"
    assert any("**exploded**" in text for text in app_test.markdown.values)


def test_clipping_caps_the_norm_at_clipnorm(app_test):
    open_page(app_test)
    app_test.slider(key="concepts.factor").set_value(1.3).run()
    app_test.slider(key="concepts.clipnorm").set_value(2.0).run()

    toy = gradient_toy.gradient_toy(50, 1.3, 2.0, forget=1.0)
    assert metric(app_test, "Norm before") == f"{toy.rnn_norm:.3g} → 2"
    assert metric(app_test, "The same after clipping") == f"{toy.rnn_clipped[-1]:.2e}"


def test_forget_gate_near_one_keeps_the_cell_path_alive(app_test):
    open_page(app_test)
    app_test.slider(key="concepts.forget").set_value(0.99).run()

    assert metric(app_test, "Along the cell state") == f"{0.99**50:.2e}"
    assert metric(app_test, "Plain RNN") == f"{0.9**50:.2e}"


def test_page_in_korean_follows_the_lecture_order(app_test):
    open_page(app_test, lang="ko")
    headers = [header.value for header in app_test.header]
    assert [text.split(".")[0] for text in headers] == ["1", "2", "3", "4"]
    assert "기울기 소실" in " ".join(app_test.markdown.values)


def test_the_shown_optimizer_is_the_one_the_models_use():
    page = ast.parse((paths.PROJECT_ROOT / PAGE).read_text(encoding="utf-8"))
    snippet = next(
        node.value.value
        for node in page.body
        if isinstance(node, ast.Assign) and node.targets[0].id == "OPTIMIZER_CODE"
    )
    models = (paths.PROJECT_ROOT / "core" / "models.py").read_text(encoding="utf-8")

    def squeeze(code: str) -> str:
        return re.sub(r"\s+", "", code).replace(",)", ")")

    assert squeeze(snippet) in squeeze(models)
