"""How the command line fails: one line on stderr, never a traceback.

Exit code 2: what the user gave (arguments, options, files, environment) is wrong, and nothing
was sent. Exit code 1: TikTok, the network or a webhook signature said no. The messages name the
option, file or variable at fault, never a secret's value.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from typer._click import Context
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from .._exceptions import RequestValidationError, TikTokShopError

BAD_INPUT = 2
REFUSED = 1


class BadInput(Exception):
    """Something the user gave is wrong; the message says what and how to fix it."""


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn the errors a command can meet into one line and an exit code."""
    try:
        yield
    except BadInput as exc:
        raise fail(str(exc), BAD_INPUT) from None
    except RequestValidationError as exc:  # raised before anything is sent
        raise fail(str(exc), BAD_INPUT) from None
    except TikTokShopError as exc:  # APIError's text carries code, message and request_id
        raise fail(f"{type(exc).__name__}: {exc}", REFUSED) from None
    except (KeyError, ValueError) as exc:
        raise fail(str(exc.args[0] if exc.args else exc), BAD_INPUT) from None
    except NoArgsIsHelpError:
        raise  # click prints the help
    except UsageError as exc:
        where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
        raise fail(f"{exc.format_message()}{where}", BAD_INPUT) from None
    except ClickException as exc:
        raise fail(exc.format_message(), exc.exit_code) from None


class ReportingGroup(TyperGroup):
    """The root command group: every subcommand runs inside :func:`reported_errors`.

    So the app behaves the same when run in-process (typer's ``CliRunner``, embedding) as from
    the shell; :func:`run` adds what fails before any subcommand starts (root options) and bugs.
    """

    def invoke(self, ctx: Context) -> Any:
        with reported_errors():
            return super().invoke(ctx)


def run(app: typer.Typer) -> None:
    """Run the command line; what escapes the commands (root options, bugs) still gets one line."""
    try:
        with reported_errors():
            code = app(standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except NoArgsIsHelpError as exc:
        exc.show()
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("interrupted", err=True)
        code = 130
    except Exception as exc:  # a bug: still one line, without the values of local variables
        typer.echo(f"error: unexpected {type(exc).__name__}: {exc}", err=True)
        code = REFUSED
    sys.exit(code if isinstance(code, int) else 0)
