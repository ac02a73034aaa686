"""Delivery latency and throughput of live messages between many two-party threads.

Starts `candor serve` (gevent) on a fresh SQLite database (or PostgreSQL with
CANDOR_TEST_DATABASE_URL), creates N threads over the JSON API, connects the
candidate and the employer of each over Socket.IO, and has every candidate
send M messages. Latency is measured from the moment a message is emitted to
the moment the other side receives it. Not a test: run it on demand.

    python bench/realtime_bench.py --threads 50 --messages 20 [--interval 1.0] [--redis redis://127.0.0.1:6379/0]

--interval is the pause between one candidate's messages: 1 s (people typing)
measures latency at a load the server carries; 0 sends flat out and measures
the most the server delivers (latency then is mostly queueing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import socketio

from tests.live import LiveServer, employer_and_candidate, fresh_database


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=50, help="concurrent two-party threads")
    parser.add_argument("--messages", type=int, default=20, help="messages each candidate sends")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between one candidate's messages")
    parser.add_argument("--redis", default=None, help="run two processes sharing this Redis URL")
    args = parser.parse_args()

    database = fresh_database(f"bench_{time.monotonic_ns()}")
    # The message rate limit is on, as in production, and raised far above what the load sends.
    # (So is the signup and login limit, which the setup would trip.)
    env = {
        "RATELIMIT_ENABLED": "1",
        "CANDOR_MESSAGE_RATE_LIMIT": "1000000 per minute",
        "CANDOR_SOCKET_EVENT_LIMIT": "1000000 per minute",
        "CANDOR_AUTH_RATE_LIMIT": "1000000 per minute",
        # The setup rejects and invites every candidate at once, and each looks up their invitation.
        "CANDOR_REJECTION_LIMIT": "1000000 per hour",
        "CANDOR_INVITATION_LOOKUP_LIMIT": "1000000 per minute",
    }
    if args.redis:
        env.update(SOCKETIO_MESSAGE_QUEUE=args.redis, SOCKETIO_CHANNEL=f"candor-bench-{uuid.uuid4().hex}")
    servers = [LiveServer(database, **env)]
    servers[0].migrate()
    if args.redis:
        servers.append(LiveServer(database, **env))
    for server in servers:
        server.start()
    try:
        run(servers, args)
    finally:
        for server in servers:
            server.stop()


def run(servers: list[LiveServer], args) -> None:
    print(f"setting up {args.threads} threads ...", flush=True)
    pairs = [employer_and_candidate(servers[0].url) for _ in range(args.threads)]
    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    lock = threading.Lock()
    done = threading.Event()
    expected = args.threads * args.messages

    def on_message(data):
        client_id = data["message"].get("client_id")
        now = time.perf_counter()
        with lock:
            started = sent_at.get(client_id)
            if started is not None and data["message"]["author"]["side"] == "candidate":
                latencies.append(now - started)
                if len(latencies) >= expected:
                    done.set()

    clients = []
    for i, pair in enumerate(pairs):
        # With two processes, the employer listens on the other one.
        staff_url = servers[(i % len(servers)) - 1 if len(servers) > 1 else 0].url
        staff = socketio.Client(reconnection=False)
        staff.on("message", on_message)
        staff.connect(staff_url, auth={"token": pair["staff_token"]}, transports=["websocket"], wait_timeout=10)
        candidate = socketio.Client(reconnection=False)
        candidate.connect(
            servers[0].url, auth={"token": pair["candidate_token"]}, transports=["websocket"], wait_timeout=10
        )
        clients.append((staff, candidate, pair["thread_id"]))
    print(
        f"{len(clients) * 2} sockets connected to {len(servers)} process(es); sending {expected} messages, "
        f"one every {args.interval:g} s per thread",
        flush=True,
    )

    def sender(candidate, thread_id):
        for n in range(args.messages):
            client_id = uuid.uuid4().hex
            with lock:
                sent_at[client_id] = time.perf_counter()
            candidate.emit("send", {"thread_id": thread_id, "body": f"message {n}", "client_id": client_id})
            time.sleep(args.interval)

    start = time.perf_counter()
    workers = [threading.Thread(target=sender, args=(c, t)) for _s, c, t in clients]
    for worker in workers:
        worker.start()
        time.sleep(args.interval / max(1, len(workers)))  # spread the senders over one interval
    done.wait(timeout=300)
    elapsed = time.perf_counter() - start
    for worker in workers:
        worker.join()
    for staff, candidate, _t in clients:
        staff.disconnect()
        candidate.disconnect()

    ms = [x * 1000 for x in latencies]
    print()
    print(f"delivered   {len(ms)} of {expected} messages in {elapsed:.2f} s")
    print(f"throughput  {len(ms) / elapsed:.0f} messages/s delivered")
    if ms:
        print(
            f"latency     p50 {percentile(ms, 50):.1f} ms   p99 {percentile(ms, 99):.1f} ms   "
            f"max {max(ms):.1f} ms   mean {statistics.mean(ms):.1f} ms"
        )


if __name__ == "__main__":
    main()
