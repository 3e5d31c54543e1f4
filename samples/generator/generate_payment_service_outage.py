#!/usr/bin/env python3
"""Generate the "payment-service outage" sample incident for Postmortem Workbench (pmw).

Deterministic, Python 3 standard library only. Running it twice produces byte-identical output.

    python3 samples/generator/generate_payment_service_outage.py

Writes:
    samples/payment-service-outage/   (every file the app should load for this incident)
    samples/README.md                 (story + ground truth, computed from what was generated)

The story (all times UTC, 2026-02-16): invoice-reconciliation v3.8.0 (deployed Fri 2026-02-13)
moved its cron to "0 2 * * *" and runs 40 workers. At 02:00:01 it starts, at 02:03:05 the
payment-service HikariPool (max 10) is exhausted, requests start timing out (503) at ~02:04,
the error-rate monitor fires at 02:12, Dani acks at 02:14, finds the pool at 02:17, raises the
pool to 50 at 02:23 (CHG-2291), error rate < 1% at 02:31, retry queue drained 02:45, resolved 03:10.
"""

import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import sys
import unicodedata
import uuid

SEED = 20260216

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
OUT = os.path.join(SAMPLES, "payment-service-outage")
README = os.path.join(SAMPLES, "README.md")

UTC = dt.timezone.utc
# Fixed offsets are exact for the dates used here (all before the 2026 DST switches:
# US 2026-03-08, EU 2026-03-29). An assertion below checks that.
LA = dt.timezone(dt.timedelta(hours=-8))       # America/Los_Angeles, PST  (Slack day files)
MADRID = dt.timezone(dt.timedelta(hours=1))     # Europe/Madrid, CET         (team / PagerDuty)
DST_GUARD = dt.datetime(2026, 3, 8, tzinfo=UTC)


def epoch(hms, day="2026-02-16"):
    """'02:12:06' on a UTC day -> epoch seconds (int)."""
    d = dt.datetime.fromisoformat(day + "T" + hms + "+00:00")
    assert d < DST_GUARD
    return int(d.timestamp())


def utc_dt(sec):
    return dt.datetime.fromtimestamp(sec, tz=UTC)


def iso_utc(sec):
    return utc_dt(sec).strftime("%Y-%m-%dT%H:%M:%SZ")


def hm_utc(sec):
    return utc_dt(sec).strftime("%H:%M:%S")


# --------------------------------------------------------------------------------------------
# Workspace, people, channels
# --------------------------------------------------------------------------------------------

TEAM_ID = "T05FRP4YX2K"
WORKSPACE = "ferropay"            # fictional company "Ferropay"; e-mail domain ferropay.example
EMAIL_DOMAIN = "ferropay.example"
FAKE_TOKEN = "xoxe-000000000000-111111111111-222222222222-FAKE0TOKEN0FOR0SAMPLE0DATA0ONLY0"

TZ_INFO = {
    "Europe/Madrid": ("Central European Time", 3600),
    "Europe/Paris": ("Central European Time", 3600),
    "Europe/Berlin": ("Central European Time", 3600),
    "Europe/London": ("Greenwich Mean Time", 0),
    "America/Mexico_City": ("Central Standard Time", -21600),
    "America/New_York": ("Eastern Standard Time", -18000),
    "Asia/Tokyo": ("Japan Standard Time", 32400),
    "Asia/Kolkata": ("India Standard Time", 19800),
}

# key, real_name, display_name ("" -> real_name applies), handle, title, tz
PEOPLE = [
    ("dani", "Dani Ortega", "Dani Ortega", "dortega", "Site Reliability Engineer", "Europe/Madrid"),
    ("marta", "Marta Rius", "", "marta.rius", "Platform Engineer", "Europe/Madrid"),
    ("rafa", "Rafa Llorente", "Rafa Llorente", "rafa", "Senior SRE", "Europe/Madrid"),
    ("priya", "Priya Nair", "", "priya.nair", "Customer Support Lead", "Europe/Madrid"),
    ("tomas", "Tomás Vidal", "tomasv", "tvidal", "Backend Engineer, Risk", "Europe/Madrid"),
    ("jordi", "Jordi Puig", "", "jordi.puig", "Backend Engineer, Payments", "Europe/Madrid"),
    ("lucia", "Lucía Gómez", "Lucía G.", "lgomez", "Backend Engineer, Payouts", "Europe/Madrid"),
    ("ben", "Ben Carter", "Ben Carter", "ben.carter", "Engineering Manager, Platform", "Europe/London"),
    ("e01", "Núria Soler", "nuria", "nsoler", "Customer Support", "Europe/Madrid"),
    ("e02", "Álvaro Medina", "", "amedina", "Backend Engineer", "Europe/Madrid"),
    ("e03", "Carmen Ruiz", "Carmen (Support)", "cruiz", "Customer Support", "Europe/Madrid"),
    ("e04", "Pau Ferrer", "", "pferrer", "Mobile Engineer", "Europe/Madrid"),
    ("e05", "Elena Castro", "Elena C", "ecastro", "Data Analyst", "Europe/Madrid"),
    ("e06", "Sergio Navarro", "", "snavarro", "Backend Engineer", "Europe/Madrid"),
    ("e07", "Laura Blanco", "Laura Blanco", "lblanco", "Product Manager, Payments", "Europe/Madrid"),
    ("e08", "Iker Etxeberria", "iker", "ietxeberria", "Site Reliability Engineer", "Europe/Madrid"),
    ("e09", "Ana Beltrán", "", "abeltran", "QA Engineer", "Europe/Madrid"),
    ("e10", "Miguel Serrano", "", "mserrano", "Backend Engineer", "Europe/Madrid"),
    ("e11", "Claudia Romero", "Claudia R.", "cromero", "Risk Analyst", "Europe/Madrid"),
    ("e12", "Javier Moreno", "javi", "jmoreno", "Frontend Engineer", "Europe/Madrid"),
    ("e13", "Irene Vega", "", "ivega", "Finance Operations", "Europe/Madrid"),
    ("e14", "Pablo Ortiz", "", "portiz", "Backend Engineer", "Europe/Madrid"),
    ("e15", "Sofía Marín", "Sofía", "smarin", "Customer Support", "Europe/Madrid"),
    ("e16", "Héctor Campos", "hector (DBA)", "hcampos", "Database Engineer", "Europe/Madrid"),
    ("e17", "Aitana Reyes", "", "areyes", "Product Designer", "Europe/Madrid"),
    ("e18", "Diego Fuentes", "Diego Fuentes", "dfuentes", "Security Engineer", "Europe/Madrid"),
    ("e19", "Noa Pascual", "", "npascual", "Data Engineer", "Europe/Madrid"),
    ("e20", "Óscar Lozano", "", "olozano", "Mobile Engineer", "Europe/Madrid"),
    ("e21", "Marina Cano", "Marina Cano", "mcano", "Merchant Success", "Europe/Madrid"),
    ("e22", "Raúl Domínguez", "raul", "rdominguez", "Backend Engineer", "Europe/Madrid"),
    ("e23", "Guillem Roca", "", "groca", "Infrastructure Engineer", "Europe/Madrid"),
    ("e24", "Emma Schultz", "Emma", "eschultz", "Partnerships", "Europe/Berlin"),
    ("e25", "Aisha Khan", "", "akhan", "Compliance Officer", "Europe/London"),
    ("e26", "Mateo Herrera", "Mateo H", "mherrera", "Support, LATAM", "America/Mexico_City"),
    ("e27", "Chloé Martin", "", "cmartin", "Marketing", "Europe/Paris"),
    ("e28", "Sam Okafor", "Sam Okafor", "sokafor", "Contractor, Data Platform", "America/New_York"),
    ("e29", "Yuki Tanaka", "yuki", "ytanaka", "Backend Engineer", "Asia/Tokyo"),
    ("e30", "Rohan Mehta", "", "rmehta", "Contractor, Risk", "Asia/Kolkata"),
    ("e31", "Inés Prieto", "", "iprieto", "Customer Support", "Europe/Madrid"),
    ("e32", "Bruno Salas", "", "bsalas", "Backend Engineer", "Europe/Madrid"),
]

rng_ids = random.Random(SEED + 1)
B36 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def slack_id(prefix, n=10):
    return prefix + "0" + "".join(rng_ids.choice(B36) for _ in range(n - 1))


