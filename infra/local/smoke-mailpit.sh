#!/usr/bin/env bash
# End-to-end proof that the local Mailpit accepts and serves mail, with no npm packages:
#   1. sends two mails over SMTP with Python's smtplib (one without auth, one with AUTH PLAIN and
#      made-up credentials), each with its own Message-ID and recipient;
#   2. reads them back through the HTTP API: the list (GET /api/v1/messages), a search by
#      Message-ID (GET /api/v1/search?query=message-id:...), one message (GET /api/v1/message/{ID})
#      and its headers (GET /api/v1/message/{ID}/headers), checking Message-ID, recipient,
#      subject, body and the SMTP username;
#   3. deletes ALL messages (DELETE /api/v1/messages) and checks the mailbox is empty.
# Mailpit must be running (infra/local/up.sh mailpit). Exits non-zero on any failure.
# Env: MAILPIT_SMTP_PORT (1025), MAILPIT_HTTP_PORT (8025).
set -euo pipefail

# shellcheck source=infra/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=infra/local/mailpit.sh
source "${INFRA_DIR}/mailpit.sh"

command -v python3 >/dev/null 2>&1 || die "python3 not found: needed by this smoke test"
mailpit_check_ready ||
  die "Mailpit is not answering on ${MAILPIT_URL} / smtp 127.0.0.1:${MAILPIT_SMTP_PORT}; run infra/local/up.sh mailpit first"

info "mailpit smoke: SMTP ${SMTP_URL}, HTTP API ${MAILPIT_URL}"
python3 - <<'PY'
import json
import os
import smtplib
import sys
import time
import urllib.parse
import urllib.request
import uuid
from email.message import EmailMessage

SMTP_PORT = int(os.environ["MAILPIT_SMTP_PORT"])
API = os.environ["MAILPIT_URL"]


def fail(msg):
    print(f"[smoke] FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def api(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(API + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as res:
            raw = res.read().decode()
            if res.headers.get_content_type() == "application/json":
                return json.loads(raw)
            return raw
    except urllib.error.HTTPError as e:
        fail(f"{method} {path} -> HTTP {e.code}: {e.read().decode(errors='replace')[:300]}")


run = uuid.uuid4().hex[:12]
mails = []
for n, auth in enumerate((None, ("notifications", "any-password")), start=1):
    msg = EmailMessage()
    msg_id = f"smoke-{run}-{n}@career.local"
    rcpt = f"asiakas-{run}-{n}@example.test"
    msg["Message-ID"] = f"<{msg_id}>"
    msg["From"] = "Urapalvelut <no-reply@career.local>"
    msg["To"] = rcpt
    msg["Subject"] = f"Tapaamisesi on vahvistettu ({run}/{n}) – ääkköset"
    msg.set_content(f"Hei! Ohjausaika on varattu. run={run} n={n}\n")
    with smtplib.SMTP("127.0.0.1", SMTP_PORT, timeout=10) as smtp:
        smtp.ehlo("smoke.local")
        if auth:
            if not smtp.has_extn("auth"):
                fail("server does not advertise AUTH although --smtp-auth-accept-any is set")
            smtp.login(*auth)
        refused = smtp.send_message(msg)
        if refused:
            fail(f"recipients refused: {refused}")
    mails.append({"msg_id": msg_id, "rcpt": rcpt, "subject": str(msg["Subject"]), "auth": auth})
    print(f"[smoke] sent <{msg_id}> to {rcpt}" + (f" (AUTH PLAIN as {auth[0]})" if auth else " (no auth)"))

# 1) list: GET /api/v1/messages (newest first; MessageID is stored without the angle brackets)
deadline = time.time() + 10
while True:
    listing = api("GET", "/api/v1/messages?limit=200")
    by_id = {m["MessageID"]: m for m in listing["messages"]}
    if all(m["msg_id"] in by_id for m in mails):
        break
    if time.time() > deadline:
        fail(f"sent messages not listed after 10 s; listed MessageIDs: {sorted(by_id)[:10]}")
    time.sleep(0.2)
print(f"[smoke] GET /api/v1/messages: total={listing['total']}, both smoke messages listed")

for m in mails:
    summary = by_id[m["msg_id"]]
    if [a["Address"] for a in summary["To"]] != [m["rcpt"]]:
        fail(f"list entry To={summary['To']} != {m['rcpt']}")

    # 2) search by Message-ID (substring match, case-insensitive)
    q = urllib.parse.quote(f"message-id:{m['msg_id']}")
    found = api("GET", f"/api/v1/search?query={q}")
    if [s["ID"] for s in found["messages"]] != [summary["ID"]]:
        fail(f"search message-id:{m['msg_id']} returned {[s['MessageID'] for s in found['messages']]}")

    # 3) one message: GET /api/v1/message/{ID}
    full = api("GET", f"/api/v1/message/{summary['ID']}")
    checks = {
        "MessageID": (full["MessageID"], m["msg_id"]),
        "To": ([a["Address"] for a in full["To"]], [m["rcpt"]]),
        "From": (full["From"]["Address"], "no-reply@career.local"),
        "Subject": (full["Subject"], m["subject"]),
        "Username": (full.get("Username", ""), m["auth"][0] if m["auth"] else ""),
    }
    for field, (got, want) in checks.items():
        if got != want:
            fail(f"{summary['ID']}: {field} is {got!r}, expected {want!r}")
    if f"run={run}" not in full["Text"]:
        fail(f"{summary['ID']}: body text does not contain run={run}: {full['Text']!r}")

    # 4) raw headers keep the angle brackets: GET /api/v1/message/{ID}/headers
    headers = api("GET", f"/api/v1/message/{summary['ID']}/headers")
    if headers.get("Message-Id") != [f"<{m['msg_id']}>"] and headers.get("Message-ID") != [f"<{m['msg_id']}>"]:
        fail(f"{summary['ID']}: headers Message-ID is {headers.get('Message-Id') or headers.get('Message-ID')}")
    print(f"[smoke] GET /api/v1/message/{summary['ID']}: MessageID={full['MessageID']} To={m['rcpt']} "
          f"Username={full.get('Username') or '-'} ok")

# 5) delete everything: DELETE /api/v1/messages with no IDs
if api("DELETE", "/api/v1/messages") != "ok":
    fail("DELETE /api/v1/messages did not answer ok")
left = api("GET", "/api/v1/messages")
if left["total"] != 0 or left["messages"]:
    fail(f"mailbox not empty after DELETE /api/v1/messages: total={left['total']}")
print("[smoke] DELETE /api/v1/messages: mailbox empty")
PY
ok "mailpit smoke: passed"
