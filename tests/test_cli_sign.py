"""`tiktok-shop sign` reads the secret from the environment and agrees with `sign_url`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tiktok_shop import sign_url
from tiktok_shop.cli import app

runner = CliRunner()
URL = "https://open-api.tiktokglobalshop.com/authorization/202309/shops?app_key=29a39d&timestamp=1623812664"


def test_sign_prints_the_reference_signature_and_never_the_secret() -> None:
    result = runner.invoke(app, ["sign", URL, "--json"], env={"TIKTOK_SHOP_APP_SECRET": "e59af819cc"})
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["signature"] == "b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8"
    assert out["timestamp"] == 1623812664
    assert "e59af819cc" not in result.output


def test_sign_with_body_matches_sign_url() -> None:
    body = '{"order_status":"UNPAID"}'
    result = runner.invoke(
        app, ["sign", URL, "--body", body, "--timestamp", "1700000000", "--json"], env={"TIKTOK_SHOP_APP_SECRET": "s"}
    )
    assert result.exit_code == 0, result.output
    expected = sign_url(URL, "s", body.encode(), timestamp=1700000000)
    assert json.loads(result.stdout)["signature"] == expected.signature


def test_sign_without_a_secret_fails_clearly() -> None:
    result = runner.invoke(app, ["sign", URL], env={"TIKTOK_SHOP_APP_SECRET": ""})
    assert result.exit_code != 0
    assert "TIKTOK_SHOP_APP_SECRET" in result.output


def test_sign_rejects_a_url_without_path() -> None:
    result = runner.invoke(app, ["sign", "https://open-api.tiktokglobalshop.com"], env={"TIKTOK_SHOP_APP_SECRET": "s"})
    assert result.exit_code == 2
    assert "no API path" in result.output
