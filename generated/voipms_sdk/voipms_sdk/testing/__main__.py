"""``python -m voipms_sdk.testing serve [--host H] [--port N] [--seed S]``: the fake VoIP.ms over HTTP."""

from __future__ import annotations

import argparse
import sys

from .._fake_server import FakeServer
from . import FakeCarrier


def main(argv: list[str] | None = None) -> int:
    """Serve the fake until interrupted; prints the base URL first."""
    parser = argparse.ArgumentParser(prog="python -m voipms_sdk.testing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake carrier over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8099, help="port to listen on (0 picks a free one)")
    serve.add_argument("--seed", type=int, default=0, help="seed of the numbers, IDs and references")
    args = parser.parse_args(argv)
    server = FakeServer(FakeCarrier(seed=args.seed), args.host, args.port)
    print(f"fake voipms carrier on {server.url} (controls under {server.url}/_fake/)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
