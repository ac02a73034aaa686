"""Delivery latency and throughput of live messages between many two-party threads.

Starts `candor serve` (gevent) on a fresh SQLite database (or PostgreSQL with
CANDOR_TEST_DATABASE_URL), creates N threads over the JSON API, connects the
candidate and the employer of each over Socket.IO, and has every candidate
send M messages. Latency is measured from the moment a message is emitted to
the moment the other side receives it. Not a test: run it on demand.

    python bench/realtime_bench.py --threads 50 --messages 20 [--interval 1.0] [--redis redis://127.0.0.1:6379/0]
        [--compare]

--compare first drives bench/bare_server.py (one or, with --redis, two processes over Redis) with the same
client and prints the ratio: the client is one Python process with 100 sockets and 50 sending threads, and its
own scheduling is part of every figure.

--interval is the pause between one candidate's messages: 1 s (people typing)
measures latency at a load the server carries; 0 sends flat out and measures
the most the server delivers (latency then is mostly queueing).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import socketio  # noqa: E402

from tests.live import LiveServer, employer_and_candidate, fresh_database, start_bare_server  # noqa: E402


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
    parser.add_argument("--profile", metavar="FILE", help="py-spy Candor's first process while the messages flow")
    parser.add_argument(
        "--compare", action="store_true", help="drive bench/bare_server.py first, same client, and print the ratio"
    )
    args = parser.parse_args()
    results = []
    if args.compare:
        results.append(("bare Flask-SocketIO", run_bare(args)))
    results.append(("Candor", run_candor(args)))
    print()
    for name, ms in results:
        print(f"{name:20} " + summary(ms))
    if len(results) == 2 and results[0][1] and results[1][1]:
        bare, candor = results[0][1], results[1][1]
        print(
            f"Candor / bare: p50 {percentile(candor, 50) / percentile(bare, 50):.2f}x, "
            f"p99 {percentile(candor, 99) / percentile(bare, 99):.2f}x"
        )


def summary(ms: list[float]) -> str:
    if not ms:
        return "nothing delivered"
    return (
        f"p50 {percentile(ms, 50):.1f} ms   p99 {percentile(ms, 99):.1f} ms   max {max(ms):.1f} ms   "
        f"mean {statistics.mean(ms):.1f} ms   ({len(ms)} delivered)"
    )


def run_candor(args) -> list[float]:
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
        print(f"Candor: setting up {args.threads} threads ...", flush=True)
        pairs = []
        for _ in range(args.threads):
            pair = employer_and_candidate(servers[0].url)
            pairs.append(
                {
                    "thread_id": pair["thread_id"],
                    "staff": {"token": pair["staff_token"]},
                    "candidate": {"token": pair["candidate_token"]},
                }
            )
        return run([s.url for s in servers], pairs, args, profile_pid=servers[0].proc.pid if args.profile else None)
    finally:
        for server in servers:
            server.stop()


def run_bare(args) -> list[float]:
    """The same load on bench/bare_server.py: one room per thread, one SQLite insert per message; with
    --redis, two processes sharing their rooms through it, as Candor's do."""
    directory = tempfile.mkdtemp(prefix="bare-realtime-")
    channel = f"bare-bench-{uuid.uuid4().hex}"
    procs, urls = [], []
    for _ in range(2 if args.redis else 1):
        options = ["--rooms-by-thread"]
        if args.redis:
            options += ["--message-queue", args.redis, "--channel", channel]
        proc, url = start_bare_server(os.path.join(directory, "bare.sqlite3"), *options)
        procs.append(proc)
        urls.append(url)
    try:
        print(f"bare: {len(urls)} process(es)", flush=True)
        pairs = [
            {"thread_id": n, "staff": {"thread": n}, "candidate": {"thread": n}} for n in range(1, args.threads + 1)
        ]
        return run(urls, pairs, args)
    finally:
        for proc in procs:
            proc.terminate()


def run(urls: list[str], pairs: list[dict], args, profile_pid: int | None = None) -> list[float]:
    """Connects each thread's two sides (the staff side on the other process when there are two), has
    every candidate send, and returns the latencies in ms."""
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
    for pair in pairs:
        # With two processes, the employer listens on the other one.
        staff = socketio.Client(reconnection=False)
        staff.on("message", on_message)
        staff.connect(urls[-1], auth=pair["staff"], transports=["websocket"], wait_timeout=10)
        candidate = socketio.Client(reconnection=False)
        candidate.connect(urls[0], auth=pair["candidate"], transports=["websocket"], wait_timeout=10)
        clients.append((staff, candidate, pair["thread_id"]))
    print(
        f"{len(clients) * 2} sockets connected to {len(urls)} process(es); sending {expected} messages, "
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

    profiler = None
    if profile_pid:  # py-spy (pip install py-spy): collapsed stacks, one line per stack with its count
        command = ["py-spy", "record", "--pid", str(profile_pid), "--rate", "250", "--format", "raw"]
        profiler = subprocess.Popen([*command, "--output", args.profile, "--nonblocking"])
    start = time.perf_counter()
    workers = [threading.Thread(target=sender, args=(c, t)) for _s, c, t in clients]
    for worker in workers:
        worker.start()
        time.sleep(args.interval / max(1, len(workers)))  # spread the senders over one interval
    done.wait(timeout=300)
    elapsed = time.perf_counter() - start
    if profiler:
        profiler.send_signal(signal.SIGINT)
        profiler.wait(30)
    for worker in workers:
        worker.join()
    for staff, candidate, _t in clients:
        staff.disconnect()
        candidate.disconnect()

    ms = [x * 1000 for x in latencies]
    print(f"delivered   {len(ms)} of {expected} messages in {elapsed:.2f} s ({len(ms) / elapsed:.0f}/s)", flush=True)
    return ms


if __name__ == "__main__":
    main()
