"""Run slow core calls off the GUI thread and hand the outcome back on it.

One API for every background job (loading, cleaning, entity extraction, saving):
``run_task(fn, on_done, on_error, *args)``. The callable runs on a thread pool;
its result, or the exception it raised, is delivered on the GUI thread, so
callbacks may touch widgets and workers never do. The pool is passed in so tests
can use their own and wait for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; its signal, emitted from a worker, is queued back."""

    finished = Signal(bool, object)

    def __init__(
        self, runner: TaskRunner, on_done: DoneCallback | None, on_error: ErrorCallback | None
    ) -> None:
        super().__init__()
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self._runner._forget(self)
        if ok:
            if self._on_done is not None:
                self._on_done(value)
        elif self._on_error is not None:
            assert isinstance(value, BaseException)
            self._on_error(value)
        else:
            log.error("background task failed", exc_info=value)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._relay = relay
        self._fn = fn
        self._args = args

    def run(self) -> None:
        try:
            outcome: tuple[bool, object] = (True, self._fn(*self._args))
        except BaseException as exc:  # handed to on_error on the GUI thread
            outcome = (False, exc)
        try:
            self._relay.finished.emit(*outcome)
        except RuntimeError:
            log.debug("task finished after its window was gone; outcome dropped")


class TaskRunner(QObject):
    """Runs callables on ``pool`` and reports back on the thread that made it."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self._pending: set[_Relay] = set()

    def run_task(
        self,
        fn: Callable[..., Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        *args: Any,
    ) -> None:
        relay = _Relay(self, on_done, on_error)
        self._pending.add(relay)
        self.pool.start(_Job(relay, fn, args))

    @property
    def busy(self) -> bool:
        """True while a task has not yet delivered its outcome."""
        return bool(self._pending)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool's workers finish (their outcomes are still queued)."""
        return bool(self.pool.waitForDone(msecs))

    def _forget(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        relay.deleteLater()
