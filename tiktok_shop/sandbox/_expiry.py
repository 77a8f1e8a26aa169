"""Authorization-expiry notices: TikTok's UPCOMING_AUTHORIZATION_EXPIRATION webhook, on the sandbox clock.

A seller's authorization lasts as long as its newest refresh token. When the sandbox clock enters
the notice window before that moment (``state.expiry_notice`` seconds, 7 days by default), each of
the seller's shops gets one notice, so a test that moves the clock sees what a year of waiting
would show.
"""

from __future__ import annotations

from typing import Any

from ._state import SandboxState

__all__ = ["due_expiry_notices"]

DAY = 86_400


def due_expiry_notices(state: SandboxState) -> list[tuple[str, dict[str, Any]]]:
    """``(shop id, event data)`` of the notices that fell due and were not sent yet; marks them sent."""
    now = state.now()
    expires: dict[str, int] = {}
    for grant in state.grants_by_refresh.values():
        if not grant.revoked and not grant.refresh_revoked:
            expires[grant.open_id] = max(expires.get(grant.open_id, 0), grant.refresh_expires)
    due = []
    for open_id, moment in expires.items():
        if moment - state.expiry_notice <= now < moment and (open_id, moment) not in state.expiry_noticed:
            state.expiry_noticed.add((open_id, moment))
            days = -(-(moment - now) // DAY)
            message = f"The authorization of this shop expires in {days} days; ask the seller to authorize again."
            for shop in state.sellers[open_id].shops:
                due.append((shop.id, {"message": message, "expiration_time": str(moment)}))
    return due
