"""`make run`: the whole system on this machine until Ctrl-C.

Redis and PostgreSQL start in containers unless REDIS_URL / DATABASE_URL name servers to use.
The gateway listens on http://127.0.0.1:8080 (COMPANION_HTTP_PORT to change). The JWT secret is kept
in .run/jwt-secret so that tokens from `make token` / `make chat` stay valid across runs.
`--model local` (`make run MODEL=local`) also starts a small, weak local model for dialogue (docs/local-model.md).
"""

import argparse
import os
import secrets
import signal
import sys
import threading
from pathlib import Path

from companion_devtools import local_model
from companion_devtools.stack import Stack, StackOptions

RUN_DIR = Path(os.environ.get("COMPANION_RUN_DIR", ".run"))


def jwt_secret() -> str:
    path = RUN_DIR / "jwt-secret"
    if not path.exists():
        RUN_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def main() -> None:
    parser = argparse.ArgumentParser(description="The whole system on this machine until Ctrl-C.")
    parser.add_argument("--model", choices=["local"], help="local: SmolLM2-135M on this CPU (weak replies)")
    args = parser.parse_args()
    if args.model == "local" and (reason := local_model.missing()):
        parser.exit(2, f"--model local: {reason}\n")
    if sys.stdout.isatty():  # readable logs for a person, JSON for a pipe (the services inherit LOG_FORMAT)
        os.environ.setdefault("LOG_FORMAT", "console")
    port = int(os.environ.get("COMPANION_HTTP_PORT", "8080"))
    options = StackOptions(
        redis_url=os.environ.get("REDIS_URL") or None,
        database_url=os.environ.get("DATABASE_URL") or None,
        jwt_secret=jwt_secret(),
        gateway_http_port=port,
        log_dir=RUN_DIR / "logs",
        echo=sys.stdout,
        local_model=args.model == "local",
    )
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stack = Stack(options)
    print("starting Redis, PostgreSQL and the services ...", flush=True)
    try:
        stack.start()
        (RUN_DIR / "gateway-url").write_text(stack.gateway_url, encoding="utf-8")
        print(
            f"\ncompanion is running: gateway {stack.gateway_url} (logs in {stack.log_dir})\n"
            "  talk to it:   make chat\n  stop it:      Ctrl-C\n",
            flush=True,
        )
        if options.local_model:
            print(
                f"  model:        {local_model.MODEL_NAME} on this CPU, for trying the system: its replies are weak\n"
                "                (drifts into other languages, muddles who is speaking); docs/local-model.md\n",
                flush=True,
            )
        while not stop.wait(1):
            dead = [name for name, p in stack.processes.items() if not p.running]
            if dead:
                print(f"service(s) exited: {', '.join(dead)}; stopping", file=sys.stderr)
                break
    finally:
        print("stopping ...", flush=True)
        stack.stop()


if __name__ == "__main__":
    main()
