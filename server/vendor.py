"""Browser libraries installed from npm (package.json), served from node_modules.

Only the files listed here are reachable; nothing is copied into the repository.
"""

from __future__ import annotations

import os

from flask import Blueprint, abort, send_from_directory

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = {
    "socket.io.min.js": os.path.join("node_modules", "socket.io-client", "dist"),
}

bp = Blueprint("vendor", __name__, url_prefix="/vendor")


@bp.get("/<name>")
def asset(name: str):
    folder = FILES.get(name)
    if folder is None or not os.path.exists(os.path.join(ROOT, folder, name)):
        abort(404)
    response = send_from_directory(os.path.join(ROOT, folder), name, max_age=3600)
    return response
