"""The baseline for bench/message_path_bench.py: the least a Flask-SocketIO server does per message.

Same protocol as Candor's socket (connect with an auth object, `send` {thread_id, body, client_id}
acknowledged with {ok, message}, every listener gets `message` {message}), same async mode (gevent),
and the same durable step: one SQLite insert and commit per message (WAL, synchronous=NORMAL),
handled in order. No accounts, authorization, read state or per-user payloads.

    python bench/bare_server.py --port 5055 --database /tmp/bare.sqlite3
        [--message-queue redis://127.0.0.1:6379/0 --channel NAME] [--rooms-by-thread]

With --message-queue, several processes share one room space through Redis (bench/realtime_bench.py --bare).
"""

from __future__ import annotations

from gevent import monkey

monkey.patch_all()

import argparse  # noqa: E402
import sqlite3  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from flask import Flask  # noqa: E402
from flask_socketio import SocketIO, join_room  # noqa: E402

app = Flask(__name__)
socketio: SocketIO
db: sqlite3.Connection
by_thread = False  # --rooms-by-thread: one room per thread, named by the auth object's "thread"


def room_of(thread_id) -> str:
    return f"t{thread_id}" if by_thread else "thread"


def on_connect(auth=None):
    join_room(room_of(auth.get("thread") if isinstance(auth, dict) else None))


def on_send(data):
    if not isinstance(data, dict) or not isinstance(data.get("body"), str):
        return {"ok": False, "error": {"code": "validation_failed"}}
    created = datetime.now(UTC).isoformat()
    cursor = db.execute(
        "INSERT INTO messages (thread_id, body, client_id, created_at) VALUES (?, ?, ?, ?)",
        (data.get("thread_id"), data["body"], data.get("client_id"), created),
    )
    db.commit()
    message = {
        "id": cursor.lastrowid,
        "thread_id": data.get("thread_id"),
        "body": data["body"],
        "client_id": data.get("client_id"),
        "created_at": created,
        "author": {"side": "candidate"},
    }
    socketio.emit("message", {"message": message}, to=room_of(data.get("thread_id")))
    return {"ok": True, "message": message}


def main() -> None:
    global db, socketio, by_thread
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--message-queue", help="a Redis URL: several processes share their rooms through it")
    parser.add_argument("--channel", default="bare-bench")
    parser.add_argument("--rooms-by-thread", action="store_true", help="one room per thread (realtime_bench)")
    args = parser.parse_args()
    by_thread = args.rooms_by_thread
    socketio = SocketIO(app, async_mode="gevent", message_queue=args.message_queue, channel=args.channel)
    socketio.on_event("connect", on_connect)
    socketio.on_event("send", on_send)
    db = sqlite3.connect(args.database, check_same_thread=False, timeout=10)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(
        "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, thread_id INTEGER, body TEXT, "
        "client_id TEXT, created_at TEXT)"
    )
    db.commit()
    socketio.run(app, host="127.0.0.1", port=args.port, log_output=False)


if __name__ == "__main__":
    main()
