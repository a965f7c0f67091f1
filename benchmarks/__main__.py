"""`python -m benchmarks [name] [options]`: run one benchmark (default: foundation); `--list` names them.

Each benchmark is a module with `main(argv) -> int` and its own `--help`.
"""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = {
    "foundation": "benchmarks.foundation",  # issue 2: lookup, search, history, start-up, memory on 1M customers
    "audio_bridge": "benchmarks.audio_bridge",  # issue 3: added latency and underruns under a busy GUI
    "screen_pop": "benchmarks.screen_pop",  # issue 4: INVITE received → customer card painted
    "sip_setup": "benchmarks.sip_setup",  # issue 3: INVITE→180/200 and REGISTER, Skranke vs baresip vs pjsua2
    "sip_answer_path": "benchmarks.sip_answer_path",  # issue 3: Python CPU on pjsip's answer path per call
    "sip_cpu": "benchmarks.sip_cpu",  # issue 3: CPU per active call
    "wallboard": "benchmarks.wallboard",  # issue 6: event → repaint with 500 agents, a day's report
    "packaging": "benchmarks.packaging",  # issue 8: bundle size and start times
    "sync_push": "benchmarks.sync_push",  # issue 5: push 10,000 queued changes vs a bare batched insert
    "propagation": "benchmarks.propagation",  # issue 5: commit on A → B's screen, vs a bare NOTIFY round trip
    "knowledge_search": "benchmarks.knowledge_search",  # search-as-you-type over 5,000 knowledge articles
}


def main(argv: list[str]) -> int:
    if argv[:1] in (["--list"], ["-l"]):
        print("\n".join(BENCHMARKS))
        return 0
    name = "foundation"
    if argv and not argv[0].startswith("-"):
        name, argv = argv[0], argv[1:]
    if name not in BENCHMARKS:
        print(f"unknown benchmark {name!r}; available: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    module = importlib.import_module(BENCHMARKS[name])
    result: int = module.main(argv)
    return result


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
