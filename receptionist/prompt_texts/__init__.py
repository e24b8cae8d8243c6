"""The LLM prompts, shipped inside the package.

The repository's ``prompts/`` folder is where prompts are edited; a copy ships here so that
an installed package (the Docker image has no ``prompts/`` folder) still has them. A test
keeps the two identical: after editing, run ``cp prompts/*.md receptionist/prompt_texts/``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"


class PromptNotFoundError(LookupError):
    """No prompt of that name in ``prompts/`` or in the package."""


@lru_cache(maxsize=16)
def load_prompt(name: str, *, repo_dir: Path | None = PROMPTS_DIR) -> str:
    """The text of ``prompts/<name>.md``: the repository's copy when there is one, else the packaged one."""
    if repo_dir is not None and (repo_dir / f"{name}.md").is_file():
        return (repo_dir / f"{name}.md").read_text(encoding="utf-8")
    packaged = resources.files(__name__).joinpath(f"{name}.md")
    if not packaged.is_file():
        raise PromptNotFoundError(f"no prompt named {name!r}")
    return packaged.read_text(encoding="utf-8")
