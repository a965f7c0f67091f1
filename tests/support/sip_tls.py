"""Throwaway certificates (openssl) and a Kamailio with TLS on 127.0.0.1 for the TLS/SRTP tests.

Kamailio listens on UDP/TCP (the plain peers and the OPTIONS readiness ping) and on TLS (the agent). The agent
opens the TLS connection and has no server certificate of its own, so Kamailio must send everything for the agent
back over that connection: fix_nated_register() stores the connection's address with the registration, and
add_contact_alias()/handle_ruri_alias() do the same for in-dialog requests (BYE from the peer). Without that,
Kamailio dials the agent's Contact port anew and the handshake fails.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.support.sip_kamailio import MODULE_PATH, PASSWORD, PROXY_MODULES, Kamailio, free_port

TLS_CONFIG = """#!KAMAILIO
debug=1
log_stderror=yes
fork=yes
children=2
tcp_children=2
enable_tls=yes
listen=udp:127.0.0.1:{port}
listen=tcp:127.0.0.1:{port}
listen=tls:127.0.0.1:{tls_port}
mpath="{mpath}"
loadmodule "tls.so"
{proxy_modules}
loadmodule "nathelper.so"
loadmodule "kex.so"
modparam("tls", "config", "{tls_cfg}")
modparam("registrar", "received_avp", "$avp(RECEIVED)")
modparam("nathelper", "received_avp", "$avp(RECEIVED)")

request_route {{
  if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483","Too Many Hops"); exit; }}
  if (!sanity_check("1511", "7")) {{ exit; }}
  if (is_method("OPTIONS") && uri==myself && $rU==$null) {{ sl_send_reply("200","Keepalive"); exit; }}
  # What the tests read: the transport and media profile of every INVITE Kamailio relays.
  if (is_method("INVITE")) {{
    $var(profile) = "RTP/AVP";
    if (search_body("m=audio [0-9]+ RTP/SAVP ")) $var(profile) = "RTP/SAVP";
    xlog("L_ERR", "SKRANKE-INVITE proto=$proto from=$fU to=$rU audio=$var(profile)\\n");
  }}
  if (proto==TLS && !is_method("REGISTER")) {{ add_contact_alias(); }}
  if (has_totag()) {{
    if (loose_route()) {{ if (!isdsturiset()) handle_ruri_alias(); t_relay(); exit; }}
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
    if (proto==TLS) fix_nated_register();
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
  t_on_reply("FROM_AGENT");
  if (!t_relay()) sl_reply_error();
}}

onreply_route[FROM_AGENT] {{
  if (proto==TLS) add_contact_alias();
}}
"""

TLS_CFG = """[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
private_key = {key}
certificate = {cert}

[client:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
"""


def _openssl(*args: str, cwd: Path) -> None:
    binary = shutil.which("openssl")
    if binary is None:
        raise AssertionError("openssl is not installed (Debian package 'openssl'); the TLS tests need it")
    done = subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise AssertionError(f"openssl {' '.join(args[:2])} failed: {done.stderr[-1500:]}")


@dataclass(frozen=True)
class Certificates:
    ca: Path  # what the agent trusts
    cert: Path  # the server's certificate (signed by `ca`, unless made otherwise)
    key: Path


def make_ca(folder: Path, name: str = "Skranke Test CA") -> tuple[Path, Path]:
    """A self-signed CA certificate and its key, valid two days."""
    folder.mkdir(parents=True, exist_ok=True)
    ca, key = folder / "ca.pem", folder / "ca.key"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(ca), "-days", "2",
             "-subj", f"/CN={name}", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
    return ca, key


def make_server_cert(folder: Path, ca: Path, ca_key: Path, names: str = "IP:127.0.0.1,DNS:localhost") -> Certificates:
    """A server certificate for `names` (subjectAltName) signed by the CA."""
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    ext = folder / "server.ext"
    ext.write_text(f"subjectAltName={names}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", "/CN=skranke-pbx",
             cwd=folder)
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key), "-CAcreateserial",
             "-out", str(cert), "-days", "2", "-extfile", str(ext), cwd=folder)
    return Certificates(ca, cert, key)


class TlsKamailio(Kamailio):
    """Kamailio with a TLS listener on its own free port, presenting `certs`."""

    def __init__(self, workdir: Path, certs: Certificates) -> None:
        super().__init__(workdir)
        self.tls_port = free_port()
        tls_cfg = workdir / "tls.cfg"
        tls_cfg.write_text(TLS_CFG.format(key=certs.key, cert=certs.cert))
        self.config.write_text(TLS_CONFIG.format(port=self.port, tls_port=self.tls_port, mpath=MODULE_PATH,
                                                 password=PASSWORD, tls_cfg=tls_cfg, proxy_modules=PROXY_MODULES))
        if not Path(MODULE_PATH, "tls.so").exists():
            raise AssertionError("Kamailio's tls module is missing (Debian package 'kamailio-tls-modules')")

    @property
    def tls_address(self) -> str:
        return f"127.0.0.1:{self.tls_port}"

    def relayed_invites(self) -> list[str]:
        """The SKRANKE-INVITE lines Kamailio logged: transport and SDP of each INVITE it received."""
        text = self.log_path.read_text(errors="replace")
        return [line for line in text.splitlines() if "SKRANKE-INVITE" in line]
