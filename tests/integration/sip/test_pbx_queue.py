"""Issue 6 end to end: the shipped dev PBX (packaging/pbx/kamailio.cfg) rings two headless Skranke agents for a
queue number, sipp callers are answered or give up, and the wallboard's figures, computed by Skranke's own code
from what the agents' clients recorded in the shared PostgreSQL, match what the callers actually did.

Timings are kept far from every boundary (threshold 2 s, answers at ~0.3 s and ~3.5 s, abandons at 0.2 s and
3.5 s with short abandons under 2 s) so a loaded machine cannot move a call across one. The last call rings a
paused agent, whose client turns it away busy while the PBX keeps ringing the other.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.agent_states import AgentState
from app.call_log import CallLog
from app.db.database import Database
from app.db.models import Queue, QueueMember, User
from app.queue_stats import load_legs, merge_legs
from app.wallboard_snapshot import WallboardSnapshot, take_snapshot
from tests.support.pbx_agent import PbxAgent
from tests.support.sip_kamailio import Kamailio, free_port
from tests.support.sip_sipp import SCENARIOS, scenario_with_fields, sipp_binary

pytestmark = [pytest.mark.sip, pytest.mark.postgres]

PBX_DIR = Path(__file__).resolve().parents[3] / "packaging" / "pbx"
PBX_PASSWORD = "skranke-dev"  # the dev PBX's shared password (packaging/pbx/kamailio.cfg)
QUEUE_NUMBER = "600"
THRESHOLD = 2  # the queue's service-level threshold, seconds
SHORT = 2  # callers who hang up within this many seconds are short abandons (left out)
AGENTS = (("anna", "Anna Agent", "2001"), ("bo", "Bo Agent", "2002"))


def dev_pbx_config(port: int) -> str:
    """The shipped config, unchanged except for its port (it listens on 127.0.0.1:5060)."""
    text = (PBX_DIR / "kamailio.cfg").read_text()
    assert text.count("127.0.0.1:5060") == 2, "the dev PBX config no longer listens where this test expects"
    return text.replace("127.0.0.1:5060", f"127.0.0.1:{port}")


QUEUES_CFG = """route[QUEUES] {
  switch ($rU) {
    case "%s":
      $var(queue) = "Support";
      $var(members) = "%s";
      break;
  }
}
"""


@pytest.fixture
def pbx(tmp_path: Path) -> Iterator[Kamailio]:
    server = Kamailio(tmp_path / "pbx")
    server.config.write_text(dev_pbx_config(server.port))
    (server.workdir / "queues.cfg").write_text(QUEUES_CFG % (QUEUE_NUMBER, ",".join(a[2] for a in AGENTS)))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def centre(pg_db: Database) -> Database:
    with pg_db.sessions.begin() as s:
        queue = Queue(name="Support", sip_number=QUEUE_NUMBER, header_value="Support",
                      sl_threshold_seconds=THRESHOLD, sl_target_percent=80)
        s.add(queue)
        for username, name, extension in AGENTS:
            user = User(username=username, name=name, sip_extension=extension)
            s.add(user)
            s.flush()
            s.add(QueueMember(user_id=user.id, queue_id=queue.id))
    return pg_db


@pytest.fixture
def agents(pbx: Kamailio, centre: Database, pg_url: str) -> Iterator[dict[str, PbxAgent]]:
    started = {a[0]: PbxAgent(pg_url, a[0], a[2], pbx.address, PBX_PASSWORD) for a in AGENTS}
    try:
        for agent in started.values():
            agent.wait_event("registered", timeout=20)
        yield started
    finally:
        for agent in started.values():
            agent.stop()


class Caller:
    """One sipp caller into the queue (tests/support/sipp/uac_queue_*.xml); `pause_ms` is the talk time of an
    answered caller and the patience of one who gives up."""

    def __init__(self, workdir: Path, pbx: Kamailio, number: str, *, answered: bool, pause_ms: int,
                 member_leg: tuple[str, str] | None = None) -> None:
        """`member_leg`: (extension, PBX call id) — not a caller into the dev PBX's queue number but one member's
        leg from a back-to-back PBX, sent to that extension with its own Call-ID and the X-Skranke-Call header
        (uac_member_leg_*.xml); not answered means the PBX cancels it after `pause_ms`."""
        self.workdir = workdir / f"caller-{number}" if member_leg is None else workdir / f"leg-{member_leg[0]}"
        self.workdir.mkdir()
        answered_xml, lost_xml = (("uac_queue_answered.xml", "uac_queue_abandon.xml") if member_leg is None else
                                  ("uac_member_leg_answered.xml", "uac_member_leg_cancelled.xml"))
        # The abandon scenario's patience is a recv timeout, written into a copy of it.
        scenario = (SCENARIOS / answered_xml if answered else
                    scenario_with_fields(lost_xml, self.workdir, [str(pause_ms).encode()]))
        self.number = number
        self.started = time.monotonic()
        service, keys = QUEUE_NUMBER, ["-key", "caller", number]
        if member_leg is not None:
            service = member_leg[0]
            keys += ["-key", "queue", "Support", "-key", "pbx_call", member_leg[1]]
        self.proc = subprocess.Popen(
            [sipp_binary(), "-sf", str(scenario), "-s", service, pbx.address, "-i", "127.0.0.1",
             "-p", str(free_port()), "-mp", str(free_port()), "-m", "1", "-d", str(pause_ms),
             *keys, "-nostdin", "-timeout", "20s", "-timeout_error",
             "-trace_err", "-trace_rtt", "-rtt_freq", "1"],
            cwd=self.workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def finish(self) -> None:
        try:
            _out, err = self.proc.communicate(timeout=25)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _out, err = self.proc.communicate(timeout=5)
        errors = "".join(p.read_text() for p in self.workdir.glob("*_errors.log"))
        assert self.proc.returncode == 0, f"sipp caller {self.number} failed: {err.decode()[-1500:]} {errors}"

    def answer_wait(self) -> float:
        """INVITE → 200 OK as sipp measured it (its -trace_rtt file), in seconds."""
        rows = [line.split(";") for f in self.workdir.glob("*_rtt.csv") for line in f.read_text().splitlines()]
        values = [float(r[1]) for r in rows if len(r) >= 3 and r[1].replace(".", "", 1).isdigit()]
        assert len(values) == 1, f"sipp wrote no single INVITE→200 time: {rows}"
        return values[0] / 1000


def ring_all(agents: dict[str, PbxAgent]) -> str:
    """Wait until the queue call rings at every agent (one SIP Call-ID); returns that Call-ID."""
    rings = [agent.wait_event("ringing") for agent in agents.values()]
    assert {r["queue"] for r in rings} == {"Support"}, "the PBX did not name the queue in X-Skranke-Queue"
    call_ids = {r["sip_call_id"] for r in rings}
    assert len(call_ids) == 1, f"one caller rang as several calls: {call_ids}"
    return str(call_ids.pop())


def midday_zone(now: dt.datetime) -> ZoneInfo:
    """A fixed-offset zone in which `now` is around noon: the test's calls never straddle the wallboard's day."""
    offset = (12 - now.hour + 12) % 24 - 12  # -12 … +11 hours
    return ZoneInfo(f"Etc/GMT{-offset:+d}" if offset else "Etc/UTC")


def snapshot(db: Database, tz: ZoneInfo) -> WallboardSnapshot:
    return take_snapshot(db, tz, short_abandon_seconds=SHORT)


def test_queue_calls_through_the_dev_pbx_give_the_wallboard_figures_that_happened(
        tmp_path: Path, pbx: Kamailio, agents: dict[str, PbxAgent], centre: Database) -> None:
    anna, bo = agents["anna"], agents["bo"]
    tz = midday_zone(dt.datetime.now(dt.UTC))

    # 1. Anna answers at once (within the threshold); the caller talks 0.8 s and hangs up.
    first = Caller(tmp_path, pbx, "4520000001", answered=True, pause_ms=800)
    call = ring_all(agents)
    time.sleep(0.3)
    anna.send(cmd="answer", sip_call_id=call)
    first.finish()
    anna.wait_event("state", state="ended")
    bo.wait_event("state", state="ended")  # the PBX cancelled Bo's leg when Anna answered
    anna.send(cmd="finish_wrapup")

    # 2. Nobody answers for 3.5 s (over the threshold), then Bo does.
    second = Caller(tmp_path, pbx, "4520000002", answered=True, pause_ms=500)
    call = ring_all(agents)
    time.sleep(3.5)
    bo.send(cmd="answer", sip_call_id=call)
    second.finish()
    bo.wait_event("state", state="ended")
    anna.wait_event("state", state="ended")

    # 3. A caller gives up after 3.5 s of ringing. While it rings, the wallboard shows it waiting.
    third = Caller(tmp_path, pbx, "4520000003", answered=False, pause_ms=3500)
    ring_all(agents)
    deadline = time.monotonic() + 3  # as a wallboard would: read again until the clients' writes are in
    while (waiting := snapshot(centre, tz)).total.waiting == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert (waiting.total.waiting, waiting.queues[0].figures.waiting) == (1, 1)
    third.finish()
    for agent in agents.values():
        agent.wait_event("state", state="ended")

    # 4. A caller hangs up after 0.2 s: a wrong number, left out of every figure.
    fourth = Caller(tmp_path, pbx, "4520000004", answered=False, pause_ms=200)
    ring_all(agents)
    fourth.finish()
    for agent in agents.values():
        agent.wait_event("state", state="ended")

    # 5. Bo finishes his wrap-up and goes to lunch: his client turns the next call away busy, the PBX keeps
    #    ringing Anna, who answers at once.
    bo.send(cmd="finish_wrapup")
    bo.send(cmd="pause", reason="lunch")
    fifth = Caller(tmp_path, pbx, "4520000005", answered=True, pause_ms=300)
    call = ring_all(agents)
    bo.wait_event("state", state="ended", outcome="rejected")
    anna.send(cmd="answer", sip_call_id=call)
    fifth.finish()
    anna.wait_event("state", state="ended", outcome="answered")

    for agent in agents.values():
        agent.stop()  # waits for each client's database writes
    board = snapshot(centre, tz)
    figures = board.queues[0].figures
    assert board.queues[0].queue.name == "Support"
    assert (figures.offered, figures.answered, figures.abandoned, figures.short_abandoned) == (4, 3, 1, 1)
    assert figures.answered_within == 2 and figures.service_level == pytest.approx(50.0)
    assert (figures.waiting, board.total.offered) == (0, 4)
    # ASA: Skranke's waits (first ring → answer, as the agents' clients recorded them) against sipp's own
    # INVITE → 200 OK times; they differ only by the PBX's and the answering client's turnaround.
    sipp_asa = (first.answer_wait() + second.answer_wait() + fifth.answer_wait()) / 3
    assert figures.asa_seconds is not None and abs(figures.asa_seconds - sipp_asa) < 0.5, (
        figures.asa_seconds, sipp_asa)
    assert 0.3 <= first.answer_wait() < THRESHOLD <= 3.5 <= second.answer_wait()
    # Talk time ended by the caller's BYE; no wrap-up recorded by these headless agents.
    assert figures.aht_seconds is not None and 0.5 <= figures.aht_seconds < 2.5

    # The abandoned list: the caller who gave up, with the number sipp sent; not the wrong number.
    assert [(a.number, a.queue_name) for a in board.abandoned] == [("4520000003", "Support")]
    assert 3.5 <= board.abandoned[0].wait_seconds < 5.5
    # Per agent: one call each, and the state each client reported.
    rows = {r.name: r for r in board.agents}
    assert (rows["Anna Agent"].calls_today, rows["Bo Agent"].calls_today) == (2, 1)
    assert rows["Anna Agent"].state is AgentState.WRAP_UP  # after the fifth call
    assert (rows["Bo Agent"].state, rows["Bo Agent"].reason) == (AgentState.PAUSED, "Lunch")

    # Ring groups: two agents' legs per call in the database, one call on the wallboard.
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    legs = load_legs(centre, start, start + dt.timedelta(hours=2))
    assert len(legs) == 10 and len(merge_legs(legs)) == 5


def test_ring_all_legs_with_their_own_call_ids_count_as_one_call_by_the_pbx_header(
        tmp_path: Path, pbx: Kamailio, agents: dict[str, PbxAgent], centre: Database) -> None:
    """Asterisk Queue() / FreeSWITCH ring-all: each member gets an INVITE with a Call-ID of its own, and the PBX
    names the caller's call in X-Skranke-Call on every leg. sipp plays that PBX: one leg to each agent (through
    the dev PBX's extensions, so no queue header is added there), Anna answers, the PBX cancels Bo's leg."""
    anna, bo = agents["anna"], agents["bo"]
    tz = midday_zone(dt.datetime.now(dt.UTC))
    pbx_call = "1763900000.4711"  # an Asterisk ${UNIQUEID}
    to_anna = Caller(tmp_path, pbx, "4520000011", answered=True, pause_ms=500, member_leg=("2001", pbx_call))
    to_bo = Caller(tmp_path, pbx, "4520000011", answered=False, pause_ms=2500, member_leg=("2002", pbx_call))
    rings = {name: agent.wait_event("ringing") for name, agent in agents.items()}
    assert {r["queue"] for r in rings.values()} == {"Support"}
    assert rings["anna"]["sip_call_id"] != rings["bo"]["sip_call_id"], "the legs were meant to differ in Call-ID"

    # While both legs ring: ONE caller waiting, not two.
    deadline = time.monotonic() + 3
    while (waiting := snapshot(centre, tz)).total.waiting == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert (waiting.total.waiting, waiting.queues[0].figures.waiting) == (1, 1)

    anna.send(cmd="answer", sip_call_id=rings["anna"]["sip_call_id"])
    to_anna.finish()
    to_bo.finish()
    anna.wait_event("state", state="ended", outcome="answered")
    bo.wait_event("state", state="ended", outcome="missed")
    for agent in agents.values():
        agent.stop()  # waits for each client's database writes

    board = snapshot(centre, tz)
    figures = board.queues[0].figures
    assert (figures.offered, figures.answered, figures.abandoned, figures.short_abandoned, figures.waiting) == (
        1, 1, 0, 0, 0)
    assert board.abandoned == ()
    rows = {r.name: r for r in board.agents}
    assert (rows["Anna Agent"].calls_today, rows["Bo Agent"].calls_today) == (1, 0)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    legs = load_legs(centre, start, start + dt.timedelta(hours=2))
    assert len(legs) == 2 and {leg.key for leg in legs} == {"pbx:" + pbx_call}
    assert len(merge_legs(legs)) == 1
    # Bo's own call history does not list the caller as one he missed: a colleague took the call.
    with centre.sessions() as session:
        bo_id = session.scalars(select(User.id).where(User.username == "bo")).one()
    [entry] = CallLog(centre, bo_id).recent()
    assert entry.answered_elsewhere and not entry.missed
