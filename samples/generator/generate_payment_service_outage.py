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
        lines += unescape(_strip_links(att["text"])).replace("*", "").split("\n")
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
        ru = []
        for rp in m.replies:
            if USERS[rp.who]["id"] not in ru:
                ru.append(USERS[rp.who]["id"])
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
                     "reply_users_count": len({USERS[x.who]["id"] for x in p.replies}),
                     "latest_reply": p.replies[-1].ts,
                     "reply_users": sorted({USERS[x.who]["id"] for x in p.replies}),
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
    # & inside the title_link must be escaped like every other text field
    att["title_link"] = esc(att["title_link"])
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
    " · Notified: @pagerduty-payment-service @slack-inc-payments",
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
             reactions=[("crossed_fingers", ["rafa", "marta", "tomas"])])
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
S("02:41:48", "ben", "morning-ish :wave: just catching up. great work all. anything you need from me?")
S("02:42:30", "rafa",
  "<@ben> all under control. will need you for the PM review. also we need to talk about why nothing "
  "alerted on pool saturation, we only page on error rate", ref="no_pool_alert")
S("02:43:02", "ben", ":+1:")
S("02:44:31", "marta", "recon run finished: 48211 invoices in 2662 s, no errors on its side")
S("02:44:50", "rafa", "<@marta> thanks for jumping on at this hour")
K_DRAINED = S("02:45:12", "dani",
              "Retry queue drained, all 137 queued transactions processed successfully. checked idempotency "
              "keys, no duplicate charges", ref="K6",
              reactions=[("tada", ["rafa", "marta", "priya", "jordi", "tomas"]),
                         ("raised_hands", ["ben", "lucia"])])
S("02:45:30", "e01", ":raised_hands:")
S("02:45:41", "e03", "great news")
S("02:46:05", "priya", "confirmed with the 4 customers, their payments went through on retry :white_check_mark:")
S("02:47:20", "rafa", "ok. keeping the channel open till 03:10 to make sure nothing comes back, then I'll resolve")
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
  "I'll open a PR tomorrow to move recon back to 14:00 and cap the workers, not touching prod at 3am again")
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
for _t, _k in (("02:21:52", "e04"), ("02:24:05", "e06"), ("02:34:40", "e19"), ("02:43:30", "e31"),
               ("02:53:50", "e28"), ("03:02:10", "e25")):
    J(_t, _k)

# generic chatter from people who joined (deterministic placement)
NOISE_PHRASES = [":eyes:", ":eyes:", ":eyes:", ":fire:", ":scream:", ":pray:", ":crossed_fingers:",
                 "+1", "+1", "+1", "same", "same here", "ok", "following", "following along",
                 "lurking :eyes:", ":100:", ":+1:", "ty", "thanks for the update", ":coffee:",
                 ":grimacing:", ":face_palm:", ":+1::skin-tone-3:"]
NOISE_WINDOWS = [("02:14:30", "02:23:00", 16), ("02:23:00", "02:33:00", 12), ("02:33:00", "02:50:00", 8),
                 ("02:50:00", "03:40:00", 5)]
NOISE_PEOPLE = ["e01", "e02", "e03", "e04", "e05", "e06", "e08", "e09", "e10", "e11", "e12", "e14",
                "e15", "e19", "e21", "e22", "e23", "e25", "e28", "e31"]


def _add_noise():
    r = random.Random(SEED + 3)
    joined = {m.who: m.sec for m in INC if m.kind == "join"}
    taken = {m.sec for m in INC}
    for a, b, n in NOISE_WINDOWS:
        lo, hi = epoch(a), epoch(b)
        placed = 0
        while placed < n:
            sec = r.randrange(lo, hi)
            who = r.choice(NOISE_PEOPLE)
            if who not in joined or joined[who] + 5 > sec or sec in taken:
                continue
            taken.add(sec)
            S(hm_utc(sec), who, r.choice(NOISE_PHRASES))
            placed += 1


_add_noise()
