"""Error answers as a list of XML elements: ``<errors><error status="400">message</error></errors>``."""

from __future__ import annotations

import httpx

from ._answers import ErrorTable
from ._exceptions import ErrorDetail, MalformedResponseError
from ._xmlio import parse_xml


class XmlErrorList:
    """Reads ``<errors>`` answers, matching each message against the documented table."""

    final_status: int | None = None

    def __init__(self, table: ErrorTable) -> None:
        self.table = table

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
        """The errors of an ``<errors>`` body; () for any other body."""
        try:
            root = parse_xml(body, response.status_code)
        except MalformedResponseError:
            return ()
        if root.tag != "errors":
            return ()
        details = []
        for element in root:
            if element.tag == "error":
                status = element.get("status")
                code = (
                    int(status)
                    if status is not None and status.isascii() and status.isdigit() and len(status) == 3
                    else response.status_code
                )
                details.append(self.table.match((element.text or "").strip(), code, operation))
        return tuple(details)
