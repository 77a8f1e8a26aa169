"""Auto-pagination: one page in memory at a time, following ``next_page_token``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from ._contract import Operation

__all__ = ["AsyncPage", "SyncPage"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound=BaseModel)


def _next_token(operation: Operation[Any], page: BaseModel, previous: str | None) -> str | None:
    token = getattr(page, "next_page_token", None)
    if not token or token == previous:
        return None
    return str(token)


def _items(operation: Operation[Any], page: BaseModel) -> list[Any]:
    assert operation.pagination is not None
    return list(getattr(page, operation.pagination.items, None) or [])


class SyncPage(Generic[ItemT, PageT]):
    """Iterates the items of every page; ``pages()`` iterates the pages themselves."""

    def __init__(
        self,
        fetch: Callable[[Operation[PageT], Mapping[str, Any]], PageT],
        operation: Operation[PageT],
        arguments: Mapping[str, Any],
    ) -> None:
        if operation.pagination is None:
            raise TypeError(f"{operation.id} is not a paginated operation")
        self._fetch = fetch
        self._operation = operation
        self._arguments = dict(arguments)

    def pages(self) -> Iterator[PageT]:
        arguments = dict(self._arguments)
        token = arguments.get("page_token")
        while True:
            page = self._fetch(self._operation, arguments)
            yield page
            token = _next_token(self._operation, page, token)
            if token is None:
                return
            arguments["page_token"] = token

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from _items(self._operation, page)


class AsyncPage(Generic[ItemT, PageT]):
    """The async twin of :class:`SyncPage`: ``async for item in ...``."""

    def __init__(
        self,
        fetch: Callable[[Operation[PageT], Mapping[str, Any]], Awaitable[PageT]],
        operation: Operation[PageT],
        arguments: Mapping[str, Any],
    ) -> None:
        if operation.pagination is None:
            raise TypeError(f"{operation.id} is not a paginated operation")
        self._fetch = fetch
        self._operation = operation
        self._arguments = dict(arguments)

    async def pages(self) -> AsyncIterator[PageT]:
        arguments = dict(self._arguments)
        token = arguments.get("page_token")
        while True:
            page = await self._fetch(self._operation, arguments)
            yield page
            token = _next_token(self._operation, page, token)
            if token is None:
                return
            arguments["page_token"] = token

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in _items(self._operation, page):
                yield item
