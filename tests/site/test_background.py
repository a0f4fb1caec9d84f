"""Work done in a forked process while the build goes on (site.background): the same result
as done in place, and done again in place when the process fails."""

from __future__ import annotations

import os
import time

import pytest

from explainer.site.background import Background


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return os.getpid()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_job_writes_its_file_and_returns_its_result(tmp_path, enabled):
    background = Background(enabled)
    background.run("one", write, tmp_path / "one.txt", "first")
    background.run("two", write, tmp_path / "two.txt", "second")
    background.wait()
    assert (tmp_path / "one.txt").read_text(encoding="utf-8") == "first"
    assert (tmp_path / "two.txt").read_text(encoding="utf-8") == "second"
    pids = {background.result("one"), background.result("two")}
    assert (os.getpid() in pids) is not enabled  # forked processes, or this one
    background.stop()
    assert background.jobs == {}


def test_a_job_whose_process_fails_is_done_again_here(tmp_path, monkeypatch):
    calls = []

    def flaky(path):
        calls.append(os.getpid())
        if os.getpid() != here:
            os._exit(3)  # the forked process dies without an answer
        path.write_text("done", encoding="utf-8")
        return "result"

    here = os.getpid()
    background = Background(True)
    background.run("flaky", flaky, tmp_path / "out.txt")
    assert background.result("flaky") == "result"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "done"
    assert calls == [here]  # (the forked process's call was in its own memory)


def test_what_a_job_raises_in_its_process_is_raised_here(tmp_path):
    def broken():
        raise ValueError("a bug")

    background = Background(True)
    background.run("broken", broken)
    with pytest.raises(ValueError, match="a bug"):
        background.result("broken")


def half_write(path):
    """A write that takes long, cleaning up when it stops half-way (as the build cache's)."""
    temporary = path.with_suffix(".tmp")
    try:
        temporary.write_text("half", encoding="utf-8")
        time.sleep(60)
        temporary.replace(path)
    except BaseException:
        temporary.unlink()
        raise


def test_an_interrupted_build_ends_its_job_and_the_job_cleans_up(tmp_path):
    """``stop`` (a build that failed or was interrupted) terminates the forked process; the
    signal unwinds the job, so it leaves no temporary file behind."""
    background = Background()
    if not background.enabled:
        pytest.skip("no fork here")
    background.run("slow", half_write, tmp_path / "cache.pickle")
    for _ in range(500):  # the job has started writing
        if (tmp_path / "cache.tmp").exists():
            break
        time.sleep(0.01)
    assert (tmp_path / "cache.tmp").exists()
    background.stop()
    assert list(tmp_path.iterdir()) == []
