"""The generator opens no network connection: a local server that counts connections sees none.

The server answers every request with a valid schema, so a fetch would succeed (and the first
test shows that stock xsdata does fetch); the count is taken from accepted connections, so even
a connection that never sends a request is seen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from generator.load.xml_source import read_xml
from generator.load.xsd import SchemaSet
from generator.load.xsd_structure import check_structure
from generator.load.xsdata_bridge import run_xsdata

ROOT = Path(__file__).resolve().parents[3]
VOXBONE = ROOT / "specs" / "voxbone"
SCHEMA = b"""<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.voxbone.com/VoxAPI">
  <xsd:simpleType name="Served"><xsd:restriction base="xsd:string"/></xsd:simpleType>
</xsd:schema>
"""


class CountingServer(ThreadingHTTPServer):
    """Serves ``SCHEMA`` at every path and counts the connections it accepts."""

    connections = 0

    def verify_request(self, request: Any, client_address: Any) -> bool:
        self.connections += 1
        return True


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(SCHEMA)))
        self.end_headers()
        self.wfile.write(SCHEMA)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[CountingServer]:
    with CountingServer(("127.0.0.1", 0), _Handler) as running:
        thread = threading.Thread(target=running.serve_forever, daemon=True)
        thread.start()
        yield running
        running.shutdown()
        thread.join()


def url(server: CountingServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/x.xsd"


def spec_including(tmp_path: Path, location: str) -> Path:
    """A copy of specs/voxbone/ whose XSD includes ``location``; returns the folder the copy is in."""
    shutil.copytree(VOXBONE, tmp_path / "specs" / "voxbone")
    xsd = tmp_path / "specs" / "voxbone" / "voxapi.xsd"
    text = xsd.read_text(encoding="utf-8")
    top = text.index("  <xsd:annotation>")
    xsd.write_text(text[:top] + f'  <xsd:include schemaLocation="{location}"/>\n' + text[top:], encoding="utf-8")
    return tmp_path / "specs"


def generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


def test_the_server_counts_a_fetch_and_stock_xsdata_would_fetch(server: CountingServer, tmp_path: Path) -> None:
    from xsdata.codegen.transformer import ResourceTransformer
    from xsdata.models.config import GeneratorConfig

    with urllib.request.urlopen(url(server)) as answer:
        assert answer.read() == SCHEMA
    assert server.connections == 1
    xsd = spec_including(tmp_path, url(server)) / "voxbone" / "voxapi.xsd"
    ResourceTransformer(config=GeneratorConfig()).process_sources([xsd.as_uri()])
    assert server.connections == 2  # what load.xsd and the checked-resources transformer prevent


def test_validate_refuses_an_http_include_and_connects_to_nothing(server: CountingServer, tmp_path: Path) -> None:
    specs = spec_including(tmp_path, url(server))
    result = generator("--specs", str(specs), "validate", str(specs / "voxbone" / "voxbone.yaml"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    text = (specs / "voxbone" / "voxapi.xsd").read_text()
    line = text.count("\n", 0, text.index(url(server))) + 1
    assert f"{specs}/voxbone/voxapi.xsd:{line}:16: /xsd:schema/xsd:include/@schemaLocation: " in result.stderr
    assert f"'{url(server)}' is not a local file: the generator never fetches anything" in result.stderr
    assert server.connections == 0


def test_generate_writes_nothing_and_connects_to_nothing(server: CountingServer, tmp_path: Path) -> None:
    specs = spec_including(tmp_path, url(server))
    out = tmp_path / "generated"
    out.mkdir()
    (out / "kept.txt").write_text("untouched\n")
    result = generator("--specs", str(specs), "--out", str(out), "--cache", str(tmp_path / "cache"), "generate")
    assert result.returncode == 1 and "is not a local file" in result.stderr
    assert [p.name for p in out.iterdir()] == ["kept.txt"] and (out / "kept.txt").read_text() == "untouched\n"
    assert server.connections == 0


def test_xsdata_is_handed_only_checked_documents(server: CountingServer, tmp_path: Path) -> None:
    # Straight to the bridge, past load.xsd: xsdata asks for the URL and is refused.
    xsd = spec_including(tmp_path, url(server)) / "voxbone" / "voxapi.xsd"
    run = run_xsdata(((xsd.resolve(), xsd.read_bytes()),), "voxbone_sdk.models")
    assert run.refused == (url(server),)
    assert server.connections == 0


def test_libxml2_is_handed_only_checked_documents(server: CountingServer, tmp_path: Path) -> None:
    # Straight to the structure check, past load.xsd: libxml2's include is answered with an empty document.
    xsd = spec_including(tmp_path, url(server)) / "voxbone" / "voxapi.xsd"
    document, _ = read_xml(xsd.resolve(), "voxapi.xsd")
    assert document is not None
    problems = check_structure(SchemaSet((document,), {}))
    assert problems and all(p.file == "voxapi.xsd" for p in problems)
    assert server.connections == 0
