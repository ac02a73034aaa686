"""The commands of the `candor` CLI that need the application: serve, demo, bench-data, outbox, retention."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from .bulk.worker import run_forever as run_bulk_rejections
from .demo.bench_data import generate
from .demo.northwind import load_demo
from .extensions import socketio
from .notifications.worker import run_forever, scheduled_pass, send_due
from .privacy.operations import retention_pass


def register_commands(app: Flask) -> None:
    app.cli.add_command(serve)
    app.cli.add_command(demo)
    app.cli.add_command(bench_data)
    app.cli.add_command(outbox)
    app.cli.add_command(retention)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def serve(host: str, port: int) -> None:
    """Run the web, API and Socket.IO server (gevent)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.config["SMTP_URL"]:
        socketio.start_background_task(run_forever, app, sleep=socketio.sleep)
        click.echo("Sending outbox email through SMTP_URL in the background.")
    elif app.config["CANDOR_ENV"] == "development":
        # No mail server, but the scheduled emails (unseen items, reminders) still reach the outbox.
        socketio.start_background_task(run_forever, app, sleep=socketio.sleep)
        click.echo("SMTP_URL is not set: emails wait in the outbox (admins see them on the Outbox page).")
    else:
        click.echo(
            "SMTP_URL is not set: emails wait in the outbox, and notifications and reminders are only "
            "written by `candor outbox`."
        )
        # Bulk rejections left unfinished (a restart mid-way) still need a worker.
        socketio.start_background_task(run_bulk_rejections, app, sleep=socketio.sleep)
    if app.config["SOCKETIO_MESSAGE_QUEUE"]:
        # Subscribe to the queue now: python-socketio waits for the first client, and events other
        # processes publish before that subscription lands would be lost to this process's clients.
        socketio.server.manager_initialized = True
        socketio.server.manager.initialize()
    click.echo(f"Candor is listening on http://{host}:{port}/")
    # Candor's own access log (web/access_log.py) names routes; the server's would print raw paths.
    socketio.run(app, host=host, port=port, log_output=False)


@click.command("demo")
@click.option("--reset", is_flag=True, help="Delete existing demo data first.")
@with_appcontext
def demo(reset: bool) -> None:
    """Load demo data: an organization, staff, positions and threads at every stage."""
    for line in load_demo(reset=reset):
        click.echo(line)


@click.command("bench-data")
@click.option("--threads", default=100_000, show_default=True, type=click.IntRange(min=1))
@click.option("--messages-per-thread", default=10, show_default=True, type=click.IntRange(min=1))
@click.option("--organizations", default=1, show_default=True, type=click.IntRange(min=1))
@with_appcontext
def bench_data(threads: int, messages_per_thread: int, organizations: int) -> None:
    """Fill the database for the scale benchmarks: organizations, staff, positions, rejected
    candidacies with their threads, messages, read states, feedback and consent (bulk inserts)."""
    result = generate(threads, messages_per_thread, organizations, progress=click.echo)
    for line in result.lines():
        click.echo(line)


@click.command("outbox")
@click.option("--loop", is_flag=True, help="Keep sending every few seconds instead of one pass.")
@with_appcontext
def outbox(loop: bool) -> None:
    """Write what is due by the clock (unseen items, feedback and consent reminders, consent lapses),
    then send the outbox through SMTP_URL."""
    if not current_app.config["SMTP_URL"]:
        raise click.ClickException("Set SMTP_URL (e.g. smtp://127.0.0.1:1025) to send email.")
    if loop:
        run_forever(current_app._get_current_object())  # type: ignore[attr-defined]
    written = scheduled_pass()
    counts = send_due()
    click.echo(
        f"wrote {written['unseen']} notification email(s), {written['reminders']} feedback reminder(s) and "
        f"{written['consent_reminders']} consent reminder(s); {written['consent_lapses']} consent(s) lapsed; "
        f"sent {counts['sent']}, will retry {counts['retry']}, failed {counts['failed']}"
    )


@click.command("retention")
@with_appcontext
def retention() -> None:
    """Retention of closed threads: email the candidates of threads nearing their organization's
    retention period (CANDOR_RETENTION_NOTICE_DAYS ahead), anonymise those whose notice has run out.
    Run it daily (cron, a systemd timer); `candor outbox` then sends the notices."""
    counts = retention_pass()
    click.echo(f"notified {counts['notified']} candidate(s); anonymised {counts['anonymised']} thread(s)")
