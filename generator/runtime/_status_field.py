"""Error answers as a status code in the JSON body: ``{"status": "invalid_did"}`` (HTTP 200 or not)."""

from __future__ import annotations

import httpx

from ._answers import ErrorTable
from ._exceptions import ErrorDetail, MalformedResponseError
from ._jsonio import load_json


class StatusField:
    """Reads ``status`` codes; ``empty_codes`` mean "nothing found" (an empty result) for read-only calls."""

    final_status: int | None = None

    def __init__(self, table: ErrorTable, empty_codes: frozenset[str]) -> None:
        self.table = table
        self.empty_codes = empty_codes

    def detail(self, code: str, http_status: int | None) -> ErrorDetail:
        """The documented detail of a status code (its description as the message)."""
        row = self.table.row(code)
        if row is None:
            return ErrorDetail(code, f"undocumented status {code!r}", http_status)
        _, text, status, description, resolution = row
        return ErrorDetail(code, text, http_status or status, description, resolution)

    def check_status(
        self, operation: str, response: httpx.Response, body: bytes, data: dict[str, object], empty_ok: bool
    ) -> bool:
        """True on success, False for a "nothing found" code when ``empty_ok``; raises for any other status."""
        status = data.get("status")
        if status == "success":
            return True
        if not isinstance(status, str) or not status:
            raise MalformedResponseError("the response has no status", body=body, http_status=response.status_code)
        if empty_ok and status in self.empty_codes:
            return False
        raise self.table.error((self.detail(status, response.status_code),), response)

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
        """The error of a ``{"status": "<code>"}`` body; () for any other body."""
        try:
            data = load_json(body, response.status_code)
        except MalformedResponseError:
            return ()
        status = data.get("status")
        if not isinstance(status, str) or not status or status == "success":
            return ()
        return (self.detail(status, response.status_code),)
