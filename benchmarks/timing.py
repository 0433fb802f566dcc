"""Repeated timing for the benchmarks: each figure is the best or the median of runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def run_times(runs: int, fn: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def best_of(runs: int, fn: Callable[[], object]) -> float:
    return min(run_times(runs, fn))


def median_of(runs: int, fn: Callable[[], object]) -> float:
    return statistics.median(run_times(runs, fn))
