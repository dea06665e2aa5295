"""The job registry's live-view pacing: refreshes slow down as viewers join."""

from core import jobs


def test_refresh_stays_at_two_seconds_for_a_few_viewers_then_slows():
    assert jobs.refresh_seconds(0) == jobs.refresh_seconds(8) == 2.0
    assert 6.0 < jobs.refresh_seconds(30) < 8.0
    assert jobs.refresh_seconds(60) == 2 * jobs.refresh_seconds(30)


def test_viewers_are_counted_once_each_and_forgotten_after_they_leave(monkeypatch):
    registry = jobs.TrainingJobs(runner=lambda config, listener, cancel: None)
    now = [1_000.0]
    monkeypatch.setattr(jobs.time, "monotonic", lambda: now[0])

    assert registry.watch("teacher") == 1
    assert registry.watch("student") == 2
    assert registry.watch("teacher") == 2  # the same session again

    now[0] += jobs.VIEWER_TIMEOUT_SECONDS - 1
    assert registry.watch("teacher") == 2
    now[0] += 2  # the student's tab has not refreshed for too long
    assert registry.watch("teacher") == 1
