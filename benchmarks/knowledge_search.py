"""Knowledge base search over 5,000 articles (DOMAIN.md "Knowledge at hand": found in seconds, here in ms).

`python -m benchmarks.knowledge_search [--articles 5000] [--out benchmarks/results/knowledge.md]`

Measures what an agent waits for: loading the articles and building the in-memory index (once, in the
background, when the panel first opens), and every keystroke of a search typed letter by letter (on the GUI
thread, so it must stay far below a frame). Wall and CPU time, with the load average, since the machine may be
busy. The articles are made once from the demo articles' words plus a made-up vocabulary and kept in a SQLite
file under /work/bench-data (or --data), so a re-run measures the same data.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time
import uuid
from pathlib import Path

from app.db.database import open_database
from app.db.models import KnowledgeArticle, User
from app.demo_knowledge import ARTICLES
from app.knowledge import KnowledgeBase
from app.search_terms import words

QUERIES = ("router genstart", "faktura kopi", "öppettider malmö", "retur 30 dage", "wifi lösenord",
           "invoice english", "router blinker oransje", "fiber flytning", "rykker gebyr", "defekt utstyr")


def _make_articles(count: int, seed: int = 5) -> list[KnowledgeArticle]:
    rng = random.Random(seed)
    real = sorted({w for title, _d, tags, body in ARTICLES for w in words(f"{title} {tags} {body}")})
    syllables = ["ka", "lo", "ne", "ri", "sta", "bø", "tå", "fi", "ber", "mo", "dem", "van", "ör", "sk", "æl"]
    made_up = sorted({"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(40_000)})
    departments = [None, "sales", "technical", "enterprise"]
    rows = []
    for i in range(count):
        title = " ".join(rng.choices(real, k=3) + rng.choices(made_up, k=2)).capitalize() + f" {i}"
        body_words = rng.choices(real, k=rng.randint(60, 200)) + rng.choices(made_up, k=rng.randint(60, 200))
        rng.shuffle(body_words)
        body = " ".join(body_words) + "."
        rows.append(KnowledgeArticle(id=uuid.UUID(int=rng.getrandbits(128)), title=title[:200], body=body,
                                     department=rng.choice(departments),
                                     tags=",".join(rng.sample(real, 3)), archived=False))
    return rows


def _database(path: Path, count: int) -> KnowledgeBase:
    db = open_database(f"sqlite:///{path}")
    with db.sessions.begin() as session:
        have = session.query(KnowledgeArticle).count()
        if have != count:
            session.query(KnowledgeArticle).delete()
            session.add_all(_make_articles(count))
        if session.query(User).count() == 0:
            session.add(User(username="bench", name="Bench"))
    return KnowledgeBase(db)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--data", type=Path, default=Path("/work/bench-data"))
    parser.add_argument("--rounds", type=int, default=20, help="how often every query is typed")
    parser.add_argument("--out", type=Path, default=None, help="write a Markdown report here")
    args = parser.parse_args(argv)
    args.data.mkdir(parents=True, exist_ok=True)
    knowledge = _database(args.data / f"knowledge-{args.articles}.sqlite3", args.articles)

    loads: list[tuple[float, float]] = []
    for _ in range(5):
        wall, cpu = time.perf_counter(), time.process_time()
        index = knowledge.index()
        loads.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
    assert len(index) == args.articles

    walls: list[float] = []
    cpus: list[float] = []
    hits = 0
    full_collections: list[float] = []  # the slowest keystrokes tend to be Python's full garbage collections

    def note_collection(phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            full_collections.append(time.perf_counter())

    gc.callbacks.append(note_collection)
    for round_no in range(args.rounds):
        for query in QUERIES:
            for end in range(1, len(query) + 1):  # as typed, letter by letter
                wall, cpu = time.perf_counter(), time.thread_time()
                found = index.search(query[:end])
                walls.append((time.perf_counter() - wall) * 1000)
                cpus.append((time.thread_time() - cpu) * 1000)
            hits += len(found)
        if round_no == 0:  # the index remembers recent words: the first round is what a fresh panel costs
            first = list(walls)
    gc.callbacks.remove(note_collection)
    load_avg = "/".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        f"# Knowledge base search, {args.articles:,} articles",
        "",
        f"Command: `nice -n 15 .venv/bin/python -m benchmarks.knowledge_search --articles {args.articles}`; "
        f"load average {load_avg}.",
        "",
        "| what | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms |",
        "|---|---|---|---|---|",
        f"| load + index ({len(loads)} runs) | {statistics.median(w for w, _ in loads):.0f} | "
        f"{max(w for w, _ in loads):.0f} (max) | {statistics.median(c for _, c in loads):.0f} | "
        f"{max(c for _, c in loads):.0f} (max) |",
        f"| one keystroke of a search ({len(walls):,}) | {statistics.median(walls):.2f} | "
        f"{_percentile(walls, 0.95):.2f} | {statistics.median(cpus):.2f} | {_percentile(cpus, 0.95):.2f} |",
        f"| first round only, nothing remembered yet ({len(first)}) | {statistics.median(first):.2f} | "
        f"{_percentile(first, 0.95):.2f} | | |",
        "",
        f"Slowest keystroke {max(walls):.2f} ms ({len(full_collections) // 2} full garbage collections ran during "
        f"the keystrokes); full queries found {hits / args.rounds / len(QUERIES):.1f} articles on average.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out is not None:
        args.out.write_text(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
