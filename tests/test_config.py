"""Configuration refuses what would be unsafe in production (issue 12)."""

from __future__ import annotations

import secrets

import pytest

from server.config import ConfigError, load_config


@pytest.mark.parametrize("key", ["x", "change-me", "a" * 31])
def test_production_refuses_a_short_secret_key(tmp_path, key):
    with pytest.raises(ConfigError, match="at least 32 bytes"):
        load_config(str(tmp_path), {"CANDOR_ENV": "production", "SECRET_KEY": key})


def test_production_refuses_a_missing_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="must be set"):
        load_config(str(tmp_path), {"CANDOR_ENV": "production"})


def test_production_takes_a_long_random_key(tmp_path):
    key = secrets.token_hex(32)
    assert load_config(str(tmp_path), {"CANDOR_ENV": "production", "SECRET_KEY": key})["SECRET_KEY"] == key


def test_development_makes_a_random_key_per_process(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = load_config(str(tmp_path), {"CANDOR_ENV": "development"})["SECRET_KEY"]
    second = load_config(str(tmp_path), {"CANDOR_ENV": "development"})["SECRET_KEY"]
    assert first != second and len(first) >= 32
