"""The `candor` command: a Flask CLI group (db, serve, demo, outbox...)."""
from __future__ import annotations

import os
import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext


def _create_app():
    from .app import create_app

    return create_app()


def register_commands(app) -> None:
    app.cli.add_command(serve)
    app.cli.add_command(demo)
    app.cli.add_command(outbox)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def serve(host: str, port: int) -> None:
    """Run the web, API and Socket.IO server (gevent)."""
    from .extensions import socketio

    from .notifications.worker import run_forever

    app = current_app._get_current_object()
    if app.config["SMTP_URL"]:
        socketio.start_background_task(run_forever, app, sleep=socketio.sleep)
        click.echo("Sending outbox email through SMTP_URL in the background.")
    else:
        click.echo("SMTP_URL is not set: emails wait in the outbox (admins see them on the Outbox page).")
    click.echo(f"Candor is listening on http://{host}:{port}/")
    socketio.run(app, host=host, port=port, log_output=app.config["CANDOR_ENV"] == "development")


@click.command("demo")
@click.option("--reset", is_flag=True, help="Delete existing demo data first.")
@with_appcontext
def demo(reset: bool) -> None:
    """Load demo data: an organization, staff, positions and threads at every stage."""
    from .demo import load_demo

    for line in load_demo(reset=reset):
        click.echo(line)


@click.command("outbox")
@click.option("--loop", is_flag=True, help="Keep sending every few seconds instead of one pass.")
@with_appcontext
def outbox(loop: bool) -> None:
    """Send the emails waiting in the outbox through SMTP_URL."""
    from .notifications.worker import run_forever, send_due

    if not current_app.config["SMTP_URL"]:
        raise click.ClickException("Set SMTP_URL (e.g. smtp://127.0.0.1:1025) to send email.")
    if loop:
        run_forever(current_app._get_current_object())
    counts = send_due()
    click.echo(f"sent {counts['sent']}, will retry {counts['retry']}, failed {counts['failed']}")


def main() -> None:
    # gevent must patch the standard library before anything else imports it.
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        from gevent import monkey

        monkey.patch_all()
    os.environ.setdefault("FLASK_APP", "server:create_app")
    cli = FlaskGroup(create_app=_create_app, add_default_commands=False,
                     help="Candor: rejection as a respectful conversation.")
    from flask.cli import routes_command, shell_command

    cli.add_command(shell_command)
    cli.add_command(routes_command)
    cli.main(prog_name="candor")
