"""The upload form. What the file must hold is checked by the services (csv_input.py, checks.py)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField


class UploadForm(FlaskForm):
    file = FileField("CSV file", render_kw={"accept": ".csv,text/csv", "required": True})
    acknowledge = BooleanField("I have reviewed the notes’ wording and want to send them anyway")
