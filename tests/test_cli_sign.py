"""`tiktok-shop sign` reads the secret from the environment and agrees with `sign_url`."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

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


def _string_to_sign(path: str, params: dict[str, str], body: bytes) -> str:
    """TikTok's rule, written out here: path, sorted key+value pairs without sign/access_token, body."""
    pairs = "".join(k + params[k] for k in sorted(params) if k not in ("sign", "access_token"))
    return path + pairs + body.decode()


def test_sign_explain_prints_the_string_signed_with_the_secret_masked() -> None:
    result = runner.invoke(app, ["sign", URL, "--explain"], env={"TIKTOK_SHOP_APP_SECRET": "e59af819cc"})
    assert result.exit_code == 0, result.output
    expected = _string_to_sign("/authorization/202309/shops", {"app_key": "29a39d", "timestamp": "1623812664"}, b"")
    assert f"string to sign: {{app_secret}}{expected}{{app_secret}}\n" in result.stdout
    assert "signature: b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8" in result.stdout
    assert "e59af819cc" not in result.output


def test_sign_explain_with_a_body_file_and_a_secret_in_the_url(tmp_path: Path) -> None:
    secret = "s3cr3t-of-the-app"
    body = b'{"order_status": "UNPAID", "note": "caf\xc3\xa9"}'
    (tmp_path / "body.json").write_bytes(body)
    url = (
        "https://open-api.tiktokglobalshop.com/order/202309/orders/search"
        f"?shop_cipher=ROW_x&app_key=k&page_size=5&access_token=TTP_tok&sign=old&oops={secret}"
    )
    args = ["sign", url, "--body", f"@{tmp_path / 'body.json'}", "--timestamp", "1700000000", "--explain", "--json"]
    result = runner.invoke(app, args, env={"TIKTOK_SHOP_APP_SECRET": secret})
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    params = {"shop_cipher": "ROW_x", "app_key": "k", "page_size": "5", "timestamp": "1700000000", "oops": secret}
    expected = _string_to_sign("/order/202309/orders/search", params, body)
    assert out["string_to_sign"] == "{app_secret}" + expected.replace(secret, "{app_secret}") + "{app_secret}"
    message = (secret + expected + secret).encode()
    assert out["signature"] == hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    assert secret not in out["string_to_sign"]
