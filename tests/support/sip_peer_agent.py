"""A second pjsua2 endpoint for the SIP tests, run as a subprocess (pjsua2 is one endpoint per process).

Driven by JSON lines on stdin, reports JSON lines on stdout. Calls are named "p0", "p1", ... in order of
creation. Commands: {"cmd": "call", "uri": ..., "headers": {...}}, answer/hangup/hold/unhold/dtmf with "call",
{"cmd": "tone", "call": ..., "freq": 1000} plays a looping sine into the call (recording tests),
{"cmd": "codec", "id": "G722/16000"} allows only that codec for the calls that follow,
{"cmd": "record", "call": ..., "path": ...} records what the peer hears (complete once the call is gone),
{"cmd": "quit"}. Events: ready, reg, incoming, state, media, dtmf, transfer_request, replaced.
Based on /work/shared/reference/sip/pj_agent.py (threadCnt=0, one thread, strong refs until DISCONNECTED).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import os
import select
import struct
import sys
import tempfile
import time
import wave
from typing import Any

import pjsua2 as pj

STATE_NAMES = {
    pj.PJSIP_INV_STATE_NULL: "NULL",
    pj.PJSIP_INV_STATE_CALLING: "CALLING",
    pj.PJSIP_INV_STATE_INCOMING: "INCOMING",
    pj.PJSIP_INV_STATE_EARLY: "EARLY",
    pj.PJSIP_INV_STATE_CONNECTING: "CONNECTING",
    pj.PJSIP_INV_STATE_CONFIRMED: "CONFIRMED",
    pj.PJSIP_INV_STATE_DISCONNECTED: "DISCONNECTED",
}
MEDIA_NAMES = {
    pj.PJSUA_CALL_MEDIA_NONE: "none",
    pj.PJSUA_CALL_MEDIA_ACTIVE: "active",
    pj.PJSUA_CALL_MEDIA_LOCAL_HOLD: "local_hold",
    pj.PJSUA_CALL_MEDIA_REMOTE_HOLD: "remote_hold",
    pj.PJSUA_CALL_MEDIA_ERROR: "error",
}


def say(**event: Any) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class Peer:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.calls: dict[str, PeerCall] = {}
        self.counter = 0
        self.acc: PeerAccount | None = None
        self.players: dict[str, pj.AudioMediaPlayer] = {}  # call name -> tone player, dropped before libDestroy
        self.recorders: dict[str, pj.AudioMediaRecorder] = {}  # call name -> what the peer hears, as WAV
        self.tone_dir = tempfile.mkdtemp(prefix="skranke-peer-tone-")

    def name(self) -> str:
        name = f"p{self.counter}"
        self.counter += 1
        return name


class PeerCall(pj.Call):  # type: ignore[misc]
    def __init__(self, peer: Peer, acc: pj.Account, call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(acc, call_id)
        self.peer = peer
        self.name = peer.name()
        peer.calls[self.name] = self

    def onCallState(self, prm: Any) -> None:
        ci = self.getInfo()
        state = STATE_NAMES.get(ci.state, str(ci.state))
        say(
            event="state",
            call=self.name,
            state=state,
            code=ci.lastStatusCode,
            reason=ci.lastReason,
            sip_call_id=ci.callIdString,
        )
        if ci.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self.peer.players.pop(self.name, None)
            self.peer.recorders.pop(self.name, None)  # destroyed: its WAV header is written (a tick later)
            self.peer.calls.pop(self.name, None)
            graveyard.append(self)

    def onCallMediaState(self, prm: Any) -> None:
        ci = self.getInfo()  # keep CallInfo alive while reading its media vector (it owns the memory)
        for mi in ci.media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO:
                say(event="media", call=self.name, status=MEDIA_NAMES.get(mi.status, str(mi.status)))
                player = self.peer.players.get(self.name)
                if player is not None and mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                    # A re-INVITE (hold/resume) can re-create the call's conference port and its connections.
                    player.startTransmit(self.getAudioMedia(-1))

    def onDtmfDigit(self, prm: Any) -> None:
        say(event="dtmf", call=self.name, digit=prm.digit, method=int(prm.method))

    def onCallTransferRequest(self, prm: Any) -> None:
        new = PeerCall(self.peer, self.peer.acc)
        say(event="transfer_request", call=self.name, target=prm.dstUri, new_call=new.name)
        prm.newCall = new

    def onCallReplaced(self, prm: Any) -> None:
        new = PeerCall(self.peer, self.peer.acc, prm.newCallId)
        say(event="replaced", call=self.name, new_call=new.name)
        prm.newCall = new


class PeerAccount(pj.Account):  # type: ignore[misc]
    def __init__(self, peer: Peer) -> None:
        super().__init__()
        self.peer = peer

    def onRegState(self, prm: Any) -> None:
        say(event="reg", code=prm.code, reason=prm.reason, expiration=prm.expiration)

    def onIncomingCall(self, prm: Any) -> None:
        call = PeerCall(self.peer, self, prm.callId)
        say(event="incoming", call=call.name, message=prm.rdata.wholeMsg[:4000])
        op = pj.CallOpParam()
        op.statusCode = 200 if self.peer.args.auto_answer else 180
        call.answer(op)


graveyard: list[PeerCall] = []


def handle(peer: Peer, command: dict[str, Any]) -> bool:
    cmd = command["cmd"]
    if cmd == "quit":
        return False
    call = peer.calls.get(command.get("call", ""))
    try:
        if cmd == "codec":
            # Only this codec from now on: a waveform codec keeps a test tone a tone, while speex (pjsua's first
            # choice) smeared it, and a re-INVITE from the other side would otherwise bring speex back.
            ep = pj.Endpoint.instance()
            for codec in ep.codecEnum2():
                ep.codecSetPriority(codec.codecId, 255 if codec.codecId.startswith(command["id"]) else 0)
            say(event="codec", id=command["id"])
        elif cmd == "call":
            new = PeerCall(peer, peer.acc)
            prm = pj.CallOpParam(True)
            for key, value in command.get("headers", {}).items():
                header = pj.SipHeader()
                header.hName, header.hValue = key, value
                prm.txOption.headers.append(header)
            say(event="calling", call=new.name)
            new.makeCall(command["uri"], prm)
        elif call is None:
            say(event="error", cmd=cmd, message=f"no call {command.get('call')}")
        elif cmd == "answer":
            op = pj.CallOpParam()
            op.statusCode = int(command.get("code", 200))
            call.answer(op)
        elif cmd == "hangup":
            call.hangup(pj.CallOpParam())
        elif cmd == "hold":
            call.setHold(pj.CallOpParam(True))
        elif cmd == "unhold":
            prm = pj.CallOpParam(True)
            prm.opt.flag = pj.PJSUA_CALL_UNHOLD
            call.reinvite(prm)
        elif cmd == "dtmf":
            call.dialDtmf(command["digits"])
        elif cmd == "tone":
            play_tone(peer, call, float(command.get("freq", 1000)))
        elif cmd == "record":
            recorder = pj.AudioMediaRecorder()
            recorder.createRecorder(command["path"])
            call.getAudioMedia(-1).startTransmit(recorder)
            peer.recorders[call.name] = recorder
            say(event="recording", call=call.name)
    except pj.Error as exc:
        # A re-INVITE still in progress: try again shortly (bounded), as a person pressing the key again would.
        if cmd in ("hold", "unhold") and command.get("attempt", 0) < 20:
            retries.append((time.monotonic() + 0.1, {**command, "attempt": command.get("attempt", 0) + 1}))
        else:
            say(event="error", cmd=cmd, message=exc.info())
    return True


retries: list[tuple[float, dict[str, Any]]] = []


def play_tone(peer: Peer, call: PeerCall, freq: float, rate: int = 16000) -> None:
    """A 2 s sine WAV, looped into the call's audio (an exact number of periods, so the loop has no click)."""
    path = os.path.join(peer.tone_dir, f"tone-{int(freq)}.wav")
    if not os.path.exists(path):
        count = 2 * rate
        step = 2 * math.pi * freq / rate
        with wave.open(path, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(struct.pack(f"<{count}h", *(int(12000 * math.sin(step * i)) for i in range(count))))
    player = pj.AudioMediaPlayer()
    player.createPlayer(path, 0)  # 0: loop
    player.startTransmit(call.getAudioMedia(-1))
    peer.players[call.name] = player
    say(event="tone", call=call.name, freq=freq)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", required=True)
    ap.add_argument("--registrar", required=True)  # host:port
    ap.add_argument("--password", default="")
    ap.add_argument("--transport", choices=["udp", "tcp"], default="udp")
    ap.add_argument("--rtp-port", type=int, default=0)
    ap.add_argument("--auto-answer", action="store_true")
    ap.add_argument("--srtp", choices=["off", "optional", "mandatory"], default="off")  # SDES keys (TLS tests)
    ap.add_argument("--max-seconds", type=float, default=120.0)  # a safety net: no peer outlives its test
    # Comma-separated codec ids to offer, in order; every other codec disabled (the engine's product choice,
    # telephony/pj_config.py: the SIP set-up benchmark gives its plain pjsua2 peer the same list).
    ap.add_argument("--codecs", default="")
    args = ap.parse_args()
    peer = Peer(args)
    sys.stderr = sys.stdout  # director exceptions print to stderr; surface them as events for the tests
    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.consoleLevel = 0
    # For debugging a test: SKRANKE_PEER_LOG=/tmp/peer-%s.log writes pjsip's log (level 5) per user.
    log_pattern = os.environ.get("SKRANKE_PEER_LOG", "")
    cfg.logConfig.level = 5 if log_pattern else 0
    if log_pattern:
        cfg.logConfig.filename = log_pattern.replace("%s", args.user)
    cfg.medConfig.noVad = True
    cfg.medConfig.sndAutoCloseTime = -1  # keep the media clock running (see telephony/pj_config.py)
    ep.libInit(cfg)
    ep.audDevManager().setNullDev()
    tc = pj.TransportConfig()
    tc.boundAddress = "127.0.0.1"
    kind = pj.PJSIP_TRANSPORT_TCP if args.transport == "tcp" else pj.PJSIP_TRANSPORT_UDP
    ep.transportCreate(kind, tc)
    ep.libStart()
    if args.codecs:
        wanted = args.codecs.split(",")
        for codec in ep.codecEnum2():
            rank = next((i for i, c in enumerate(wanted) if codec.codecId.startswith(c + "/")), None)
            ep.codecSetPriority(codec.codecId, 0 if rank is None else 255 - rank)
    acfg = pj.AccountConfig()
    host = args.registrar.split(":")[0]
    suffix = ";transport=tcp" if args.transport == "tcp" else ""
    acfg.idUri = f"sip:{args.user}@{host}"
    acfg.regConfig.registrarUri = f"sip:{args.registrar}{suffix}"
    acfg.sipConfig.proxies.append(f"sip:{args.registrar}{suffix};lr")
    if args.rtp_port:
        acfg.mediaConfig.transportConfig.port = args.rtp_port
    acfg.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
    srtp = {"off": pj.PJMEDIA_SRTP_DISABLED, "optional": pj.PJMEDIA_SRTP_OPTIONAL,
            "mandatory": pj.PJMEDIA_SRTP_MANDATORY}
    acfg.mediaConfig.srtpUse = srtp[args.srtp]
    acfg.mediaConfig.srtpSecureSignaling = 0  # this peer talks plain UDP to Kamailio; the agent's leg is TLS
    acfg.mediaConfig.transportConfig.publicAddress = "127.0.0.1"
    if args.password:
        acfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", args.user, 0, args.password))
    peer.acc = PeerAccount(peer)
    peer.acc.create(acfg)
    say(event="ready", pid=os.getpid())
    deadline = time.monotonic() + args.max_seconds
    buffer = b""
    running = True
    while running and time.monotonic() < deadline:
        ep.libHandleEvents(5)
        graveyard.clear()
        now = time.monotonic()
        for item in [r for r in retries if r[0] <= now]:
            retries.remove(item)
            handle(peer, item[1])
        readable, _, _ = select.select([sys.stdin], [], [], 0)
        if readable:
            chunk = os.read(sys.stdin.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                if line.strip() and not handle(peer, json.loads(line)):
                    running = False
    for call in list(peer.calls.values()):
        with contextlib.suppress(pj.Error):
            call.hangup(pj.CallOpParam())
    end = time.monotonic() + 1.0
    while peer.calls and time.monotonic() < end:
        ep.libHandleEvents(10)
    peer.players.clear()
    peer.recorders.clear()
    peer.calls.clear()
    graveyard.clear()
    peer.acc.shutdown()
    peer.acc = None
    gc.collect()
    ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
    say(event="bye")


if __name__ == "__main__":
    main()
