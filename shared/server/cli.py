"""``cc-server``: run the routing server, or manage users and topics.

    cc-server [--host H] [--port P] [--data-dir D] [--config FILE] [--demo]
    cc-server [--data-dir D] [--config FILE] COMMAND …   (the options also work after COMMAND)
    cc-server user add USERNAME --role agent --name "Anna K" [--password PW] [--skill transport=3 ...]
    cc-server user list
    cc-server topic add ID "Display name" [--department D]
    cc-server topic name ID LANG "Name in LANG"      ("" removes it; the citizen page)
    cc-server topic department-name DEPARTMENT LANG "Name in LANG"
    cc-server team add|remove NAME, cc-server team rename NAME NEW, cc-server team list
    cc-server team members NAME [--add USER ...] [--remove USER ...]
    cc-server team assign|unassign NAME SUPERVISOR
    cc-server kb import|export PATH, cc-server kb search "QUERY", cc-server kb reindex
    cc-server report --from YYYY-MM-DD --to YYYY-MM-DD [--by topic|agent|hour|weekday]
                     [--csv FILE] [--fcr-days 7]
    cc-server report second-line [--from YYYY-MM-DD] [--to YYYY-MM-DD]
    cc-server staffing --calls N --aht S [--target-seconds T] [--service-level 0.8] | --day D
    cc-server quality criteria [KEY --title --weight --position --active/--no-active]
    cc-server quality report [--from YYYY-MM-DD] [--to YYYY-MM-DD]
    cc-server retention show | set TOPIC DAYS
    cc-server backup FILE                            an online copy, checked

User, topic and team commands write the database directly: run them while the server is
stopped (the server loads users and topics at start).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import getpass
import logging
import os
import signal
import sys
from pathlib import Path

from shared.contracts import PAGE_LANGUAGES
from shared.server import auth
from shared.server.config import ServerConfig, load_config
from shared.server.video import sign_queue


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--data-dir and --config, accepted before the command and after it. After it they
    default to SUPPRESS, so a value given before the command is not reset."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir", default=default, help="folder for the database and recordings (./cc-data)"
    )
    parser.add_argument("--config", default=default, help="TOML file with server settings")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cc-server",
        description="City contact-centre routing server (no command: serve), and its admin"
        " commands. Options before the command apply to it too.",
    )
    _common(parser, top=True)
    parser.add_argument("--host", help="address to listen on (127.0.0.1)")
    parser.add_argument(
        "--port", type=int, help="port for websocket and web page (8765; 0 = any free)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="add the demo city's topics, staff and past week"
    )
    parser.add_argument(
        "--no-demo-history",
        action="store_true",
        help="with --demo: no past week of conversations (tests that count their own)",
    )
    parser.add_argument("--offer-timeout", type=float, help="seconds before ring-no-answer (20)")
    parser.add_argument("--sip-host", help="address of the SIP front door (127.0.0.1)")
    parser.add_argument("--sip-port", type=int, help="SIP front door port, UDP+TCP (5060; 0 = any)")
    parser.add_argument("--rooms", type=int, help="most concurrent calls: room workers (8)")
    parser.add_argument("--rooms-spare", type=int, help="idle rooms kept ready (2)")
    parser.add_argument("--rtp-port-base", type=int, help="first RTP port of the rooms (20000)")
    parser.add_argument(
        "--no-telephony",
        dest="telephony",
        action="store_const",
        const=False,
        help="no switch: chat and knowledge base only",
    )
    parser.add_argument(
        "--phone-network",
        dest="phone_networks",
        action="append",
        metavar="CIDR",
        help="softphones may register from this network too, e.g. 10.20.0.0/16 (repeatable;"
        " default: only from the address the agent's app connects from)",
    )
    parser.add_argument(
        "--srtp",
        choices=["off", "optional"],
        help="media encryption on the rooms' legs (off): optional offers SRTP to every phone",
    )
    parser.add_argument("--tls-cert", help="PEM certificate (chain): serve wss:// and https://")
    parser.add_argument("--tls-key", help="PEM private key of --tls-cert")
    parser.add_argument("--log-level", default="INFO")

    sub = parser.add_subparsers(
        dest="what", metavar="{user,topic,team,kb,report,backup,audit,quality,retention}"
    )
    user = sub.add_parser("user", help="manage users").add_subparsers(dest="action", required=True)
    add = user.add_parser("add", help="create a user")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=["agent", "expert", "supervisor", "admin"])
    add.add_argument("--name", help="display name (defaults to the username)")
    add.add_argument(
        "--password", help="password (better: asked for, or the CC_PASSWORD environment variable)"
    )
    add.add_argument("--skill", action="append", default=[], metavar="TOPIC=LEVEL")
    _common(add)
    lst = user.add_parser("list", help="list users")
    _common(lst)
    rev = user.add_parser("revoke", help="sign a user out everywhere (revoke their tokens)")
    rev.add_argument("username")
    _common(rev)
    topic = sub.add_parser("topic", help="manage topics (queues)").add_subparsers(
        dest="action", required=True
    )
    tadd = topic.add_parser("add", help="create or rename a topic (queue)")
    tadd.add_argument("id")
    tadd.add_argument("name")
    tadd.add_argument("--department", default="")
    _common(tadd)
    for action, what in (("name", "topic"), ("department-name", "department")):
        tname = topic.add_parser(
            action, help=f'the {what}\'s name in a language of the citizen page ("" removes it)'
        )
        tname.add_argument("id", metavar="DEPARTMENT" if what == "department" else "ID")
        tname.add_argument("language", metavar="LANG", choices=PAGE_LANGUAGES)
        tname.add_argument("name")
        _common(tname)
    _team_parsers(sub)
    backup = sub.add_parser(
        "backup", help="an online copy of the database (works beside a running server)"
    )
    backup.add_argument("file", help="where to write the copy (a new SQLite file)")
    _common(backup)
    report_cmd = sub.add_parser(
        "report", help="figures from the history (works beside a running server)"
    )
    from shared.server.reports.cli import add_arguments as add_report_arguments

    add_report_arguments(report_cmd)
    _common(report_cmd)
    report = report_cmd.add_subparsers(dest="action")
    sl = report.add_parser(
        "second-line",
        help="first-contact resolution and transfer rate per topic for a date range",
    )
    sl.add_argument("--from", dest="since", help="first day, YYYY-MM-DD (default: 30 days ago)")
    sl.add_argument("--to", dest="until", help="last day, YYYY-MM-DD, inclusive (default: today)")
    _common(sl)
    aud = sub.add_parser(
        "audit", help="list the audit log, oldest first (works beside a running server)"
    )
    aud.add_argument(
        "--action", default="", help="actions starting with this, e.g. monitor (all of monitoring)"
    )
    aud.add_argument("--target", default="", help="of one target (an interaction id, a user)")
    aud.add_argument("--since", default="", help="from this day, YYYY-MM-DD")
    aud.add_argument("--limit", type=int, default=1000)
    aud.add_argument("--json", action="store_true", help="one JSON object a line")
    _common(aud)
    from shared.knowledge.cli import add_parsers as add_kb_parsers

    add_kb_parsers(sub, _common)
    from shared.server.staffing_cli import add_parser as add_staffing_parser

    add_staffing_parser(sub, _common)
    from shared.server.quality_cli import add_parsers as add_quality_parsers

    add_quality_parsers(sub, _common)
    return parser


def _team_parsers(sub) -> None:
    team = sub.add_parser(
        "team", help="manage teams: who supervises whom (a centre without teams: everyone)"
    ).add_subparsers(dest="action", required=True)
    for name, help_ in (("add", "create a team"), ("remove", "delete a team")):
        cmd = team.add_parser(name, help=help_)
        cmd.add_argument("name")
        _common(cmd)
    ren = team.add_parser("rename", help="rename a team")
    ren.add_argument("name")
    ren.add_argument("new_name")
    _common(ren)
    lst = team.add_parser("list", help="list teams, their members and supervisors")
    _common(lst)
    mem = team.add_parser("members", help="add or remove agents and experts of a team")
    mem.add_argument("name")
    mem.add_argument("--add", action="append", default=[], metavar="USER")
    mem.add_argument("--remove", action="append", default=[], metavar="USER")
    _common(mem)
    for name, help_ in (
        ("assign", "make a supervisor supervise a team"),
        ("unassign", "stop a supervisor supervising a team"),
    ):
        cmd = team.add_parser(name, help=help_)
        cmd.add_argument("name")
        cmd.add_argument("supervisor")
        _common(cmd)


async def _team(args: argparse.Namespace, store) -> int:
    """``cc-server team …``: the same store functions and audit entries as the server's
    admin messages (``shared.server.team_desk``)."""
    import time

    from shared.server.sql import teams, users
    from shared.server.store import AlreadyExists
    from shared.server.team_desk import audited

    actor = _cli_actor()

    def fail(text: str) -> int:
        print(f"cc-server: {text}", file=sys.stderr)
        return 1

    if args.action == "list":
        for t in await store.read(teams.list_teams):
            print(f"{t['name']}")
            print(f"  supervisors: {' '.join(t['supervisors']) or '-'}")
            print(f"  members:     {' '.join(t['members']) or '-'}")
        return 0
    name = " ".join(args.name.split())
    if args.action == "add":
        if not name or len(name) > 60:
            return fail("a team name has 1 to 60 characters")
        try:
            await store.write(
                audited, actor, "team_create", name, {"name": name}, time.time(),
                teams.create_team, name, time.time(),
            )  # fmt: skip
        except AlreadyExists as exc:
            return fail(str(exc))
        print(f"team {name} added")
        return 0
    team = await store.read(teams.team_by_name, name)
    if team is None:
        return fail(f"no team {name!r}; see 'cc-server team list'")
    tid = team["id"]
    if args.action == "remove":
        detail = {"team_id": tid, "members": team["members"]}
        await store.write(
            audited, actor, "team_delete", team["name"], detail, time.time(), teams.delete_team, tid
        )
        print(f"team {team['name']} removed")
    elif args.action == "rename":
        new = " ".join(args.new_name.split())
        if not new or len(new) > 60:
            return fail("a team name has 1 to 60 characters")
        detail = {"team_id": tid, "from": team["name"], "to": new}
        try:
            await store.write(
                audited, actor, "team_rename", team["name"], detail, time.time(),
                teams.rename_team, tid, new,
            )  # fmt: skip
        except AlreadyExists as exc:
            return fail(str(exc))
        print(f"team {team['name']} renamed to {new}")
    else:
        if args.action == "members":
            changes = [(u, "member", True) for u in args.add]
            changes += [(u, "member", False) for u in args.remove]
            if not changes:
                print(f"{team['name']}: {' '.join(team['members']) or 'no members'}")
                return 0
        else:
            changes = [(args.supervisor, "supervisor", args.action == "assign")]
        for username, kind, present in changes:
            user = await store.read(users.get_user, username)
            if user is None:
                return fail(f"no user {username!r}")
            if kind == "member" and user["role"] not in ("agent", "expert"):
                return fail(f"{username} is a {user['role']}: only agents and experts are members")
            if kind == "supervisor" and user["role"] != "supervisor":
                return fail(f"{username} is a {user['role']}, not a supervisor")
            action = {
                ("member", True): "team_add_member",
                ("member", False): "team_remove_member",
                ("supervisor", True): "team_assign",
                ("supervisor", False): "team_unassign",
            }[(kind, present)]
            await store.write(
                audited, actor, action, username, {"team_id": tid, "team": team["name"]},
                time.time(), teams.set_membership, tid, username, kind, present,
            )  # fmt: skip
            print(f"{team['name']}: {action.replace('team_', '').replace('_', ' ')} {username}")
    return 0


def _skills(pairs: list[str]) -> dict[str, int]:
    skills = {}
    for pair in pairs:
        topic, _, level = pair.partition("=")
        if not topic or not level.isdigit():
            raise SystemExit(f"--skill wants TOPIC=LEVEL, got {pair!r}")
        skills[topic] = int(level)
    return skills


async def _admin(args: argparse.Namespace, config: ServerConfig) -> int:
    from shared.server.sql import users
    from shared.server.store import Store

    # Searching, exporting, listing and reports only read: they may run beside a server.
    reads_only = args.what in ("report", "audit", "staffing") or (args.what, args.action) in {
        ("kb", "search"),
        ("kb", "export"),
        ("user", "list"),
        ("team", "list"),
        ("quality", "report"),
        ("retention", "show"),
    }
    store = Store(config.db_path, read_only=reads_only)
    await store.open()
    try:
        if args.what == "kb":
            from shared.knowledge.cli import run as run_kb

            return await run_kb(args, store)
        if args.what == "report" and args.action is None:
            from shared.server.reports.cli import run as run_report

            return await run_report(args, store, config)
        if args.what == "report":
            return await _report(args, store)
        if args.what in ("quality", "retention"):
            from shared.server.quality_cli import run as run_quality

            return await run_quality(args, store, config.recording_retention_days)
        if args.what == "team":
            return await _team(args, store)
        if args.what == "audit":
            return await _audit_list(args, store)
        if args.what == "staffing":
            from shared.server.staffing_cli import run_day

            return await run_day(args, store, config)
        if args.what == "user" and args.action == "add":
            password = os.environ.get("CC_PASSWORD") or getpass.getpass(
                f"Password for {args.username}: "
            )
            if args.password:
                print(
                    "--password is visible to every user of this machine (ps): prefer"
                    " the prompt or CC_PASSWORD",
                    file=sys.stderr,
                )
                password = args.password
            if len(password) < config.password_min_length:
                print(
                    f"password too short (at least {config.password_min_length} characters)",
                    file=sys.stderr,
                )
                return 2
            topics = {t["id"] for t in await store.read(users.list_topics)}
            # a sign language the centre configured is a skill too (queue sign:<code>)
            topics |= {sign_queue(s.code) for s in config.sign_languages}
            skills = _skills(args.skill)
            unknown = set(skills) - topics
            if unknown:
                print(
                    f"unknown topics {sorted(unknown)}; add them with 'cc-server topic add'"
                    " (a sign language: add it to sign_languages in the config)",
                    file=sys.stderr,
                )
                return 2
            try:
                await store.write(
                    users.add_user,
                    args.username,
                    args.name or args.username,
                    args.role,
                    auth.hash_password(password),
                    skills,
                )
            except ValueError as exc:
                print(exc, file=sys.stderr)
                return 1
            await _audit(store, "user_add", args.username, {"role": args.role, "skills": skills})
            print(f"added {args.role} {args.username}")
        elif args.what == "user" and args.action == "list":
            for user in await store.read(users.list_users):
                skills = " ".join(f"{k}={v}" for k, v in sorted(user["skills"].items()))
                print(
                    f"{user['username']:<16} {user['role']:<11} {user['display_name']:<28} {skills}"
                )
        elif args.what == "user" and args.action == "revoke":
            if await store.read(users.get_user, args.username) is None:
                print(f"no user {args.username!r}", file=sys.stderr)
                return 1
            revoked = await store.write(users.revoke_user_tokens, args.username)
            await _audit(store, "revoke_sessions", args.username, {"tokens": revoked})
            print(f"revoked {revoked} session token(s) of {args.username}")
        elif args.what == "topic" and args.action == "add":
            await store.write(users.upsert_topic, args.id, args.name, args.department)
            await _audit(
                store, "topic_add", args.id, {"name": args.name, "department": args.department}
            )
            print(f"topic {args.id}: {args.name}")
        elif args.what == "topic" and args.action == "name":
            if args.id not in {t["id"] for t in await store.read(users.list_topics)}:
                print(f"no topic {args.id!r}; add it with 'cc-server topic add'", file=sys.stderr)
                return 1
            await store.write(users.set_topic_name, args.id, args.language, args.name)
            await _audit(store, "topic_name", args.id, {args.language: args.name})
            print(f"topic {args.id} in {args.language}: {args.name or '(removed)'}")
        elif args.what == "topic" and args.action == "department-name":
            topics = await store.read(users.list_topics)
            if args.id not in {t["department"] for t in topics}:
                print(f"no topic belongs to a department {args.id!r}", file=sys.stderr)
                return 1
            await store.write(users.set_department_name, args.id, args.language, args.name)
            await _audit(store, "department_name", args.id, {args.language: args.name})
            print(f"department {args.id} in {args.language}: {args.name or '(removed)'}")
    finally:
        await store.close()
    return 0


def _backup(source: Path, target: Path) -> int:
    """SQLite's online backup from a read-only connection, while the server goes on
    writing; the copy is checked with ``PRAGMA integrity_check`` and made private."""
    import sqlite3

    if not source.exists():
        print(f"cc-server: no database at {source}", file=sys.stderr)
        return 1
    if target.exists():
        print(f"cc-server: {target} exists; not overwriting it", file=sys.stderr)
        return 1
    os.umask(0o077)
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=1024)  # in steps: the writer is never held up for long
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        interactions = dst.execute("SELECT COUNT(*) FROM interactions").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if check != "ok":
        print(f"cc-server: the copy failed its integrity check: {check}", file=sys.stderr)
        return 1
    size = target.stat().st_size / 2**20
    print(
        f"backed up {source} to {target}: {size:.1f} MiB, {interactions} interactions, integrity ok"
    )
    return 0


async def _audit_list(args: argparse.Namespace, store) -> int:
    import datetime as dt
    import json

    from shared.server.sql import audit

    since = 0.0
    if args.since:
        try:
            since = dt.datetime.strptime(args.since, "%Y-%m-%d").timestamp()
        except ValueError:
            print(f"--since wants YYYY-MM-DD, got {args.since!r}", file=sys.stderr)
            return 2
    entries = await store.read(audit.audit_entries, args.action, args.target, since, args.limit)
    for e in entries:
        if args.json:
            print(json.dumps(e, ensure_ascii=False, sort_keys=True))
            continue
        when = dt.datetime.fromtimestamp(e["ts"]).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        detail = " ".join(f"{k}={v}" for k, v in sorted(e["detail"].items()))
        print(f"{when}  {e['actor']:<12} {e['action']:<16} {e['target']:<18} {detail}")
    return 0


def _cli_actor() -> str:
    try:
        return "cli:" + getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers)
        return "cli"


async def _audit(store, action: str, target: str, detail: dict) -> None:
    """Admin changes made from the command line are in the audit log like any other."""
    import time

    from shared.server.sql import audit

    await store.write(audit.audit, _cli_actor(), action, target, detail, time.time())


def _day_range(since: str | None, until: str | None) -> tuple[float, float, str]:
    """[first day 00:00, the day after the last 00:00) in local time, and a label."""
    today = dt.date.today()
    try:
        last = dt.date.fromisoformat(until) if until else today
        first = dt.date.fromisoformat(since) if since else last - dt.timedelta(days=29)
    except ValueError as exc:
        raise SystemExit(f"dates are YYYY-MM-DD: {exc}") from None
    if first > last:
        raise SystemExit("--from is after --to")
    start = dt.datetime.combine(first, dt.time()).timestamp()
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time()).timestamp()
    return start, end, f"{first.isoformat()} – {last.isoformat()}"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    – "


async def _report(args: argparse.Namespace, store) -> int:
    from shared.server.sql import reports, users

    since, until, label = _day_range(args.since, args.until)
    found = await store.read(reports.second_line_by_topic, since, until)
    names = {t["id"]: t["name"] for t in await store.read(users.list_topics)}
    print(f"Second line per topic, {label} (conversations that reached someone)")
    print(
        f"{'topic':<30} {'answered':>8} {'first line resolved':>20} {'transferred':>12} {'consulted':>10}"
    )
    total = {"answered": 0, "first_line_resolved": 0, "transferred": 0, "consulted": 0}
    for r in found:
        for key in total:
            total[key] += r[key] or 0
        print(
            f"{names.get(r['topic'], r['topic'])[:30]:<30} {r['answered']:>8}"
            f" {_share(r['first_line_resolved'], r['answered']):>20}"
            f" {_share(r['transferred'], r['answered']):>12}"
            f" {_share(r['consulted'], r['answered']):>10}"
        )
    print(
        f"{'all topics':<30} {total['answered']:>8}"
        f" {_share(total['first_line_resolved'], total['answered']):>20}"
        f" {_share(total['transferred'], total['answered']):>12}"
        f" {_share(total['consulted'], total['answered']):>10}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.what == "staffing" and args.day is None:
        from shared.server.staffing_cli import print_figures

        if args.calls is None:
            print("cc-server staffing: give --calls and --aht, or --day", file=sys.stderr)
            return 2
        return print_figures(args)
    if args.what == "backup":
        config = load_config(args.config, data_dir=args.data_dir)
        return _backup(config.db_path, Path(args.file))
    if args.what is not None:
        config = load_config(args.config, data_dir=args.data_dir)
        from shared.server.store import StoreError

        try:
            return asyncio.run(_admin(args, config))
        except StoreError as exc:  # no database yet, or a server holds the writer
            print(f"cc-server: {exc}", file=sys.stderr)
            return 1

    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stdout,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    config = load_config(
        args.config,
        host=args.host,
        port=args.port,
        data_dir=args.data_dir,
        offer_timeout=args.offer_timeout,
        sip_host=args.sip_host,
        sip_port=args.sip_port,
        rooms=args.rooms,
        rooms_spare=args.rooms_spare,
        rtp_port_base=args.rtp_port_base,
        telephony=args.telephony,
        phone_networks=args.phone_networks,
        srtp=args.srtp,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
    )
    seed = None
    if args.demo:
        from functools import partial

        from shared.demo.seed import seed_demo

        seed = partial(
            seed_demo,
            history=not args.no_demo_history,
            recordings_dir=config.recordings_path,
            timezone=config.timezone,
        )

    async def serve() -> None:
        from shared.server.app import run

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run(config, stop, seed)

    asyncio.run(serve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