def hexstr(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


USERS = {}      # key -> dict(id, real, display, handle, ...)
for key, real, disp, handle, title, tz in PEOPLE:
    USERS[key] = dict(key=key, id=slack_id("U"), real=real, display=disp, handle=handle,
                      title=title, tz=tz, bot=False)
USERS["deploybot"] = dict(key="deploybot", id=slack_id("U"), real="deploy-bot", display="",
                          handle="deploy-bot", title="", tz="America/Los_Angeles", bot=True,
                          bot_id="B0" + "".join(rng_ids.choice(B36) for _ in range(9)),
                          app_id="A0" + "".join(rng_ids.choice(B36) for _ in range(9)))
USERS["pdbot"] = dict(key="pdbot", id=slack_id("U"), real="PagerDuty", display="",
                      handle="pagerduty", title="", tz="America/Los_Angeles", bot=True,
                      bot_id="B0" + "".join(rng_ids.choice(B36) for _ in range(9)),
                      app_id="A0" + "".join(rng_ids.choice(B36) for _ in range(9)))
DELETED_USER_ID = slack_id("U")
DATADOG_BOT_ID = "B0" + "".join(rng_ids.choice(B36) for _ in range(9))
PAGERDUTY_LEGACY_BOT_ID = USERS["pdbot"]["bot_id"]


def name_of(key):
    """Slack display rule: display_name if non-empty, else real_name."""
    u = USERS[key]
    return u["display"] or u["real"]


def normalize(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


CHANNELS = {
    "inc": dict(id=slack_id("C"), name="inc-2026-02-16-payments"),
    "deploys": dict(id=slack_id("C"), name="deploys"),
    "general": dict(id=slack_id("C"), name="general"),
}
CHANNEL_BY_NAME = {c["name"]: c for c in CHANNELS.values()}


# --------------------------------------------------------------------------------------------
# Slack mrkdwn helpers. Messages are authored in a "raw" form:
#   <@dani>  user mention by key        <#deploys>  channel mention by name
#   <!here>  broadcast                  <https://url|label> or <https://url>  links
#   `code`, ```block```, *bold*, :emoji:  -- and & < > as plain characters.
# From that we derive the export `text` (escaped mrkdwn), `blocks` (rich_text) and the
# text the desktop client shows / copies.
# --------------------------------------------------------------------------------------------

TOKEN_RE = r"<(?:@[a-z0-9]+|#[a-z0-9-]+|![a-z]+|https?://[^\s<>|]+(?:\|[^<>]+)?)>"
TOKEN = re.compile(TOKEN_RE)
INLINE = re.compile(
    "(" + TOKEN_RE + ")"                                  # 1 token
    r"|`([^`\n]+)`"                                       # 2 inline code
    r"|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"    # 3 bold
    r"|(?<![\w:]):([a-z0-9_+\-]+):(?::skin-tone-([2-6]):)?(?![\w:])"   # 4 emoji, 5 skin tone
)
EMOJI_UNICODE = {
    "eyes": "1f440", "fire": "1f525", "+1": "1f44d", "pray": "1f64f", "tada": "1f389",
    "heart": "2764-fe0f", "crossed_fingers": "1f91e", "raised_hands": "1f64c", "muscle": "1f4aa",
    "sweat_smile": "1f605", "wave": "1f44b", "white_check_mark": "2705", "sleeping": "1f634",
    "clap": "1f44f", "scream": "1f631", "100": "1f4af", "coffee": "2615", "rocket": "1f680",
    "wrench": "1f527", "point_up": "261d-fe0f", "chart_with_downwards_trend": "1f4c9",
    "rotating_light": "1f6a8", "ramen": "1f35c", "birthday": "1f382", "face_palm": "1f926",
    "grimacing": "1f62c", "hugging_face": "1f917", "moon": "1f314",
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_mrkdwn(raw):
    out, pos = [], 0
    for m in TOKEN.finditer(raw):
        out.append(esc(raw[pos:m.start()]))
        tok = m.group(0)[1:-1]
        if tok.startswith("@"):
            out.append("<@" + USERS[tok[1:]]["id"] + ">")
        elif tok.startswith("#"):
            ch = CHANNEL_BY_NAME[tok[1:]]
            out.append("<#" + ch["id"] + "|" + ch["name"] + ">")
        elif tok.startswith("!"):
            out.append("<" + tok + ">")
        else:
            url, _, label = tok.partition("|")
            out.append("<" + esc(url) + ("|" + esc(label) if label else "") + ">")
        pos = m.end()
    out.append(esc(raw[pos:]))
    return "".join(out)


def _render_inline(raw, mention_display):
    """Client rendering of one non-code-block piece."""
    def rep(m):
        if m.group(1):
            tok = m.group(1)[1:-1]
            if tok.startswith("@"):
                return "@" + mention_display(tok[1:])
            if tok.startswith("#"):
                return "#" + tok[1:]
            if tok.startswith("!"):
                return "@" + tok[1:]
            url, _, label = tok.partition("|")
            return label or url
        if m.group(2) is not None:
            return m.group(2)
        if m.group(3) is not None:
            return m.group(3)
        return m.group(0)          # emoji shortcodes stay as typed
    return INLINE.sub(rep, raw)


def to_client_text(raw):
    """What the Slack desktop client shows / puts on the clipboard for a message text."""
    parts = re.split(r"```\n?(.*?)\n?```", raw, flags=re.S)
    out = []
    for i, p in enumerate(parts):
        out.append(p if i % 2 else _render_inline(p, name_of))
    return "".join(out)


def _inline_elements(raw):
    els, pos = [], 0

    def text(s, style=None):
        if not s:
            return
        e = {"type": "text", "text": s}
        if style:
            e["style"] = style
        els.append(e)

    for m in INLINE.finditer(raw):
        text(raw[pos:m.start()])
        if m.group(1):
            tok = m.group(1)[1:-1]
            if tok.startswith("@"):
                els.append({"type": "user", "user_id": USERS[tok[1:]]["id"]})
            elif tok.startswith("#"):
                els.append({"type": "channel", "channel_id": CHANNEL_BY_NAME[tok[1:]]["id"]})
            elif tok.startswith("!"):
                els.append({"type": "broadcast", "range": tok[1:]})
            else:
                url, _, label = tok.partition("|")
                e = {"type": "link", "url": url}
                if label:
                    e["text"] = label
                els.append(e)
        elif m.group(2) is not None:
            text(m.group(2), {"code": True})
        elif m.group(3) is not None:
            text(m.group(3), {"bold": True})
        else:
            e = {"type": "emoji", "name": m.group(4)}
            if m.group(4) in EMOJI_UNICODE:
                e["unicode"] = EMOJI_UNICODE[m.group(4)]
            if m.group(5):
                e["skin_tone"] = int(m.group(5))
                if "unicode" in e:
                    e["unicode"] += "-" + {"2": "1f3fb", "3": "1f3fc", "4": "1f3fd",
                                           "5": "1f3fe", "6": "1f3ff"}[m.group(5)]
            els.append(e)
        pos = m.end()
    text(raw[pos:])
    return els


def to_blocks(raw, r):
    elements = []
    parts = re.split(r"```\n?(.*?)\n?```", raw, flags=re.S)
    for i, p in enumerate(parts):
        if i % 2:
            elements.append({"type": "rich_text_preformatted",
                             "elements": [{"type": "text", "text": p}], "border": 0})
        elif p:
            els = _inline_elements(p)
            if els:
                elements.append({"type": "rich_text_section", "elements": els})
    return [{"type": "rich_text", "block_id": "".join(r.choice(B62) for _ in range(5)),
             "elements": elements}]


def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def attachment_client_lines(att):
    """Client text for a legacy attachment: title, text lines, then field title/value lines."""
    lines = []
    if att.get("pretext"):
        lines += [unescape(_strip_links(att["pretext"]))]
    if att.get("title"):
        lines.append(unescape(att["title"]))
    if att.get("text"):
        lines += unescape(_strip_links(att["text"])).replace("*", "").replace("`", "").split("\n")
    for f in att.get("fields", []):
        lines += [unescape(f["title"]), unescape(f["value"])]
    return lines


def _strip_links(s):
    return re.sub(r"<(https?://[^|>]+)(?:\|([^>]+))?>", lambda m: m.group(2) or m.group(1), s)


# --------------------------------------------------------------------------------------------
# Slack message construction
# --------------------------------------------------------------------------------------------

rng_slack = random.Random(SEED + 2)
AVATAR = {}
for _k in sorted(USERS):
    AVATAR[_k] = hexstr(rng_ids, 12)


def user_profile(key):
    u = USERS[key]
    return {
        "avatar_hash": AVATAR[key],
        "image_72": "https://avatars.slack-edge.com/2025-0%d-1%d/%d_%s_72.png" % (
            3 + len(key) % 6, len(u["real"]) % 10, 7000000000000 + int(AVATAR[key][:8], 16),
            AVATAR[key] + "c0ffee" + AVATAR[key][:2]),
        "first_name": u["real"].split(" ")[0],
        "real_name": u["real"],
        "display_name": u["display"],
        "team": TEAM_ID,
        "name": u["handle"],
        "is_restricted": False,
        "is_ultra_restricted": False,
    }


class Msg:
    """One exported message plus the metadata the ground truth needs."""

    def __init__(self, channel, sec, kind, who, raw="", **opt):
        self.channel, self.sec, self.kind, self.who, self.raw = channel, sec, kind, who, raw
        self.opt = opt
        self.ts = None
        self.obj = None
        self.thread_parent = opt.get("thread")     # Msg of the parent, for replies
        self.replies = []
        self.ref = opt.get("ref")


def build_objects(msgs, r):
    """Assign ts (unique, increasing) and build the export dicts."""
    msgs.sort(key=lambda m: m.sec)     # stable: authoring order breaks ties
    used = set()
    last = None
    for m in msgs:
        micro = r.randrange(1000, 999999)
        ts = "%d.%06d" % (m.sec, micro)
        if last is not None and last[0] == m.sec and micro <= last[1]:
            micro = last[1] + r.randrange(1, 999)
            assert micro < 1000000
            ts = "%d.%06d" % (m.sec, micro)
        assert ts not in used
        used.add(ts)
        last = (m.sec, micro)
        m.ts = ts
    for m in msgs:
        if m.thread_parent is not None:
            m.thread_parent.replies.append(m)
    for m in msgs:
        m.obj = make_obj(m, r)
    return msgs


def reactions_obj(spec):
    out = []
    for name, users in spec:
        out.append({"name": name, "users": [USERS[u]["id"] for u in users], "count": len(users)})
    return out


def edited_ts(m):
    return "%d.000000" % (m.sec + m.opt["edited"])


def _reply_users(parent):
    ru = []
    for rp in parent.replies:
        if USERS[rp.who]["id"] not in ru:
            ru.append(USERS[rp.who]["id"])
    return ru


def make_obj(m, r):
    u = USERS.get(m.who)
    if m.kind == "join":
        o = {"user": u["id"]}
        if m.opt.get("inviter"):
            o["inviter"] = USERS[m.opt["inviter"]]["id"]
        o.update({"type": "message", "subtype": "channel_join",
                  "text": "<@%s> has joined the channel" % u["id"], "ts": m.ts})
        return o
    if m.kind == "leave":
        return {"user": u["id"], "type": "message", "subtype": "channel_leave",
                "text": "<@%s> has left the channel" % u["id"], "ts": m.ts}
    if m.kind == "topic":
        return {"user": u["id"], "type": "message", "subtype": "channel_topic", "ts": m.ts,
                "text": "set the channel topic: " + esc(m.raw), "topic": esc(m.raw)}
    if m.kind == "legacybot":
        o = {"text": "", "bot_id": m.opt["bot_id"], "username": m.opt["username"],
             "icons": {"image_48": m.opt["icon"]}, "attachments": m.opt["attachments"],
             "type": "message", "subtype": "bot_message", "ts": m.ts}
        if m.opt.get("reactions"):
            o["reactions"] = reactions_obj(m.opt["reactions"])
        return o
    if m.kind == "appbot":
        b = USERS["deploybot"]
        o = {"user": b["id"], "type": "message", "ts": m.ts, "bot_id": b["bot_id"],
             "app_id": b["app_id"], "text": to_mrkdwn(m.raw), "team": TEAM_ID,
             "bot_profile": {"id": b["bot_id"], "deleted": False, "name": "deploy-bot",
                             "updated": 1733230512, "app_id": b["app_id"],
                             "icons": {"image_36": "https://avatars.slack-edge.com/2024-12-03/8123456789012_0badc0ffee0ddf00d1e5_36.png",
                                       "image_48": "https://avatars.slack-edge.com/2024-12-03/8123456789012_0badc0ffee0ddf00d1e5_48.png",
                                       "image_72": "https://avatars.slack-edge.com/2024-12-03/8123456789012_0badc0ffee0ddf00d1e5_72.png"},
                             "team_id": TEAM_ID},
             "blocks": [
                 {"type": "section", "block_id": "".join(r.choice(B62) for _ in range(5)),
                  "text": {"type": "mrkdwn", "text": to_mrkdwn(m.raw), "verbatim": False}},
                 {"type": "context", "block_id": "".join(r.choice(B62) for _ in range(5)),
                  "elements": [{"type": "mrkdwn", "text": to_mrkdwn(m.opt["context"]),
                                "verbatim": False}]},
             ]}
        if m.opt.get("reactions"):
            o["reactions"] = reactions_obj(m.opt["reactions"])
        return o
    # human message
    o = {"user": u["id"], "type": "message"}
    if m.opt.get("broadcast"):
        o["subtype"] = "thread_broadcast"
    o.update({"ts": m.ts,
              "client_msg_id": str(uuid.UUID(int=r.getrandbits(128), version=4)),
              "text": to_mrkdwn(m.raw), "team": TEAM_ID, "user_team": TEAM_ID,
              "source_team": TEAM_ID, "user_profile": user_profile(m.who)})
    if m.opt.get("edited"):
        o["edited"] = {"user": u["id"], "ts": edited_ts(m)}
    if m.opt.get("files"):
        o["files"] = [file_obj(m, f, r) for f in m.opt["files"]]
        o["upload"] = True
        o["display_as_bot"] = False
    o["blocks"] = to_blocks(m.raw, r) if m.raw else []
    if m.replies:
        o["thread_ts"] = m.ts
        o["reply_count"] = len(m.replies)
        ru = _reply_users(m)
        o["reply_users_count"] = len(ru)
        o["latest_reply"] = m.replies[-1].ts
        o["reply_users"] = ru
        o["is_locked"] = False
        o["subscribed"] = False
        o["replies"] = [{"user": USERS[rp.who]["id"], "ts": rp.ts} for rp in m.replies]
    if m.thread_parent is not None:
        o["thread_ts"] = m.thread_parent.ts
        o["parent_user_id"] = USERS[m.thread_parent.who]["id"]
    if m.opt.get("broadcast"):
        p = m.thread_parent
        o["root"] = {"user": USERS[p.who]["id"], "type": "message", "ts": p.ts,
                     "text": to_mrkdwn(p.raw), "thread_ts": p.ts, "reply_count": len(p.replies),
                     "reply_users_count": len(_reply_users(p)),
                     "latest_reply": p.replies[-1].ts,
                     "reply_users": _reply_users(p),
                     "is_locked": False, "subscribed": False}
    if m.opt.get("reactions"):
        o["reactions"] = reactions_obj(m.opt["reactions"])
    return o


def file_obj(m, f, r):
    u = USERS[m.who]
    fid = "F0" + "".join(r.choice(B36) for _ in range(9))
    safe = f["name"].lower().replace(" ", "_")
    base = "https://files.slack.com/files-pri/%s-%s/" % (TEAM_ID, fid)
    tmb = "https://files.slack.com/files-tmb/%s-%s-%s/" % (TEAM_ID, fid, hexstr(r, 10))
    o = {"id": fid, "created": m.sec, "timestamp": m.sec, "name": f["name"], "title": f["name"],
         "mimetype": "image/png", "filetype": "png", "pretty_type": "PNG", "user": u["id"],
         "user_team": TEAM_ID, "editable": False, "size": f["size"], "mode": "hosted",
         "is_external": False, "external_type": "", "is_public": True, "public_url_shared": False,
         "display_as_bot": False, "username": "",
         "url_private": base + safe + "?t=" + FAKE_TOKEN,
         "url_private_download": base + "download/" + safe + "?t=" + FAKE_TOKEN,
         "media_display_type": "unknown"}
    for px in (64, 80, 360, 480, 720, 960):
        o["thumb_%d" % px] = tmb + safe.replace(".png", "_%d.png" % px) + "?t=" + FAKE_TOKEN
        if px >= 360:
            o["thumb_%d_w" % px] = px
            o["thumb_%d_h" % px] = int(px * f["h"] / f["w"])
    o.update({"original_w": f["w"], "original_h": f["h"], "thumb_tiny": "AwAQADDT" + hexstr(r, 24),
              "permalink": "https://%s.slack.com/files/%s/%s/%s" % (WORKSPACE, u["id"], fid, safe),
              "permalink_public": "https://slack-files.com/%s-%s-%s" % (TEAM_ID, fid, hexstr(r, 10)),
              "is_starred": False, "has_rich_preview": False, "file_access": "visible"})
    return o


# --------------------------------------------------------------------------------------------
# The incident channel conversation (times UTC, 2026-02-16 unless a day is given)
# --------------------------------------------------------------------------------------------

DD_ERR = "[payment-service] API error rate > 5%"
DD_P99 = "[payment-service] p99 latency > 2s"
DD_ERR_ID, DD_P99_ID = 48213901, 48213917
PD_INCIDENT_ID = "Q0RZ7K3XW2N4PT"
PD_INCIDENT_NUMBER = 4711
PD_TITLE = "payment-service: API error rate > 5%"
PD_URL = "https://%s.pagerduty.com/incidents/%s" % (WORKSPACE, PD_INCIDENT_ID)
DASH = "https://app.datadoghq.eu/dashboard/x7k-9qp-2mz/payments-api-overview"
DD_ICON = "https://avatars.slack-edge.com/2023-05-22/5301234567890_datadog0icon0000000_48.png"
PD_ICON = "https://avatars.slack-edge.com/2023-05-22/5301234567891_pagerduty0icon00000_48.png"

INC = []


def J(t, who, inviter=None, day="2026-02-16"):
    m = Msg("inc", epoch(t, day), "join", who, inviter=inviter)
    INC.append(m)
    return m


def L(t, who):
    m = Msg("inc", epoch(t), "leave", who)
    INC.append(m)
    return m


def S(t, who, raw, day="2026-02-16", **opt):
    m = Msg("inc", epoch(t, day), "human", who, raw, **opt)
    INC.append(m)
    return m


def datadog(t, status, monitor, mid, value, threshold, body, color, ref=None, reactions=None):
    sec = epoch(t)
    title = "[%s] %s" % (status, monitor)
    att = {"id": 1, "color": color, "fallback": esc(title), "title": esc(title),
           "title_link": "https://app.datadoghq.eu/monitors/%d?from_ts=%d000&to_ts=%d000" % (
               mid, sec - 3600, sec + 900),
           "text": body,
           "fields": [{"title": "Value", "value": esc(value), "short": True},
                      {"title": "Threshold", "value": esc(threshold), "short": True}],
           "image_url": "https://p.datadoghq.eu/snapshot/view/dd-snapshots-eu1-prod/org_318227/"
                        "2026-02-16/%s.png" % hashlib.sha1(title.encode()).hexdigest(),
           "footer": "Datadog", "ts": sec, "mrkdwn_in": ["text"]}
    m = Msg("inc", sec, "legacybot", "datadog", bot_id=DATADOG_BOT_ID, username="Datadog",
            icon=DD_ICON, attachments=[att], ref=ref, reactions=reactions)
    INC.append(m)
    return m


def pd_bot(t, status_line, color, status, ref=None, channel="inc", reactions=None):
    sec = epoch(t)
    title = "[#%d] %s" % (PD_INCIDENT_NUMBER, PD_TITLE)
    att = {"id": 1, "color": color,
           "fallback": esc("%s: %s" % (status_line, title)),
           "title": esc(title), "title_link": PD_URL, "text": esc(status_line),
           "fields": [{"title": "Status", "value": status, "short": True},
                      {"title": "Urgency", "value": "High", "short": True},
                      {"title": "Assigned", "value": "Dani Ortega", "short": True},
                      {"title": "Service", "value": "payment-service", "short": True}],
           "footer": "PagerDuty", "ts": sec, "mrkdwn_in": ["text", "fields"]}
    m = Msg(channel, sec, "legacybot", "pagerduty", bot_id=PAGERDUTY_LEGACY_BOT_ID,
            username="PagerDuty", icon=PD_ICON, attachments=[att], ref=ref, reactions=reactions)
    INC.append(m)
    return m


HOTFIX_DEPLOY_TEXT = (":wrench: *payment-service* config change deployed to *production* by <@dani>\n"
                      "`db.pool.max_size: 10 -> 50` (hotfix, change "
                      "<https://ferropay.atlassian.net/browse/CHG-2291|CHG-2291>), rolled out 3/3 pods, "
                      "no restart (live reload)")
HOTFIX_DEPLOY_CONTEXT = ("pipeline <https://ci.ferropay.example/pipelines/payment-service-config/1187|#1187>"
                         " · config repo commit `9c1e4b7`")

# ---- 02:12 -- page, channel, alerts ---------------------------------------------------------
J("02:12:06", "pdbot")
J("02:12:06", "dani", inviter="pdbot")
pd_bot("02:12:07", "Triggered", "d50200", "Triggered", ref="pd_trigger_msg")
K_DD_TRIGGER = datadog(
    "02:12:09", "Triggered", DD_ERR, DD_ERR_ID, "5.8%", "5%",
    "API error rate on *service:payment-service* *env:prod* is *5.8%* (threshold 5%) "
    "over the last 5m.\n<https://wiki.ferropay.example/runbooks/payment-service#error-rate|Runbook>"
    " · Notified: @pagerduty-payment-service @slack-alerts-payments",
    "d50200", ref="K1", reactions=[("rotating_light", ["rafa", "tomas"]), ("eyes", ["jordi"])])
datadog("02:12:38", "Triggered", DD_P99, DD_P99_ID, "31.2s", "2s",
        "p99 latency of *payment-service* `POST /v1/payments` is *31.2s* (threshold 2s) over the last 5m.\n"
        "<https://wiki.ferropay.example/runbooks/payment-service#latency|Runbook>",
        "d50200", ref="dd_p99_trigger_msg")
J("02:12:51", "rafa")
S("02:13:20", "rafa",
  "Declaring SEV2, I'm IC. <@dani> you're ops lead on payment-service, I'll do comms and keep notes. "
  "Bridge: <https://meet.google.com/xqv-kpdn-ruz|incident call>",
  ref="declare", reactions=[("+1", ["dani", "tomas"])])
INC.append(Msg("inc", epoch("02:13:29"), "topic", "rafa",
               "SEV2 | payment-service API 5xx | IC: Rafa | ops: Dani | bridge link in the channel"))
J("02:13:44", "tomas")
S("02:13:52", "tomas", ":eyes:")
J("02:14:03", "jordi")
pd_bot("02:14:12", "Acknowledged by Dani Ortega", "f2c744", "Acknowledged", ref="K2_pd")
S("02:14:25", "dani", "ack, looking. on the laptop now", ref="K2",
  reactions=[("+1", ["rafa"])])
J("02:14:31", "e08")
J("02:14:38", "e01")
S("02:14:40", "rafa", "<@jordi> can you check the acquirer status pages pls (adyen + the backup one)")
S("02:14:49", "e01", "anyone else seeing this? customers reporting card payments failing in the app",
  edited=21)
S("02:14:58", "e08", "same, my test card gets a 503 on checkout")
S("02:15:06", "jordi", "is this related to the deploy earlier? fraud-scoring went out at 23:47 last night",
  ref="red_herring")
J("02:15:20", "lucia")
S("02:15:31", "tomas",
  "fraud-scoring 1.14.2 was a feature flag cleanup, doesnt touch the payments db. pretty sure its not "
  "that but ill double check", edited=40)
S("02:15:44", "rafa",
  "<@tomas> thanks, check and report back in here pls. everyone else: keep this channel for the "
  "investigation, side chatter in threads :pray:")
J("02:15:52", "e03")
S("02:16:00", "e03", ":fire:")
S("02:16:08", "dani", "p99 on payment-service is ~30s. requests are hanging, not failing fast")
S("02:16:15", "jordi", "adyen status page all green, backup acquirer too")
S("02:16:21", "dani",
  "p99 + error rate since 02:00: <%s?from_ts=1771207200000&to_ts=1771208160000&live=false|payments overview dashboard>" % DASH,
  files=[dict(name="Screenshot 2026-02-16 at 03.16.12.png", size=284113, w=2560, h=1440)],
  ref="screenshot_dashboard")
J("02:16:34", "e10")
S("02:16:40", "e10", "should I join the call?")
S("02:16:52", "rafa", "only if you own something in the payment path, otherwise follow along here")
S("02:16:58", "e10", "ok")
K_POOL = S("02:17:14", "dani",
           "Found it: HikariPool-1 in payment-service is exhausted. pool stats "
           "`active=10 idle=0 waiting=37 max=10` since 02:03, requests die after 30s with "
           "`Connection is not available, request timed out after 30000ms.` (SQLTransientConnectionException). "
           "something else is eating the db connections",
           edited=48, ref="K3",
           reactions=[("eyes", ["rafa", "jordi", "tomas"]), ("point_up", ["e08"])])
S("02:17:26", "e08", "+1")
J("02:17:40", "e02")
S("02:17:55", "e02", "ooh nasty")
S("02:18:05", "tomas", "fraud-scoring dashboards look normal so far")
S("02:18:22", "rafa", "what else is talking to the payments db at 2am?", thread=K_POOL)
S("02:18:31", "rafa",
  "<@marta> sorry for the ping at this hour, is anything from platform-jobs scheduled around 02:00 UTC now?")
J("02:18:36", "marta", inviter="rafa")
J("02:18:49", "e16")
S("02:19:05", "e16",
  "db side: primary CPU 62%, 58 client connections, no lock storms. the db itself is fine, it's the clients")
S("02:19:20", "jordi", "replication lag 0 too")
K_MARTA = S("02:19:34", "marta",
            "invoice-reconciliation moved to 02:00 UTC on Friday (#482) — it runs 40 workers against the same DB. "
            "my bad, I didn't think about the payment-service pool when I moved it",
            thread=K_POOL, broadcast=True, ref="root_cause_hint",
            reactions=[("eyes", ["dani", "rafa"]), ("hugging_face", ["tomas"])])
S("02:19:41", "e03", ":eyes:")
J("02:19:58", "priya")
S("02:20:09", "dani",
  "that lines up: recon logged `Starting scheduled run invoice-reconciliation (cron \"0 2 * * *\", "
  "workers=40, batch_size=5000)` at 02:00:01 and the pool hit 100% at 02:03:05",
  thread=K_POOL)
S("02:20:25", "e10", "following")
K_PRIYA = S("02:20:36", "priya",
            "Support has 4 tickets from customers whose card payments failed (between 03:05 and 03:19 our time). "
            "Holding replies until we have something to say, anything I can tell them?",
            edited=35, ref="support_tickets", reactions=[("+1", ["rafa"])])
S("02:20:51", "rafa",
  "thanks <@priya>. tell them we know, card payments are failing intermittently and a fix is in progress. "
  "no ETA yet please", thread=K_PRIYA)
S("02:21:05", "jordi", "isn't the pool size hardcoded? `const POOL_SIZE = 10` in payment-service db/pool.ts",
  thread=K_POOL)
S("02:21:19", "priya", "ok :+1: using the 'degraded payments' macro", thread=K_PRIYA)
S("02:21:30", "e03", "I'm routing the payment chats to Priya's queue")
S("02:21:44", "dani",
  "yes, but there's a runtime override `db.pool.max_size` that wins if set. never used in prod but it's "
  "there and reloads without a deploy. going with that, way quicker than killing recon mid-run",
  thread=K_POOL)
S("02:22:10", "rafa", "ok, do it. don't kill recon, half-reconciled invoices are worse than slow payments",
  thread=K_POOL)
S("02:22:24", "marta", "agree. it's idempotent-ish but I'd rather not find out at 3am", thread=K_POOL)
S("02:22:40", "tomas", "fraud-scoring confirmed unrelated: separate db, zero errors overnight. sorry for the noise",
  ref="red_herring_cleared")
J("02:22:46", "e14")
S("02:22:52", "e14", "+1")
J("02:22:58", "deploybot", inviter="dani")
K_HOTFIX = S("02:23:05", "dani", "Applying hotfix: bumping db pool max size 10 -> 50 (CHG-2291)", ref="K4",
             reactions=[("crossed_fingers", ["rafa", "marta", "tomas"]), ("+1", ["jordi"])])
S("02:23:12", "e01", ":crossed_fingers:")
INC.append(Msg("inc", epoch("02:23:41"), "appbot", "deploybot", HOTFIX_DEPLOY_TEXT,
               context=HOTFIX_DEPLOY_CONTEXT, ref="K4_deploy", reactions=[("rocket", ["dani"])]))
J("02:23:55", "e05")
S("02:24:14", "dani", "config reloaded on all 3 pods, pool stats now `active=44 idle=6 waiting=0 max=50`")
S("02:24:33", "rafa", "nice. added a note to the PD incident")
J("02:24:52", "e11")
S("02:25:03", "e11", "anyone else seeing this? risk dashboard shows a dip in auth volume")
S("02:25:19", "dani", "in-flight requests still draining, give it a few min. new requests should be fine")
J("02:25:30", "e12")
S("02:25:44", "e12", "checkout funnel looks weird too, related?",
  files=[dict(name="Screenshot 2026-02-16 at 03.25.31.png", size=198442, w=1920, h=1080)],
  ref="screenshot_unrelated")
S("02:26:02", "lucia", "<@e12> that's the web funnel, same 503s bubbling up. not a separate thing")
S("02:26:20", "tomas", "p99 dropping fast")
S("02:26:40", "lucia", "error rate going down on the <%s|payments overview> :chart_with_downwards_trend:" % DASH)
S("02:27:00", "dani", "seeing successful POSTs on all pods again")
S("02:27:10", "e08", ":muscle:")
J("02:27:31", "e07")
S("02:27:48", "e07", "do we know how many customers were affected? I need to tell merchant success in the morning")
S("02:28:05", "rafa", "working on it, will have numbers for the PM. rough: a bit over 100 users")
S("02:28:30", "jordi", "5xx down to ~1/min")
J("02:29:12", "e09")
S("02:29:20", "e09", ":eyes:")
S("02:29:45", "rafa", "<@priya> you can tell customers it's recovering, retries go through automatically")
S("02:30:05", "priya", "on it")
J("02:30:11", "e15")
K_DD_RECOVER = datadog(
    "02:31:02", "Recovered", DD_ERR, DD_ERR_ID, "0.8%", "5%",
    "API error rate on *service:payment-service* *env:prod* is back to *0.8%* (threshold 5%).\n"
    "<https://wiki.ferropay.example/runbooks/payment-service#error-rate|Runbook>",
    "2eb886", ref="K5_dd", reactions=[("tada", ["tomas", "jordi"])])
S("02:31:24", "dani", "error rate below 1%. watching for 10 more minutes before I call it mitigated", ref="K5",
  reactions=[("+1", ["rafa", "marta"])])
S("02:31:37", "e01", ":tada:")
S("02:31:45", "tomas", "nice")
S("02:32:18", "rafa",
  "<!here> status: *mitigated* as of 02:31 UTC. payment API error rate back below 1%. cause: db connection "
  "pool exhaustion in payment-service while the invoice-reconciliation batch ran (moved to 02:00 UTC on Friday). "
  "next: drain the retry queue, confirm no data loss. please hold deploys to payment-service & platform-jobs "
  "until the PM",
  edited=75, ref="status_mitigated",
  reactions=[("+1", ["dani", "jordi", "e08", "priya"]), ("white_check_mark", ["ben"])])
S("02:33:10", "jordi", "p99 back to normal too")
datadog("02:33:32", "Recovered", DD_P99, DD_P99_ID, "640ms", "2s",
        "p99 latency of *payment-service* `POST /v1/payments` is back to *640ms* (threshold 2s).",
        "2eb886", ref="dd_p99_recover_msg")
S("02:34:05", "priya", "thanks! sending the update to the 4 customers now")
J("02:35:20", "e21")
S("02:35:41", "e21", "do we need to do anything for the merchant dashboard?")
S("02:36:02", "rafa", "no, the read path was mostly fine, it was payment creation failing")
S("02:36:40", "tomas", "fyi retry worker is back on, 137 payments were queued at peak")
S("02:37:00", "e05", "any impact on payouts tonight?")
S("02:37:30", "lucia", "no, payout-sweeper runs at 05:00 and uses its own db")
J("02:37:55", "e22")
S("02:38:10", "e22", "what did I miss :sweat_smile:")
S("02:38:26", "e08", "<@e22> scroll up, pool exhaustion, mitigated")
S("02:38:50", "dani", "recon job still running btw, ~85% done. pool at 44/50 so there's headroom now")
J("02:39:30", "e23")
S("02:40:10", "e16",
  "connections on the primary peaked at 94 btw, max_connections is 400 so no risk there after the bump")
J("02:41:05", "ben")
S("02:41:48", "ben", "morning-ish :wave: just catching up. great work all. anything you need from me?",
  reactions=[("wave", ["rafa", "dani"])])
S("02:42:30", "rafa",
  "<@ben> all under control. will need you for the PM review. also we need to talk about why nothing "
  "alerted on pool saturation, we only page on error rate", ref="no_pool_alert")
S("02:43:02", "ben", ":+1:")
S("02:44:31", "marta", "recon run finished: 48211 invoices in 2662 s, no errors on its side")
S("02:44:50", "rafa", "<@marta> thanks for jumping on at this hour")
K_DRAINED = S("02:45:12", "dani",
              "Retry queue drained, all 137 queued transactions processed successfully. checked idempotency "
              "keys, no duplicate charges", ref="K6",
              reactions=[("tada", ["rafa", "marta", "priya", "jordi", "tomas", "e08"]),
                         ("raised_hands", ["ben", "lucia"])])
S("02:45:30", "e01", ":raised_hands:")
S("02:45:41", "e03", "great news")
S("02:46:05", "priya", "confirmed with the 4 customers, their payments went through on retry :white_check_mark:")
S("02:47:20", "rafa", "ok. keeping the channel open till 03:10 UTC to make sure nothing comes back, then I'll resolve")
J("02:48:11", "e17")
S("02:48:30", "e17", "is this the channel for the payments thing?")
S("02:49:02", "e08", "yes but it's over, go back to bed :slightly_smiling_face:")
L("02:50:13", "e17")
S("02:50:40", "dani", "writing down timestamps for the PM while it's fresh")
S("02:51:40", "jordi",
  "for the record, the override is now 50 in prod runtime config. we should make it an env var for real "
  "and kill the const", edited=64, ref="hardcoded_pool")
S("02:52:30", "rafa",
  "<@dani> pls keep the raw exports (slack, logs, datadog, PD), I'll feed them to the postmortem tool tomorrow")
S("02:53:12", "marta",
  "I'll open a PR tomorrow to move recon back to 14:00 and cap the workers, not touching prod at 3am again",
  reactions=[("+1", ["rafa"])])
S("02:55:44", "lucia",
  "fwiw sunday night also had a few 503s around 02:05 UTC, under the alert threshold. probably the same thing",
  ref="silent_precursor")
S("02:56:20", "rafa", "good catch, adding to the PM notes")
J("02:58:03", "e26")
S("02:58:40", "e26", "anything I should tell LATAM merchants?")
S("02:59:05", "priya", "<@e26> I'll send you the macro we used")
S("02:59:30", "e08", "p99 180ms, all green")
S("03:01:30", "e08", "can I go back to sleep? :sleeping:")
S("03:01:52", "rafa", "yes, thanks for jumping in <@e08>")
S("03:03:20", "tomas", "retry worker metrics flat at 0 queued")
S("03:05:04", "dani", "still clean: zero 5xx since 02:30, p99 ~180ms")
J("03:06:40", "e29")
S("03:07:02", "e29", ":wave: saw the alert in #alerts, anything needed from tokyo?")
S("03:07:40", "rafa", "no thanks, wrapping up")
S("03:08:45", "dani", "about to resolve in PD")
pd_bot("03:10:03", "Resolved by Dani Ortega", "2eb886", "Resolved", ref="K7_pd")
K_RESOLVE = S("03:10:21", "rafa",
              "Resolving the incident. Impact 02:03–02:31 UTC, ~140 failed API calls, no data loss (all 137 "
              "queued payments retried OK). Postmortem owner <@dani>, draft by Wednesday. thanks everyone :heart:",
              ref="K7",
              reactions=[("heart", ["dani", "marta", "priya", "jordi", "tomas", "lucia"]),
                         ("pray", ["ben", "e08"])])
S("03:10:40", "e01", ":heart:")
S("03:11:02", "tomas", "thanks all")
S("03:11:30", "e03", ":clap:")
J("03:12:44", "e24")
S("03:14:05", "e24", "what was the root cause tldr?")
S("03:14:50", "rafa", "db pool exhaustion in payment-service, batch job moved to 02:00 UTC. PM coming this week")
J("03:16:20", "e18")
S("03:16:45", "e18", "any PII in the screenshots above? reminder they live in slack forever")
S("03:17:30", "dani", "no, just dashboards")
S("03:18:20", "e16", "db connections back to baseline (31)")
S("03:20:00", "priya", "all 4 tickets closed")
S("03:22:10", "tomas", "error rate graph for the PM",
  files=[dict(name="Screenshot 2026-02-16 at 04.21.58.png", size=231907, w=2560, h=1440)],
  ref="screenshot_pm")
J("03:24:00", "e20")
S("03:26:12", "e02", "night all")
S("03:28:40", "dani",
  "going offline. handing over to morning on-call <@lucia>, nothing pending. recon schedule stays as is until "
  "Marta's PR lands, the pool override at 50 covers it")
S("03:29:05", "lucia", ":+1: got it, sleep well")
J("03:33:12", "e30")
S("03:34:02", "e30", "morning from BLR, read up. nice work")
S("03:40:15", "e30", "do I need to rerun the fraud-scoring export for the failed payments?")
S("03:41:02", "tomas", "no, they were never created, nothing to export")
# next morning (still Monday in Madrid; 2026-02-16 in Los Angeles -> second day file)
S("08:42:17", "marta",
  "PR to move it back to 14:00 UTC and cap workers at 8 until we size the pool: "
  "<https://github.com/ferropay/platform-jobs/pull/491|platform-jobs#491>", thread=K_POOL, ref="followup_pr")
S("09:05:40", "ben", "PM review Wednesday 11:00 CET, invite sent. <@dani> <@rafa> <@marta>")
S("09:06:02", "rafa", ":+1:")
J("09:31:30", "e13")
S("09:32:10", "e13", "finance here: do we need to reconcile anything manually for the failed ones?")
S("09:35:48", "marta", "<@e13> no, the failed payments were never created, today's recon run covers the retried ones")

# silent joiners
for _t, _k in (("02:21:52", "e04"), ("02:18:10", "e06"), ("02:19:50", "e19"), ("02:43:30", "e31"),
               ("02:53:50", "e28"), ("03:02:10", "e25")):
    J(_t, _k)

# generic chatter from people who joined (deterministic placement)
NOISE_EARLY = [":eyes:", ":eyes:", ":eyes:", ":fire:", ":scream:", ":pray:", "+1", "+1", "same", "same here",
               "ok", "following", "following along", "lurking :eyes:", ":coffee:", ":grimacing:",
               ":face_palm:", ":+1::skin-tone-3:"]
NOISE_MID = [":crossed_fingers:", ":eyes:", ":pray:", "+1", "ok", "following", "ty", ":100:", ":+1:"]
NOISE_LATE = [":tada:", ":100:", "ty", "thanks for the update", "+1", ":+1:", ":raised_hands:", ":clap:",
              ":+1::skin-tone-3:"]
NOISE_WINDOWS = [("02:14:30", "02:23:00", 7, NOISE_EARLY), ("02:23:00", "02:31:00", 8, NOISE_MID),
                 ("02:31:00", "02:50:00", 10, NOISE_LATE), ("02:50:00", "03:40:00", 5, NOISE_LATE)]
NOISE_PEOPLE = ["e01", "e02", "e03", "e04", "e05", "e06", "e08", "e09", "e10", "e11", "e12", "e14",
                "e15", "e19", "e21", "e22", "e23", "e25", "e28", "e31"]


def _add_noise():
    r = random.Random(SEED + 3)
    joined = {m.who: m.sec for m in INC if m.kind == "join"}
    taken = {m.sec for m in INC}
    for a, b, n, phrases in NOISE_WINDOWS:
        lo, hi = epoch(a), epoch(b)
        placed, attempts = 0, 0
        while placed < n:
            attempts += 1
            assert attempts < 100000, "cannot place noise in %s-%s" % (a, b)
            sec = r.randrange(lo, hi)
            who = r.choice(NOISE_PEOPLE)
            if who not in joined or joined[who] + 5 > sec or sec in taken:
                continue
            if any(m.who == who and abs(m.sec - sec) < 150 for m in INC if m.kind == "human"):
                continue        # nobody spams: one chatter line per person per 2.5 minutes at most
            taken.add(sec)
            S(hm_utc(sec), who, r.choice(phrases))
            placed += 1


_add_noise()


# --------------------------------------------------------------------------------------------
# git log of platform-jobs (defined before #deploys so deploy messages can quote real SHAs)
# --------------------------------------------------------------------------------------------

GIT_PEOPLE = {
    "marta": ("Marta Rius", "marta.rius@" + EMAIL_DOMAIN),
    "jordi": ("Jordi Puig", "jordi.puig@" + EMAIL_DOMAIN),
    "tomas": ("Tomás Vidal", "tomas.vidal@" + EMAIL_DOMAIN),
    "lucia": ("Lucía Gómez", "lucia.gomez@" + EMAIL_DOMAIN),
    "dani": ("Dani Ortega", "dani.ortega@" + EMAIL_DOMAIN),
    "ben": ("Ben Carter", "ben.carter@" + EMAIL_DOMAIN),
    "sam": ("Sam Okafor", "sam.okafor@contractors." + EMAIL_DOMAIN),
    "rohan": ("Rohan Mehta", "12873364+rmehta-dev@users.noreply.github.com"),
    "github": ("GitHub", "noreply@github.com"),
}

# (author, author date, committer, commit date, subject, body lines, is_merge)
GIT_COMMITS = [
    ("jordi", "2026-02-05T09:47:12+01:00", "jordi", "2026-02-05T09:47:12+01:00",
     "ci: cache Gradle dependencies in the jobs pipeline", [], False),
    ("sam", "2026-02-05T17:03:55-05:00", "github", "2026-02-06T09:12:40+01:00",
     "fraud-scoring-export: retry S3 uploads with jitter (#471)",
     ["Uploads to the risk bucket fail a few times a week with SlowDown.",
      "Retry up to 5 times with full jitter (base 200 ms, cap 10 s)."], False),
    ("marta", "2026-02-06T12:21:09+01:00", "github", "2026-02-06T15:40:27+01:00",
     "invoice-reconciliation: process invoices in parallel with a worker pool (#474)",
     ["The nightly reconciliation walks invoices shard by shard and takes ~2h10m on",
      "prod-sized data. Split each batch across a configurable worker pool instead.",
      "",
      "- new setting `workers` (prod: 40, staging: 4)",
      "- each worker holds one DB connection for the duration of its batch",
      "- total DB connections used by the job go from 13 (one per shard reader) to 40",
      "",
      "Staging run: 41 min instead of 2h05m, ~3x faster.",
      "",
      "Refs: PLAT-1312"], False),
    ("ben", "2026-02-09T10:15:33+00:00", "github", "2026-02-09T10:21:02+00:00",
     "docs: add on-call runbook links to job READMEs (#475)", [], False),
    ("jordi", "2026-02-09T16:48:02+01:00", "github", "2026-02-09T17:02:19+01:00",
     "deps: bump org.postgresql:postgresql from 42.7.4 to 42.7.5 (#476)", [], False),
    ("lucia", "2026-02-10T11:30:47+01:00", "github", "2026-02-10T12:02:55+01:00",
     "payout-sweeper: fix off-by-one in settlement cutoff (#477)",
     ["The cutoff used `<=` on a timestamp truncated to the day, so payouts created",
      "at exactly 00:00:00 local were swept twice in the dry-run report."], False),
    ("tomas", "2026-02-11T13:52:10+01:00", "tomas", "2026-02-11T13:52:10+01:00",
     "fraud-scoring-export: drop legacy v1 feature columns", [], False),
    ("tomas", "2026-02-11T14:20:31+01:00", "github", "2026-02-11T14:20:31+01:00",
     "Merge pull request #479 from ferropay/tomas/drop-v1-columns",
     ["fraud-scoring-export: drop legacy v1 feature columns"], True),
    ("marta", "2026-02-12T09:58:31+01:00", "github", "2026-02-12T10:30:12+01:00",
     "invoice-reconciliation: raise batch_size to 5000 for prod (#480)",
     ["Fewer, larger batches: the per-batch overhead (lock + audit row) dominated at 500.",
      "Staging keeps batch_size 500 (its data set is ~1/10th of prod)."], False),
    ("rohan", "2026-02-12T18:22:05+05:30", "github", "2026-02-12T14:05:47+01:00",
     "cron: add jitter helper for nightly jobs (#481)", [], False),
    ("marta", "2026-02-13T10:41:18+01:00", "github", "2026-02-13T11:52:44+01:00",
     "invoice-reconciliation: move schedule to 02:00 UTC off-peak window (#482)",
     ["The daily run at 14:00 UTC overlaps with the afternoon payment peak and competes",
      "with the API for the primary's IO. Move it to the off-peak window.",
      "",
      "- cron: `0 14 * * *` -> `0 2 * * *`",
      "- workers: 40 (parallel worker pool from #474, first release that ships it)",
      "- batch_size: 5000 (#480)",
      "",
      "Tested on staging (batch_size 500): full run in 6 min, no errors.",
      "",
      "Co-authored-by: Jordi Puig <jordi.puig@" + EMAIL_DOMAIN + ">"], False),
    ("marta", "2026-02-13T12:05:09+01:00", "marta", "2026-02-13T12:05:09+01:00",
     "release: invoice-reconciliation v3.8.0", [], False),
    ("jordi", "2026-02-15T19:14:40+01:00", "jordi", "2026-02-15T19:14:40+01:00",
     "ci: pin actions/checkout to v4.2.2", [], False),
]


def _git_build():
    out, parent = [], "4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39"
    side_parent = None
    for i, c in enumerate(GIT_COMMITS):
        a, ad, cm, cd, subj, body, merge = c
        payload = "%s|%s|%s|%s|%s|%s" % (parent, a, ad, cd, subj, "\n".join(body))
        sha = hashlib.sha1(payload.encode()).hexdigest()
        entry = dict(sha=sha, author=a, adate=ad, committer=cm, cdate=cd, subject=subj, body=body,
                     merge=None)
        if merge:
            entry["merge"] = (out[-2]["sha"][:7], out[-1]["sha"][:7])
        out.append(entry)
        parent = sha
    return out


GIT = _git_build()
GIT_BY_SUBJECT = {g["subject"]: g for g in GIT}
SHA_482 = GIT_BY_SUBJECT["invoice-reconciliation: move schedule to 02:00 UTC off-peak window (#482)"]["sha"]
SHA_380 = GIT_BY_SUBJECT["release: invoice-reconciliation v3.8.0"]["sha"]


# --------------------------------------------------------------------------------------------
# #deploys and #general
# --------------------------------------------------------------------------------------------

DEPLOYS_CH = []
GENERAL_CH = []


def deploy(day, t, raw, context, ref=None, reactions=None):
    m = Msg("deploys", epoch(t, day), "appbot", "deploybot", raw, context=context, ref=ref,
            reactions=reactions)
    DEPLOYS_CH.append(m)
    return m


def _ctx(pipeline, sha):
    return "pipeline <https://ci.ferropay.example/pipelines/%s|#%s> · commit `%s`" % (
        pipeline, pipeline.rsplit("/", 1)[-1], sha[:7])


def _fake_sha(s):
    return hashlib.sha1(("deploy:" + s).encode()).hexdigest()


def _rocket(svc, ver, who, changes):
    return ":rocket: *%s* `%s` deployed to *production* by <@%s>\n%s" % (svc, ver, who, changes)


DEPLOY_LIST = [
    ("2026-02-12", "08:31:09", _rocket("merchant-portal", "v7.3.0", "e12", "Changes: new payout export page (#1210)"),
     _ctx("merchant-portal/5521", _fake_sha("mp730")), None),
    ("2026-02-12", "09:14:22", _rocket("checkout-web", "v4.11.0", "e12", "Changes: 3DS challenge iframe sizing (#887)"),
     _ctx("checkout-web/3302", _fake_sha("cw4110")), None),
    ("2026-02-12", "10:02:51", _rocket("ledger-api", "v5.2.0", "jordi", "Changes: double-entry audit view, Postgres driver 42.7.5"),
     _ctx("ledger-api/2290", _fake_sha("la520")), None),
    ("2026-02-12", "10:09:40",
     ":rewind: *ledger-api* rolled back `v5.2.0` -> `v5.1.4` on *production* by <@jordi> "
     "(readiness probe failed on 2/3 pods)", _ctx("ledger-api/2291", _fake_sha("la514")), "rollback"),
    ("2026-02-12", "15:41:07", _rocket("payment-service", "v2.31.0", "dani", "Changes: idempotency-key metrics, retry queue depth gauge (#1422)"),
     _ctx("payment-service/6120", _fake_sha("ps2310")), None),
    ("2026-02-12", "16:20:33", _rocket("notification-service", "v1.19.2", "e06", "Changes: SMS template fixes for PT locale"),
     _ctx("notification-service/880", _fake_sha("ns1192")), None),
    ("2026-02-13", "09:05:12", _rocket("fraud-scoring", "v1.14.1", "tomas", "Changes: model v37 rollout to 100%"),
     _ctx("fraud-scoring/1543", _fake_sha("fs1141")), None),
    ("2026-02-13", "11:31:44", _rocket("invoice-reconciliation", "v3.8.0", "marta",
                                       "Changes: #474 parallel worker pool (`workers: 40`), #480 `batch_size: 5000`, "
                                       "#482 schedule `0 14 * * *` -> `0 2 * * *` (02:00 UTC)"),
     _ctx("platform-jobs/4471", SHA_380), "trigger_deploy"),
    ("2026-02-13", "14:12:05", _rocket("payout-sweeper", "v0.9.3", "lucia", "Changes: #477 settlement cutoff fix"),
     _ctx("platform-jobs/4475", _fake_sha("pw093")), None),
    ("2026-02-13", "16:55:30", _rocket("checkout-web", "v4.11.1", "e12", "Changes: hotfix for Safari 3DS redirect"),
     _ctx("checkout-web/3310", _fake_sha("cw4111")), None),
    ("2026-02-15", "22:47:19", _rocket("fraud-scoring", "v1.14.2", "tomas", "Changes: remove dead feature flags `fs_v1_*` (#502)"),
     _ctx("fraud-scoring/1551", _fake_sha("fs1142")), "red_herring_deploy"),
    ("2026-02-16", "02:23:41", HOTFIX_DEPLOY_TEXT, HOTFIX_DEPLOY_CONTEXT, "hotfix_deploy"),
    ("2026-02-16", "09:40:18", _rocket("ledger-api", "v5.2.1", "jordi", "Changes: readiness probe timeout 1s -> 3s, v5.2.0 changes"),
     _ctx("ledger-api/2297", _fake_sha("la521")), None),
    ("2026-02-16", "10:15:02", _rocket("invoice-reconciliation", "v3.8.1", "marta",
                                       "Changes: #491 schedule `0 2 * * *` -> `0 14 * * *`, `workers: 40` -> `8`"),
     _ctx("platform-jobs/4490", _fake_sha("ir381")), "followup_deploy"),
    ("2026-02-16", "13:02:40", _rocket("checkout-web", "v4.12.0", "e12", "Changes: saved cards list redesign (#901)"),
     _ctx("checkout-web/3321", _fake_sha("cw4120")), None),
]

for _day, _t, _raw, _ctxs, _ref in DEPLOY_LIST:
    deploy(_day, _t, _raw, _ctxs, ref=_ref)
DEPLOYS_CH.append(Msg("deploys", epoch("17:10:05", "2026-02-13"), "human", "ben",
                      "reminder: no deploys over the weekend unless it's a fix :pray:",
                      reactions=[("+1", ["jordi", "marta", "lucia"])]))
DEPLOYS_CH.append(Msg("deploys", epoch("22:49:02", "2026-02-15"), "human", "e08",
                      "<@tomas> sunday night deploy? :eyes:"))
DEPLOYS_CH.append(Msg("deploys", epoch("22:50:10", "2026-02-15"), "human", "tomas",
                      "flag cleanup only, tiny. wanted it out before monday's model rollout"))


def G(day, t, who, raw, kind="human", **opt):
    m = Msg("general", epoch(t, day), kind, who, raw, **opt)
    GENERAL_CH.append(m)
    return m


G("2026-02-10", "08:55:12", "e32", "", kind="join")
G("2026-02-10", "09:01:40", "ben", "welcome <@e32>! :wave:", reactions=[("wave", ["rafa", "jordi", "e07"])])
G("2026-02-12", "11:31:05", "e07", "ramen for lunch? leaving at 13:30 :ramen:",
  reactions=[("ramen", ["jordi", "e22", "lucia", "dani"])])
G("2026-02-12", "11:33:20", "jordi", "+1")
G("2026-02-12", "11:34:02", "e22", "in")
G("2026-02-13", "15:02:11", "ben", "all-hands moved to Tuesday 17th 16:00 CET, same room")
G("2026-02-16", "11:45:30", "e05", "cake in the kitchen for Núria's birthday :birthday:",
  reactions=[("birthday", ["e01", "e03", "rafa", "priya", "e15"])])
G("2026-02-17", "09:12:00", "e09", "whoever left a laptop charger in meeting room Montjuïc, it's at reception now")


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

def slack_json(obj):
    """Slack export style: indent 4, non-ASCII as \\uXXXX, '/' escaped as '\\/', no final newline."""
    return json.dumps(obj, indent=4, ensure_ascii=True).replace("/", "\\/")


def write(path, text):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def la_date(sec):
    d = dt.datetime.fromtimestamp(sec, tz=UTC)
    assert d < DST_GUARD
    return d.astimezone(LA).strftime("%Y-%m-%d")


def madrid_clock(sec):
    d = dt.datetime.fromtimestamp(sec, tz=UTC)
    assert d < DST_GUARD
    d = d.astimezone(MADRID)
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def users_json():
    out = []
    r = random.Random(SEED + 4)
    for key in list(USERS):
        u = USERS[key]
        first, _, last = u["real"].partition(" ")
        tzl, tzo = TZ_INFO.get(u["tz"], ("Pacific Standard Time", -28800))
        img = "https://avatars.slack-edge.com/2025-01-%02d/%d_%s" % (
            1 + len(key) % 28, 8000000000000 + int(AVATAR[key][:8], 16), AVATAR[key] + "d15ea5e0" + AVATAR[key][:4])
        prof = {"title": u["title"], "phone": "", "skype": "", "real_name": u["real"],
                "real_name_normalized": normalize(u["real"]), "display_name": u["display"],
                "display_name_normalized": normalize(u["display"]), "fields": None,
                "status_text": "", "status_emoji": "", "status_emoji_display_info": [],
                "status_expiration": 0, "avatar_hash": AVATAR[key]}
        if not u["bot"]:
            prof["email"] = "%s.%s@%s" % (normalize(first).lower(), normalize(last).lower().replace(" ", ""),
                                          EMAIL_DOMAIN)
            prof["first_name"] = first
            prof["last_name"] = last
        else:
            prof.update({"api_app_id": u["app_id"], "always_active": key == "deploybot",
                         "bot_id": u["bot_id"], "first_name": u["real"], "last_name": ""})
        for px in (24, 32, 48, 72, 192, 512):
            prof["image_%d" % px] = "%s_%d.png" % (img, px)
        prof["status_text_canonical"] = ""
        prof["team"] = TEAM_ID
        if key == "dani":
            prof["phone"] = "+34 612 345 678"
            prof["status_text"] = "on call"
            prof["status_emoji"] = ":pager:"
        o = {"id": u["id"], "team_id": TEAM_ID, "name": u["handle"], "deleted": False,
             "color": hexstr(r, 6), "real_name": u["real"], "tz": u["tz"], "tz_label": tzl,
             "tz_offset": tzo, "profile": prof,
             "is_admin": key in ("rafa", "ben"), "is_owner": key == "ben", "is_primary_owner": False,
             "is_restricted": key in ("e28", "e30"), "is_ultra_restricted": False,
             "is_bot": u["bot"], "is_app_user": False, "updated": 1767000000 + r.randrange(0, 3000000)}
        if not u["bot"]:
            o["is_email_confirmed"] = True
            o["who_can_share_contact_card"] = "EVERYONE"
        out.append(o)
    out.append({"id": "USLACKBOT", "team_id": TEAM_ID, "name": "slackbot", "deleted": False,
                "color": "757575", "real_name": "Slackbot", "tz": "America/Los_Angeles",
                "tz_label": "Pacific Standard Time", "tz_offset": -28800,
                "profile": {"title": "", "phone": "", "skype": "", "real_name": "Slackbot",
                            "real_name_normalized": "Slackbot", "display_name": "Slackbot",
                            "display_name_normalized": "Slackbot", "fields": None, "status_text": "",
                            "status_emoji": "", "avatar_hash": "sv41d8cd98f0", "always_active": True,
                            "first_name": "slackbot", "last_name": "",
                            "image_24": "https://a.slack-edge.com/80588/img/slackbot_24.png",
                            "image_72": "https://a.slack-edge.com/80588/img/slackbot_72.png",
                            "team": TEAM_ID},
                "is_admin": False, "is_owner": False, "is_primary_owner": False, "is_restricted": False,
                "is_ultra_restricted": False, "is_bot": False, "is_app_user": False, "updated": 0})
    out.append({"id": DELETED_USER_ID, "team_id": TEAM_ID, "name": "old.contractor", "deleted": True,
                "profile": {"title": "", "phone": "", "skype": "", "real_name": "Víctor Abad",
                            "real_name_normalized": "Victor Abad", "display_name": "",
                            "display_name_normalized": "", "fields": None, "status_text": "",
                            "status_emoji": "", "avatar_hash": "g1a2b3c4d5e6", "first_name": "Víctor",
                            "last_name": "Abad", "team": TEAM_ID},
                "is_bot": False, "is_app_user": False, "updated": 1761000000})
    return out


def channels_json(inc_msgs):
    everyone = [USERS[k]["id"] for k in USERS if not USERS[k]["bot"]]
    inc_members = []
    for m in inc_msgs:
        uid = USERS[m.who]["id"] if m.who in USERS else None
        if m.kind == "join" and uid not in inc_members:
            inc_members.append(uid)
        if m.kind == "leave" and uid in inc_members:
            inc_members.remove(uid)
    declare = next(m for m in inc_msgs if m.ref == "declare")
    topic_msg = next(m for m in inc_msgs if m.kind == "topic")
    return [
        {"id": CHANNELS["general"]["id"], "name": "general", "created": 1551693621,
         "creator": USERS["ben"]["id"], "is_archived": False, "is_general": True, "members": everyone,
         "topic": {"value": "Company-wide announcements and work-based matters", "creator": USERS["ben"]["id"],
                   "last_set": 1551693621},
         "purpose": {"value": "This channel is for workspace-wide communication and announcements.",
                     "creator": USERS["ben"]["id"], "last_set": 1551693621}},
        {"id": CHANNELS["deploys"]["id"], "name": "deploys", "created": 1623226043,
         "creator": USERS["rafa"]["id"], "is_archived": False, "is_general": False,
         "members": [USERS[k]["id"] for k in ("rafa", "dani", "marta", "jordi", "tomas", "lucia", "ben",
                                               "e08", "e12", "e06", "e16", "e23", "deploybot")],
         "topic": {"value": "Production deploys (deploy-bot). Weekend freeze unless it's a fix.",
                   "creator": USERS["ben"]["id"], "last_set": 1707818400},
         "purpose": {"value": "Every production deploy and rollback, posted by deploy-bot",
                     "creator": USERS["rafa"]["id"], "last_set": 1623226043}},
        {"id": CHANNELS["inc"]["id"], "name": CHANNELS["inc"]["name"], "created": epoch("02:12:06"),
         "creator": USERS["pdbot"]["id"], "is_archived": False, "is_general": False,
         "members": inc_members,
         "pins": [{"id": declare.ts, "type": "C", "created": declare.sec + 30,
                   "user": USERS["rafa"]["id"], "owner": USERS["rafa"]["id"]}],
         "topic": {"value": esc(topic_msg.raw), "creator": USERS["rafa"]["id"], "last_set": topic_msg.sec},
         "purpose": {"value": esc("Incident channel for PagerDuty incident #%d (%s)" % (PD_INCIDENT_NUMBER, PD_TITLE)),
                     "creator": USERS["pdbot"]["id"], "last_set": epoch("02:12:06")}},
    ]


def integration_logs_json():
    return [
        {"user_id": USERS["ben"]["id"], "user_name": USERS["ben"]["handle"], "date": "1765283112",
         "change_type": "added", "app_id": USERS["deploybot"]["app_id"], "app_type": "deploy-bot",
         "scope": "chat:write,chat:write.public,channels:join,users:read", "reason": "Deploy notifications"},
        {"user_id": USERS["rafa"]["id"], "user_name": USERS["rafa"]["handle"], "date": "1748352210",
         "change_type": "updated", "app_id": USERS["pdbot"]["app_id"], "app_type": "PagerDuty",
         "scope": "channels:manage,channels:read,chat:write,chat:write.public,users:read,users:read.email"},
        {"user_id": USERS["rafa"]["id"], "user_name": USERS["rafa"]["handle"], "date": "1684751340",
         "change_type": "added", "service_id": "5301234567891", "service_type": "PagerDuty",
         "scope": "incoming-webhook", "channel": CHANNELS["general"]["id"]},
        {"user_id": USERS["rafa"]["id"], "user_name": USERS["rafa"]["handle"], "date": "1684751002",
         "change_type": "added", "service_id": "5301234567890", "service_type": "Datadog",
         "scope": "incoming-webhook", "channel": CHANNELS["general"]["id"]},
        {"user_id": DELETED_USER_ID, "user_name": "old.contractor", "date": "1651502211",
         "change_type": "removed", "service_id": "2190087711", "service_type": "Jenkins CI",
         "scope": "incoming-webhook", "channel": CHANNELS["deploys"]["id"], "reason": "Replaced by deploy-bot"},
    ]


def write_slack_export(all_channels):
    base = "incident-slack-export"
    write(base + "/users.json", slack_json(users_json()))
    write(base + "/channels.json", slack_json(channels_json(all_channels["inc"])))
    write(base + "/integration_logs.json", slack_json(integration_logs_json()))
    files = {}
    for ch_key, msgs in all_channels.items():
        name = CHANNELS[ch_key]["name"]
        by_day = {}
        for m in msgs:
            by_day.setdefault(la_date(m.sec), []).append(m)
        for day in sorted(by_day):
            rel = "%s/%s/%s.json" % (base, name, day)
            write(rel, slack_json([m.obj for m in by_day[day]]))
            files[rel] = len(by_day[day])
            for m in by_day[day]:
                m.file = rel
    return files


# --------------------------------------------------------------------------------------------
# Copied-from-desktop-client text of the incident channel
# --------------------------------------------------------------------------------------------

NEW_MARKER_BEFORE = "03:05:00"     # the copier had read up to here: client shows a "new" divider


def client_body_lines(m):
    chname = CHANNELS["inc"]["name"]
    if m.kind == "join":
        return ["joined #%s." % chname]
    if m.kind == "leave":
        return ["left #%s." % chname]
    if m.kind == "topic":
        return ["set the channel topic: " + m.raw]
    if m.kind == "legacybot":
        lines = []
        for a in m.opt["attachments"]:
            lines += attachment_client_lines(a)
        return lines
    if m.kind == "appbot":
        return to_client_text(m.raw).split("\n")
    lines = []
    if m.opt.get("broadcast"):
        prev = to_client_text(m.thread_parent.raw)
        lines.append("replied to a thread: " + (prev[:60].rstrip() + "…" if len(prev) > 60 else prev))
    if m.raw:
        lines += to_client_text(m.raw).split("\n")
    if m.opt.get("edited"):
        lines[-1] += " (edited)"
    for f in m.opt.get("files", []):
        lines.append(f["name"])
    return lines


def author_line(m):
    if m.kind == "legacybot":
        return m.opt["username"]
    if m.kind == "appbot":
        return "deploy-bot"
    return name_of(m.who)


def write_thread_txt(inc_msgs):
    lines = ["Monday, February 16th"]
    entries = []
    new_done = False
    for m in inc_msgs:
        if m.thread_parent is not None and not m.opt.get("broadcast"):
            continue            # thread-only replies are not visible in the channel view
        if not new_done and m.sec >= epoch(NEW_MARKER_BEFORE):
            lines.append("new")
            new_done = True
        start = len(lines) + 1
        lines.append(author_line(m))
        lines.append(madrid_clock(m.sec))
        lines += client_body_lines(m)
        for name, users in (m.opt.get("reactions") or []):
            lines.append(":%s:" % name)
            lines.append(str(len(users)))
        if m.replies:
            n = len(m.replies)
            lines.append("%d repl%s" % (n, "y" if n == 1 else "ies"))
            lines.append("View thread")
        m.txt_line = start
        entries.append(m)
    write("incident-slack-thread.txt", "\n".join(lines) + "\n")
    return entries, len(lines)


# --------------------------------------------------------------------------------------------
# Application logs (JSON lines), 2026-02-16T02:00:00Z .. 04:30:00Z
# --------------------------------------------------------------------------------------------

LOG_START = epoch("02:00:00")
LOG_END = epoch("04:30:00")
HOSTS = ["payment-7f9c-1", "payment-7f9c-2", "payment-7f9c-3"]
RECON_HOST = "jobs-cron-5b8d-1"
RECON_START_MS = epoch("02:00:01") * 1000 + 183
RECON_SECONDS = 2662
RECON_END_MS = RECON_START_MS + RECON_SECONDS * 1000 + 217
RECON_TOTAL = 48211
POOL_SATURATED_MS = epoch("02:03:05") * 1000 + 41
HOTFIX_MS = epoch("02:23:10") * 1000 + 226
RETRY_QUEUE_TOTAL = 137
HIKARI_MSG = "HikariPool-1 - Connection is not available, request timed out after 30000ms."
STACK_TMPL = ("java.sql.SQLTransientConnectionException: " + HIKARI_MSG + "\n"
              "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n"
              "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n"
              "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)\n"
              "\tat dev.ferropay.payments.db.PaymentRepository.%s(PaymentRepository.kt:%d)\n"
              "\tat dev.ferropay.payments.api.PaymentsController.%s(PaymentsController.kt:%d)")

# 5xx per minute (minute index from 02:00). 137 failed POST /v1/payments + 5 failed GETs = 142.
FAILS_PER_MINUTE = {4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 4, 12: 5, 13: 7, 14: 8, 15: 10,
                    16: 11, 17: 12, 18: 12, 19: 11, 20: 10, 21: 9, 22: 8, 23: 7, 24: 4, 25: 3,
                    26: 2, 27: 2, 28: 1, 29: 1, 30: 1}
GET_FAIL_MINUTES = (15, 16, 17, 18, 19)
FAILED_USERS_DISTINCT = 115


def ms_iso(ms):
    s, rem = divmod(ms, 1000)
    return dt.datetime.fromtimestamp(s, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % rem


def generate_logs():
    r = random.Random(SEED + 10)
    recs = []      # (ms, seq, dict, meta)
    seq = [0]

    def emit(ms, level, service, host, message, trace=None, http=None, user=None, error=None, meta=None):
        o = {"timestamp": ms_iso(ms), "level": level, "service": service, "host": host}
        if trace:
            o["trace_id"] = trace
        o["message"] = message
        if http:
            o["http"] = http
        if user:
            o["user_id"] = user
        if error:
            o["error"] = error
        seq[0] += 1
        recs.append((ms, seq[0], o, meta or {}))

    def trace():
        return "%016x" % r.getrandbits(64)

    def pay_id():
        return "pay_" + "".join(r.choice(B62) for _ in range(10))

    def user():
        return "u_%05d" % r.randrange(10000, 100000)

    # ---- request traffic -------------------------------------------------------------------
    minutes = (LOG_END - LOG_START) // 60
    req_per_min = {}
    for mi in range(minutes):
        n = r.randrange(76, 85)
        if 13 <= mi <= 22:
            n = max(n, 81)              # keeps the peak share under 15 %
        if mi == 11:
            n = max(n, 82)              # 4 / 82 = 4.9 %: still under 5 %
        if mi == 12:
            n = 86                      # 5 / 86 = 5.8 % in the minute the monitor fires
        req_per_min[mi] = n

    # failure users: 142 slots, 115 distinct, repeats are the same user retrying shortly after
    fail_slots = []
    for mi in sorted(FAILS_PER_MINUTE):
        for k in range(FAILS_PER_MINUTE[mi]):
            fail_slots.append(mi)
    n_fail = len(fail_slots)
    repeat_idx = set(r.sample(range(12, n_fail), n_fail - FAILED_USERS_DISTINCT))
    fail_users, used = [], set()
    for i in range(n_fail):
        if i in repeat_idx:
            fail_users.append(r.choice(fail_users[max(0, i - 25):i]))
        else:
            while True:
                u = user()
                if u not in used:
                    break
            used.add(u)
            fail_users.append(u)
    fail_iter = iter(fail_users)

    def latency(ms, base, spread):
        d = r.lognormvariate(0, spread) * base
        if POOL_SATURATED_MS <= ms < HOTFIX_MS + 30000:
            d = r.choice([d * 3, d * 6, r.uniform(2000, 29000), r.uniform(8000, 29500)])
        elif HOTFIX_MS + 30000 <= ms < HOTFIX_MS + 180000:
            d *= r.uniform(1.5, 4)
        elif epoch("02:01:00") * 1000 <= ms < POOL_SATURATED_MS:
            d *= r.uniform(1.1, 1.8)
        return max(3, int(d))

    for mi in range(minutes):
        base = (LOG_START + mi * 60) * 1000
        n = req_per_min[mi]
        f = FAILS_PER_MINUTE.get(mi, 0)
        times = sorted(r.sample(range(60000), n))
        fail_pos = set(r.sample(range(n), f))
        get_fail_pos = min(fail_pos) if (mi in GET_FAIL_MINUTES and fail_pos) else None
        for i, off in enumerate(times):
            ms = base + off
            host = r.choice(HOSTS)
            if i in fail_pos:
                is_get = i == get_fail_pos
                dur = 30000 + r.randrange(1, 45)
                if is_get:
                    path, method, repo, ctl = "/v1/payments/" + pay_id(), "GET", ("findById", 54), ("get", 97)
                else:
                    path, method, repo, ctl = "/v1/payments", "POST", ("insert", 88), ("create", 142)
                tr = trace()
                emit(ms, "ERROR", "payment-service", host, HIKARI_MSG, trace=tr,
                     http={"method": method, "path": path, "status": 503, "duration_ms": dur},
                     user=next(fail_iter),
                     error={"kind": "SQLTransientConnectionException",
                            "stack": STACK_TMPL % (repo[0], repo[1], ctl[0], ctl[1])},
                     meta={"req": True, "5xx": True, "post_fail": not is_get})
                continue
            x = r.random()
            if x < 0.60:
                method, path, status, b, s = "POST", "/v1/payments", 201, 85, 0.35
            elif x < 0.85:
                method, path, status, b, s = "GET", "/v1/payments/" + pay_id(), 200, 22, 0.4
            elif x < 0.93:
                method, path, status, b, s = "GET", "/v1/payment_methods", 200, 31, 0.4
            elif x < 0.965:
                method, path, status, b, s = "POST", "/v1/refunds", 201, 120, 0.3
            elif x < 0.985:
                method, path, status, b, s = "POST", "/v1/payments", 402, 240, 0.3
            elif x < 0.995:
                method, path, status, b, s = "GET", "/v1/payments/" + pay_id(), 404, 9, 0.3
            else:
                method, path, status, b, s = "POST", "/v1/payments", 409, 14, 0.3
            route = re.sub(r"/(pay|cus)_[A-Za-z0-9]+", "/{id}", path)    # the logger prints the route
            msg = "%s %s %d" % (method, route, status)
            emit(ms, "INFO", "payment-service", host, msg, trace=trace(),
                 http={"method": method, "path": path, "status": status, "duration_ms": latency(ms, b, s)},
                 user=user(), meta={"req": True})

    # ---- the unrelated error and pre-incident warnings ------------------------------------
    emit(epoch("02:00:12") * 1000 + 377, "WARN", "payment-service", "payment-7f9c-2",
         "Deprecated API version 2023-10-16 requested by client cl_8Hq2LmZ0aR (sunset 2026-06-30)",
         trace=trace())
    emit(epoch("02:00:40") * 1000 + 519, "ERROR", "payment-service", "payment-7f9c-3",
         "Webhook signature verification failed for provider=adyen event=evt_2QmX81LbNq0aVz: "
         "HMAC mismatch (key rotated?)", trace=trace(),
         http={"method": "POST", "path": "/v1/webhooks/adyen", "status": 401, "duration_ms": 4},
         error={"kind": "SignatureVerificationException",
                "stack": "dev.ferropay.payments.webhooks.SignatureVerificationException: HMAC mismatch\n"
                         "\tat dev.ferropay.payments.webhooks.AdyenVerifier.verify(AdyenVerifier.kt:61)"},
         meta={"req": True, "unrelated_error": True})
    emit(epoch("02:01:17") * 1000 + 902, "WARN", "payment-service", "payment-7f9c-1",
         "Slow query (1843 ms): UPDATE payments SET status = ?, updated_at = ? WHERE id = ?",
         trace=trace(), meta={"slow_query": True})
    emit(epoch("02:02:41") * 1000 + 66, "WARN", "payment-service", "payment-7f9c-2",
         "Slow query (2210 ms): SELECT * FROM invoices i JOIN payments p ON p.invoice_id = i.id WHERE p.id = ?",
         trace=trace(), meta={"slow_query": True})
    for k in range(16):
        ms = epoch("02:04:00") * 1000 + k * 71000 + r.randrange(0, 50000)
        emit(ms, "WARN", "payment-service", r.choice(HOSTS),
             "Slow query (%d ms): UPDATE payments SET status = ?, updated_at = ? WHERE id = ?" % r.randrange(4000, 29000),
             trace=trace(), meta={"slow_query": True})

    # ---- heartbeat and pool stats ---------------------------------------------------------
    for i, sec in enumerate(range(LOG_START, LOG_END, 10)):
        emit(sec * 1000 + r.randrange(2, 40), "INFO", "payment-service", HOSTS[i % 3], "health check ok")
    waiting_seq = [37] + [r.randrange(29, 47) for _ in range(60)]
    wi = 0
    for i, sec in enumerate(range(LOG_START + 5, LOG_END, 30)):
        ms = sec * 1000 + r.randrange(30, 60)
        host = HOSTS[i % 3]
        if ms < epoch("02:02:30") * 1000:
            a = r.randrange(2, 6)
            stats, warn = (a, 10 - a, 0, 10), None
        elif ms < POOL_SATURATED_MS - 1000:
            stats, warn = (8, 2, 0, 10), None
        elif ms < HOTFIX_MS:
            if sec == epoch("02:03:05"):
                ms = POOL_SATURATED_MS
            w = waiting_seq[wi]
            wi += 1
            stats, warn = (10, 0, w, 10), w
        elif ms < HOTFIX_MS + 30000:
            stats, warn = (44, 6, 0, 50), None
        elif ms < RECON_END_MS:
            a = r.randrange(39, 47)
            stats, warn = (a, 50 - a, 0, 50), None
        else:
            a = r.randrange(3, 8)
            stats, warn = (a, 50 - a, 0, 50), None
        emit(ms, "INFO", "payment-service", host,
             "connection pool stats: active=%d idle=%d waiting=%d max=%d" % stats,
             meta={"pool_stats": stats})
        if warn is not None:
            emit(ms + r.randrange(1, 4), "WARN", "payment-service", host,
                 "Connection pool utilisation at 100%% (10/10), %d threads waiting" % warn,
                 meta={"pool_warn": True})

    # ---- hotfix ---------------------------------------------------------------------------
    for k, host in enumerate(HOSTS):
        emit(HOTFIX_MS + k * 231, "INFO", "payment-service", host,
             "Configuration reloaded: db.pool.max_size 10 -> 50 (hotfix, change CHG-2291)",
             meta={"hotfix": True})

    # ---- retry queue ----------------------------------------------------------------------
    recs.sort(key=lambda x: (x[0], x[1]))
    depth = 0
    breaker_opened = False
    fails_seen = []
    for ms, _, o, meta in list(recs):
        if meta.get("post_fail"):
            depth += 1
            emit(ms + 3, "WARN", "payment-service", o["host"],
                 "Payment creation failed (db timeout), queued for retry: %s (retry_queue_depth=%d)" % (
                     pay_id(), depth), trace=o["trace_id"], meta={"retry_enqueue": True})
        if meta.get("5xx"):
            fails_seen.append(ms)
            if not breaker_opened and len([t for t in fails_seen if t > ms - 60000 * 3]) >= 5:
                breaker_opened = True
                emit(ms + 9, "WARN", "payment-service", o["host"],
                     "Circuit breaker 'payments-db-retry' OPEN after 5 failures, retry worker paused",
                     meta={"breaker_open": True})
    assert depth == RETRY_QUEUE_TOTAL, depth
    emit(epoch("02:33:00") * 1000 + 412, "INFO", "payment-service", "payment-7f9c-1",
         "Circuit breaker 'payments-db-retry' CLOSED, retry worker resumed (retry_queue_depth=%d)" % depth)
    batches = [12] * 5 + [11] * 7
    for k, b in enumerate(batches):
        depth -= b
        emit(epoch("02:33:30") * 1000 + k * 60000 + r.randrange(0, 900), "INFO", "payment-service",
             "payment-7f9c-1", "Retry worker: replayed %d queued payments (retry_queue_depth=%d)" % (b, depth))
    assert depth == 0
    emit(epoch("02:45:04") * 1000 + 388, "INFO", "payment-service", "payment-7f9c-1",
         "Retry queue drained: %d queued transactions processed successfully" % RETRY_QUEUE_TOTAL,
         meta={"drained": True})

    # ---- invoice-reconciliation -----------------------------------------------------------
    emit(RECON_START_MS, "INFO", "invoice-reconciliation", RECON_HOST,
         'Starting scheduled run invoice-reconciliation (cron "0 2 * * *", workers=40, batch_size=5000)',
         meta={"recon_start": True})
    emit(RECON_START_MS + 721, "INFO", "invoice-reconciliation", RECON_HOST,
         "Found %d unreconciled invoices in 10 batches" % RECON_TOTAL)
    emit(RECON_START_MS + 1127, "INFO", "invoice-reconciliation", RECON_HOST, "Worker pool started: 40 workers")
    done = 0
    for sec in range(epoch("02:01:01"), RECON_END_MS // 1000, 60):
        frac = (sec * 1000 - RECON_START_MS) / (RECON_END_MS - RECON_START_MS)
        done = max(done + 1, min(RECON_TOTAL - 1, int(RECON_TOTAL * frac * r.uniform(0.97, 1.03))))
        emit(sec * 1000 + r.randrange(0, 400), "INFO", "invoice-reconciliation", RECON_HOST,
             "Progress: %d/%d invoices reconciled (%.1f%%)" % (done, RECON_TOTAL, 100.0 * done / RECON_TOTAL))
    for k in range(5):
        emit(epoch("02:05:00") * 1000 + k * 197000 + r.randrange(0, 60000), "WARN", "invoice-reconciliation",
             RECON_HOST, "Lock wait on invoices batch %d exceeded 5000 ms, retrying (attempt 1/3)" % (k + 2))
    emit(RECON_END_MS, "INFO", "invoice-reconciliation", RECON_HOST,
         "Run finished: %d invoices reconciled in %d s" % (RECON_TOTAL, RECON_SECONDS), meta={"recon_end": True})

    # ---- DEBUG noise and late-night odds and ends ------------------------------------------
    debug_tmpls = [
        lambda: "Cache hit for merchant config m_%d" % r.randrange(1000, 9999),
        lambda: "Idempotency key idk_%s not seen, proceeding" % "".join(r.choice(B62) for _ in range(16)),
        lambda: "Acquirer call authorised in %d ms (acquirer=adyen)" % r.randrange(90, 420),
        lambda: "Outbox flush: %d events published to payments.events" % r.randrange(1, 9),
        lambda: "JWT validated for client cl_%s" % "".join(r.choice(B62) for _ in range(10)),
    ]
    for mi in range(minutes):
        for _ in range(r.randrange(9, 17)):
            emit((LOG_START + mi * 60) * 1000 + r.randrange(60000), "DEBUG", "payment-service",
                 r.choice(HOSTS), r.choice(debug_tmpls)())
    for t in ("02:47:12", "03:02:40", "03:17:55", "03:33:03", "03:48:31", "04:03:58", "04:19:20"):
        emit(epoch(t) * 1000 + r.randrange(1000), "WARN", "payment-service", r.choice(HOSTS),
             "Deprecated API version 2023-10-16 requested by client cl_8Hq2LmZ0aR (sunset 2026-06-30)",
             trace=trace())
    emit(epoch("03:00:00") * 1000 + 5, "INFO", "payment-service", "payment-7f9c-2",
         "Scheduled task purge-expired-idempotency-keys started")
    emit(epoch("03:00:02") * 1000 + 441, "INFO", "payment-service", "payment-7f9c-2",
         "Scheduled task purge-expired-idempotency-keys finished: deleted 18231 rows in 2.4 s")
    emit(epoch("03:47:09") * 1000 + 230, "WARN", "payment-service", "payment-7f9c-3",
         "Acquirer adyen responded slowly (2412 ms) for %s" % pay_id(), trace=trace())

    recs.sort(key=lambda x: (x[0], x[1]))
    assert all(LOG_START * 1000 <= x[0] < LOG_END * 1000 for x in recs)
    lines = [json.dumps(o, ensure_ascii=False, separators=(",", ":")) for _, _, o, _ in recs]
    write("error-logs-2026-02-16.json", "\n".join(lines) + "\n")
    return recs, lines


# --------------------------------------------------------------------------------------------
# Datadog alert timeline (Markdown, as pasted by a user)
# --------------------------------------------------------------------------------------------

DD_ROWS = [
    ("00:40:00", "[jobs-cron] Disk usage > 85% on jobs-cron-5b8d-2", "Warn", "86.4%", "85%"),
    ("00:45:00", "[jobs-cron] Disk usage > 85% on jobs-cron-5b8d-2", "OK", "79.1%", "85%"),
    ("01:20:00", "[jobs-cron] Disk usage > 85% on jobs-cron-5b8d-2", "Warn", "85.3%", "85%"),
    ("01:26:00", "[jobs-cron] Disk usage > 85% on jobs-cron-5b8d-2", "OK", "78.8%", "85%"),
    ("02:12:00", DD_ERR, "Triggered", "5.8%", "5%"),
    ("02:12:30", DD_P99, "Triggered", "31.2s", "2s"),
    ("02:31:00", DD_ERR, "Recovered", "0.8%", "5%"),
    ("02:33:30", DD_P99, "Recovered", "640ms", "2s"),
    ("03:55:00", "[ledger-api] Kafka consumer lag > 10k on ledger-events", "Warn", "11.2k", "10k"),
    ("04:02:00", "[ledger-api] Kafka consumer lag > 10k on ledger-events", "OK", "3.4k", "10k"),
]


def write_datadog(peak_share, peak_minute):
    out = ["# Datadog alert timeline — payment-service incident, night of 2026-02-15/16", "",
           "Exported from Datadog (Monitors → Monitor Events, org ferropay-eu, `env:prod`) by Rafa Llorente "
           "on 2026-02-16 09:12 CET.",
           "All times in this document are UTC.", "",
           "| Time (UTC) | Monitor | Status | Value | Threshold |",
           "|---|---|---|---|---|"]
    for t, mon, st, val, thr in DD_ROWS:
        out.append("| 2026-02-16 %s | %s | %s | %s | %s |" % (t, mon, st, val, thr))
    out += ["", "## Metric values at each transition", "",
            "- 02:12:00 — API error rate (5m avg) 5.8%, threshold 5%. p99 latency at the same point: 24.9s.",
            "- 02:12:30 — p99 latency of `POST /v1/payments` 31.2s, threshold 2s "
            "(requests waiting 30s for a DB connection, then failing).",
            "- Peak API error rate (1m rollup): %.1f%% at %s." % (peak_share, peak_minute),
            "- 02:31:00 — API error rate back to 0.8%.",
            "- 02:33:30 — p99 latency back to 640ms.", "",
            "## Monitors in scope", "",
            "- `[payment-service] API error rate > 5%%` (id %d): notifies @pagerduty-payment-service and "
            "@slack-alerts-payments. Evaluated every 30s." % DD_ERR_ID,
            "- `[payment-service] p99 latency > 2s` (id %d): notifies @slack-alerts-payments only (no page)." % DD_P99_ID,
            "- `[payment-service] Apdex < 0.85` (id 48213930): did not trigger this night.",
            "- `[jobs-cron] Disk usage > 85%` (id 47110022): warning-only monitor, flapping since the log "
            "volume change on 2026-02-11; unrelated.",
            "- `[ledger-api] Kafka consumer lag > 10k` (id 45900871): unrelated.", ""]
    write("datadog-timeline.md", "\n".join(out))


# --------------------------------------------------------------------------------------------
# PagerDuty REST v2 GET /incidents/{id}/log_entries
# --------------------------------------------------------------------------------------------

PD_USERS = {"dani": ("PDORT7K", "Dani Ortega"), "rafa": ("PRLL0R3", "Rafa Llorente")}
PD_SERVICE = {"id": "PSV4K2D", "type": "service_reference", "summary": "payment-service",
              "self": "https://api.pagerduty.com/services/PSV4K2D",
              "html_url": "https://%s.pagerduty.com/service-directory/PSV4K2D" % WORKSPACE}


def pd_user_ref(key):
    pid, name = PD_USERS[key]
    return {"id": pid, "type": "user_reference", "summary": name,
            "self": "https://api.pagerduty.com/users/" + pid,
            "html_url": "https://%s.pagerduty.com/users/%s" % (WORKSPACE, pid)}


PD_NOTE = ("Hotfix CHG-2291 applied 02:23 UTC: db.pool.max_size 10 -> 50 on payment-service (live reload, "
           "3/3 pods). Suspected cause: invoice-reconciliation run at 02:00 UTC (40 workers, moved there in "
           "#482 on Friday) exhausting the payment-service DB connection pool. IC: Rafa Llorente. "
           "Comms in #inc-2026-02-16-payments.")


def write_pagerduty():
    r = random.Random(SEED + 20)
    incident = {"id": PD_INCIDENT_ID, "type": "incident_reference",
                "summary": "[#%d] %s" % (PD_INCIDENT_NUMBER, PD_TITLE),
                "self": "https://api.pagerduty.com/incidents/" + PD_INCIDENT_ID, "html_url": PD_URL}
    teams = [{"id": "PT9PLAT", "type": "team_reference", "summary": "Platform",
              "self": "https://api.pagerduty.com/teams/PT9PLAT",
              "html_url": "https://%s.pagerduty.com/teams/PT9PLAT" % WORKSPACE}]
    email = "dani.ortega@" + EMAIL_DOMAIN
    phone = "+34 612 345 678"
    trig_desc = "[Triggered] %s" % DD_ERR
    specs = [
        ("02:12:04", "trigger_log_entry", "Triggered through the API.", PD_SERVICE,
         {"type": "api", "service_key": "f3a1********************c92e", "description": trig_desc,
          "incident_key": "datadog-monitor-%d-env:prod" % DD_ERR_ID,
          "details": {"monitor_id": DD_ERR_ID, "value": "5.8%", "threshold": "5%", "env": "prod",
                      "link": "https://app.datadoghq.eu/monitors/%d" % DD_ERR_ID},
          "summary": trig_desc, "client": "Datadog",
          "client_url": "https://app.datadoghq.eu/monitors/%d" % DD_ERR_ID},
         {"event_details": {"description": trig_desc}}),
        ("02:12:04", "assign_log_entry", "Assigned to Dani Ortega.", PD_SERVICE, {"type": "auto"},
         {"assignees": [pd_user_ref("dani")]}),
        ("02:12:04", "notify_log_entry", "Notified Dani Ortega by SMS.", PD_SERVICE,
         {"type": "auto", "notification": {"type": "sms", "address": phone, "status": "success"}},
         {"user": pd_user_ref("dani")}),
        ("02:12:05", "notify_log_entry", "Notified Dani Ortega by push notification.", PD_SERVICE,
         {"type": "auto", "notification": {"type": "push", "address": "Dani's Pixel 8", "status": "success"}},
         {"user": pd_user_ref("dani")}),
        ("02:12:05", "notify_log_entry", "Notified Dani Ortega by email.", PD_SERVICE,
         {"type": "auto", "notification": {"type": "email", "address": email, "status": "success"}},
         {"user": pd_user_ref("dani")}),
        ("02:13:05", "notify_log_entry", "Notified Dani Ortega by phone.", PD_SERVICE,
         {"type": "auto", "notification": {"type": "phone", "address": phone, "status": "success"}},
         {"user": pd_user_ref("dani")}),
        ("02:14:10", "acknowledge_log_entry", "Acknowledged by Dani Ortega.", pd_user_ref("dani"),
         {"type": "mobile"}, {"acknowledgement_timeout": 1800}),
        ("02:24:28", "annotate_log_entry", "Note added", pd_user_ref("rafa"),
         {"type": "note", "summary": PD_NOTE}, {}),
        ("03:10:00", "resolve_log_entry", "Resolved by Dani Ortega.", pd_user_ref("dani"),
         {"type": "website"}, {}),
    ]
    entries = []
    for i, (t, typ, summary, agent, channel, extra) in enumerate(specs):
        sec = epoch(t)
        eid = "R" + "".join(r.choice(B36) for _ in range(13))
        created = dt.datetime.fromtimestamp(sec, tz=UTC).astimezone(MADRID).isoformat()
        e = {"id": eid, "type": typ, "summary": summary,
             "self": "https://api.pagerduty.com/log_entries/" + eid, "html_url": None,
             "created_at": created, "agent": agent, "channel": channel, "service": PD_SERVICE,
             "incident": incident, "teams": teams, "contexts": []}
        e.update(extra)
        entries.append((sec, i, e))
    entries.sort(key=lambda x: (x[0], x[1]), reverse=True)
    doc = {"log_entries": [e for _, _, e in entries], "limit": 100, "offset": 0, "more": False,
           "total": None}
    write("pagerduty-log-entries.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    return entries


# --------------------------------------------------------------------------------------------
# git log --pretty=fuller --date=iso-strict
# --------------------------------------------------------------------------------------------

def write_git():
    def who(k):
        n, e = GIT_PEOPLE[k]
        return "%s <%s>" % (n, e)
    ordered = sorted(GIT, key=lambda g: dt.datetime.fromisoformat(g["cdate"]), reverse=True)
    out = []
    for g in ordered:
        if out:
            out.append("")
        out.append("commit " + g["sha"])
        if g["merge"]:
            out.append("Merge: %s %s" % g["merge"])
        out.append("Author:     " + who(g["author"]))
        out.append("AuthorDate: " + g["adate"])
        out.append("Commit:     " + who(g["committer"]))
        out.append("CommitDate: " + g["cdate"])
        out.append("")
        out.append("    " + g["subject"])
        if g["body"]:
            out.append("    ")
            out += ["    " + b for b in g["body"]]
    write("git-log.txt", "\n".join(out) + "\n")
    return ordered


# --------------------------------------------------------------------------------------------
# Ground truth
# --------------------------------------------------------------------------------------------

EMOJI_ONLY_RE = re.compile(r"^\s*(?::[a-z0-9_+\-]+:(?::skin-tone-[2-6]:)?\s*)+$")
ACK_TEXTS = {"+1", "same", "same here", "ok", "okay", "k", "following", "following along", "ty", "nice"}


def hhmmss(sec):
    return utc_dt(sec).strftime("%H:%M:%S")


def ground_truth(inc, deploys, general, slack_files, txt_entries, txt_lines, recs, lines,
                 pd_entries, git_ordered):
    g = {}
    g["slack_files"] = slack_files
    human = [m for m in inc if m.kind == "human"]
    g["inc_total"] = len(inc)
    g["inc_joins"] = sum(1 for m in inc if m.kind == "join")
    g["inc_leaves"] = sum(1 for m in inc if m.kind == "leave")
    g["inc_topic"] = sum(1 for m in inc if m.kind == "topic")
    g["inc_bot"] = sum(1 for m in inc if m.kind in ("legacybot", "appbot"))
    g["inc_bot_detail"] = "%d Datadog, %d PagerDuty (legacy `bot_message`), %d deploy-bot (app bot)" % (
        sum(1 for m in inc if m.kind == "legacybot" and m.opt["username"] == "Datadog"),
        sum(1 for m in inc if m.kind == "legacybot" and m.opt["username"] == "PagerDuty"),
        sum(1 for m in inc if m.kind == "appbot"))
    g["inc_human"] = len(human)
    g["inc_emoji_only"] = sum(1 for m in human if m.raw and EMOJI_ONLY_RE.match(m.raw))
    g["inc_ack"] = sum(1 for m in human if m.raw.strip().lower() in ACK_TEXTS)
    g["inc_thread_replies"] = sum(1 for m in inc if m.thread_parent is not None)
    g["inc_broadcast"] = sum(1 for m in inc if m.opt.get("broadcast"))
    g["inc_threads"] = [(m, len(m.replies)) for m in inc if m.replies]
    g["inc_edited"] = sum(1 for m in inc if m.opt.get("edited"))
    g["inc_files"] = sum(len(m.opt.get("files") or []) for m in inc)
    g["inc_with_reactions"] = sum(1 for m in inc if m.opt.get("reactions"))
    g["inc_reactions_total"] = sum(len(u) for m in inc for _, u in (m.opt.get("reactions") or []))
    g["inc_mentions"] = sum(len(re.findall(r"<@[a-z0-9]+>", m.raw)) for m in human)
    g["inc_links"] = sum(len(re.findall(r"<https?://", m.raw)) for m in human)
    g["inc_amp"] = sum(1 for m in inc if m.obj.get("text") and "&amp;" in m.obj["text"])
    g["inc_authors"] = sorted({name_of(m.who) for m in human})
    g["inc_first"] = inc[0]
    g["inc_last_night"] = max((m for m in inc if m.sec < epoch("08:00:00")), key=lambda m: m.sec)
    g["inc_last"] = inc[-1]
    g["deploys_total"] = len(deploys)
    g["deploys_bot"] = sum(1 for m in deploys if m.kind == "appbot")
    g["general_total"] = len(general)
    g["txt_entries"] = len(txt_entries)
    g["txt_lines"] = txt_lines
    # logs
    g["log_lines"] = len(lines)
    g["log_bytes"] = sum(len(l.encode()) + 1 for l in lines)
    levels = {}
    services = {}
    for _, _, o, _ in recs:
        levels[o["level"]] = levels.get(o["level"], 0) + 1
        services[o["service"]] = services.get(o["service"], 0) + 1
    g["log_levels"] = levels
    g["log_services"] = services
    reqs = [(i, o) for i, (_, _, o, _) in enumerate(recs) if "http" in o]
    five = [(i, o) for i, o in reqs if o["http"]["status"] >= 500]
    g["log_requests"] = len(reqs)
    g["log_5xx"] = len(five)
    g["log_5xx_post"] = sum(1 for _, o in five if o["http"]["method"] == "POST")
    g["log_5xx_users"] = len({o["user_id"] for _, o in five})
    g["log_first_5xx"] = (five[0][0] + 1, five[0][1]["timestamp"])
    g["log_last_5xx"] = (five[-1][0] + 1, five[-1][1]["timestamp"])
    per_min = {}
    for _, o in reqs:
        k = o["timestamp"][11:16]
        t, f = per_min.get(k, (0, 0))
        per_min[k] = (t + 1, f + (1 if o["http"]["status"] >= 500 else 0))
    g["log_per_min"] = per_min
    cross = next(k for k in sorted(per_min) if per_min[k][1] / per_min[k][0] > 0.05)
    g["log_cross_5pct"] = cross
    after = next(k for k in sorted(per_min) if k > "02:23" and per_min[k][1] / per_min[k][0] < 0.01)
    g["log_first_below_1pct"] = after
    assert all(per_min[k][1] / per_min[k][0] < 0.01 for k in per_min if k >= after)
    peak = max(sorted(per_min), key=lambda k: per_min[k][1] / per_min[k][0])
    g["log_peak"] = (peak, 100.0 * per_min[peak][1] / per_min[peak][0])
    first_err = next(i for i, (_, _, o, _) in enumerate(recs) if o["level"] == "ERROR")
    first_warn = next(i for i, (_, _, o, _) in enumerate(recs) if o["level"] == "WARN")

    def find(pred):
        return next(i for i, (_, _, o, meta) in enumerate(recs) if pred(o, meta))
    g["log_key"] = {
        "first_warn": first_warn, "first_error": first_err,
        "recon_start": find(lambda o, m: m.get("recon_start")),
        "first_slow_query": find(lambda o, m: m.get("slow_query")),
        "pool_saturated_stats": find(lambda o, m: m.get("pool_stats") == (10, 0, 37, 10)),
        "pool_warn": find(lambda o, m: m.get("pool_warn")),
        "first_5xx": five[0][0], "hotfix": find(lambda o, m: m.get("hotfix")),
        "first_pool_50": find(lambda o, m: (m.get("pool_stats") or (0, 0, 0, 0))[3] == 50),
        "last_5xx": five[-1][0], "recon_end": find(lambda o, m: m.get("recon_end")),
        "drained": find(lambda o, m: m.get("drained")),
        "breaker_open": find(lambda o, m: m.get("breaker_open")),
    }
    g["log_pool_warn_count"] = sum(1 for _, _, _, m in recs if m.get("pool_warn"))
    g["log_health"] = sum(1 for _, _, o, _ in recs if o["message"] == "health check ok")
    g["log_pool_stats"] = sum(1 for _, _, _, m in recs if m.get("pool_stats"))
    g["log_retry_enqueue"] = sum(1 for _, _, _, m in recs if m.get("retry_enqueue"))
    g["log_hotfix_lines"] = sum(1 for _, _, _, m in recs if m.get("hotfix"))
    g["pd_entries"] = pd_entries
    g["git"] = git_ordered
    return g


def inc_ref(inc, ref):
    return next(m for m in inc if m.ref == ref)


def md_msg(m):
    return "`%s` ts `%s` (%s)" % (m.file.split("/", 1)[1], m.ts, author_line(m))


def write_readme(g, inc, deploys, recs):
    L_ = []
    a = L_.append
    lk = g["log_key"]

    def logref(key):
        i = lk[key]
        o = recs[i][2]
        return "line %d (`%s`, %s)" % (i + 1, o["timestamp"], o["level"])

    def txtref(m):
        return "line %d" % m.txt_line if getattr(m, "txt_line", None) else "not shown (thread-only reply)"

    def pdref(typ, idx=0):
        es = [e for _, _, e in sorted(g["pd_entries"], key=lambda x: (x[0], x[1])) if e["type"] == typ]
        e = es[idx]
        return "`%s` `%s` (%s)" % (e["id"], e["created_at"], typ)

    a("# Sample incidents")
    a("")
    a("Realistic raw exports for trying Postmortem Workbench and for testing its parsers and analysis. "
      "Everything in `payment-service-outage/` is generated by "
      "`generator/generate_payment_service_outage.py` (Python 3, stdlib only, fixed seed "
      "%d, byte-identical on every run). **Do not edit the generated files by hand**: change the generator, "
      "re-run it (`python3 samples/generator/generate_payment_service_outage.py`) and it rewrites the folder "
      "and this README with fresh ground-truth numbers." % SEED)
    a("")
    a("All people, IDs, e-mail addresses (`@%s`), phone numbers and tokens are fictional. The Slack "
      "file tokens are the obviously fake `%s`." % (EMAIL_DOMAIN, FAKE_TOKEN))
    a("")
    a("## payment-service outage, 2026-02-16 (SEV2)")
    a("")
    a("Ferropay, a fintech with a platform team in Madrid (Europe/Madrid, UTC+01:00 in February). On Friday "
      "2026-02-13 invoice-reconciliation v3.8.0 was deployed: it shipped the parallel worker pool from "
      "#474 (`workers: 40`) and moved the job's cron from `0 14 * * *` to `0 2 * * *` (#482). The runs on "
      "Saturday and Sunday night caused a few 503s that stayed under the alert threshold. On Monday "
      "2026-02-16 at 02:00:01 UTC the run starts against the payments database; its 40 workers hold long "
      "batch transactions, payment-service queries slow down and its HikariPool (hard-coded max 10) is "
      "saturated at 02:03:05 (`active=10 idle=0 waiting=37 max=10`). Requests begin to time out after 30 s "
      "(HTTP 503, `SQLTransientConnectionException`); the error rate crosses 5% and Datadog pages at "
      "02:12. Dani (on call) acknowledges at 02:14, finds the pool exhaustion at 02:17, Marta connects "
      "it to the job at 02:19, Dani raises `db.pool.max_size` 10 -> 50 through a runtime override at "
      "02:23 (CHG-2291), the error rate is below 1% at 02:31, the 137 queued payments are replayed by "
      "02:45 and Rafa (IC) resolves at 03:10. There is no monitor on connection-pool utilisation.")
    a("")
    a("Red herring: the Sunday-night deploy of fraud-scoring v1.14.2 (2026-02-15 22:47:19 UTC), "
      "suggested in the channel at 02:15 and ruled out at 02:22.")
    a("")
    a("### Files")
    a("")
    a("| File | Format (expected `format` id) | What it holds |")
    a("|---|---|---|")
    a("| `incident-slack-export/` | `slack-export` | Official workspace export layout: `channels.json`, "
      "`users.json`, `integration_logs.json`, 3 channel folders with day files |")
    a("| `incident-slack-thread.txt` | `slack-text` | The incident channel as copied from the Slack desktop "
      "client (channel view) |")
    a("| `error-logs-2026-02-16.json` | `json-logs` (generic dialect) | JSON lines, 02:00:00–04:30:00 UTC |")
    a("| `datadog-timeline.md` | `datadog-timeline` | Markdown alert table pasted from Datadog |")
    a("| `pagerduty-log-entries.json` | `pagerduty` | `GET /incidents/%s/log_entries` response |" % PD_INCIDENT_ID)
    a("| `git-log.txt` | `git-log` | `git log --pretty=fuller --date=iso-strict` of `platform-jobs` |")
    a("")
    a("## Ground truth")
    a("")
    a("### Per file")
    a("")
    a("| File | Count |")
    a("|---|---|")
    for rel in sorted(g["slack_files"]):
        n = g["slack_files"][rel]
        a("| `%s` | %d message%s |" % (rel, n, "" if n == 1 else "s"))
    a("| `incident-slack-export/users.json` | %d users (%d people, 2 bot users, Slackbot, 1 deleted) |" % (
        len(USERS) + 2, sum(1 for u in USERS.values() if not u["bot"])))
    a("| `incident-slack-export/channels.json` | 3 channels |")
    a("| `incident-slack-export/integration_logs.json` | 5 entries |")
    a("| `incident-slack-thread.txt` | %d messages (%d lines) |" % (g["txt_entries"], g["txt_lines"]))
    a("| `error-logs-2026-02-16.json` | %d lines, %d bytes (avg %.0f bytes/line) |" % (
        g["log_lines"], g["log_bytes"], g["log_bytes"] / g["log_lines"]))
    a("| `datadog-timeline.md` | %d table rows (%d on payment-service monitors) |" % (
        len(DD_ROWS), sum(1 for r in DD_ROWS if r[1].startswith("[payment-service]"))))
    a("| `pagerduty-log-entries.json` | %d log entries |" % len(g["pd_entries"]))
    a("| `git-log.txt` | %d commits (1 merge) |" % len(g["git"]))
    a("")
    a("### Slack: `#%s` (channel id `%s`)" % (CHANNELS["inc"]["name"], CHANNELS["inc"]["id"]))
    a("")
    a("Day files are named by the America/Los_Angeles date, so everything from the night (02:12–03:41 UTC "
      "on 2026-02-16 = Sunday afternoon in Los Angeles) is in `2026-02-15.json`; the morning messages "
      "(08:42 UTC onwards) are in `2026-02-16.json`. One thread reply (Marta, 08:42:17 UTC) lives in "
      "`2026-02-16.json` while its parent is in `2026-02-15.json`.")
    a("")
    a("| Measure | Value |")
    a("|---|---|")
    rows = [
        ("messages in the export (both day files)", g["inc_total"]),
        ("`channel_join`", g["inc_joins"]),
        ("`channel_leave`", g["inc_leaves"]),
        ("`channel_topic`", g["inc_topic"]),
        ("bot messages (have `bot_id`)", "%d (%s)" % (g["inc_bot"], g["inc_bot_detail"])),
        ("human messages (no subtype, or `thread_broadcast`)", g["inc_human"]),
        ("emoji-only human messages (text is only `:shortcode:` tokens)", g["inc_emoji_only"]),
        ("\"+1\"-style acks (text, lower-cased and trimmed, is one of %s)" %
         ", ".join("`%s`" % t for t in sorted(ACK_TEXTS)), g["inc_ack"]),
        ("thread replies (`thread_ts` != `ts`, includes the broadcast)", g["inc_thread_replies"]),
        ("of which `thread_broadcast`", g["inc_broadcast"]),
        ("edited messages (`edited{user,ts}`)", g["inc_edited"]),
        ("messages with reactions / sum of reaction counts", "%d / %d" % (g["inc_with_reactions"],
                                                                         g["inc_reactions_total"])),
        ("uploaded files (`files[]`, PNG screenshots)", g["inc_files"]),
        ("user mentions `<@U…>` in human messages", g["inc_mentions"]),
        ("links `<https://…>` in human messages", g["inc_links"]),
        ("messages whose `text` contains `&amp;`", g["inc_amp"]),
        ("distinct human authors", len(g["inc_authors"])),
        ("first message", "%s %s" % (hhmmss(g["inc_first"].sec), md_msg(g["inc_first"]))),
        ("last message of the night", "%s %s" % (hhmmss(g["inc_last_night"].sec), md_msg(g["inc_last_night"]))),
        ("last message", "%s %s" % (hhmmss(g["inc_last"].sec), md_msg(g["inc_last"]))),
    ]
    for k, v in rows:
        a("| %s | %s |" % (k, v))
    for m, n in g["inc_threads"]:
        a("| thread under %s %s | %d replies |" % (hhmmss(m.sec), md_msg(m), n))
    a("")
    a("Other channels: `#deploys` %d messages (%d deploy-bot, %d human) over 2026-02-12..16 UTC; `#general` "
      "%d messages, none between 2026-02-16 00:00 and 08:00 UTC (so the default \"channels with "
      "activity in the incident window\" selects only `#%s` and `#deploys`)." % (
          g["deploys_total"], g["deploys_bot"], g["deploys_total"] - g["deploys_bot"], g["general_total"],
          CHANNELS["inc"]["name"]))
    a("")
    a("### Copied thread text (`incident-slack-thread.txt`)")
    a("")
    a("- Same conversation as the export's channel view: every message of `#%s` **except** the "
      "%d thread-only replies (the client does not show them in the channel), so %d messages. The "
      "`thread_broadcast` reply is included." % (CHANNELS["inc"]["name"],
                                                 g["inc_thread_replies"] - g["inc_broadcast"], g["txt_entries"]))
    a("- Line 1 is the day separator `Monday, February 16th`; it is the only one (every message is on Monday "
      "in Europe/Madrid). No year, no zone.")
    a("- Each message: author line (Slack display name: `display_name`, else `real_name`; bots: `Datadog`, "
      "`PagerDuty`, `deploy-bot`), then the clock time in Europe/Madrid as `h:mm AM|PM` (`3:12 AM` = 02:12 UTC), "
      "then body lines.")
    a("- Body rendering from the export `text`: `<@U…>` -> `@Display Name`, `<#C…|name>` -> `#name`, "
      "`<!here>` -> `@here`, `<url|label>` -> `label`, `<url>` -> `url`, `&amp;`/`&lt;`/`&gt;` -> `&`/`<`/`>`, "
      "inline-code backticks and `*bold*` asterisks removed, emoji kept as `:shortcode:`.")
    a("- Joins render as `joined #%s.`, the leave as `left #%s.`, the topic change as "
      "`set the channel topic: …`." % (CHANNELS["inc"]["name"], CHANNELS["inc"]["name"]))
    a("- Bot messages (`Datadog`, `PagerDuty`): attachment title line, attachment text lines, then each "
      "field as two lines (field title, field value), e.g. `Value` / `5.8%`.")
    a("- Uploaded files: one line with the file name (`Screenshot 2026-02-16 at 03.16.12.png`, a local-time "
      "name) after the text.")
    a("- `(edited)` is appended to the last text line of edited messages.")
    a("- Reactions: one `:name:` line followed by one count line, per reaction.")
    a("- Thread parents are followed by `N replies` and `View thread` lines; the broadcast reply starts with a "
      "`replied to a thread: <first 60 chars of the parent>…` line.")
    a("- One `new` line (unread divider) sits before the first message at or after %s UTC." % NEW_MARKER_BEFORE)
    a("")
    a("### Logs (`error-logs-2026-02-16.json`)")
    a("")
    a("A request line is a line with an `http` object (`user_id` is present on all of them except the "
      "webhook line, which has none). 5xx = `http.status >= 500`. \"Share\" = 5xx request lines / request "
      "lines in the same UTC minute.")
    a("")
    a("| Measure | Value |")
    a("|---|---|")
    lv = g["log_levels"]
    rows = [
        ("total lines", g["log_lines"]),
        ("lines per level", ", ".join("%s %d" % (k, lv.get(k, 0)) for k in ("DEBUG", "INFO", "WARN", "ERROR"))),
        ("lines per service", ", ".join("%s %d" % (k, v) for k, v in sorted(g["log_services"].items()))),
        ("request lines", g["log_requests"]),
        ("5xx request lines (all 503, all `error.kind` SQLTransientConnectionException)",
         "%d (%d `POST /v1/payments`, %d `GET /v1/payments/{id}`)" % (g["log_5xx"], g["log_5xx_post"],
                                                                       g["log_5xx"] - g["log_5xx_post"])),
        ("distinct `user_id` among 5xx lines", g["log_5xx_users"]),
        ("first 5xx", "%s (line %d)" % g["log_first_5xx"][::-1]),
        ("last 5xx", "%s (line %d)" % g["log_last_5xx"][::-1]),
        ("first minute with 5xx share > 5%", g["log_cross_5pct"]),
        ("peak minute share", "%s, %.1f%%" % g["log_peak"]),
        ("first minute after the 02:23 hotfix with share < 1% (and every later minute)",
         g["log_first_below_1pct"]),
        ("`health check ok` heartbeat lines (every 10 s)", g["log_health"]),
        ("`connection pool stats` lines (every 30 s)", g["log_pool_stats"]),
        ("`Connection pool utilisation at 100%` WARN lines", g["log_pool_warn_count"]),
        ("`queued for retry` WARN lines", g["log_retry_enqueue"]),
        ("`Configuration reloaded` lines (one per pod)", g["log_hotfix_lines"]),
    ]
    for k, v in rows:
        a("| %s | %s |" % (k, v))
    a("")
    a("Key lines (1-based line numbers):")
    a("")
    a("| What | Where |")
    a("|---|---|")
    for key, label in (("first_warn", "first WARN of the file (unrelated: deprecated API version)"),
                       ("first_error", "first ERROR of the file (unrelated: webhook signature mismatch, 401)"),
                       ("recon_start", "invoice-reconciliation run starts"),
                       ("first_slow_query", "first slow-query WARN (early symptom)"),
                       ("pool_saturated_stats", "pool stats `active=10 idle=0 waiting=37 max=10`"),
                       ("pool_warn", "first `Connection pool utilisation at 100% (10/10), 37 threads waiting`"),
                       ("first_5xx", "first 5xx (impact start)"),
                       ("breaker_open", "retry circuit breaker opens"),
                       ("hotfix", "first `Configuration reloaded: db.pool.max_size 10 -> 50 (hotfix, change CHG-2291)`"),
                       ("first_pool_50", "first pool stats with `max=50`"),
                       ("last_5xx", "last 5xx"),
                       ("recon_end", "`Run finished: 48211 invoices reconciled in 2662 s`"),
                       ("drained", "`Retry queue drained: 137 queued transactions processed successfully`")):
        a("| %s | %s |" % (label, logref(key)))
    a("")
    a("Per-minute request lines / 5xx lines / share, 02:00–02:35:")
    a("")
    a("| Minute (UTC) | Requests | 5xx | Share |")
    a("|---|---|---|---|")
    for k in sorted(g["log_per_min"]):
        if k <= "02:35":
            t, f = g["log_per_min"][k]
            a("| %s | %d | %d | %.2f%% |" % (k, t, f, 100.0 * f / t))
    a("")
    a("### Key moments (UTC) and where each is recorded")
    a("")
    K = lambda ref: inc_ref(inc, ref)
    dep = lambda ref: next(m for m in deploys if m.ref == ref)
    a("| Time (UTC) | Moment | Slack export | Slack text | Logs | Datadog / PagerDuty / git |")
    a("|---|---|---|---|---|---|")
    a("| 2026-02-13 11:31:44 | trigger: invoice-reconciliation v3.8.0 deployed (cron -> `0 2 * * *`, workers 40) "
      "| %s | – | – | git `%s` (#482, AuthorDate 2026-02-13T10:41:18+01:00), release commit `%s` |" % (
          md_msg(dep("trigger_deploy")), SHA_482[:12], SHA_380[:12]))
    a("| 2026-02-15 22:47:19 | red herring: fraud-scoring v1.14.2 deployed | %s | – | – | – |" % md_msg(dep("red_herring_deploy")))
    a("| 02:00:01 | batch job starts | – | – | %s | – |" % logref("recon_start"))
    a("| 02:03:05 | pool saturated (100%%, 37 waiting) | – | – | %s; %s | – |" % (logref("pool_saturated_stats"), logref("pool_warn")))
    a("| %s | first failed request (impact start) | – | – | %s | – |" % (g["log_first_5xx"][1][11:19], logref("first_5xx")))
    a("| 02:12 | **1. alert: API error rate > 5%% (5.8%%)** | %s | %s | minute %s share > 5%% | Datadog row `2026-02-16 02:12:00` Triggered; PD %s |" % (
        md_msg(K("K1")), txtref(K("K1")), g["log_cross_5pct"], pdref("trigger_log_entry")))
    a("| 02:14 | **2. page acknowledged by Dani** | %s; %s | %s; %s | – | PD %s |" % (
        md_msg(K("K2_pd")), md_msg(K("K2")), txtref(K("K2_pd")), txtref(K("K2")), pdref("acknowledge_log_entry")))
    a("| 02:17 | **3. Dani identifies pool exhaustion** | %s | %s | – | – |" % (md_msg(K("K3")), txtref(K("K3"))))
    a("| 02:19 | root-cause hint: Marta links it to the 02:00 job (thread broadcast) | %s | %s | – | – |" % (
        md_msg(K("root_cause_hint")), txtref(K("root_cause_hint"))))
    a("| 02:20 | support: 4 tickets | %s | %s | – | – |" % (md_msg(K("support_tickets")), txtref(K("support_tickets"))))
    a("| 02:23 | **4. hotfix: pool 10 -> 50 (CHG-2291)** | %s; %s; `#deploys` %s | %s; %s | %s | PD note %s |" % (
        md_msg(K("K4")), md_msg(K("K4_deploy")), md_msg(dep("hotfix_deploy")).split(" ", 1)[1],
        txtref(K("K4")), txtref(K("K4_deploy")), logref("hotfix"), pdref("annotate_log_entry")))
    a("| 02:31 | **5. error rate below 1%% (mitigated)** | %s; %s | %s; %s | last 5xx %s; minute %s share < 1%% | Datadog row `2026-02-16 02:31:00` Recovered 0.8%% |" % (
        md_msg(K("K5_dd")), md_msg(K("K5")), txtref(K("K5_dd")), txtref(K("K5")), g["log_last_5xx"][1][11:23],
        g["log_first_below_1pct"]))
    a("| 02:45 | **6. retry queue drained, 137 transactions OK** | %s | %s | %s | – |" % (
        md_msg(K("K6")), txtref(K("K6")), logref("drained")))
    a("| 03:10 | **7. incident resolved** | %s; %s | %s; %s | – | PD %s |" % (
        md_msg(K("K7_pd")), md_msg(K("K7")), txtref(K("K7_pd")), txtref(K("K7")), pdref("resolve_log_entry")))
    a("")
    a("### Expected analysis")
    a("")
    first5 = g["log_first_5xx"][1]
    imp = dt.datetime.fromisoformat(first5.replace("Z", "+00:00"))
    det = dt.datetime(2026, 2, 16, 2, 12, 0, tzinfo=UTC)
    ack = dt.datetime(2026, 2, 16, 2, 14, 10, tzinfo=UTC)
    mit = dt.datetime(2026, 2, 16, 2, 31, 0, tzinfo=UTC)
    res = dt.datetime(2026, 2, 16, 3, 10, 0, tzinfo=UTC)
    mins = lambda d: round(d.total_seconds() / 60.0, 1)
    a("| Boundary | Time (UTC) | Evidence |")
    a("|---|---|---|")
    a("| impact start | %s | first 5xx log line (resource saturation already at 02:03:05.041, pool WARN) |" % first5)
    a("| detected | 2026-02-16T02:12:00Z | Datadog `Triggered` row (Slack alert 02:12:09, PD trigger 02:12:04) |")
    a("| acknowledged | 2026-02-16T02:14:10Z | PagerDuty `acknowledge_log_entry` (Slack: PD bot 02:14:12, Dani 02:14:25) |")
    a("| mitigated | 2026-02-16T02:31:00Z | Datadog `Recovered` row (hotfix applied 02:23:10; last 5xx %s) |" % g["log_last_5xx"][1])
    a("| resolved | 2026-02-16T03:10:00Z | PagerDuty `resolve_log_entry` (Slack: PD bot 03:10:03, Rafa 03:10:21) |")
    a("")
    a("Durations with those boundaries: time_to_detect %.1f min, time_to_acknowledge %.1f min, "
      "time_to_mitigate %.1f min, time_to_resolve %.1f min. Impact: %d failed requests (5xx lines), %d "
      "distinct users; no data loss (all %d queued payments replayed). Severity: SEV2 (declared by the IC "
      "at 02:13:20). Suspected trigger: invoice-reconciliation v3.8.0 (deploy 2026-02-13T11:31:44Z, "
      "commit `%s` #482, first run in the log at 02:00:01); not fraud-scoring v1.14.2." % (
          mins(det - imp), mins(ack - det), mins(mit - imp), mins(res - imp), g["log_5xx"],
          g["log_5xx_users"], RETRY_QUEUE_TOTAL, SHA_482[:12]))
    a("")
    a("Note: the seed article speaks of \"23 minutes of degraded service\" and \"approximately 140 failed "
      "API calls\"; this sample has %d failed calls and %.1f minutes from the first 5xx to the Datadog "
      "recovery (19 minutes from alert to recovery)." % (g["log_5xx"], mins(mit - imp)))
    a("")
    a("### Format details the parsers must handle")
    a("")
    a("- Slack JSON: indent 4, `\\/` escaping, non-ASCII as `\\uXXXX` (e.g. `Luc\\u00eda`), no trailing newline. "
      "`ts` strings with 6-digit micros; `edited.ts` has `.000000`. Modern human messages carry "
      "`client_msg_id`, `team`, `user_profile`, `blocks` (rich_text); text is mrkdwn with `&amp;`, `&lt;`, `&gt;` "
      "(e.g. `10 -&gt; 50`, URLs with `&amp;`).")
    a("- Datadog/PagerDuty messages are legacy `subtype:\"bot_message\"` with `bot_id`, `username`, no `user`, "
      "`text:\"\"` and content in `attachments[]` (`fallback`, `title`, `text`, `fields`, `color`, numeric `ts`). "
      "deploy-bot messages have no subtype, `user` = a bot user (`is_bot:true` in users.json), `bot_id`, "
      "`app_id`, `bot_profile.name`, content in `text` and `blocks` (section + context).")
    a("- `users.json`: %d users with empty `display_name` (real_name applies) and some display names that differ "
      "from the real name (`tomasv`, `Lucía G.`, `iker`, `javi`, …). All people `tz` Europe/Madrid "
      "(`tz_offset` 3600) except Ben (Europe/London) and a few others." % sum(
          1 for u in USERS.values() if not u["bot"] and not u["display"]))
    a("- `users.json` also holds `USLACKBOT` and a deleted user (`deleted:true`, no top-level `real_name`, only "
      "`profile.real_name`); neither posts. Dani's profile carries a phone number (PII).")
    a("- The channel creator and first join is the PagerDuty bot user; the deploy-bot user joins at 02:22:58.")
    a("- Emoji-only texts include skin tones (`:+1::skin-tone-3:`; blocks: `emoji` with `skin_tone`). Screenshot "
      "URLs (`url_private*`, `thumb_*`) carry `?t=xoxe-…` tokens.")
    a("- Logs: JSON lines, ISO-8601 UTC with milliseconds and `Z`; fields `timestamp`, `level`, `service`, "
      "`host`, optional `trace_id`, `message`, `http{method,path,status,duration_ms}`, `user_id`, "
      "`error{kind,stack}` (stack is a multi-line string). Two services: `payment-service` and "
      "`invoice-reconciliation`. Sorted by time.")
    a("- Datadog timeline: first Markdown table, header exactly `| Time (UTC) | Monitor | Status | Value | "
      "Threshold |`, separator `|---|---|---|---|---|`, times `2026-02-16 HH:MM:SS` (UTC, no zone marker "
      "in the cell; the line above the table says UTC). Monitor names contain `>`. Rows ascending. Below the "
      "table: two bullet-list sections (no other table).")
    a("- PagerDuty: `created_at` with `+01:00` offsets (account zone Europe/Madrid), second precision, "
      "newest first; three entries share 02:12:04Z (`03:12:04+01:00`). Notify entries carry PII in "
      "`channel.notification.address` (phone, e-mail). The note text is in `channel.summary` of the "
      "`annotate_log_entry`.")
    a("- git log: `--pretty=fuller --date=iso-strict`, author offsets +01:00, +00:00, -05:00, +05:30; one merge "
      "commit with a `Merge:` line; the committer of squash merges is `GitHub <noreply@github.com>`.")
    a("")
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L_))


# --------------------------------------------------------------------------------------------

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rs = random.Random(SEED + 5)
    inc = build_objects(INC, rs)
    deploys = build_objects(DEPLOYS_CH, rs)
    general = build_objects(GENERAL_CH, rs)
    slack_files = write_slack_export({"inc": inc, "deploys": deploys, "general": general})
    txt_entries, txt_lines = write_thread_txt(inc)
    recs, lines = generate_logs()
    per_min = {}
    for _, _, o, _ in recs:
        if "http" in o:
            k = o["timestamp"][11:16]
            t, f = per_min.get(k, (0, 0))
            per_min[k] = (t + 1, f + (o["http"]["status"] >= 500))
    peak = max(sorted(per_min), key=lambda k: per_min[k][1] / per_min[k][0])
    write_datadog(100.0 * per_min[peak][1] / per_min[peak][0], peak)
    pd_entries = write_pagerduty()
    git_ordered = write_git()
    g = ground_truth(inc, deploys, general, slack_files, txt_entries, txt_lines, recs, lines,
                     pd_entries, git_ordered)
    write_readme(g, inc, deploys, recs)
    # short summary on stdout
    print("incident channel: %d messages, %d joins, %d bot, %d emoji-only, %d acks, %d thread replies, "
          "%d edited, %d reactions" % (g["inc_total"], g["inc_joins"], g["inc_bot"], g["inc_emoji_only"],
                                        g["inc_ack"], g["inc_thread_replies"], g["inc_edited"],
                                        g["inc_reactions_total"]))
    print("logs: %d lines, %d bytes, levels %s, 5xx %d from %d users, first %s last %s, >5%% at %s, "
          "<1%% from %s, peak %s" % (g["log_lines"], g["log_bytes"], g["log_levels"], g["log_5xx"],
                                    g["log_5xx_users"], g["log_first_5xx"][1], g["log_last_5xx"][1],
                                    g["log_cross_5pct"], g["log_first_below_1pct"], g["log_peak"]))
    print("txt: %d messages, %d lines" % (g["txt_entries"], g["txt_lines"]))
    for rel in sorted(slack_files):
        print("  %s: %d" % (rel, slack_files[rel]))


if __name__ == "__main__":
    sys.exit(main())
