"""Benchmarks: each ``bench_<name>.py`` module exposes ``main()`` and prints a table."""
