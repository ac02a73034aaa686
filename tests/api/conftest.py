"""API test helpers: a JSON client that carries a bearer token."""

from __future__ import annotations

import pytest

from server.accounts.operations import issue_token


class Api:
    def __init__(self, client, token: str | None = None):
        self.client = client
        self.token = token

    def _headers(self, headers=None):
        result = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        result.update(headers or {})
        return result

    def get(self, url, **kw):
        return self.client.get(url, headers=self._headers(kw.pop("headers", None)), **kw)

    def post(self, url, json=None, **kw):
        return self.client.post(url, json=json, headers=self._headers(kw.pop("headers", None)), **kw)

    def put(self, url, json=None, **kw):
        return self.client.put(url, json=json, headers=self._headers(kw.pop("headers", None)), **kw)

    def delete(self, url, **kw):
        return self.client.delete(url, headers=self._headers(kw.pop("headers", None)), **kw)

    def as_user(self, user) -> Api:
        return Api(self.client, issue_token(user))


@pytest.fixture
def anon(client):
    return Api(client)


@pytest.fixture
def staff_api(client, admin):
    return Api(client, issue_token(admin))


@pytest.fixture
def candidate_api(client, candidate):
    return Api(client, issue_token(candidate))


def assert_error(response, status: int, code: str | None = None):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert isinstance(error["message"], str) and error["message"]
    if code is not None:
        assert error["code"] == code, error
    return error
