"""`make profile OUT=dir`: where the CPU of a message goes, per service, under the load of `make bench`.

Starts the whole system as `make bench` does (offline engine, one replica each), sends `--rate` messages a second
for `--seconds` over HTTP with replies on WebSockets, and samples every service process with py-spy meanwhile
(loopback only; bounded by --seconds). Writes per service the collapsed stacks (`<service>.txt`, for flame-graph
tools) and prints the functions holding the most samples, inclusive, so that the top costs can be cut.
"""

import argparse
import asyncio
import collections
import shutil
import subprocess
import sys
from pathlib import Path

from companion_devtools.bench_system import connected_users, open_loop, quiet_env, settle
from companion_devtools.stack import Stack, StackOptions

SERVICES = ("gateway", "dialogue", "memory", "safety")


def top_functions(collapsed: Path, count: int) -> list[tuple[str, float]]:
    """(function, share of the samples in which it is on the stack), the most frequent first."""
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in collapsed.read_text(encoding="utf-8").splitlines():
        stack, _, samples = line.rpartition(" ")
        if not samples.isdigit():
            continue
        n = int(samples)
        total += n
        for frame in set(stack.split(";")):
            inclusive[frame] += n
    return [(frame, n / max(1, total)) for frame, n in inclusive.most_common(count)]


def start_samplers(stack: Stack, out: Path, seconds: float) -> dict[str, "subprocess.Popen[bytes]"]:
    """py-spy on each service process for ``seconds``, writing collapsed stacks to ``out/<service>.txt``."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    return {
        name: subprocess.Popen(  # noqa: S603 - py-spy on our own processes
            [
                *(spy, "record", "--pid", str(stack.processes[name].pid), "--duration", str(int(seconds))),
                *("--rate", "200", "--format", "raw", "--output", str(out / f"{name}.txt"), "--nonblocking"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for name in SERVICES
    }


async def profile(args: argparse.Namespace) -> None:
    out = Path(args.out)
    with Stack(StackOptions(env=quiet_env({}))) as stack:
        async with connected_users(stack, args.users) as users:
            samplers = start_samplers(stack, out, args.seconds)
            step = await open_loop(users, args.rate, args.seconds, stack.redis_url)
            for sampler in samplers.values():
                await asyncio.to_thread(sampler.wait, 60)
            await settle(users, stack.redis_url)
    print(f"{step['answered']} of {step['offered']} answered; p50 {step['p50_ms']} ms, p99 {step['p99_ms']} ms")
    for name in SERVICES:
        path = out / f"{name}.txt"
        if not path.exists():
            print(f"\n{name}: no samples (is py-spy allowed to read other processes here?)")
            continue
        print(f"\n{name}: share of samples with the function on the stack")
        for frame, share in top_functions(path, args.top):
            print(f"  {share:6.1%}  {frame[:150]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="directory for the collapsed stacks")
    parser.add_argument("--rate", type=float, default=10.0, help="messages per second")
    parser.add_argument("--seconds", type=float, default=20.0, help="how long to load and sample")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--top", type=int, default=25, help="functions to print per service")
    args = parser.parse_args(argv)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    asyncio.run(profile(args))


if __name__ == "__main__":
    main()
