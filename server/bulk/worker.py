"""The loop that picks up bulk rejections no process is working on: uploads whose immediate start
did not happen (no in-process start configured, or the process stopped before it began) and jobs
whose worker died mid-way (their lease ran out). ``candor serve`` runs it when it runs no outbox
loop; the outbox loop (notifications/worker.py) runs ``processing.process_due`` in each round."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from flask import Flask

from ..extensions import db
from .processing import process_due

log = logging.getLogger(__name__)


def run_forever(app: Flask, interval: float = 5.0, sleep: Callable[[float], Any] | None = None) -> None:
    sleep = sleep or time.sleep
    while True:
        with app.app_context():
            try:
                process_due(pause=sleep)
            except Exception:  # the loop must survive a database hiccup
                log.exception("bulk rejections: a pass failed")
                db.session.rollback()
            finally:
                db.session.remove()
        sleep(interval)
