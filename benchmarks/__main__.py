"""Run every benchmark, or the ones named: ``python -m benchmarks [privacy ...]``.

Each ``benchmarks/bench_<name>.py`` exposes ``main()``; it is run with no command-line
arguments, so it uses its modest default size (run a module directly for its full-size flag).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Sequence

import benchmarks


def available() -> list[str]:
    """Names of the benchmark modules, without the ``bench_`` prefix, sorted."""
    return sorted(
        m.name.removeprefix("bench_") for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the named benchmarks (all when none are named); 2 for an unknown name."""
    names = list(argv if argv is not None else sys.argv[1:]) or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    saved = sys.argv
    for name in names:
        print(f"== {name} ==", flush=True)
        # Each module's main() takes no arguments and may parse sys.argv: give it a clean one.
        sys.argv = [f"benchmarks.bench_{name}"]
        try:
            importlib.import_module(f"benchmarks.bench_{name}").main()
        finally:
            sys.argv = saved
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
