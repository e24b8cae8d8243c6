"""The worker's configuration: clear refusal without keys, and privacy settings on every provider."""

from __future__ import annotations

import argparse

import pytest
from pydantic import SecretStr

from receptionist.cli.worker import run_worker
from receptionist.settings import Settings
from receptionist.voice.providers import build_llm, build_stt, build_tts, missing_for_worker
from receptionist.voice.worker import tenant_from_metadata

FULL = {
    "livekit_url": "wss://livekit.example.org",
    "livekit_api_key": SecretStr("APIkey"),
    "livekit_api_secret": SecretStr("secret-secret"),
    "deepgram_api_key": SecretStr("dg-key"),
    "openai_api_key": SecretStr("sk-test"),
}


def settings(**overrides: object) -> Settings:
    return Settings(_env_file=None, **{**FULL, **overrides})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("drop", "expected"),
    [
        ((), []),
        (("openai_api_key",), ["RECEPTIONIST_OPENAI_API_KEY"]),
        (("deepgram_api_key", "livekit_url"), ["RECEPTIONIST_LIVEKIT_URL", "RECEPTIONIST_DEEPGRAM_API_KEY"]),
        (tuple(FULL), ["RECEPTIONIST_LIVEKIT_URL", "RECEPTIONIST_LIVEKIT_API_KEY", "RECEPTIONIST_LIVEKIT_API_SECRET",
                       "RECEPTIONIST_DEEPGRAM_API_KEY", "RECEPTIONIST_OPENAI_API_KEY"]),
    ],
)
def test_missing_settings(drop: tuple[str, ...], expected: list[str]) -> None:
    s = settings(**{k: None for k in drop})
    assert [m.name for m in missing_for_worker(s)] == expected


def test_worker_without_keys_explains_and_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    status = run_worker(argparse.Namespace(check=False, dev=False), settings=Settings(_env_file=None))
    err = capsys.readouterr().err
    assert status == 2
    assert "RECEPTIONIST_DEEPGRAM_API_KEY" in err and "Traceback" not in err


def test_worker_check_with_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_worker(argparse.Namespace(check=True, dev=False), settings=settings()) == 0
    assert "receptionist" in capsys.readouterr().out


@pytest.mark.parametrize("base_url", [None, "https://api.eu.deepgram.com/v1/listen"])
def test_stt_is_nova3_en_gb_with_mip_opt_out(base_url: str | None) -> None:
    stt = build_stt(settings(deepgram_base_url=base_url))
    opts = stt._opts
    assert (opts.model, str(opts.language), opts.mip_opt_out, opts.interim_results) == ("nova-3", "en-GB", True, True)
    assert opts.endpoint_url == (base_url or "https://api.deepgram.com/v1/listen")


def test_llm_does_not_store_completions() -> None:
    assert build_llm(settings())._opts.store is False


@pytest.mark.parametrize(("provider", "module"), [("openai", "openai"), ("deepgram", "deepgram")])
def test_tts_follows_settings(provider: str, module: str) -> None:
    tts = build_tts(settings(tts_provider=provider))
    assert module in type(tts).__module__
    if provider == "deepgram":
        assert tts._opts.mip_opt_out is True


@pytest.mark.parametrize(
    ("metadata", "slug"),
    [('{"tenant": "school"}', "school"), ("", None), ("not json", None), ('{"tenant": 3}', None), ("[1]", None)],
)
def test_tenant_from_dispatch_metadata(metadata: str, slug: str | None) -> None:
    assert tenant_from_metadata(metadata) == slug
