"""Every benchmark still imports: they run rarely, by hand, so a helper renamed in one module once broke another
(screen_pop imported a function foundation no longer had) without any test noticing."""

from __future__ import annotations

import importlib

import pytest

from benchmarks.__main__ import BENCHMARKS


@pytest.mark.parametrize("name", sorted(BENCHMARKS))
def test_the_benchmark_imports_and_has_a_main(name: str) -> None:
    module = importlib.import_module(BENCHMARKS[name])
    assert callable(module.main)
