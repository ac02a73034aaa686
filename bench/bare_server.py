"""The baseline for bench/message_path_bench.py: the least a Flask-SocketIO server does per message.

Same protocol as Candor's socket (connect with an auth object, `send` {thread_id, body, client_id}
acknowledged with {ok, message}, every listener gets `message` {message}), same async mode (gevent),
and the same durable step: one SQLite insert and commit per message (WAL, synchronous=NORMAL),
handled in order. No accounts, authorization, read state or per-user payloads.

    python bench/bare_server.py --port 5055 --database /tmp/bare.sqlite3
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
socketio = SocketIO(app, async_mode="gevent")
db: sqlite3.Connection


@socketio.on("connect")
def on_connect(auth=None):
    join_room("thread")


@socketio.on("send")
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
    socketio.emit("message", {"message": message}, to="thread")
    return {"ok": True, "message": message}


def main() -> None:
    global db
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    db = sqlite3.connect(args.database, check_same_thread=False)
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
