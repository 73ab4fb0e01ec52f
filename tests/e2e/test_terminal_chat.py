"""`make chat` against the whole system: a script of messages and commands piped into the chat client, as a
person would type them, and what it prints."""

import asyncio
import json
import os
import re
import sys
import uuid
from pathlib import Path

from companion_devtools.stack import Stack

from .test_conversation import _wait_until_remembered


async def _chat(stack: Stack, user: str, run_dir: Path, *lines: str) -> str:
    """Runs the chat client with these lines as its input; returns what it printed."""
    env = {
        **os.environ,
        "COMPANION_GATEWAY_URL": stack.gateway_url,
        "GATEWAY_JWT_SECRET": stack.jwt_secret,
        "COMPANION_RUN_DIR": str(run_dir),
        "PYTHONUNBUFFERED": "1",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "companion_devtools.chat",
        "--user",
        user,
        "--conversation",
        "home",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
    )
    script = "".join(f"{line}\n" for line in lines).encode()
    out, _ = await asyncio.wait_for(process.communicate(script), 60)
    printed = out.decode()
    assert process.returncode == 0, printed
    return printed


async def test_a_memory_is_listed_then_forgotten_and_gone_through_the_chat_commands(
    stack: Stack, tmp_path: Path
) -> None:
    user = f"chat-{uuid.uuid4().hex[:10]}"

    told = await _chat(stack, user, tmp_path, "My brother's name is Leo and he lives in Madrid.")
    assert "companion> " in told
    await _wait_until_remembered(stack, user, "brother")

    listed = await _chat(stack, user, tmp_path, "/memories", "/forget no-such-memory", "/remember", "/help")
    episode = re.search(r"^[ !] (\S+)  episode: My brother's name is Leo and he lives in Madrid\.$", listed, re.M)
    assert episode is not None, listed
    assert "! 404: no memory 'no-such-memory' (/memories lists yours)" in listed
    assert "! unknown command /remember: /help lists the commands" in listed
    assert "  /forget-all " in listed

    forgot = await _chat(
        stack,
        user,
        tmp_path,
        f"/forget {episode[1]}",
        "/memories",
        "/export",
        "/pause 30",
        "/wellbeing",
        "/resume",
        "/wellbeing",
        "/forget-all",
    )
    assert re.search(rf"forgot \d+ memor(y|ies): .*{episode[1]}", forgot), forgot
    assert "the companion remembers nothing about you" in forgot
    saved = re.search(r"saved the account export to (\S+\.json)", forgot)
    assert saved is not None, forgot
    exported = json.loads(await asyncio.to_thread(Path(saved[1]).read_text, encoding="utf-8"))
    assert exported["user_id"] == user
    assert exported["memory"]["memories"] == []
    assert "My brother's name is Leo" in json.dumps(exported["dialogue"])  # the transcript is still held
    assert re.search(r"paused until \S+Z: no check-ins", forgot), forgot
    assert re.search(r"paused: until \S+Z\n", forgot), forgot
    assert "resumed: the companion may reach out again" in forgot
    assert "paused: no\n" in forgot
    assert "forgot 0 memories" in forgot  # piped: /forget-all does not wait for a confirmation
