"""The `candor` console script: a Flask CLI group (db, serve, demo, outbox, routes, shell).

This module imports nothing of the application at import time: for `candor
serve`, gevent must patch the standard library before anything else is loaded.
"""

from __future__ import annotations

import os
import sys

from flask import Flask
from flask.cli import FlaskGroup, routes_command, shell_command


def _create_app() -> Flask:
    from .app import create_app  # deferred until after the gevent patch (see the module docstring)

    return create_app()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        from gevent import monkey  # first thing, before any socket or thread module is used

        monkey.patch_all()
    os.environ.setdefault("FLASK_APP", "server:create_app")
    cli = FlaskGroup(
        create_app=_create_app, add_default_commands=False, help="Candor: rejection as a respectful conversation."
    )
    cli.add_command(shell_command)
    cli.add_command(routes_command)
    cli.main(prog_name="candor")
