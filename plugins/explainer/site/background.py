"""Work a build need not wait for, done in a forked process while the build goes on.

After the analysis workers of a first build have finished, the main process works alone
for a while (the people, topic and sources models, MkDocs reading every page) and the other
cores are idle. What it writes then and reads nothing back from (the build cache's shards,
the statement exports), or only once the pages are built (a first build's page
fingerprints, for the next build), is worked out meanwhile by a process forked when its
inputs are ready: a copy of this one, which computes exactly what this one would, writes it
or sends it back, and ends. The build waits for it (``wait``) before it reads any of it, and
a job whose process failed is done again here, so that a failure costs time, never output.

Without ``fork`` (or with ``enabled`` false: one core, the preview, the tests that want no
processes) a job runs at once, in this process. Forked processes ignore Ctrl-C and are
daemons: an interrupted build ends them (``stop``), and the signal that ends one unwinds it
like an exception, so a write it was making cleans up after itself (the build cache's
temporary file) instead of being left half-done on disk.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class _Job:
    function: Callable[..., Any]
    args: tuple
    process: BaseProcess | None = None
    reader: Connection | None = None
    done: bool = False
    result: Any = None


class Background:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and "fork" in multiprocessing.get_all_start_methods()
        self.jobs: dict[str, _Job] = {}

    def run(self, name: str, function: Callable[..., Any], *args, here: bool = False) -> None:
        """Start ``function(*args)``; its result is ``result(name)``. The arguments must not
        change until then (the forked process sees them as they are now). ``here``: done at
        once, in this process (a small job, for which a fork would cost more than it saves)."""
        if name in self.jobs:
            self.result(name)
        job = self.jobs[name] = _Job(function, args)
        if here or not self.enabled:
            job.result, job.done = function(*args), True
            return
        context = multiprocessing.get_context("fork")
        reader, writer = context.Pipe(duplex=False)
        job.process = context.Process(target=_work, args=(function, args, reader, writer),
                                      daemon=True)
        job.process.start()
        writer.close()
        job.reader = reader

    def result(self, name: str) -> Any:
        """What the job returned, once it is done; if its process failed, it is done again
        here (and raises here what it raises)."""
        job = self.jobs[name]
        if not job.done:
            assert job.process is not None and job.reader is not None
            message = answer(job.process, job.reader)
            job.done = True
            if message is not None and message[0] == "ok":
                job.result = message[1]
            else:
                log.debug("background job %s failed, done again: %s", name,
                          message[1] if message is not None else "no answer")
                job.result = job.function(*job.args)
        return job.result

    def wait(self) -> None:
        """Every job done (in the order they were started)."""
        for name in list(self.jobs):
            self.result(name)

    def stop(self) -> None:
        """End the processes still running (a build that failed) and forget every job."""
        for job in self.jobs.values():
            if job.process is not None and not job.done:
                if job.process.is_alive():
                    job.process.terminate()
                job.process.join()
                assert job.reader is not None
                job.reader.close()
        self.jobs = {}


def _work(function: Callable[..., Any], args: tuple, reader: Connection,
          writer: Connection) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _unwind)
    reader.close()
    reply(writer, lambda: function(*args))


def _unwind(signum, frame) -> None:
    raise SystemExit(f"ended by signal {signum}")


def reply(writer: Connection, compute: Callable[[], Any]) -> None:
    """In a forked process: send ``("ok", compute())``, or ``("failed", the traceback)`` if
    it raised or its result does not pickle, then end the process (no clean-up of the
    parent's state: the parent still owns it)."""
    try:
        message = ("ok", compute())
    except BaseException:  # noqa: BLE001 - done again by the parent
        message = ("failed", traceback.format_exc())
    try:
        writer.send(message)
    except Exception:  # noqa: BLE001 - a result that does not pickle: done again
        with contextlib.suppress(Exception):
            writer.send(("failed", traceback.format_exc()))
    finally:
        writer.close()
        os._exit(0)


def answer(process: BaseProcess, reader: Connection) -> tuple | None:
    """What a forked process sent with :func:`reply` (``None`` if it died first), once it
    has ended."""
    try:
        message = reader.recv()
    except (EOFError, OSError):
        message = None
    process.join()
    reader.close()
    return message if isinstance(message, tuple) else None
