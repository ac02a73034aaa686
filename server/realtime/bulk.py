"""Bulk rejections in the serving process: an accepted upload starts at once in a background task,
and each progress event reaches the uploader's open pages (their own room)."""

from __future__ import annotations

import logging

import gevent
from flask import Flask, current_app

from ..bulk.events import BulkJobProgressed, BulkJobQueued
from ..bulk.processing import run_now
from ..core.events import Phase, subscribe
from ..core.transaction import after_commit
from ..extensions import db, socketio
from .rooms import user_room

log = logging.getLogger(__name__)


def _after_the_others(_seconds: float) -> None:
    """Between two rows: every request and socket event that is ready runs first (the loop polls for
    I/O without blocking the process), then the job goes on. ``sleep(0)`` may not poll for seconds."""
    gevent.idle()


def _work_through(app: Flask, job_id: int) -> None:
    with app.app_context():
        try:
            run_now(job_id, pause=_after_the_others)
        except Exception:  # the worker loop takes the job over once its lease runs out
            log.exception("bulk rejection %s stopped", job_id)
        finally:
            db.session.remove()


@subscribe(BulkJobQueued, phase=Phase.AFTER_COMMIT)
def start_bulk_rejection(queued: BulkJobQueued) -> None:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.config["CANDOR_BULK_IN_PROCESS"]:
        socketio.start_background_task(_work_through, app, queued.job_id)


@subscribe(BulkJobProgressed)
def announce_bulk_progress(progressed: BulkJobProgressed) -> None:
    if progressed.user_id is None:
        return
    payload = {
        "job_id": progressed.job_id,
        "processed": progressed.processed,
        "total": progressed.total,
        "rejected": progressed.rejected,
        "already_rejected": progressed.already_rejected,
        "failed": progressed.failed,
        "done": progressed.done,
    }
    room = user_room(progressed.user_id)
    after_commit(lambda: socketio.emit("bulk_progress", payload, to=room))
