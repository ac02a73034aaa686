"""The message path against the framework's own speed: a bare Flask-SocketIO server and Candor,
driven by the same load client in one run, with the ratio printed.

The load: 10 staff sockets listen (10 different staff users on Candor), one candidate sends
100-character messages over Socket.IO. Three phases per server:

- paced: one message every --pace seconds; latency = emit to receipt, over every delivery;
- flat out: --burst messages emitted back to back; throughput = messages fully delivered (to all
  10 listeners) per second, and the server's CPU time per message (/proc, user + system);
- burst fairness: while the server works through one candidate's burst, a second candidate sends
  single messages; prints how long the second one waits for its acknowledgement, and how long the
  burst's first acknowledgement took (acks must interleave with the burst, not follow it).

Rounds alternate between the servers (bare, Candor, bare, Candor, ...) so both see the same
machine; the best round of each is kept. Absolute times on a shared 2-core machine are noise;
the ratio is the figure. Not a test: run it on demand.

    python bench/message_path_bench.py [--rounds 3] [--paced 200] [--pace 0.02] [--burst 1000] [--profile DIR]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import socketio  # noqa: E402

from tests.live import (  # noqa: E402
    HttpApi,
    LiveServer,
    emailed_token,
    employer_and_candidate,
    fresh_database,
    start_bare_server,
)

LISTENERS = 10
BODY = ("Thanks for the detailed notes on the queue design; could you say more about retries? " * 2)[:100]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children so far."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(x) for x in fields[11:15]) / ticks


@dataclass
class Target:
    """A running server and the credentials the load client uses on it."""

    name: str
    url: str
    pid: int
    thread_id: int
    listener_auth: list[dict]
    sender_auth: dict
    second_sender_auth: dict
    second_thread_id: int
    stop: object = None


@dataclass
class Result:
    paced_ms: list[float] = field(default_factory=list)
    flat_rate: float = 0.0
    cpu_ms: float = 0.0
    burst_wait_ms: list[float] = field(default_factory=list)
    first_ack_ms: float = 0.0
    undelivered: int = 0  # messages that did not reach every listener in time (should be 0)


def start_bare() -> Target:
    proc, url = start_bare_server(os.path.join(tempfile.mkdtemp(prefix="bare-"), "bare.sqlite3"))
    auth = {"token": "bare"}
    return Target("bare", url, proc.pid, 1, [auth] * LISTENERS, auth, auth, 1, stop=proc.terminate)


def start_candor() -> Target:
    # The message rate limit is on, as in production, and raised far above what the load sends.
    server = LiveServer(
        fresh_database(f"message_path_{time.monotonic_ns()}"),
        CANDOR_NOTIFY_DELAY_SECONDS="3600",
        RATELIMIT_ENABLED="1",
        CANDOR_MESSAGE_RATE_LIMIT="1000000 per minute",
        CANDOR_SOCKET_EVENT_LIMIT="1000000 per minute",
        CANDOR_AUTH_RATE_LIMIT="1000000 per minute",  # the setup signs up and invites a dozen people
    )
    server.migrate()
    server.start()
    first = employer_and_candidate(server.url)
    organization_id = first["staff"].get("/api/v1/me")["organizations"][0]["id"]
    listeners = [{"token": first["staff_token"]}]
    for n in range(LISTENERS - 1):
        email = f"listener{n}-{uuid.uuid4().hex[:8]}@acme.example"
        first["staff"].post(
            f"/api/v1/organizations/{organization_id}/members/invitations",
            {"email": email, "role": "recruiter"},
            expect=201,
        )
        token = emailed_token(server.url, email, "member-invitations")
        accepted = HttpApi(server.url).post(
            f"/api/v1/member-invitations/{token}/accept", {"name": f"Listener {n}", "password": "a long password"}
        )
        listeners.append({"token": accepted["token"]})
    second = employer_and_candidate(server.url)
    assert server.proc is not None
    return Target(
        "candor",
        server.url,
        server.proc.pid,
        first["thread_id"],
        listeners,
        {"token": first["candidate_token"]},
        {"token": second["candidate_token"]},
        second["thread_id"],
        stop=server.stop,
    )


def start_profiler(pid: int, path: str) -> subprocess.Popen:
    """py-spy (pip install py-spy) sampling the server: collapsed stacks, one line per stack with its count."""
    return subprocess.Popen(
        ["py-spy", "record", "--pid", str(pid), "--rate", "250", "--format", "raw", "--output", path, "--nonblocking"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def run_round(target: Target, args, profile: str | None = None) -> Result:
    result = Result()
    sent_at: dict[str, float] = {}
    received: dict[str, int] = {}
    lock = threading.Lock()
    all_in = threading.Event()
    expected = {"count": 0}

    def on_message(data):
        now = time.perf_counter()
        client_id = data["message"].get("client_id")
        with lock:
            started = sent_at.get(client_id)
            if started is None:
                return
            if expected.get("paced"):
                result.paced_ms.append((now - started) * 1000)
            received[client_id] = received.get(client_id, 0) + 1
            if received[client_id] == LISTENERS:
                expected["count"] -= 1
                if expected["count"] == 0:
                    all_in.set()

    listeners = []
    for auth in target.listener_auth:
        client = socketio.Client(reconnection=False)
        client.on("message", on_message)
        client.connect(target.url, auth=auth, transports=["websocket"], wait_timeout=10)
        listeners.append(client)
    sender = socketio.Client(reconnection=False)
    sender.connect(target.url, auth=target.sender_auth, transports=["websocket"], wait_timeout=10)
    second = socketio.Client(reconnection=False)
    second.connect(target.url, auth=target.second_sender_auth, transports=["websocket"], wait_timeout=10)

    def emit(client, thread_id, callback=None) -> str:
        client_id = uuid.uuid4().hex
        with lock:
            sent_at[client_id] = time.perf_counter()
        client.emit("send", {"thread_id": thread_id, "body": BODY, "client_id": client_id}, callback=callback)
        return client_id

    try:
        # Paced.
        expected.update(count=args.paced, paced=True)
        all_in.clear()
        for _ in range(args.paced):
            emit(sender, target.thread_id)
            time.sleep(args.pace)
        all_in.wait(60)
        result.undelivered += expected["count"]
        # Flat out.
        expected.update(count=args.burst, paced=False)
        all_in.clear()
        profiler = start_profiler(target.pid, profile) if profile else None
        cpu0, t0 = cpu_seconds(target.pid), time.perf_counter()
        for _ in range(args.burst):
            emit(sender, target.thread_id)
        all_in.wait(300)
        elapsed, cpu = time.perf_counter() - t0, cpu_seconds(target.pid) - cpu0
        if profiler:
            profiler.send_signal(signal.SIGINT)
            profiler.wait(30)
        delivered = args.burst - expected["count"]
        result.undelivered += expected["count"]
        result.flat_rate = delivered / elapsed
        result.cpu_ms = cpu * 1000 / max(1, delivered)
        # Burst fairness: a second sender's acknowledgements while the server works through the
        # first one's burst (until the whole burst is delivered, not merely emitted).
        expected.update(count=args.burst // 4, paced=False)
        all_in.clear()
        first_ack: list[float] = []
        burst_started = time.perf_counter()

        def on_ack(*_ack):
            if not first_ack:
                first_ack.append(time.perf_counter())

        def burst():
            for _ in range(args.burst // 4):
                emit(sender, target.thread_id, callback=on_ack)

        worker = threading.Thread(target=burst)
        worker.start()
        deadline = time.monotonic() + 120
        while not all_in.is_set() and time.monotonic() < deadline:
            t = time.perf_counter()
            ack = second.call(
                "send", {"thread_id": target.second_thread_id, "body": BODY, "client_id": uuid.uuid4().hex}, timeout=60
            )
            if ack and ack.get("ok"):
                result.burst_wait_ms.append((time.perf_counter() - t) * 1000)
            time.sleep(0.02)
        worker.join()
        all_in.wait(120)
        result.undelivered += expected["count"]
        result.first_ack_ms = ((first_ack[0] if first_ack else time.perf_counter()) - burst_started) * 1000
    finally:
        for client in [*listeners, sender, second]:
            client.disconnect()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--paced", type=int, default=200, help="messages in the paced phase")
    parser.add_argument("--pace", type=float, default=0.02, help="seconds between paced messages")
    parser.add_argument("--burst", type=int, default=1000, help="messages in the flat-out phase")
    parser.add_argument(
        "--profile", metavar="DIR", help="py-spy Candor's flat-out phase of each round into DIR/round<N>.txt"
    )
    args = parser.parse_args()
    if args.profile:
        os.makedirs(args.profile, exist_ok=True)

    targets = [start_bare(), start_candor()]
    best: dict[str, Result] = {}
    try:
        for n in range(args.rounds):
            for target in targets:
                profiled = args.profile and target.name == "candor"
                profile = os.path.join(args.profile, f"round{n + 1}.txt") if profiled else None
                result = run_round(target, args, profile)
                print(
                    f"round {n + 1} {target.name:6}  flat out {result.flat_rate:6.0f} msgs/s  "
                    f"cpu {result.cpu_ms:5.2f} ms/msg  paced p50 {percentile(result.paced_ms, 50):5.1f} ms "
                    f"p99 {percentile(result.paced_ms, 99):5.1f} ms  "
                    f"second sender waits p99 {percentile(result.burst_wait_ms or [0], 99):6.1f} ms "
                    f"(n={len(result.burst_wait_ms)}), burst's first ack {result.first_ack_ms:6.1f} ms"
                    + (f"  UNDELIVERED {result.undelivered}" if result.undelivered else ""),
                    flush=True,
                )
                if target.name not in best or result.flat_rate > best[target.name].flat_rate:
                    best[target.name] = result
    finally:
        for target in targets:
            target.stop()
    bare, candor = best["bare"], best["candor"]
    print()
    print(
        "| server | flat-out msgs/s | server CPU per message | paced p50 | paced p99 | 2nd sender ack p99 "
        "| burst's first ack |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, r in (("bare Flask-SocketIO", bare), ("Candor", candor)):
        print(
            f"| {name} | {r.flat_rate:.0f} | {r.cpu_ms:.2f} ms | {percentile(r.paced_ms, 50):.1f} ms | "
            f"{percentile(r.paced_ms, 99):.1f} ms | {percentile(r.burst_wait_ms or [0], 99):.1f} ms | "
            f"{r.first_ack_ms:.1f} ms |"
        )
    print()
    print(
        f"Candor / bare: throughput {candor.flat_rate / bare.flat_rate:.2f}x, "
        f"CPU per message {candor.cpu_ms / bare.cpu_ms:.2f}x (goal: throughput >= 0.8x, CPU <= 1.25x)"
    )


if __name__ == "__main__":
    main()
