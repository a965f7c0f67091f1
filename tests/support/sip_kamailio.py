"""A throwaway Kamailio registrar/proxy with digest auth on 127.0.0.1, started and stopped by pid.

Adapted from /work/shared/reference/sip/kamailio-auth.cfg: one shared password for every user, a short
min_expires so tests can use short registrations, no ctl socket (parallel runs must not share a path).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

PASSWORD = "secret"
MODULE_PATH = "/usr/lib/x86_64-linux-gnu/kamailio/modules/"

# What every test Kamailio loads: a registrar with digest auth and a stateful proxy, registrations in memory, short
# expiries allowed (tests register for seconds). The TLS config (sip_tls.py) adds its own modules to these.
PROXY_MODULES = "\n".join(f'loadmodule "{name}.so"' for name in (
    "tm", "sl", "rr", "pv", "maxfwd", "usrloc", "registrar", "textops", "siputils", "xlog", "sanity", "auth")) + """
modparam("usrloc", "db_mode", 0)
modparam("rr", "enable_full_lr", 1)
modparam("registrar", "max_expires", 3600)
modparam("registrar", "min_expires", 1)"""

CONFIG = """#!KAMAILIO
debug=1
log_stderror=yes
fork=yes
children=2
tcp_children=2
listen=udp:127.0.0.1:{port}
listen=tcp:127.0.0.1:{port}
mpath="{mpath}"
{proxy_modules}

request_route {{
  if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483","Too Many Hops"); exit; }}
  if (!sanity_check("1511", "7")) {{ exit; }}
  if (is_method("OPTIONS") && uri==myself && $rU==$null) {{ sl_send_reply("200","Keepalive"); exit; }}
  if (has_totag()) {{
    if (loose_route()) {{ t_relay(); exit; }}
    if (is_method("ACK")) {{
      if (t_check_trans()) {{ t_relay(); exit; }}
    }}
    if (uri==myself && lookup("location")) {{ t_relay(); exit; }}
    sl_send_reply("404","Not here"); exit;
  }}
  if (is_method("CANCEL")) {{ if (t_check_trans()) t_relay(); exit; }}
  t_check_trans();
  if (is_method("REGISTER")) {{
    $var(pw) = "{password}";
    if (!pv_www_authenticate("$fd", "$var(pw)", "0")) {{ www_challenge("$fd", "0"); exit; }}
    consume_credentials();
    if (!save("location")) sl_reply_error();
    exit;
  }}
  if (is_method("INVITE|REFER") && from_uri==myself) {{
    $var(pw) = "{password}";
    if (!pv_proxy_authenticate("$fd", "$var(pw)", "0")) {{ proxy_challenge("$fd", "0"); exit; }}
    consume_credentials();
  }}
  if (is_method("INVITE|SUBSCRIBE|REFER")) record_route();
  if (uri==myself) {{
    if (!lookup("location")) {{ sl_send_reply("404","Not Found"); exit; }}
  }}
  if (!t_relay()) sl_reply_error();
}}
"""


def free_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1 (SIP listens on both)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = int(tcp.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port
    raise RuntimeError("no free port for both UDP and TCP on 127.0.0.1")


def sip_options_ok(port: int, timeout: float = 0.3) -> bool:
    """Whether a SIP server answers an OPTIONS ping on 127.0.0.1:port over UDP."""
    branch = uuid.uuid4().hex
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        local = sock.getsockname()[1]
        msg = (
            f"OPTIONS sip:127.0.0.1:{port} SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:{local};branch=z9hG4bK{branch}\r\n"
            f"From: <sip:ping@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1:{port}>\r\nCall-ID: {branch}\r\n"
            "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
        )
        sock.settimeout(timeout)
        try:
            sock.sendto(msg.encode(), ("127.0.0.1", port))
            data = sock.recv(4096)
        except OSError:
            return False
    return data.startswith(b"SIP/2.0 200")


class Kamailio:
    """Kamailio in the foreground (-DD), its own process group so stop() ends the children too."""

    def __init__(self, workdir: Path, port: int | None = None) -> None:
        binary = shutil.which("kamailio") or "/usr/sbin/kamailio"
        if not Path(binary).exists():
            raise AssertionError("kamailio is not installed (Debian package 'kamailio'); the SIP tests need it")
        self.binary = binary
        self.port = port or free_port()
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.config = workdir / "kamailio.cfg"
        self.config.write_text(CONFIG.format(port=self.port, mpath=MODULE_PATH, password=PASSWORD,
                                               proxy_modules=PROXY_MODULES))
        self.log_path = workdir / "kamailio.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [
                self.binary,
                "-f",
                str(self.config),
                "-DD",
                "-E",
                "-w",
                str(self.workdir),
                "-P",
                str(self.workdir / "kamailio.pid"),
                "-Y",
                str(self.workdir / "run"),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        (self.workdir / "run").mkdir(exist_ok=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"kamailio exited at start:\n{self.log_path.read_text()[-3000:]}")
            if sip_options_ok(self.port):
                return
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"kamailio did not answer OPTIONS within {timeout}s:\n{self.log_path.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group we created: kamailio and its children
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self.proc = None
        # Children may linger a moment after the main process; wait until the port is really free.
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and sip_options_ok(self.port, timeout=0.05):
            time.sleep(0.05)
