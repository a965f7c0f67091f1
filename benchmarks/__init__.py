"""Benchmarks: documented commands, not timed tests. `./dev bench [name]` runs `python -m benchmarks [name]`."""
