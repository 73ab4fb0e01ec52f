"""Services as real processes: started with ``python -m <module>``, logs kept, stopped with SIGTERM."""

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO


class ServiceProcess:
    def __init__(self, name: str, module: str, env: dict[str, str], log_dir: Path, echo: IO[str] | None = None) -> None:
        self.name = name
        self.module = module
        self.env = env
        self.log_path = log_dir / f"{name}.log"
        self._echo = echo
        self._process: subprocess.Popen[str] | None = None
        self._pump: threading.Thread | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(  # noqa: S603 - our own interpreter and module name
            [sys.executable, "-m", self.module],
            env={**os.environ, **self.env, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        self._pump = threading.Thread(target=self._pump_logs, name=f"logs-{self.name}", daemon=True)
        self._pump.start()

    def _pump_logs(self) -> None:
        assert self._process is not None
        assert self._process.stdout is not None
        with self.log_path.open("a", encoding="utf-8") as log_file:
            for line in self._process.stdout:
                log_file.write(line)
                log_file.flush()
                if self._echo is not None:
                    self._echo.write(f"{self.name:>9} | {line}")
                    self._echo.flush()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def wait_until(self, check: Callable[[], bool], timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.running:
                raise RuntimeError(f"{self.name} exited early:\n{self.tail()}")
            try:
                if check():
                    return
            except Exception:  # noqa: BLE001, S110 - not ready yet
                pass
            time.sleep(0.2)
        raise TimeoutError(f"{self.name} not healthy after {timeout_s}s:\n{self.tail()}")

    def stop(self, timeout_s: float = 10) -> int | None:
        if self._process is None:
            return None
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)
            try:
                self._process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._pump is not None:
            self._pump.join(timeout=5)
        if self._process.stdout is not None:
            self._process.stdout.close()
        return self._process.returncode

    def kill(self) -> None:
        """Stops the process without any chance to clean up, as a crash would."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
            if self._pump is not None:
                self._pump.join(timeout=5)

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"
